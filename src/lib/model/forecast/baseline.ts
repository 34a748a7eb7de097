/**
 * Baselines: one unit's votes by party, made comparable across elections before they are blended.
 *
 * - unify: each party under its parties.same_as code (AE2022's ADS is ADAL).
 * - splitSeatSharing: where an alliance fielded one candidate for several parties (LS2019: SP's
 *   voters voted for BSP's candidate in the 38 seats BSP fought), the candidate's votes are the
 *   alliance's, not one party's. They are shared among the member parties in proportion to each
 *   one's share in the unit in a reference election in which those parties stood against each
 *   other (referenceElection). A member that did not stand in the unit then counts with its
 *   average share where it did stand. Without this, a 2027 projection in which RLD has changed
 *   sides would move every 2022 vote for an RLD candidate (SP's voters too) to the NDA.
 * - blendUnits: a weighted average of one unit's party shares over several elections.
 * - shiftUnits: booths of one election moved by their AC's change in each party's share to the
 *   AC's blended baseline (uniform within the AC), as projection.ts's shiftBooth does.
 *
 *   splitSeatSharing({ votes: { BSP: 500, BJP: 450, INC: 50 }, total: 1000 }, ['SP', 'BSP'],
 *                    { SP: 0.3, BSP: 0.2 }) → votes { SP: 300, BSP: 200, BJP: 450, INC: 50 }
 */
import type { UnitVotes } from './types.ts';

/** The unit's votes with every party under its same_as code (codes that coincide are added). */
export function unify(u: UnitVotes, sameAs: Record<string, string>): UnitVotes {
	const votes: Record<string, number> = {};
	for (const [p, v] of Object.entries(u.votes)) {
		const code = sameAs[p] ?? p;
		votes[code] = (votes[code] ?? 0) + v;
	}
	return { votes, total: u.total };
}

/**
 * Shares the votes of an alliance's parties in one unit among them by `ref` (each member's
 * share of the vote in a reference election), when some member has no votes in the unit (it did
 * not stand: a seat-sharing candidate). Units where every member stood (a "friendly fight") and
 * units where no member has a reference share are left as they are.
 */
export function splitSeatSharing(
	u: UnitVotes,
	members: string[],
	ref: Record<string, number>
): UnitVotes {
	const pooled = members.reduce((t, p) => t + (u.votes[p] ?? 0), 0);
	if (pooled <= 0 || members.every((p) => (u.votes[p] ?? 0) > 0)) return u;
	const weightSum = members.reduce((t, p) => t + Math.max(0, ref[p] ?? 0), 0);
	if (weightSum <= 0) return u;
	const votes = { ...u.votes };
	for (const p of members) {
		const v = (pooled * Math.max(0, ref[p] ?? 0)) / weightSum;
		if (v > 0) votes[p] = v;
		else delete votes[p];
	}
	return { votes, total: u.total };
}

export interface AllianceOf {
	election: string;
	/** the alliance's code in the alliances table (NDA, SP+), if it has one */
	id?: string;
	parties: string[];
}

/**
 * The election whose votes share out an alliance's seat-sharing candidates: the most recent one
 * before `election` (in `order`, oldest first) in which no two of `members` were in the same
 * alliance; null if there is none.
 *
 *   referenceElection('LS2019', ['SP', 'BSP', 'RLD'], order, alliances) → 'LS2014'
 */
export function referenceElection(
	election: string,
	members: string[],
	order: readonly string[],
	alliances: AllianceOf[]
): string | null {
	const set = new Set(members);
	for (let i = order.indexOf(election) - 1; i >= 0; i--) {
		const e = order[i];
		const allied = alliances.some(
			(a) => a.election === e && a.parties.filter((p) => set.has(p)).length > 1
		);
		if (!allied) return e;
	}
	return null;
}

/**
 * Each member's share in each unit of the reference election; where a member had no votes in a
 * unit (it did not stand there), its vote-weighted average share over the units where it stood.
 */
export function referenceShares<K>(
	ref: Map<K, UnitVotes>,
	members: string[]
): (key: K) => Record<string, number> {
	const avg: Record<string, number> = {};
	for (const p of members) {
		let votes = 0;
		let total = 0;
		for (const u of ref.values())
			if ((u.votes[p] ?? 0) > 0) {
				votes += u.votes[p];
				total += u.total;
			}
		avg[p] = total > 0 ? votes / total : 0;
	}
	return (key) => {
		const u = ref.get(key);
		const out: Record<string, number> = {};
		for (const p of members) {
			const v = u?.votes[p] ?? 0;
			out[p] = v > 0 && u!.total > 0 ? v / u!.total : avg[p];
		}
		return out;
	};
}

/**
 * How a seat-sharing candidate's votes are shared out (ModelSettings.split): not at all (false);
 * by each member's share in the unit in the reference election, a member that did not stand
 * there counting with its average share where it stood (true: the first version, referenceShares);
 * or by each member's share in the unit in the reference election, a member that did not stand
 * there counting with its share in the same unit in the latest earlier election in which it stood
 * there, and with 0 if it never did ('own': ownReferenceShares, docs/FORECAST.md §3a).
 */
export type SeatSplit = boolean | 'own';

/**
 * 'own' reference shares: `chain` is the reference election's units followed by the elections
 * before it, latest first. Each member's share in a unit is its share in the first of them in
 * which it had votes in that unit; 0 if none. (The 'average' fallback gives a party that stood
 * only in its strongholds its stronghold share everywhere: SBSP, 8 ACs in 2017 on the NDA's
 * votes, would take 19% of UP's 2022 SP+ vote.)
 *
 *   ownReferenceShares([ref2017, ls2014, ae2012], ['SP', 'SBSP'])(ac)
 *   → { SP: SP's 2017 share in ac, SBSP: its 2012 share in ac if it stood there in 2012 (else 0) }
 */
export function ownReferenceShares<K>(
	chain: Map<K, UnitVotes>[],
	members: string[]
): (key: K) => Record<string, number> {
	return (key) => {
		const out: Record<string, number> = {};
		for (const p of members) {
			out[p] = 0;
			for (const m of chain) {
				const u = m.get(key);
				const v = u?.votes[p] ?? 0;
				if (v > 0 && u!.total > 0) {
					out[p] = v / u!.total;
					break;
				}
			}
		}
		return out;
	};
}

/**
 * A weighted average of a unit's party shares (weights need not add up to 1; zero weights and
 * units without votes are left out); the total is the weighted average of the totals. Null when
 * nothing is left.
 */
export function blendUnits(
	parts: { weight: number; unit: UnitVotes | undefined }[]
): UnitVotes | null {
	const used = parts.filter(
		(p): p is { weight: number; unit: UnitVotes } => p.weight > 0 && !!p.unit && p.unit.total > 0
	);
	if (!used.length) return null;
	const w = used.reduce((t, p) => t + p.weight, 0);
	const total = used.reduce((t, p) => t + (p.weight / w) * p.unit.total, 0);
	const votes: Record<string, number> = {};
	for (const { weight, unit } of used)
		for (const [p, v] of Object.entries(unit.votes))
			votes[p] = (votes[p] ?? 0) + (weight / w) * (v / unit.total) * total;
	return { votes, total };
}

/**
 * Units (booths) of one election moved to another baseline of the AC they lie in: each party's
 * share in the unit plus the change in its AC share from `from` to `to`, cut at 0 and
 * renormalised to the unit's own total.
 */
export function shiftUnits(units: UnitVotes[], from: UnitVotes, to: UnitVotes): UnitVotes[] {
	const delta = new Map<string, number>();
	for (const p of new Set([...Object.keys(from.votes), ...Object.keys(to.votes)]))
		delta.set(p, (to.votes[p] ?? 0) / (to.total || 1) - (from.votes[p] ?? 0) / (from.total || 1));
	return units.map((u) => {
		const shares: Record<string, number> = {};
		let sum = 0;
		for (const p of new Set([...Object.keys(u.votes), ...delta.keys()])) {
			const own = u.total > 0 ? (u.votes[p] ?? 0) / u.total : 0;
			const s = Math.max(0, own + (delta.get(p) ?? 0));
			if (s > 0) {
				shares[p] = s;
				sum += s;
			}
		}
		const votes: Record<string, number> = {};
		for (const [p, s] of Object.entries(shares)) votes[p] = (s / sum) * u.total;
		return { votes, total: u.total };
	});
}
