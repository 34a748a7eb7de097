/**
 * The per-unit baseline of party votes that a projection starts from: many units (a contest's
 * areas, or every booth of its ACs) handed over one at a time, each with its parties and votes,
 * so that a projection can keep what it needs (projection-fast.ts keeps our side's parties and
 * the strongest other bloc; a party-share projection would keep every party) without an object
 * per booth.
 *
 * A booth's baseline is its own votes in its booth election moved by its area's swing from that
 * election to the blended baseline (uniform swing within the area, as projection.ts's
 * shiftBooth): booth numbering changes between elections, so this is how a 2017 booth map carries
 * a 2022 baseline.
 *
 *   const b = shiftedBooths(booths, areaShift(areas, { AE2022: 1 }));
 *   b.units.feed({ unit(i, parties, votes, m, valid, electors) { … } });  b.ac[i], b.part[i]
 */
import type { Baseline } from '../projection.ts';
import type { ElectionId } from '../types.ts';
import { baselineOf, type ByElection, type Weights } from './baseline.ts';
import type { BoothBaselines } from './booth-votes.ts';

export interface UnitVotes {
	n: number;
	/** Hands every unit over to `sink`, in order. */
	feed(sink: UnitSink): void;
}

/**
 * Takes units one at a time: unit i's parties and their votes are the first m entries of
 * `parties` and `votes`. The two arrays are reused from unit to unit: read them during the call
 * and keep no reference.
 *
 * The votes travel in a Float64Array rather than as the argument of one call per party: a
 * fractional number passed to a call that is not inlined is a new heap object, and a compile of
 * all UP's booths hands over about 2.4 million votes.
 */
export interface UnitSink {
	unit(
		i: number,
		parties: readonly string[],
		votes: Float64Array,
		m: number,
		valid: number,
		electors: number | null
	): void;
}

/** Arrays for one unit's parties and votes at a time, grown as needed. */
class UnitBuffer {
	parties: string[] = [];
	votes = new Float64Array(32);
	m = 0;

	push(party: string, v: number) {
		if (this.m === this.votes.length) this.grow();
		this.parties[this.m] = party;
		this.votes[this.m++] = v;
	}

	grow() {
		const votes = new Float64Array(this.votes.length * 2);
		votes.set(this.votes);
		this.votes = votes;
	}
}

function feedBaselines(list: Baseline[], sink: UnitSink) {
	const b = new UnitBuffer();
	for (let i = 0; i < list.length; i++) {
		const u = list[i];
		b.m = 0;
		for (const party in u.votes) b.push(party, u.votes[party]);
		sink.unit(i, b.parties, b.votes, b.m, u.valid, u.electors);
	}
}

/** Units from baselines (one unit each, in order). */
export function unitsOf(list: Baseline[]): UnitVotes {
	return { n: list.length, feed: (sink) => feedBaselines(list, sink) };
}

/** Booths of one or more ACs: their units, and which AC and part each unit is. */
export interface BoothUnits {
	units: UnitVotes;
	ac: Int32Array;
	part: Int32Array;
	/** each AC's units: indices start ≤ i < end */
	acs: Map<number, { start: number; end: number }>;
}

/** Where an AC's booths are moved from (its votes in their election) and to (its baseline). */
export type Shift = (
	ac_no: number,
	election: ElectionId
) => { from: Baseline; to: Baseline } | null;

/** Each area's shift: from its votes in the booth election to its blended baseline. */
export function areaShift(areas: Map<number, ByElection>, weights: Weights): Shift {
	return (ac_no, election) => {
		const byE = areas.get(ac_no);
		const from = byE?.get(election);
		const to = byE ? baselineOf(byE, weights) : null;
		return from && to ? { from, to } : null;
	};
}

interface ShiftedAc {
	booths: BoothBaselines;
	from: Baseline;
	to: Baseline;
}

/**
 * shiftBooth(booth, from, to) for every booth, unit by unit: each party's share in the booth plus
 * its area's change (cut at 0), renormalised to the booth's valid votes. A party the booth has no
 * entry for counts only if the area has it (at the area's change, cut at 0).
 */
function feedShifted(list: ShiftedAc[], sink: UnitSink) {
	const b = new UnitBuffer();
	let u = 0;
	for (const { booths, from, to } of list) {
		const change = (p: string) =>
			(to.votes[p] ?? 0) / (to.valid || 1) - (from.votes[p] ?? 0) / (from.valid || 1);
		const inArea = (p: string) => p in from.votes || p in to.votes;
		const k = booths.parties.length;
		// the booths' parties, then the area's parties that no booth has: their changes
		const parties = [...booths.parties];
		for (const p of [...Object.keys(from.votes), ...Object.keys(to.votes)])
			if (!parties.includes(p)) parties.push(p);
		const deltas = Float64Array.from(parties, change);
		const counted = Uint8Array.from(parties, (p, j) => (j >= k || inArea(p) ? 1 : 0));
		while (b.votes.length < parties.length) b.grow();
		const { valid, electors, votes: cols } = booths;
		for (let i = 0; i < booths.parts.length; i++) {
			const v = valid[i];
			let m = 0;
			let total = 0;
			for (let j = 0; j < parties.length; j++) {
				const own = j < k ? cols[j][i] : NaN;
				let sh: number;
				if (own === own) sh = (v > 0 ? own / v : 0) + deltas[j];
				else if (counted[j] === 1) sh = deltas[j];
				else continue;
				if (!(sh > 0)) sh = 0;
				b.parties[m] = parties[j];
				b.votes[m++] = sh;
				total += sh;
			}
			for (let x = 0; x < m; x++) b.votes[x] = total > 0 ? (b.votes[x] / total) * v : 0;
			const e = electors[i];
			sink.unit(u++, b.parties, b.votes, m, v, e === e ? e : null);
		}
	}
}

/** Every booth of the ACs (in AC order) moved by its AC's shift; ACs without one are left out. */
export function shiftedBooths(booths: Map<number, BoothBaselines>, shift: Shift): BoothUnits {
	const list = [...booths]
		.sort((x, y) => x[0] - y[0])
		.flatMap(([ac_no, b]) => {
			const s = shift(ac_no, b.election);
			return s ? [{ ac_no, booths: b, ...s }] : [];
		});
	const n = list.reduce((k, a) => k + a.booths.parts.length, 0);
	const ac = new Int32Array(n);
	const part = new Int32Array(n);
	const acs = new Map<number, { start: number; end: number }>();
	let i = 0;
	for (const { ac_no, booths: b } of list) {
		acs.set(ac_no, { start: i, end: i + b.parts.length });
		ac.fill(ac_no, i, i + b.parts.length);
		part.set(b.parts, i);
		i += b.parts.length;
	}
	return { units: { n, feed: (sink) => feedShifted(list, sink) }, ac, part, acs };
}
