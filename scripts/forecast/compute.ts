/**
 * What `npm run forecast` computes (run.ts writes it; the benchmark and the SQL tests call it too).
 * See src/lib/model/forecast/select.ts for how the defaults are chosen and backtest.ts for what
 * each backtest learns from.
 */
import {
	Backtester,
	TARGETS,
	backtestDef,
	type BacktestRun
} from '../../src/lib/model/forecast/backtest.ts';
import { BLOCS_2027, TARGET_2027 } from '../../src/lib/model/forecast/scenario-2027.ts';
import { reportTable } from '../../src/lib/model/forecast/report.ts';
import {
	GRID,
	SELECTION_TARGET,
	selectErrorModel,
	selectSettings,
	type ErrorModelRow
} from '../../src/lib/model/forecast/select.ts';
import { loadHistory } from './load.ts';

/** Simulated elections per backtest, and the seed (fixed, so that the files repeat). */
export const SIMS = 1000;
export const SEED = 13;

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export async function computeForecastFiles(dataDir: string) {
	const h = await loadHistory(dataDir);
	const b = new Backtester(h);
	const { chosen, grid } = selectSettings(b);
	const errorModel = selectErrorModel(b, chosen, { sims: SIMS, seed: SEED });
	const errors = errorModel.chosen;
	const runs: BacktestRun[] = [];
	for (const target of TARGETS) {
		const def = backtestDef(h, target);
		if (!def.reported) continue;
		for (const variant of ['baseline', 'actual'] as const)
			runs.push(b.run(def, chosen, { variant, sims: SIMS, seed: SEED, errors }));
	}
	// the alternative of docs/FORECAST.md, not the default: each backtest scored with the settings
	// chosen on every backtest older than it (rolling origin); LS2024's on AE2017 + AE2022
	const rolling = selectSettings(b, ['AE2017', 'AE2022']);
	const rollingRuns = (['baseline', 'actual'] as const).map((variant) =>
		b.run(backtestDef(h, 'LS2024'), rolling.chosen, { variant, sims: SIMS, seed: SEED, errors })
	);
	const onAll = selectSettings(b, ['AE2017', 'AE2022', 'LS2024']);
	const roles = b.roles(TARGET_2027);
	const unit = b.unitSd(TARGET_2027, chosen, errors);
	const state = b.stateSd(TARGET_2027, errors.scale, errors.statePairs ?? 'consecutive');
	const rowOut = (r: ErrorModelRow) => ({ ...r, brier: r4(r.brier) });
	const matrix = b.matrix(TARGET_2027, chosen);
	const defaults = {
		about:
			'Written by npm run forecast (scripts/forecast/run.ts); do not edit. Settings chosen on the AE2017 backtest only (src/lib/model/forecast/select.ts); see docs/FORECAST.md.',
		selection: {
			target: SELECTION_TARGET,
			variant: 'actual state-wide shares given',
			criterion:
				'smallest mean absolute error in our margin; ties: more winners right, then grid order',
			grid: GRID,
			combinations: grid.length,
			best: grid.slice(0, 10).map((g) => ({
				...g,
				meanAbsError: r4(g.meanAbsError),
				medianAbsError: r4(g.medianAbsError)
			}))
		},
		settings: chosen,
		errorModel: {
			about:
				'How simulated errors are drawn and measured (select.ts selectErrorModel, docs/FORECAST.md §2a–§2c): the scale chosen on AE2017 (mean Brier, both variants), then the spread source by the rule fixed before AE2022 and LS2024 were scored with it; divisions: a division layer above the districts, and statePairs: the state-wide spread from five-year pairs of elections of the same kind, each kept only if it wins on AE2017 alone; empirical: AC errors bootstrapped from the earlier backtests’ residuals (§2c), kept on the same rule.',
			chosen: errors,
			scales: errorModel.scales.map(rowOut),
			sources: errorModel.sources.map(rowOut),
			tails: errorModel.tails.map(rowOut),
			confirm: errorModel.confirm.map(rowOut),
			divisions: errorModel.divisions.map(rowOut),
			statePairs: errorModel.statePairs.map(rowOut),
			empirical: errorModel.empirical.map(rowOut)
		},
		alternatives: {
			about:
				'Not used by default. rollingOrigin: chosen on AE2017 + AE2022 (mean of their known-shares errors), the choice that scores LS2024 out of sample; allBacktests: chosen on AE2017 + AE2022 + LS2024, a candidate for 2027. See docs/FORECAST.md.',
			rollingOrigin: rolling.chosen,
			allBacktests: onAll.chosen
		},
		y2027: {
			baseline: Object.fromEntries(
				(['AE', 'LS'] as const).flatMap((r) =>
					roles[r] && chosen.weights[r] > 0 ? [[roles[r], chosen.weights[r]]] : []
				)
			),
			blocs: BLOCS_2027,
			ours: BLOCS_2027[0].id,
			transfer: chosen.transfer,
			method: chosen.method,
			matrix,
			spreads: {
				state: r4(state.sd),
				...(errors.regions === 'division' ? { division: r4(unit.division) } : {}),
				region: r4(unit.region),
				unit: r4(unit.unit),
				scale: errors.scale,
				...(errors.tails ? { tails: errors.tails } : {}),
				stateFrom: state.pairs,
				unitFrom: unit.from
			},
			sims: SIMS,
			seed: SEED
		}
	};
	const backtests = {
		about:
			'Written by npm run forecast (scripts/forecast/run.ts): every backtest of the default settings, with and without the actual state-wide shares, contest by contest; rollingOrigin: LS2024 scored with the settings chosen on AE2017 + AE2022 (not the default).',
		settings: chosen,
		errors,
		sims: SIMS,
		seed: SEED,
		runs: runs.map(compact),
		rollingOrigin: {
			chosenOn: ['AE2017', 'AE2022'],
			settings: rolling.chosen,
			runs: rollingRuns.map(compact)
		}
	};
	return {
		defaults,
		backtests,
		runs,
		rollingRuns,
		report:
			reportTable(runs) +
			(JSON.stringify(rolling.chosen) === JSON.stringify(chosen)
				? '\n\nRolling origin (LS2024 with the settings chosen on AE2017 + AE2022): the same settings as the default.'
				: '\n\nNot the default: LS2024 with the settings chosen on AE2017 + AE2022 (rolling origin, ' +
					JSON.stringify(rolling.chosen) +
					'):\n\n' +
					reportTable(rollingRuns)),
		history: h,
		backtester: b
	};
}

function compact(r: BacktestRun) {
	return {
		...r,
		score: {
			...r.score,
			meanAbsError: r4(r.score.meanAbsError),
			medianAbsError: r4(r.score.medianAbsError),
			meanError: r4(r.score.meanError),
			brier: r.score.brier === null ? null : r4(r.score.brier),
			calibration: r.score.calibration.map((c) => ({ ...c, meanChance: r4(c.meanChance) }))
		},
		sd: r.sd && {
			state: r4(r.sd.state),
			...(r.sd.division ? { division: r4(r.sd.division) } : {}),
			region: r4(r.sd.region),
			unit: r4(r.sd.unit)
		}
	};
}
