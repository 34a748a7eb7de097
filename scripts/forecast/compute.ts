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
import { GRID, SELECTION_TARGET, selectSettings } from '../../src/lib/model/forecast/select.ts';
import { loadHistory } from './load.ts';

/** Simulated elections per backtest, and the seed (fixed, so that the files repeat). */
export const SIMS = 1000;
export const SEED = 13;

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export async function computeForecastFiles(dataDir: string) {
	const h = await loadHistory(dataDir);
	const b = new Backtester(h);
	const { chosen, grid } = selectSettings(b);
	const runs: BacktestRun[] = [];
	for (const target of TARGETS) {
		const def = backtestDef(h, target);
		if (!def.reported) continue;
		for (const variant of ['baseline', 'actual'] as const)
			runs.push(b.run(def, chosen, { variant, sims: SIMS, seed: SEED }));
	}
	const roles = b.roles(TARGET_2027);
	const unit = b.unitSd(TARGET_2027, chosen);
	const state = b.stateSd(TARGET_2027);
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
				region: r4(unit.region),
				unit: r4(unit.unit),
				stateFrom: state.pairs,
				unitFrom: unit.from
			},
			sims: SIMS,
			seed: SEED
		}
	};
	const backtests = {
		about:
			'Written by npm run forecast (scripts/forecast/run.ts): every backtest of the default settings, with and without the actual state-wide shares, contest by contest.',
		settings: chosen,
		sims: SIMS,
		seed: SEED,
		runs: runs.map((r) => ({
			...r,
			score: {
				...r.score,
				meanAbsError: r4(r.score.meanAbsError),
				medianAbsError: r4(r.score.medianAbsError),
				meanError: r4(r.score.meanError),
				brier: r.score.brier === null ? null : r4(r.score.brier),
				calibration: r.score.calibration.map((c) => ({ ...c, meanChance: r4(c.meanChance) }))
			},
			sd: r.sd && { state: r4(r.sd.state), region: r4(r.sd.region), unit: r4(r.sd.unit) }
		}))
	};
	return { defaults, backtests, runs, report: reportTable(runs), history: h, backtester: b };
}
