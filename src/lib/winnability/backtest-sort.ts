/**
 * The backtest table's order (issue 17: it could not be sorted): by seat number, by a winner
 * (alphabetically, then by seat), or by a margin or the error (numerically). A strategist asks
 * "where was it most wrong?" (error, descending) or "which seats did we nearly win?" (actual
 * margin).
 *
 *   sortBacktest(rows, 'error', true)[0]   → the seat the projection missed by most
 */
import { sortTable } from '$lib/components/sort.ts';
import type { BacktestRow } from '$lib/model/contest/backtest.ts';

export type BacktestKey =
	'pc' | 'predicted' | 'predictedMargin' | 'actual' | 'actualMargin' | 'error';

const value: Record<BacktestKey, (r: BacktestRow) => number | string> = {
	pc: (r) => r.pc_no,
	predicted: (r) => r.predictedWinner,
	predictedMargin: (r) => r.predicted.marginPts,
	actual: (r) => r.actualWinner,
	actualMargin: (r) => r.actual.marginPts,
	error: (r) => r.error
};

export function sortBacktest(rows: BacktestRow[], key: BacktestKey, desc: boolean): BacktestRow[] {
	return sortTable(rows, value[key], desc, (a, b) => a.pc_no - b.pc_no);
}

/** A first click sorts numbers largest first (the worst error, the widest margin), names A→Z. */
export const firstDesc = (k: BacktestKey) => k === 'error' || k.endsWith('Margin');
