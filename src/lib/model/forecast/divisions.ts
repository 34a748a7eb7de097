/**
 * Uttar Pradesh's 18 administrative divisions (mandal), each a group of neighbouring districts,
 * for the simulation's broadest regional error (simulate.ts): swings that run together across a
 * division (western UP, Purvanchal, Bundelkhand…) do not average out over its 20–30 ACs as
 * independent district errors do over 75 districts. A fixed fact of geography, not a setting: the
 * grouping is the state government's (divisions as of 2024, under the district names the ACs carry
 * in static/data, which keep the 2008 delimitation's names: Allahabad for Prayagraj, Faizabad for
 * Ayodhya, Jyotiba Phule Nagar for Amroha, Sant Ravidas Nagar for Bhadohi; a trailing " *" on a
 * name is the data's mark, ignored here). Districts formed after 2008 (Amethi, Hapur, Kasganj,
 * Sambhal, Shamli) have no ACs of their own in the data; their ACs sit in their parents.
 *
 *   divisionOf('Kanpur Nagar') → 'Kanpur';  divisionOf('Chitrakoot *') → 'Chitrakoot'
 */
export const DIVISIONS: Record<string, string[]> = {
	Agra: ['Agra', 'Firozabad', 'Mainpuri', 'Mathura'],
	Aligarh: ['Aligarh', 'Etah', 'Hathras'],
	Azamgarh: ['Azamgarh', 'Ballia', 'Mau'],
	Bareilly: ['Bareilly', 'Budaun', 'Pilibhit', 'Shahjahanpur'],
	Basti: ['Basti', 'Sant Kabir Nagar', 'Siddharthnagar'],
	Chitrakoot: ['Banda', 'Chitrakoot', 'Hamirpur', 'Mahoba'],
	Devipatan: ['Bahraich', 'Balrampur', 'Gonda', 'Shrawasti'],
	Faizabad: ['Ambedkar Nagar', 'Barabanki', 'Faizabad', 'Sultanpur'],
	Gorakhpur: ['Deoria', 'Gorakhpur', 'Kushinagar', 'Maharajganj'],
	Jhansi: ['Jalaun', 'Jhansi', 'Lalitpur'],
	Kanpur: ['Auraiya', 'Etawah', 'Farrukhabad', 'Kannauj', 'Kanpur Dehat', 'Kanpur Nagar'],
	Lucknow: ['Hardoi', 'Kheri', 'Lucknow', 'Rae Bareli', 'Sitapur', 'Unnao'],
	Meerut: ['Baghpat', 'Bulandshahr', 'Gautam Buddha Nagar', 'Ghaziabad', 'Meerut'],
	Mirzapur: ['Mirzapur', 'Sant Ravidas Nagar', 'Sonbhadra'],
	Moradabad: ['Bijnor', 'Jyotiba Phule Nagar', 'Moradabad', 'Rampur'],
	Allahabad: ['Allahabad', 'Fatehpur', 'Kaushambi', 'Pratapgarh'],
	Saharanpur: ['Muzaffarnagar', 'Saharanpur'],
	Varanasi: ['Chandauli', 'Ghazipur', 'Jaunpur', 'Varanasi']
};

const BY_DISTRICT = new Map(
	Object.entries(DIVISIONS).flatMap(([d, ds]) => ds.map((x) => [x, d] as const))
);

/** A district's division; throws for a district no division lists (the mapping must be fixed). */
export function divisionOf(district: string): string {
	const d = BY_DISTRICT.get(district.replace(/\s*\*$/, '').trim());
	if (!d) throw new Error(`divisions.ts: no division lists the district "${district}"`);
	return d;
}

/** Each district's division as an index (divisions sorted by name), for districts in `order`. */
export function divisionIndex(districts: string[]): { division: Int32Array; divisions: number } {
	const names = Object.keys(DIVISIONS).sort();
	return {
		division: Int32Array.from(districts.map((d) => names.indexOf(divisionOf(d)))),
		divisions: names.length
	};
}
