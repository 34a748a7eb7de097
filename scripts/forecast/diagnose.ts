/**
 * npm run forecast:diagnose (`-- --all` for every backtest): why the simulation's ranges are what they are (docs/FORECAST.md §2).
 * For each backtest's known-shares run with the default settings it splits the residuals of the
 * major contenders (actual − projected share, points) into a state-wide part (each contender's
 * mean), a district part and an AC part (one-way analysis of variance), and tabulates the residual
 * spread by projected share, in points, per √(p(1 − p)) and per p, to see which scale the errors
 * follow. Then it compares the error models (simulate.ts ErrorScale) on the selection backtest
 * (AE2017) only: Brier score, seats inside the 50% and 80% ranges, the simulated median against
 * the deterministic projection, and the third contender's seats. With `--all` it prints the same
 * for every backtest (use only after the choice is fixed: the newer backtests are out of sample).
 *
 *   npm run forecast:diagnose              # diagnosis + AE2017 comparison
 *   npm run forecast:diagnose -- --all     # and AE2022, LS2024
 *   npm run forecast:diagnose -- --nosplit # and every backtest with the default settings but no
 *                                          # seat-sharing split (the default until session 6,
 *                                          # docs/FORECAST.md §3b; printed for the record)
 *   npm run forecast:diagnose -- --groups  # the known-shares margin error by which party stood
 *                                          # for our side's alliance in each baseline (§3b)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	defaultPlan,
	forecastInput,
	MAJORITY,
	parseY2027,
	summarize
} from '../../src/lib/forecast/y2027.ts';
import { runForecast } from '../../src/lib/model/forecast/index.ts';
import { TARGET_2027 } from '../../src/lib/model/forecast/scenario-2027.ts';
import { Backtester, TARGETS, backtestDef } from '../../src/lib/model/forecast/backtest.ts';
import defaults from '../../src/lib/model/forecast/defaults.json' with { type: 'json' };
import type { ModelSettings } from '../../src/lib/model/forecast/backtest.ts';
import { AC_TAILS, ERROR_SCALES, SELECTION_TARGET } from '../../src/lib/model/forecast/select.ts';
import type { ErrorModel } from '../../src/lib/model/forecast/backtest.ts';
import { reportTable } from '../../src/lib/model/forecast/report.ts';
import { loadHistory } from './load.ts';
import { build2027File } from './y2027.ts';
import { SEED, SIMS } from './compute.ts';

const ROOT = join(import.meta.dirname, '../..');
const all = process.argv.includes('--all');
const h = await loadHistory(join(ROOT, 'static/data'));
const b = new Backtester(h);
const s = defaults.settings as ModelSettings;
const f = (x: number, d = 2) => x.toFixed(d);

console.log('## Residuals of the known-shares runs (points), major contenders\n');
console.log('| Backtest | Contender | share | state-wide mean | district sd | AC sd |');
console.log('|---|---|---|---|---|---|');
const bins = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 1];
const binSq = bins.slice(1).map(() => ({ pts: 0, bin: 0, log: 0, n: 0 }));
for (const target of TARGETS) {
	const def = backtestDef(h, target);
	const r = b.residuals(def, s);
	const ids = b.run(def, s, { variant: 'actual', sims: 0, seed: 0 }).entities;
	const n = r.region.length;
	for (const j of r.entities) {
		const e: number[] = [];
		const byR = new Map<number, number[]>();
		let share = 0;
		for (let u = 0; u < n; u++) {
			const a = r.actual[u * r.k + j];
			const p = r.projected[u * r.k + j];
			const x = 100 * (a - p);
			e.push(x);
			share += p / n;
			byR.set(r.region[u], [...(byR.get(r.region[u]) ?? []), x]);
			if (target === SELECTION_TARGET || all) {
				const i = bins.findIndex((lo, i) => p >= lo && p < bins[i + 1]);
				const q = Math.max(0.01, p);
				if (i >= 0 && p > 0) {
					binSq[i].pts += x * x;
					binSq[i].bin += (x / 100) ** 2 / (q * (1 - q));
					binSq[i].log += Math.log(Math.max(0.01, a) / q) ** 2;
					binSq[i].n++;
				}
			}
		}
		const mean = e.reduce((t, x) => t + x, 0) / n;
		let within = 0;
		let between = 0;
		for (const xs of byR.values()) {
			const m = xs.reduce((t, x) => t + x, 0) / xs.length;
			for (const x of xs) within += (x - m) ** 2;
			between += xs.length * (m - mean) ** 2;
		}
		const msw = within / (n - byR.size);
		const msb = between / (byR.size - 1);
		const n0 = n / byR.size;
		console.log(
			`| ${target} | ${ids[j]} | ${f(100 * share, 1)}% | ${f(mean)} | ${f(Math.sqrt(Math.max(0, (msb - msw) / n0)))} | ${f(Math.sqrt(msw))} |`
		);
	}
}
console.log(
	`\n## Residual spread by projected share (${all ? 'every backtest' : SELECTION_TARGET}, major contenders)\n`
);
console.log('| projected share | residuals | rms points | rms / √(p(1−p)) | rms of ln(a/p) |');
console.log('|---|---|---|---|---|');
binSq.forEach((x, i) => {
	if (x.n)
		console.log(
			`| ${100 * bins[i]}–${100 * bins[i + 1]}% | ${x.n} | ${f(Math.sqrt(x.pts / x.n))} | ${f(Math.sqrt(x.bin / x.n), 3)} | ${f(Math.sqrt(x.log / x.n), 3)} |`
		);
});

console.log('\n## Error models compared\n');
const models: ErrorModel[] = [
	...ERROR_SCALES.map((scale) => ({ scale, from: 'all' as const })),
	{ scale: 'binomial', from: 'blend' },
	{ scale: 'binomial', from: 'all', tails: AC_TAILS }
];
console.log(
	'| Backtest | Shares | Errors | sd state / district / AC | Brier | ours: projected, sim median (50%; 80%), actual | in 50% | in 80% | 3rd contender: projected, sim median (80%), actual | chance bands (won / given) |'
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const target of all ? TARGETS : [SELECTION_TARGET]) {
	const def = backtestDef(h, target);
	if (!def.reported) continue;
	for (const variant of ['baseline', 'actual'] as const)
		for (const errors of models) {
			const r = b.run(def, s, { variant, sims: SIMS, seed: SEED, errors });
			const sc = r.score;
			const sim = sc.seats.sim!;
			const ours = r.seats.find((x) => x.id === r.ours)!;
			const third = r.seats
				.filter((x) => x.id !== r.ours)
				.sort((a, b) => b.projected + b.actual - a.projected - a.actual)[1];
			console.log(
				`| ${target} | ${variant} | ${errors.scale}, ${errors.from}${errors.tails ? `, t${errors.tails}` : ''} | ${f(r.sd!.state, 3)} / ${f(r.sd!.region, 3)} / ${f(r.sd!.unit, 3)} | ${f(sc.brier!, 3)} | ${ours.projected}, ${sim.median} (${sim.lo50}–${sim.hi50}; ${sim.lo}–${sim.hi}), ${ours.actual} | ${sc.seats.inRange50 ? 'yes' : 'no'} | ${sc.seats.inRange ? 'yes' : 'no'} | ${third ? `${third.id}: ${third.projected}, ${third.median} (${third.lo}–${third.hi}), ${third.actual}` : '–'} | ${sc.calibration.map((c) => `${c.won}/${c.contests}`).join(' · ')} |`
			);
		}
}

console.log('\n## 2027, the default plan (static/forecast/y2027.json, defaults.json)\n');
console.log(
	'| Errors | sd state / district / AC | bloc: projected, median (80% range), chance of 202+ |'
);
console.log('|---|---|---|');
const file = parseY2027(
	JSON.parse(readFileSync(join(ROOT, 'static/forecast', 'y2027.json'), 'utf8'))
);
const input = forecastInput(file, defaultPlan());
// each model in full, then the default's parts alone: which part makes the range
const parts = [
	...models.map((m) => ({
		m,
		keep: ['state', 'region', 'unit'],
		label: `${m.scale}, ${m.from}${m.tails ? `, t${m.tails}` : ''}`
	})),
	...[['state'], ['region'], ['unit'], ['region', 'unit']].map((keep) => ({
		m: models[0],
		keep,
		label: `${models[0].scale}, ${models[0].from}: ${keep.join(' + ')} only`
	}))
];
for (const { m: errors, keep, label } of parts) {
	const unit = b.unitSd(TARGET_2027, s, errors);
	const full = {
		state: b.stateSd(TARGET_2027, errors.scale, errors.statePairs).sd,
		region: unit.region,
		unit: unit.unit
	};
	const sd = {
		state: keep.includes('state') ? full.state : 0,
		region: keep.includes('region') ? full.region : 0,
		unit: keep.includes('unit') ? full.unit : 0,
		scale: errors.scale,
		tails: errors.tails
	};
	const r = runForecast({ ...input, sim: { sims: SIMS, seed: defaults.y2027.seed, sd } });
	const sum = summarize(r);
	const sim = r.simulation!;
	const blocs = sum.byEntity.map((x) => {
		const j = r.entities.indexOf(x.id);
		let maj = 0;
		for (let i = 0; i < sim.sims; i++) if (sim.seats[i * sim.k + j] >= MAJORITY) maj++;
		return `${x.id}: ${x.projected}, ${x.median} (${x.lo}–${x.hi}), ${f((100 * maj) / sim.sims, 1)}%`;
	});
	console.log(
		`| ${label} | ${f(sd.state, 3)} / ${f(sd.region, 3)} / ${f(sd.unit, 3)} | ${blocs.join(' · ')} |`
	);
}

if (process.argv.includes('--nosplit')) {
	// docs/FORECAST.md §3b: the default settings without the seat-sharing split (the default until
	// session 6), scored on every backtest for the record
	const own: ModelSettings = { ...s, split: false };
	const errors = defaults.errorModel.chosen as ErrorModel;
	const runs = TARGETS.filter((t) => backtestDef(h, t).reported).flatMap((t) =>
		(['baseline', 'actual'] as const).map((variant) =>
			b.run(backtestDef(h, t), own, { variant, sims: SIMS, seed: SEED, errors })
		)
	);
	console.log(`\n## For the record: the default settings without the seat-sharing split\n`);
	console.log(reportTable(runs));
	console.log(
		'\n| Backtest | Shares | in 50% range | chance bands (won / given) |\n|---|---|---|---|'
	);
	for (const r of runs)
		console.log(
			`| ${r.target} | ${r.variant} | ${r.score.seats.inRange50 ? 'yes' : 'no'} | ${r.score.calibration.map((c) => `${c.won}/${c.contests}`).join(' · ')} |`
		);
	// 2027's default plan on the unsplit baseline, spreads measured with those settings
	const ownFile = parseY2027(
		JSON.parse(JSON.stringify(await build2027File(join(ROOT, 'static/data'), own)))
	);
	const ownUnit = b.unitSd(TARGET_2027, own, errors);
	const sd = {
		state: b.stateSd(TARGET_2027, errors.scale, errors.statePairs).sd,
		region: ownUnit.region,
		unit: ownUnit.unit,
		scale: errors.scale
	};
	const r = runForecast({
		...forecastInput(ownFile, defaultPlan()),
		sim: { sims: SIMS, seed: defaults.y2027.seed, sd }
	});
	console.log(
		`\n2027, the default plan on the unsplit baseline (sd ${f(sd.state, 3)} / ${f(sd.region, 3)} / ${f(sd.unit, 3)}): ` +
			summarize(r)
				.byEntity.map((x) => `${x.id}: ${x.projected}, ${x.median} (${x.lo}–${x.hi})`)
				.join(' · ')
	);
}

if (process.argv.includes('--groups')) {
	// docs/FORECAST.md §3b: the known-shares margin error of every reported backtest grouped by
	// which party of our side's alliance had the candidate in the Lok Sabha baseline's
	// segment and in the assembly baseline, without and with the seat-sharing split
	const stood = (e: string, ac: number, parties: string[]) => {
		const u = h.elections.get(e)!.units.get(ac);
		return parties.filter((p) => (u?.votes[p] ?? 0) > 0).join('+') || 'none of them';
	};
	console.log('\n## Margin error by who stood in the baseline (known shares)\n');
	console.log(
		'| Backtest | Split | Baseline | Candidate of | ACs | Mean error | Mean abs error | Winners right |'
	);
	console.log('|---|---|---|---|---|---|---|---|');
	for (const target of TARGETS.filter((t) => backtestDef(h, t).reported))
		for (const split of [false, 'own'] as const) {
			const def = backtestDef(h, target);
			const r = b.run(def, { ...s, split }, { variant: 'actual', sims: 0, seed: 0 });
			const roles = b.roles(target);
			for (const role of ['LS', 'AE'] as const) {
				const e = roles[role]!;
				const ours = h.alliances.find((a) => a.election === e && a.parties.includes('SP'));
				const parties = [...(ours?.parties ?? ['SP'])].sort();
				const groups = new Map<string, { e: number[]; right: number }>();
				// a Lok Sabha target's segments each count with their seat's error
				for (const a of h.acs) {
					const id = target.startsWith('LS') ? a.pc_no : a.ac_no;
					const c = r.contests.find((x) => x.id === id)!;
					const key = stood(e, a.ac_no, parties);
					const g = groups.get(key) ?? { e: [], right: 0 };
					g.e.push(c.projectedMargin - c.actualMargin);
					if (c.projected === c.actual) g.right++;
					groups.set(key, g);
				}
				for (const [key, g] of [...groups].sort((x, y) => y[1].e.length - x[1].e.length)) {
					const n = g.e.length;
					const mean = g.e.reduce((t, x) => t + x, 0) / n;
					const mae = g.e.reduce((t, x) => t + Math.abs(x), 0) / n;
					console.log(
						`| ${target} | ${split || 'none'} | ${e} | ${key} | ${n} | ${f(mean, 1)} | ${f(mae, 1)} | ${target.startsWith('LS') ? '–' : g.right} |`
					);
				}
			}
		}
}
