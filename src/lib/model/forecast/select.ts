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

export function selectSettings(b: Backtester): { chosen: ModelSettings; grid: GridRow[] } {
	const def = backtestDef(b.h, SELECTION_TARGET);
	const grid = gridSettings().map((settings) => {
		const r = b.run(def, settings, { variant: 'actual', sims: 0, seed: 0 });
		return {
			settings,
			winnersRight: r.score.winnersRight,
			contests: r.score.contests,
			meanAbsError: r.score.meanAbsError,
			medianAbsError: r.score.medianAbsError,
			seats: r.score.seats.projected,
			actualSeats: r.score.seats.actual
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
