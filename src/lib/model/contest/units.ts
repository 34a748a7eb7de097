/**
 * The per-unit baseline of party votes that a projection starts from: many units (a contest's
 * areas, or every booth of its ACs) handed over unit by unit, party by party, so that a projection
 * can keep what it needs (projection-fast.ts keeps our side's parties and the strongest other
 * bloc; a party-share projection would keep every party) without an object per booth.
 *
 * A booth's baseline is its own votes in its booth election moved by its area's swing from that
 * election to the blended baseline (uniform swing within the area, as projection.ts's
 * shiftBooth): booth numbering changes between elections, so this is how a 2017 booth map carries
 * a 2022 baseline.
 *
 *   const b = shiftedBooths(booths, areaShift(areas, { AE2022: 1 }));
 *   b.units.feed((i, party, votes) => …, (i, valid, electors) => …);  b.ac[i], b.part[i]
 */
import type { Baseline } from '../projection.ts';
import type { ElectionId } from '../types.ts';
import { baselineOf, type ByElection, type Weights } from './baseline.ts';

export interface UnitVotes {
	n: number;
	/**
	 * Hands over every unit in order: vote(i, party, votes) for each of unit i's parties, then
	 * done(i, valid, electors).
	 */
	feed(
		vote: (i: number, party: string, votes: number) => void,
		done: (i: number, valid: number, electors: number | null) => void
	): void;
}

/** Units from baselines (one unit each, in order). */
export function unitsOf(list: Baseline[]): UnitVotes {
	return {
		n: list.length,
		feed(vote, done) {
			list.forEach((u, i) => {
				for (const party in u.votes) vote(i, party, u.votes[party]);
				done(i, u.valid, u.electors);
			});
		}
	};
}

/** Booths of one or more ACs: their units, and which AC and part each unit is. */
export interface BoothUnits {
	units: UnitVotes;
	ac: Int32Array;
	part: Int32Array;
	/** each AC's units: indices start ≤ i < end */
	acs: Map<number, { start: number; end: number }>;
}

/** The booths of an AC in its booth election (the numbering they are known by). */
export interface BoothBaselines {
	election: ElectionId;
	bases: Map<number, Baseline>;
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

/** Every booth of the ACs (in AC order) moved by its AC's shift; ACs without one are left out. */
export function shiftedBooths(booths: Map<number, BoothBaselines>, shift: Shift): BoothUnits {
	const list = [...booths]
		.sort((x, y) => x[0] - y[0])
		.flatMap(([ac_no, b]) => {
			const s = shift(ac_no, b.election);
			return s ? [{ ac_no, bases: b.bases, ...s }] : [];
		});
	const n = list.reduce((k, a) => k + a.bases.size, 0);
	const ac = new Int32Array(n);
	const part = new Int32Array(n);
	const acs = new Map<number, { start: number; end: number }>();
	let i = 0;
	for (const { ac_no, bases } of list) {
		const start = i;
		for (const part_no of bases.keys()) {
			ac[i] = ac_no;
			part[i++] = part_no;
		}
		acs.set(ac_no, { start, end: i });
	}
	const feed: UnitVotes['feed'] = (vote, done) => {
		// shiftBooth(booth, from, to), unit by unit: each party's share in the booth plus its area's
		// change (cut at 0), renormalised to the booth's valid votes
		// reused for every booth (m of them in use): all of UP's booths made about 190 MB of
		// short-lived arrays per compile when these were emptied and refilled per booth
		const parties: string[] = [];
		const shares: number[] = [];
		let i = 0;
		for (const { bases, from, to } of list) {
			const delta = new Map<string, number>();
			for (const p of [...Object.keys(from.votes), ...Object.keys(to.votes)])
				if (!delta.has(p))
					delta.set(
						p,
						(to.votes[p] ?? 0) / (to.valid || 1) - (from.votes[p] ?? 0) / (from.valid || 1)
					);
			const deltaParties = [...delta.keys()];
			const deltas = [...delta.values()];
			for (const base of bases.values()) {
				let m = 0;
				let total = 0;
				for (const p in base.votes) {
					const own = base.valid > 0 ? base.votes[p] / base.valid : 0;
					const sh = Math.max(0, own + (delta.get(p) ?? 0));
					parties[m] = p;
					shares[m++] = sh;
					total += sh;
				}
				for (let d = 0; d < deltaParties.length; d++)
					if (!(deltaParties[d] in base.votes)) {
						const sh = Math.max(0, deltas[d]);
						parties[m] = deltaParties[d];
						shares[m++] = sh;
						total += sh;
					}
				for (let k = 0; k < m; k++)
					vote(i, parties[k], total > 0 ? (shares[k] / total) * base.valid : 0);
				done(i, base.valid, base.electors);
				i++;
			}
		}
	};
	return { units: { n, feed }, ac, part, acs };
}
