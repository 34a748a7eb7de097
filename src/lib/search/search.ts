/**
 * Finding a place: any Lok Sabha seat (PC), assembly segment (AC) or polling booth, by number
 * ("43", "213", "213/45", "AC 213 booth 45", in Devanagari digits too) or by name in English or
 * Hindi, tolerant of the spellings in use (keys.ts). Pure functions over plain rows, so the same
 * code answers in the browser and in the tests.
 *
 *   const places = placesFrom(pcs, acs);
 *   searchPlaces(places, 'sisamau')  → [{ kind: 'ac', ac: 213, pc: 43, name: 'Sishamau', … }]
 *   searchBooths(booths, places, '213/45') → [{ kind: 'booth', ac: 213, part: 45, … }]
 */
import { allowedEdits, asciiDigits, searchKey, substringDistance } from './keys.ts';

export interface PcName {
	pc_no: number;
	pc_name: string;
	pc_name_hi: string | null;
}
export interface AcName {
	ac_no: number;
	ac_name: string;
	ac_name_hi: string | null;
	pc_no: number;
	district: string | null;
}
export interface BoothNameRow {
	election_id: string;
	pc_no: number;
	ac_no: number;
	part_no: number;
	booth_name: string | null;
	booth_name_hi: string | null;
}

export interface Place {
	kind: 'pc' | 'ac';
	no: number;
	pc: number;
	name: string;
	name_hi: string;
	keys: string[];
	/** an AC's district, as a search key ('' when unknown) */
	district?: string;
}

export interface Booth extends BoothNameRow {
	keys: string[];
}

export interface Hit {
	kind: 'pc' | 'ac' | 'booth';
	pc: number;
	ac?: number;
	part?: number;
	election?: string;
	name: string;
	name_hi: string;
	/**
	 * lower is better: 0 exact number or name, 1 prefix, 2 inside, 3+ with edits; a found seat's
	 * segments score the seat's score + 0.5, a found district's ACs 1.5
	 */
	score: number;
}

export function placesFrom(pcs: PcName[], acs: AcName[]): Place[] {
	const place = (
		kind: 'pc' | 'ac',
		no: number,
		pc: number,
		name: string,
		hi: string | null,
		district: string | null = null
	): Place => ({
		kind,
		no,
		pc,
		name,
		name_hi: hi ?? '',
		keys: [searchKey(name), hi ? searchKey(hi) : ''].filter(Boolean),
		...(district ? { district: searchKey(district) } : {})
	});
	return [
		...pcs.map((p) => place('pc', p.pc_no, p.pc_no, p.pc_name, p.pc_name_hi)),
		...acs.map((a) => place('ac', a.ac_no, a.pc_no, a.ac_name, a.ac_name_hi, a.district))
	];
}

export function boothsFrom(rows: BoothNameRow[]): Booth[] {
	return rows.map((r) => ({
		...r,
		keys: [
			r.booth_name ? searchKey(r.booth_name) : '',
			r.booth_name_hi ? searchKey(r.booth_name_hi) : ''
		].filter(Boolean)
	}));
}

/** What a query asks for when it is made of numbers. */
export type NumberQuery =
	| { kind: 'number'; n: number; only?: 'pc' | 'ac' }
	| { kind: 'booth'; ac: number; part: number }
	| null;

export function parseNumberQuery(query: string): NumberQuery {
	const q = asciiDigits(query).trim().toLowerCase().replace(/\s+/g, ' ');
	let m =
		/^(?:ac|vs|विधानसभा|वि\.?स\.?)? ?(\d{1,3}) ?(?:[/\-:,.]|booth|part|b|बूथ|भाग) ?(\d{1,4})$/.exec(
			q
		);
	if (m) return { kind: 'booth', ac: Number(m[1]), part: Number(m[2]) };
	m = /^(ac|vs|विधानसभा|pc|ls|लोकसभा)? ?(\d{1,3})$/.exec(q);
	if (m) {
		const only = m[1] ? (/^(pc|ls|लोकसभा)$/.test(m[1]) ? 'pc' : 'ac') : undefined;
		return { kind: 'number', n: Number(m[2]), ...(only ? { only } : {}) };
	}
	return null;
}

function nameScore(qk: string, keys: string[]): number | null {
	let best: number | null = null;
	const edits = allowedEdits(qk.length);
	for (const k of keys) {
		const s =
			k === qk
				? 0
				: k.startsWith(qk)
					? 1
					: k.includes(qk)
						? 2
						: edits
							? ((d) => (d <= edits ? 2 + d : null))(substringDistance(qk, k))
							: null;
		if (s !== null && (best === null || s < best)) best = s;
	}
	return best;
}

const order = (h: Hit) => (h.kind === 'pc' ? 0 : h.kind === 'ac' ? 1 : 2);
const byScore = (a: Hit, b: Hit) =>
	a.score - b.score ||
	order(a) - order(b) ||
	(a.ac ?? a.pc) - (b.ac ?? b.pc) ||
	(a.part ?? 0) - (b.part ?? 0);

const hitOf = (p: Place, score: number): Hit => ({
	kind: p.kind,
	pc: p.pc,
	...(p.kind === 'ac' ? { ac: p.no } : {}),
	name: p.name,
	name_hi: p.name_hi,
	score
});

/** Seats and segments matching the query, best first. */
export function searchPlaces(places: Place[], query: string, limit = 8): Hit[] {
	const num = parseNumberQuery(query);
	if (num?.kind === 'number')
		return places
			.filter((p) => p.no === num.n && (!num.only || p.kind === num.only))
			.map((p) => hitOf(p, 0))
			.sort(byScore)
			.slice(0, limit);
	if (num?.kind === 'booth') {
		const ac = places.find((p) => p.kind === 'ac' && p.no === num.ac);
		return ac ? [hitOf(ac, 1)] : [];
	}
	const qk = searchKey(query);
	if (qk.length < 2) return [];
	// A seat found by its name (exact or prefix) brings its segments right after it, and a
	// district found so brings its ACs; loose matches (inside a name, with edits) come after every
	// exact and prefix match: "kanpur" → Kanpur, its five segments, then Kanpur Nagar's other ACs,
	// before Saharanpur or Shahjahanpur.
	const best = new Map<Place, number>();
	const offer = (p: Place, s: number) => {
		if (!best.has(p) || s < best.get(p)!) best.set(p, s);
	};
	const seats = new Map<number, number>();
	for (const p of places) {
		const s = nameScore(qk, p.keys);
		if (s === null) continue;
		offer(p, s);
		if (p.kind === 'pc' && s <= 1) seats.set(p.pc, s);
	}
	for (const p of places) {
		if (p.kind !== 'ac') continue;
		const seat = seats.get(p.pc);
		if (seat !== undefined) offer(p, seat + 0.5);
		const d = p.district ? nameScore(qk, [p.district]) : null;
		if (d !== null && d <= 1) offer(p, 1.5);
	}
	return [...best]
		.map(([p, s]) => hitOf(p, s))
		.sort(byScore)
		.slice(0, limit);
}

/** Whether a query is worth looking up among the booths (a booth number, or 3+ letters). */
export function asksForBooths(query: string): boolean {
	const num = parseNumberQuery(query);
	if (num) return num.kind === 'booth';
	return searchKey(query).length >= 3;
}

/**
 * Booths matching the query: "213/45" is booth 45 of AC 213 in every numbering that has it;
 * a name matches where the query is part of the booth's name (no edits: there are 1.4 lakh).
 * Booths of `preferPc` (the seat on screen) come before those elsewhere.
 */
export function searchBooths(booths: Booth[], query: string, limit = 6, preferPc = 0): Hit[] {
	const num = parseNumberQuery(query);
	const hitOf = (b: Booth, score: number): Hit => ({
		kind: 'booth',
		pc: b.pc_no,
		ac: b.ac_no,
		part: b.part_no,
		election: b.election_id,
		name: b.booth_name ?? '',
		name_hi: b.booth_name_hi ?? '',
		score
	});
	if (num?.kind === 'booth')
		return booths
			.filter((b) => b.ac_no === num.ac && b.part_no === num.part)
			.map((b) => hitOf(b, 0))
			.slice(0, limit);
	if (num) return [];
	const qk = searchKey(query);
	if (qk.length < 3) return [];
	const hits: Hit[] = [];
	for (const b of booths) {
		let s: number | null = null;
		for (const k of b.keys) {
			const v = k.startsWith(qk) ? 1 : k.includes(qk) ? 2 : null;
			if (v !== null && (s === null || v < s)) s = v;
		}
		if (s !== null) hits.push(hitOf(b, s + 1 - (b.pc_no === preferPc ? 1.5 : 0)));
	}
	return hits.sort(byScore).slice(0, limit);
}
