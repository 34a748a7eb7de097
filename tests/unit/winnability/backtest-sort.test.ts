/**
 * The backtest table's sort (issue 17): by error the worst miss first, by margin the widest
 * first, by winner A→Z with ties in seat order, and back to seat order.
 */
import { describe, expect, it } from 'vitest';
import type { BacktestRow } from '../../../src/lib/model/contest/backtest.ts';
import { firstDesc, sortBacktest } from '../../../src/lib/winnability/backtest-sort.ts';

const row = (pc_no: number, winner: string, predicted: number, actual: number): BacktestRow =>
	({
		pc_no,
		predicted: { marginPts: predicted },
		actual: { marginPts: actual },
		lead: 'SP',
		predictedWinner: winner,
		actualWinner: actual > 0 ? 'ours' : 'NDA',
		correct: predicted > 0 === actual > 0,
		error: Math.abs(predicted - actual)
	}) as BacktestRow;

// Kanpur 2024 as declared (−2.36 pts) and projected (−2.41), and two invented seats around it.
const rows = [row(43, 'NDA', -2.41, -2.36), row(1, 'ours', 5, -10), row(80, 'NDA', -20, 12)];
const pcs = (r: BacktestRow[]) => r.map((x) => x.pc_no);

describe('sortBacktest', () => {
	it('sorts by error, margins, winners and seat number', () => {
		expect(pcs(sortBacktest(rows, 'error', true))).toEqual([80, 1, 43]);
		expect(pcs(sortBacktest(rows, 'actualMargin', true))).toEqual([80, 43, 1]);
		expect(pcs(sortBacktest(rows, 'predictedMargin', false))).toEqual([80, 43, 1]);
		expect(pcs(sortBacktest(rows, 'predicted', false))).toEqual([43, 80, 1]);
		expect(pcs(sortBacktest(rows, 'pc', false))).toEqual([1, 43, 80]);
		expect(pcs(rows)).toEqual([43, 1, 80]); // the input is left as it was
	});
	it('first click: numbers largest first, names A→Z', () => {
		expect([firstDesc('error'), firstDesc('actualMargin'), firstDesc('actual')]).toEqual([
			true,
			true,
			false
		]);
	});
});
