/**
 * Should a strategist trust the projection? Every seat of a past election projected from earlier
 * baselines with the current scenario, and compared with what happened (both regrouped into the
 * same blocs). The target election itself is never part of the baseline. Each seat leads with
 * our side's party that has most votes in its baseline, as a contest does (leadFirst), so
 * transfer rates mean the same on both.
 *
 *   backtest(pcBaselines2022, declared2024, { AE2022: 1 }, scenario) → { correct: 49, meanError: 14.5, … }
 */
import type { Baseline, Scenario, UnitNumbers } from '../projection.ts';
import { baselineOf, leadFirst, type ByElection, type Weights } from './baseline.ts';
import { blocSwing } from './projector.ts';
import { moveOf } from './settings.ts';
import { unitsOf } from './units.ts';

export interface BacktestRow {
	pc_no: number;
	predicted: UnitNumbers;
	actual: UnitNumbers;
	/** our side's lead party in this seat's baseline (it transfers fully) */
	lead: string;
	predictedWinner: string;
	actualWinner: string;
	correct: boolean;
	/** |predicted margin − actual margin|, points */
	error: number;
}

export function backtest(
	baselines: Map<number, ByElection>,
	actual: Map<number, Baseline>,
	weights: Weights,
	scenario: Scenario,
	projector = blocSwing
): { rows: BacktestRow[]; correct: number; meanError: number; medianError: number } {
	const seats: { pc_no: number; base: Baseline; real: Baseline }[] = [];
	for (const [pc_no, byElection] of [...baselines].sort((a, b) => a[0] - b[0])) {
		const base = baselineOf(byElection, weights);
		const real = actual.get(pc_no);
		if (base && real) seats.push({ pc_no, base, real });
	}
	const leads = seats.map((x) => scenario.side.indexOf(leadFirst(x.base.votes)(scenario.side)[0]));
	const cp = projector.compile(unitsOf(seats.map((x) => x.base)), scenario, leads);
	const p = projector.recompute(cp, moveOf(scenario));
	const ca = projector.compile(unitsOf(seats.map((x) => x.real)), scenario);
	const a = projector.recompute(ca, { transfer: {}, swing: 0, turnout: 0 });
	const rows: BacktestRow[] = seats.map((x, i) => {
		const predictedWinner = p.margin[i] > 0 ? 'ours' : projector.leaderAt(cp, p, i);
		const actualWinner = a.margin[i] > 0 ? 'ours' : projector.leaderAt(ca, a, i);
		return {
			pc_no: x.pc_no,
			predicted: projector.numbersAt(cp, p, i),
			actual: projector.numbersAt(ca, a, i),
			lead: scenario.side[leads[i]],
			predictedWinner,
			actualWinner,
			correct: predictedWinner === actualWinner,
			error: Math.abs(p.marginPts[i] - a.marginPts[i])
		};
	});
	const errors = rows.map((r) => r.error).sort((x, y) => x - y);
	const mid = errors.length >> 1;
	return {
		rows,
		correct: rows.filter((r) => r.correct).length,
		meanError: errors.length ? errors.reduce((x, y) => x + y, 0) / errors.length : 0,
		medianError: !errors.length
			? 0
			: errors.length % 2
				? errors[mid]
				: (errors[mid - 1] + errors[mid]) / 2
	};
}
