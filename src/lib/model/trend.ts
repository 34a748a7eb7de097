/**
 * A seat's vote share across elections, one line per party or bloc (issue 13 §2: a trend chart
 * can show a bloc as well as a party). A bloc's line adds up the same parties in every election,
 * so Kanpur's INDIA (SP + INC) reads 2024 as Congress carrying the alliance's vote (4,22,087),
 * not as SP falling to 0 where it left the seat to Congress.
 *
 *   trendLines({ id: 'INDIA-2027', parties: ['SP', 'INC'] })
 *   → [{ id: 'INDIA-2027', parties: ['SP', 'INC'] }, { id: 'BJP', … }, { id: 'BSP', … }]
 *   trendShares(totals, ['LS2019', 'LS2024'], line) → [37.4, 47.6]
 */
import type { ElectionId } from './types.ts';

/** A party ([party]) or a bloc (its parties, unified codes). */
export interface TrendLine {
	id: string;
	parties: string[];
}

/** One seat's votes by party (unified codes) and valid votes, per election. */
export type SeatTotals = Map<ElectionId, { votes: Record<string, number>; valid: number }>;

/** The parties a trend shows when no bloc is chosen. */
export const TREND_PARTIES = ['SP', 'BJP', 'INC', 'BSP'];

/**
 * The lines: the main parties; with blocs (one, or several: the 2027 blocs, an election's
 * alliances), the blocs first and then the main parties that are in none of them.
 *
 *   trendLines([INDIA-2027 (SP, INC), NDA-2027 (BJP, …), BSP (BSP)]) → those three, no party line
 */
export function trendLines(blocs: TrendLine | TrendLine[] | null): TrendLine[] {
	const list = blocs === null ? [] : Array.isArray(blocs) ? blocs : [blocs];
	const parties = TREND_PARTIES.map((p) => ({ id: p, parties: [p] }));
	return [...list, ...parties.filter((p) => !list.some((b) => b.parties.includes(p.id)))];
}

/** The line's votes in one election (0 where none of its parties stood), or null without data. */
export function lineVotes(totals: SeatTotals, election: ElectionId, line: TrendLine) {
	const t = totals.get(election);
	return t ? line.parties.reduce((s, p) => s + (t.votes[p] ?? 0), 0) : null;
}

/** The line's share of the valid votes (%) in each election, null where there is no result. */
export function trendShares(totals: SeatTotals, elections: ElectionId[], line: TrendLine) {
	return elections.map((e) => {
		const v = lineVotes(totals, e, line);
		const valid = totals.get(e)?.valid ?? 0;
		return v === null || !valid ? null : (100 * v) / valid;
	});
}

/** Rows of the seatPartyTotals query → SeatTotals. */
export function seatTotals(
	rows: { election_id: ElectionId; party: string; votes: number; valid_votes: number }[]
): SeatTotals {
	const out: SeatTotals = new Map();
	for (const r of rows) {
		const t = out.get(r.election_id) ?? { votes: {}, valid: r.valid_votes };
		t.votes[r.party] = (t.votes[r.party] ?? 0) + r.votes;
		out.set(r.election_id, t);
	}
	return out;
}
