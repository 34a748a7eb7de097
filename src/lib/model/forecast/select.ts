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
import {
	Backtester,
	backtestDef,
	TARGETS,
	type ErrorModel,
	type ModelSettings
} from './backtest.ts';
import type { SeatSplit } from './baseline.ts';

export const SELECTION_TARGET = 'AE2017';

export const GRID = {
	/** weight of the latest Lok Sabha election's segments; the latest assembly election has 1 − it */
	lsWeight: [0, 0.25, 0.5, 0.75, 1],
	method: ['uniform', 'proportional', 'transition'] as const,
	pairs: ['consecutive', 'same-kind'] as const,
	transfer: [1, 0.8, 0.6],
	/**
	 * Not a setting any more (docs/FORECAST.md §3b): a seat-sharing candidate's votes are always
	 * shared among the alliance's parties by their own earlier shares in the unit ('own'). Keeping
	 * them with the candidate's party reads "SP had no candidate here" as "SP has no voters here"
	 * (LS2019: 0% for SP in the 38 seats BSP fought for both), a wrong baseline whenever those
	 * parties are on different sides of the target; the first split (true) gives an absent member
	 * its stronghold average everywhere (SBSP 19% of UP in 2022). Both kept for diagnostics.
	 */
	split: ['own'] as SeatSplit[]
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

/** The error scales compared on AE2017 (simulate.ts ErrorScale); the first is the incumbent. */
export const ERROR_SCALES = ['binomial', 'log'] as const;

export interface ErrorModelRow {
	model: ErrorModel;
	/** the backtests scored, both variants each */
	on: string[];
	/** mean Brier score of those runs */
	brier: number;
	/** of those runs, how many have the actual seat count inside the 80% range, and the 50% range */
	inRange: number;
	inRange50: number;
	runs: number;
}

function errorRow(
	b: Backtester,
	settings: ModelSettings,
	model: ErrorModel,
	on: string[],
	o: { sims: number; seed: number }
): ErrorModelRow {
	const rs = on.flatMap((t) =>
		(['baseline', 'actual'] as const).map(
			(variant) => b.run(backtestDef(b.h, t), settings, { variant, ...o, errors: model }).score
		)
	);
	return {
		model,
		on,
		brier: rs.reduce((t, r) => t + r.brier!, 0) / rs.length,
		inRange: rs.filter((r) => r.seats.inRange).length,
		inRange50: rs.filter((r) => r.seats.inRange50).length,
		runs: rs.length
	};
}

/** `challenger` replaces `incumbent` if its Brier score is lower by 0.001 or more and its actual
 * seat counts fall inside the 80% range no less often. */
const beats = (challenger: ErrorModelRow, incumbent: ErrorModelRow) =>
	challenger.brier <= incumbent.brier - 0.001 && challenger.inRange >= incumbent.inRange;

/** `challenger` puts the actual seat count inside the 80% range in more runs, with a Brier score
 * worse by no more than 0.001 (step 4 of selectErrorModel). */
const widens = (challenger: ErrorModelRow, incumbent: ErrorModelRow) =>
	challenger.inRange > incumbent.inRange && challenger.brier <= incumbent.brier + 0.001;

/** Degrees of freedom of the heavier-tailed AC errors tried in step 3 of selectErrorModel. */
export const AC_TAILS = 4;

/**
 * How the error model is chosen (docs/FORECAST.md §2a); steps 1 and 2 were written down before any
 * newer backtest was scored with a new model:
 *  1. the scale (binomial or log), on AE2017 alone (both variants, the default settings, spreads
 *     from the earlier backtests, SIMS and SEED of npm run forecast): the challenger replaces the
 *     incumbent ('binomial') under `beats`;
 *  2. where the regional and unit spreads are measured: every earlier backtest ('all', the
 *     incumbent) or the earlier backtests projected from an assembly + Lok Sabha blend ('blend').
 *     On AE2017 both are AE2012's (nothing earlier is a blend), so AE2017 cannot tell them apart;
 *     the rule, fixed before either was scored there, is `beats` over the four runs of AE2022 and
 *     LS2024 — the out-of-sample comparison the issue asks for, between two candidates only, and
 *     reported with the choice (defaults.json → errorModel).
 *  3. (added after steps 1–2 had been scored, from the AE2017 diagnosis: the simulated median far
 *     above the projection) AC errors with heavier tails, a Student t with AC_TAILS degrees of
 *     freedom and the same variance: a challenger on AE2017 under `beats`; if it wins there, it
 *     becomes the default only if it also `beats` the step-2 model over AE2022 + LS2024's four runs.
 *  4. (session 10, written down before the division layer was scored anywhere) a division error
 *     (UP's 18 divisions, divisions.ts) above the district's, its spread split from the same
 *     earlier residuals (spreads.ts nestedSpreads), added to the step-3 model: scored on AE2017
 *     alone (both variants) and kept if it `beats` the step-3 model there, or if it puts the
 *     actual seat count inside the 80% range in more of the two runs with a Brier score worse by
 *     no more than 0.001 (`widens`: the issue's aim is the actual count inside the range). Not
 *     confirmed on AE2022 or LS2024: they contribute nothing to the choice and are scored once.
 *  5. (session 10, written down before it was scored anywhere) the state-wide spread measured on
 *     each election and the next of its kind (five years apart: the span from one assembly
 *     election to the next, backtest.ts statePairs) instead of consecutive elections (two or three
 *     years apart), added to the step-4 model: scored on AE2017 alone, kept under `beats` or
 *     `widens` as in step 4; not confirmed on AE2022 or LS2024.
 *  6. (session 10, written down before it was scored anywhere) AC errors drawn from the earlier
 *     backtests' own residuals: a bootstrap (uniform, with replacement, seeded) of the
 *     within-district residuals that measure the AC spread (spreads.ts unitResiduals), scaled to
 *     root mean square 1 and multiplied by the measured AC spread, instead of a normal; the
 *     state-wide, division and district parts stay normal. Added to the step-5 model, scored on
 *     AE2017 alone, kept under `beats` or `widens` as in step 4; not confirmed on AE2022 or LS2024.
 */
export function selectErrorModel(
	b: Backtester,
	settings: ModelSettings,
	o: { sims: number; seed: number }
): {
	chosen: ErrorModel;
	scales: ErrorModelRow[];
	sources: ErrorModelRow[];
	tails: ErrorModelRow[];
	confirm: ErrorModelRow[];
	divisions: ErrorModelRow[];
	statePairs: ErrorModelRow[];
	empirical: ErrorModelRow[];
} {
	const scales = ERROR_SCALES.map((scale) =>
		errorRow(b, settings, { scale, from: 'all' }, [SELECTION_TARGET], o)
	);
	const scale = scales.slice(1).reduce((c, r) => (beats(r, c) ? r : c), scales[0]).model.scale;
	const later = TARGETS.filter(
		(t) => backtestDef(b.h, t).reported && b.index(t) > b.index(SELECTION_TARGET)
	);
	const sources = (['all', 'blend'] as const).map((from) =>
		errorRow(b, settings, { scale, from }, later, o)
	);
	const source = beats(sources[1], sources[0]) ? sources[1] : sources[0];
	// step 3: heavier-tailed AC errors, on AE2017, then confirmed on the newer backtests
	const tailed = { ...source.model, tails: AC_TAILS };
	const tails = [
		errorRow(b, settings, source.model, [SELECTION_TARGET], o),
		errorRow(b, settings, tailed, [SELECTION_TARGET], o)
	];
	const confirm = beats(tails[1], tails[0])
		? [source, errorRow(b, settings, tailed, later, o)]
		: [];
	const step3 = confirm.length && beats(confirm[1], confirm[0]) ? tailed : source.model;
	// steps 4–6: the incumbent against the incumbent with one change, on AE2017 alone; the change
	// is kept if it beats the incumbent or widens the range to hold the actual count
	const onAe2017 = (incumbent: ErrorModel, change: Partial<ErrorModel>) => {
		const rows = [
			errorRow(b, settings, incumbent, [SELECTION_TARGET], o),
			errorRow(b, settings, { ...incumbent, ...change }, [SELECTION_TARGET], o)
		];
		const kept = beats(rows[1], rows[0]) || widens(rows[1], rows[0]);
		return { rows, model: kept ? rows[1].model : incumbent };
	};
	// step 4: a division layer
	const step4 = onAe2017(step3, { regions: 'division' });
	// step 5: the state-wide spread from five-year pairs
	const step5 = onAe2017(step4.model, { statePairs: 'same-kind' });
	// step 6: AC errors bootstrapped from the earlier residuals
	const step6 = onAe2017(step5.model, { unitErrors: 'empirical' });
	return {
		chosen: step6.model,
		scales,
		sources,
		tails,
		confirm,
		divisions: step4.rows,
		statePairs: step5.rows,
		empirical: step6.rows
	};
}
