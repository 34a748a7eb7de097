/**
 * How the defaults are chosen: on the oldest backtest only (AE2017, projected from AE2012 and the
 * LS2014 segments), before any newer result is looked at, so that the newer backtests (AE2022,
 * LS2024) score settings that never saw them. Every combination of GRID is run on AE2017 with the
 * actual state-wide shares given (that isolates how well votes are distributed over the ACs, which
 * is what these settings change), and the one with the smallest mean absolute error in our margin
 * wins; ties go to more winners right, then to the earlier row of the grid (simpler settings
 * first). Run by `npm run forecast`, which commits the choice to defaults.json.
 *
 *   selectSettings(new Backtester(history)) → { chosen: { weights: { AE: 1, LS: 0 }, method: 'uniform', … }, grid: [...] }
 */
import { Backtester, backtestDef, type ModelSettings } from './backtest.ts';

export const SELECTION_TARGET = 'AE2017';

export const GRID = {
	/** weight of the latest Lok Sabha election's segments; the latest assembly election has 1 − it */
	lsWeight: [0, 0.25, 0.5, 0.75, 1],
	method: ['uniform', 'proportional', 'transition'] as const,
	pairs: ['consecutive', 'same-kind'] as const,
	transfer: [1, 0.8, 0.6],
	split: [false, true]
};

export interface GridRow {
	settings: ModelSettings;
	winnersRight: number;
	contests: number;
	meanAbsError: number;
	medianAbsError: number;
	seats: number;
	actualSeats: number;
}

export function gridSettings(): ModelSettings[] {
	const out: ModelSettings[] = [];
	for (const split of GRID.split)
		for (const transfer of GRID.transfer)
			for (const ls of GRID.lsWeight)
				for (const method of GRID.method)
					for (const pairs of method === 'transition' ? GRID.pairs : (['consecutive'] as const))
						out.push({ weights: { AE: 1 - ls, LS: ls }, method, pairs, transfer, split });
	return out;
}

/**
 * The grid ranked on `targets` (default: AE2017 alone). With several targets a row's errors and
 * winners are their means over the targets (the "rolling origin" alternative of docs/FORECAST.md:
 * choose on every backtest older than the one scored).
 */
export function selectSettings(
	b: Backtester,
	targets: string[] = [SELECTION_TARGET]
): { chosen: ModelSettings; grid: GridRow[] } {
	const defs = targets.map((t) => backtestDef(b.h, t));
	const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
	const grid = gridSettings().map((settings) => {
		const rs = defs.map((d) => b.run(d, settings, { variant: 'actual', sims: 0, seed: 0 }).score);
		return {
			settings,
			winnersRight: mean(rs.map((r) => r.winnersRight)),
			contests: mean(rs.map((r) => r.contests)),
			meanAbsError: mean(rs.map((r) => r.meanAbsError)),
			medianAbsError: mean(rs.map((r) => r.medianAbsError)),
			seats: mean(rs.map((r) => r.seats.projected)),
			actualSeats: mean(rs.map((r) => r.seats.actual))
		};
	});
	const ranked = grid
		.map((row, i) => ({ row, i }))
		.sort(
			(a, b) =>
				a.row.meanAbsError - b.row.meanAbsError ||
				b.row.winnersRight - a.row.winnersRight ||
				a.i - b.i
		)
		.map((x) => x.row);
	return { chosen: ranked[0].settings, grid: ranked };
}
