/**
 * A contest's baseline: each area's votes by party in past elections (a Lok Sabha seat's
 * assembly segments, or one assembly constituency), blended by weight into the votes the
 * projection starts from.
 *
 *   baselineOf(new Map([['AE2022', b22], ['LS2019', b19]]), { AE2022: 1, LS2019: 0.5 })
 *   → shares averaged 2:1, on AE2022's valid votes and electors (projection.ts blend)
 */
import { blend, NOTA, type Baseline } from '../projection.ts';
import type { ElectionId } from '../types.ts';

/** One area's votes by party, per election. */
export type ByElection = Map<ElectionId, Baseline>;

/** Baseline elections and their weights: { AE2022: 1, LS2019: 0.5 }. */
export type Weights = Partial<Record<ElectionId, number>>;

/** The weighted baseline of an area; elections it lacks are left out of the blend. */
export function baselineOf(byElection: ByElection, weights: Weights): Baseline | null {
	const parts = Object.entries(weights)
		.filter(([e, wt]) => (wt ?? 0) > 0 && byElection.has(e as ElectionId))
		.map(([e, wt]) => ({ weight: wt, base: byElection.get(e as ElectionId)! }));
	return parts.length ? blend(parts) : null;
}

/** Votes by party of all areas together, each on its blended baseline. */
export function totalVotes(areas: Map<number, ByElection>, weights: Weights) {
	const out: Record<string, number> = {};
	for (const byE of areas.values()) {
		const b = baselineOf(byE, weights);
		if (b) for (const [p, v] of Object.entries(b.votes)) out[p] = (out[p] ?? 0) + v;
	}
	return out;
}

/**
 * An alliance's parties with the one with most baseline votes first (it is the lead party: it
 * transfers fully, the others at their transfer rates); ties keep the alliance table's order.
 * A contest orders by its own baseline, the backtest by each seat's.
 */
export function leadFirst(votes: Record<string, number>) {
	return (parties: string[]) => [...parties].sort((a, b) => (votes[b] ?? 0) - (votes[a] ?? 0));
}

/** The first election with a positive weight (the one a contest's "won before" counts). */
export const firstElection = (weights: Weights): ElectionId | undefined =>
	(Object.entries(weights) as [ElectionId, number | undefined][]).find(
		([, v]) => (v ?? 0) > 0
	)?.[0];

/** The party with most votes (NOTA never leads), or undefined for no votes. */
export function topParty(b: Baseline): string | undefined {
	let best: string | undefined;
	for (const [p, v] of Object.entries(b.votes))
		if (p !== NOTA && (best === undefined || v > b.votes[best])) best = p;
	return best;
}

/** How many areas a party of `side` won in `election` (areas without that election not counted). */
export function areasWon(areas: Map<number, ByElection>, election: ElectionId, side: string[]) {
	let won = 0;
	for (const byE of areas.values()) {
		const b = byE.get(election);
		const top = b && topParty(b);
		if (top && side.includes(top)) won++;
	}
	return won;
}
