/**
 * Blocs on the maps (issue 13 §2): besides a party, a map can show a bloc, either one of the
 * election's own pre-poll alliances (LS2024's INDIA, so that the seats SP left to Congress read as
 * INDIA's and not as "SP under 10%") or one of the 2027 blocs (BLOCS_2027, id with "-2027") added
 * up from its parties in any past election (parties matched through parties.same_as).
 *
 *   blocChoices(meta, 'LS2024') → [{ party: 'INDIA', name: 'AITC + INC + SP' }, …, { party: 'NDA-2027', … }]
 *   members2027('INDIA-2027') → ['SP', 'INC']
 */
import { byLang } from '$lib/i18n/names.ts';
import { BLOCS_2027 } from '$lib/model/forecast/scenario-2027.ts';
import type { ElectionId } from '$lib/model/types.ts';
import type { Meta } from './meta.ts';

export const SUFFIX_2027 = '-2027';

/** The parties (unified codes) of a 2027 bloc id, or null if the id is not one. */
export function members2027(id: string): string[] | null {
	if (!id.endsWith(SUFFIX_2027)) return null;
	const b = BLOCS_2027.find((x) => x.id === id.slice(0, -SUFFIX_2027.length));
	return b ? b.parties : null;
}

/** The election's alliances: id → member parties (the election's own codes). */
export function alliancesOf(meta: Pick<Meta, 'alliances'>, election: ElectionId) {
	const out = new Map<string, { name: string; parties: string[] }>();
	for (const a of meta.alliances.filter((x) => x.election_id === election)) {
		const x = out.get(a.alliance) ?? { name: byLang(a.alliance_en, a.alliance_hi), parties: [] };
		if (!x.parties.includes(a.party)) x.parties.push(a.party);
		out.set(a.alliance, x);
	}
	return out;
}

/** The 2027 blocs as choices of a map's side: { party: 'INDIA-2027', name: '2027: SP + INC' }. */
export function choices2027() {
	return BLOCS_2027.map((b) => ({
		party: `${b.id}${SUFFIX_2027}`,
		name: `2027: ${b.parties.join(' + ')}`
	}));
}

/** The parties a booth slide offers as its side besides the blocs (their booth results). */
const SLIDE_PARTIES = ['SP', 'BJP', 'BSP', 'INC'];

/**
 * The sides a booth slide (ac, booths) offers in the deck editor, as the booth view offers them:
 * the main parties, the election's alliances (when the slide names its election) and the 2027
 * blocs, which resolveSide adds up in any election's booths.
 *
 *   slideSides(meta, 'AE2017') → [{ party: 'SP', name: 'Samajwadi Party' }, …, { party: 'SP+INC', … }, { party: 'INDIA-2027', name: '2027: SP + INC' }, …]
 */
export function slideSides(
	meta: Pick<Meta, 'alliances' | 'partyName'>,
	election: ElectionId | null
): { party: string; name: string }[] {
	return [
		...SLIDE_PARTIES.map((p) => ({ party: p, name: meta.partyName(p) })),
		...(election ? blocChoices(meta, election) : choices2027())
	];
}

/** The blocs a map of the election can show, the election's alliances first. */
export function blocChoices(meta: Pick<Meta, 'alliances'>, election: ElectionId) {
	return [
		...[...alliancesOf(meta, election)].map(([id, a]) => ({
			party: id,
			name: a.parties.join(' + ')
		})),
		...choices2027()
	];
}

/**
 * A 2027 bloc's parties under every code they have in the data (parties.same_as: ADAL is also
 * AE2017's ADS), for rows that keep each election's own codes (booth results); null for an id
 * that is not a 2027 bloc.
 *
 *   codes2027(meta, 'NDA-2027') → ['BJP', 'ADAL', 'RLD', 'SBSP', 'NINSHAD', 'ADS', …]
 */
export function codes2027(meta: Pick<Meta, 'parties'>, id: string): string[] | null {
	const members = members2027(id);
	if (!members) return null;
	const codes = new Set(members);
	for (const [code, p] of meta.parties) if (members.includes(p.same_as ?? code)) codes.add(code);
	return [...codes];
}

/** Colours follow the bloc's biggest member: the first of these it holds, else its first party. */
const LEADS = ['SP', 'BJP', 'BSP', 'INC'];
export const leadParty = (ps: string[]) => LEADS.find((p) => ps.includes(p)) ?? ps[0];

/**
 * Meta's party colour and name, knowing the election's blocs as well: a bloc takes its leading
 * member's colour and is named by its parties (the views add its id).
 */
export function withBlocs(
	meta: Pick<Meta, 'alliances' | 'partyColour' | 'partyName'>,
	election: ElectionId
): Pick<Meta, 'partyColour' | 'partyName'> {
	const own = alliancesOf(meta, election);
	const partiesOf = (id: string) => own.get(id)?.parties ?? members2027(id);
	return {
		partyColour: (id) => {
			const ps = partiesOf(id);
			return meta.partyColour(ps ? leadParty(ps) : id);
		},
		partyName: (id) => {
			// the legends add the id: "AITC + INC + SP (INDIA) share of valid votes"
			const ps = partiesOf(id);
			return ps ? ps.join(' + ') : meta.partyName(id);
		}
	};
}

/**
 * The parties (unified codes, parties.same_as: ADS is ADAL) of a bloc id, for a chart that adds
 * them up in every election (the trend): a 2027 bloc's members; else the alliance of that id in
 * `election`, or, where that election has none, in the latest election that has one (a seat view
 * on AE2022 showing LS2024's INDIA). Null for a party.
 *
 *   blocParties(meta, 'INDIA-2027', 'AE2022') → ['SP', 'INC']
 *   blocParties(meta, 'INDIA', 'AE2022') → ['AITC', 'INC', 'SP'] (LS2024's INDIA)
 */
export function blocParties(
	meta: Pick<Meta, 'alliances' | 'parties' | 'elections'>,
	id: string,
	election: ElectionId
): string[] | null {
	const own = members2027(id);
	if (own) return own;
	const latest = meta.alliances
		.filter((a) => a.alliance === id)
		.map((a) => meta.elections.find((e) => e.election_id === a.election_id))
		.filter((e) => e !== undefined)
		.sort((a, b) => b.year - a.year)[0]?.election_id;
	const from = meta.alliances.some((a) => a.alliance === id && a.election_id === election)
		? election
		: latest;
	if (!from) return null;
	const parties = alliancesOf(meta, from)
		.get(id)!
		.parties.map((p) => meta.parties.get(p)?.same_as ?? p);
	return [...new Set(parties)];
}

/**
 * An election's alliances as trend lines: each alliance's parties under their unified codes
 * (ADS is ADAL), so that they add up in every election.
 *
 *   allianceLines(meta, 'LS2024') → [{ id: 'INDIA', parties: ['AITC', 'INC', 'SP'] }, { id: 'NDA', … }]
 */
export function allianceLines(
	meta: Pick<Meta, 'alliances' | 'parties'>,
	election: ElectionId
): { id: string; parties: string[] }[] {
	return [...alliancesOf(meta, election)].map(([id, a]) => ({
		id,
		parties: [...new Set(a.parties.map((p) => meta.parties.get(p)?.same_as ?? p))]
	}));
}
