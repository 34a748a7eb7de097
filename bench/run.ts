/**
 * npm run bench [-- --quick] [-- --scale 2] [-- --runs 7] [-- --no-build] [-- --only bare|whatif|first-visit|offline|y2027]
 *
 * Builds the site, serves build/ with scripts/serve.ts on a free port, drives Debian's Chromium
 * through playwright-core, repeats each measurement (median of 5 runs, or 2 with --quick), prints
 * a table and writes bench/results.json. See bench/README.md for what each row means.
 *
 * Exits non-zero only if the site is broken (a page never draws, a request fails or leaves
 * localhost, a page throws); a time over its target is reported with ✗, never as a failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compressDir } from '../scripts/compress.ts';
import { serveStatic } from '../scripts/serve.ts';
import { launch } from './lib/browser.ts';
import { check, table, type Row } from './lib/report.ts';
import { mb, ms, range, summarize, type Summary } from './lib/stats.ts';
import { acColdLoad, type AcOpen } from './measure/ac-open.ts';
import { bareVisit } from './measure/bare.ts';
import { describe, type Bytes } from './measure/bytes.ts';
import { coldSeatVisit, type SeatVisit } from './measure/first-map.ts';
import { firstVisit, firstVisitRows } from './measure/first-visit.ts';
import { warmSeatVisit } from './measure/interactive.ts';
import { offlineReload } from './measure/offline.ts';
import { partitionFromFiles, partitionInBrowser } from './measure/partition.ts';
import { partitionRows, scaleRows } from './measure/scale.ts';
import { switchViews, type Switches } from './measure/switch.ts';
import { forecastRows } from './measure/forecast.ts';
import { y2027Rows } from './measure/y2027.ts';
import { whatIf, type WhatIf } from './measure/whatif.ts';
import { sliderMoves, type SliderMove } from './measure/whatif-slider.ts';
import { y2027Moves, type Y2027Move } from './measure/y2027-page.ts';

const { values: args } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		scale: { type: 'string', default: '1' },
		runs: { type: 'string' },
		'no-build': { type: 'boolean', default: false },
		'forecast-only': { type: 'boolean', default: false },
		/** one row only, to check the harness quickly: `bare` (row 3) or `whatif` (rows 6, 8, 9);
		 * `first-visit`: issue 15's rows (first map local and slow, bytes, sibling AC) and memory;
		 * `offline`: row 15's offline reload; `y2027`: row 13's /2027/ page moves */
		only: { type: 'string' }
	}
});
const QUICK = args.quick!;
const RUNS = Number(args.runs ?? (QUICK ? 2 : 5));
const SCALE = Math.max(1, Number(args.scale));
/** Localhost visits that take longer than this mean the site is broken. */
const LOCAL_CAP = 60_000;
/** A slow-network visit is cut off here: the full site takes minutes (see the bytes row). */
const SLOW_CAP = QUICK ? 15_000 : 30_000;

const started = Date.now();
const loadBefore = loadavg()[0];
const say = (s: string) =>
	console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${s}`);

// 11, 12: the forecast engine and its backtests, in Node (no build, no browser needed); not
// with --only, which measures one page
if (!args.only)
	say(
		'forecast: backtests (npm run forecast), a share move over all ACs and booths, 1,000 simulations'
	);
const forecast = args.only ? { rows: [], report: '' } : await forecastRows('static/data', QUICK);
// 13: the /2027/ page's worker computation
if (!args.only) forecast.rows.push(...y2027Rows(QUICK));
if (args['forecast-only']) {
	console.log(
		'\n' + table(forecast.rows) + '\n\nBacktests (npm run forecast):\n\n' + forecast.report + '\n'
	);
	process.exit();
}

if (!args['no-build']) {
	say('npm run build');
	const b = spawnSync('npm', ['run', 'build'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe']
	});
	if (b.status !== 0) {
		console.error(b.stdout.slice(-4000), b.stderr.slice(-4000));
		throw new Error('npm run build failed');
	}
}
if (!args['no-build'] || !existsSync('build-bench')) {
	// The benchmark's own pages (bench/routes) are never in the site's build: a second SvelteKit
	// build writes them to build-bench/ (svelte.config.js, KSHETRA_BENCH=1).
	say('the benchmark pages: KSHETRA_BENCH=1 vite build');
	const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, KSHETRA_BENCH: '1' }
	});
	if (b.status !== 0) {
		console.error(b.stdout.slice(-4000), b.stderr.slice(-4000));
		throw new Error('the benchmark pages did not build');
	}
}

// Serve a private copy, so that a build started meanwhile (npm test rebuilds build/) cannot
// swap the files under the benchmark.
const BUILD = join(mkdtempSync(join(tmpdir(), 'kshetra-bench-site-')), 'build');
cpSync('build', BUILD, { recursive: true });
// ... with the benchmark pages beside the site: their pages and their own app folder (_bench/).
// They get their compressed copies as the site's build has (scripts/compress.ts): serve.ts sends
// those, so the bare page is measured through compressed files as the site is.
for (const dir of ['dev', '_bench']) {
	cpSync(join('build-bench', dir), join(BUILD, dir), { recursive: true });
	await compressDir(join(BUILD, dir));
}
const server = await serveStatic(BUILD, 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
/** for the what-if page (no disk cache needed) and the version string */
const browser = await launch();

if (args.only) {
	// One measurement, no table: to check the harness and the benchmark pages quickly.
	try {
		if (args.only === 'bare') {
			const b = await bareVisit(base, { capMs: LOCAL_CAP });
			if (b.firstMap === undefined) throw new Error('the bare page did not draw its map');
			console.log(
				`row 3, bare MapLibre page, cold, localhost: first map ${b.firstMap.toFixed(0)} ms`
			);
		} else if (args.only === 'whatif') {
			const w = await whatIf(browser, base, 'hyparquet', SCALE);
			console.log('rows 6, 8, 9, what-if page:', JSON.stringify(w, null, 1));
		} else if (args.only === 'first-visit') {
			const fv = await firstVisit(base, {
				runs: RUNS,
				localCap: LOCAL_CAP,
				slowCap: SLOW_CAP,
				say
			});
			say('memory: all UP booths on the what-if page');
			const w = await whatIf(browser, base, 'hyparquet', 1);
			const rows = [...firstVisitRows(fv, SLOW_CAP), ...memoryRows([w])];
			console.log('\n' + table(rows) + '\n');
			console.log(
				`${RUNS} runs per row. Load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after.`
			);
			writeFileSync('bench/results-first-visit.json', JSON.stringify({ rows, fv }, null, 1));
		} else if (args.only === 'offline') {
			const rows = await offlineReload(base, RUNS);
			console.log('\n' + table(rows) + '\n');
			console.log(
				`${RUNS} runs per row. Load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after.`
			);
		} else if (args.only === 'y2027') {
			const m = await y2027Moves(base, QUICK ? 4 : 8);
			const S = (xs: number[]) => range(summarize(xs));
			const at = (w: Y2027Move['where']) => S(m.filter((x) => x.where === w).map((x) => x.paint));
			console.log(
				`row 13, /2027/ page, SP share moved ×${m.length}: map and table repainted ${S(m.map((x) => x.paint))} (map in view ${at('map')}, table in view ${at('table')}; central2027 ${S(m.map((x) => x.central))}, provisional in ${m.filter((x) => x.provisional).length}); the worker's answer painted ${S(m.map((x) => x.frame))}. Load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after.`
			);
		} else
			throw new Error(`--only takes bare, whatif, first-visit, offline or y2027, not ${args.only}`);
	} finally {
		await browser.close();
		server.close();
		rmSync(join(BUILD, '..'), { recursive: true, force: true });
	}
	process.exit(0);
}

try {
	// 1, 2, 4, 5: cold visit, warm visit and view switches, a new Chromium profile per run.
	const cold: SeatVisit[] = [];
	const warm: SeatVisit[] = [];
	const switches: Switches[] = [];
	let partBrowser: Awaited<ReturnType<typeof partitionInBrowser>> | null = null;
	for (let i = 0; i < RUNS; i++) {
		say(`seat page, run ${i + 1}/${RUNS}: cold, warm, switches`);
		const { visit, session } = await coldSeatVisit(base, { capMs: LOCAL_CAP });
		try {
			if (visit.capped) throw new Error('the seat page did not draw its map on localhost');
			cold.push(visit);
			// 10 (in the browser), once: open Sishamau's booths from this seat page
			if (i === 0) partBrowser = await partitionInBrowser(session);
			warm.push(await warmSeatVisit(session, base, LOCAL_CAP));
			switches.push(await switchViews(session.page));
		} finally {
			await session.close();
		}
	}

	// 3: the bare MapLibre page, localhost and slow network.
	const bare: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		say(`bare MapLibre page, run ${i + 1}/${RUNS}`);
		const b = await bareVisit(base, { capMs: LOCAL_CAP });
		if (b.firstMap === undefined) throw new Error('the bare page did not draw its map');
		bare.push(b.firstMap);
	}
	// 1, 3, 4, 7 (issue 15): localhost and the slow line side by side, booth bytes, sibling AC
	const fv = await firstVisit(base, { runs: RUNS, localCap: LOCAL_CAP, slowCap: SLOW_CAP, say });

	// 7: opening an AC's booths cold (the sibling click is in the first-visit runs).
	const acCold: AcOpen[] = [];
	for (let i = 0; i < RUNS; i++) {
		say(`AC booths, run ${i + 1}/${RUNS}: cold 213`);
		acCold.push(await acColdLoad(base));
	}

	// 10: partitioning, in the browser and from the files.
	say(`partitioning: the booth files ×1 and ×${Math.max(2, SCALE)}`);
	const partFiles = await partitionFromFiles('static/data', Math.max(2, SCALE));

	// 6: the swing slider on Kanpur's winnability page, to the seat margin on screen.
	say('winnability page: swing slider moves');
	const slider: SliderMove[] = await sliderMoves(base, QUICK ? 5 : 11);

	// 13: the /2027/ page, SP's state-wide share moved, to the tally, map and table repainted.
	say('/2027/ page: state-wide share moves');
	const y27moves: Y2027Move[] = await y2027Moves(base, QUICK ? 4 : 8);

	// 6, 8, 9: the what-if page.
	const whatifs: WhatIf[] = [];
	say('what-if page: all UP booths read whole with hyparquet');
	whatifs.push(await whatIf(browser, base, 'hyparquet', SCALE));
	if (!QUICK) {
		say('what-if page: all UP booths through db.ensureAc(1…403) and SQL');
		whatifs.push(await whatIf(browser, base, 'ensureAc', SCALE));
	}

	// ---- the table ----
	const S = (xs: number[]) => summarize(xs);
	const firstMap = S(cold.map((v) => v.firstMap!));
	const bareS = S(bare);
	const ratio = firstMap.median / bareS.median;
	const bytesFirst = medianBytes(cold.map((v) => v.bytesFirstMap!));
	const bytesInteractive = medianBytes(cold.map((v) => v.bytesInteractive));
	const [hyp, ens] = [
		whatifs.find((w) => w.how === 'hyparquet')!,
		whatifs.find((w) => w.how === 'ensureAc')
	];
	const ratioSummary: Summary = S(cold.map((v) => v.firstMap! / bareS.median));

	const rows: Row[] = [
		{
			id: '1',
			name: 'First map (real colours), cold, localhost',
			value: `${range(firstMap)} = ${ratio.toFixed(1)}× bare`,
			target: `≤ 1.3× bare (${ms(1.3 * bareS.median)})`,
			status: check(ratio <= 1.3),
			data: {
				firstMap,
				ratio: ratioSummary,
				geometry: S(cold.flatMap((v) => (v.geometry ? [v.geometry] : [])))
			}
		},
		{ id: '1', name: '  timeline, cold (medians)', value: timeline(cold), target: '', status: '·' },
		{
			id: '2',
			name: 'Interactive (table + colours), cold, localhost',
			value: range(S(cold.map((v) => v.interactive!))),
			target: '≤ 1.5 s',
			status: check(S(cold.map((v) => v.interactive!)).median <= 1500)
		},
		{
			id: '2',
			name: 'Interactive, warm (second visit, same context)',
			value: range(S(warm.map((v) => v.interactive!))),
			target: '≤ 0.5 s',
			status: check(S(warm.map((v) => v.interactive!)).median <= 500),
			data: { bytes: medianBytes(warm.map((v) => v.bytesInteractive)) }
		},
		{ id: '2', name: '  timeline, warm (medians)', value: timeline(warm), target: '', status: '·' },
		{
			id: '2',
			name: 'Engine and Parquet bytes the seat page fetched, cold / warm (DuckDB-wasm loads on first need)',
			value: `${mb(Math.max(...cold.map((v) => v.engineBytes)))} / ${mb(Math.max(...warm.map((v) => v.engineBytes)))}`,
			target: '0',
			status: check([...cold, ...warm].every((v) => v.engineBytes === 0))
		},
		{
			id: '3',
			name: 'Bare MapLibre (same 5 polygons), cold, localhost',
			value: range(bareS),
			target: 'the limit',
			status: '·'
		},
		{
			id: '4',
			name: 'Bytes before the first map, cold',
			value: describe(bytesFirst),
			target: '',
			status: '·',
			data: { bytesFirst }
		},
		{
			id: '4',
			name: 'Bytes by interactive, cold',
			value: describe(bytesInteractive),
			target: '',
			status: '·',
			data: bytesInteractive
		},
		{
			id: '4',
			name: 'Bytes by interactive, warm (revalidations)',
			value: describe(medianBytes(warm.map((v) => v.bytesInteractive))),
			target: '',
			status: '·'
		},
		{
			id: '5',
			name: 'Switch election AE2022 → LS2024, to repaint',
			value: `${range(S(switches.map((s) => s.election)))}; stale paint at ${ms(S(switches.map((s) => s.firstElection)).median)}`,
			target: '≤ 100 ms',
			status: check(S(switches.map((s) => s.election)).median <= 100)
		},
		{
			id: '5',
			name: 'Switch metric winner → margin, to repaint',
			value: `${range(S(switches.map((s) => s.metric)))}; repainted again at ${ms(S(switches.map((s) => s.lastMetric)).median)}`,
			target: '≤ 100 ms',
			status: check(S(switches.map((s) => s.metric)).median <= 100)
		},
		{
			id: '6',
			name: `What-if recomputeBooths(), Kanpur (${hyp.kanpur.booths.toLocaleString('en')} booths)`,
			value: timing(hyp.kanpur.recomputeMs),
			target: '≤ 16 ms',
			status: check(hyp.kanpur.recomputeMs.median <= 16),
			data: hyp.kanpur
		},
		{
			id: '6',
			name: '  the page’s whole move in JS, Kanpur',
			value: `${timing(hyp.kanpur.seatMs)}; compileBooths() once ${ms(hyp.kanpur.compileMs)}`,
			target: '≤ 16 ms',
			status: check(hyp.kanpur.seatMs.median <= 16)
		},
		{
			id: '6',
			name: `What-if recomputeBooths(), all UP (${hyp.up.booths.toLocaleString('en')} booths)`,
			value: timing(hyp.up.recomputeMs) + `; compileBooths() once ${ms(hyp.up.compileMs)}`,
			target: '≤ 100 ms',
			status: check(hyp.up.recomputeMs.median <= 100),
			data: hyp.up
		},
		{
			id: '6',
			name: 'Swing slider → seat margin on screen, Kanpur page',
			value: `${range(S(slider.map((x) => x.frame)))}; in the DOM ${ms(S(slider.map((x) => x.margin)).median)}; map repainted ${ms(S(slider.flatMap((x) => (x.map === null ? [] : [x.map]))).median)}`,
			target: '≤ 100 ms',
			status: check(S(slider.map((x) => x.frame)).median <= 100),
			data: slider
		},
		{
			id: '13',
			name: '/2027/ page: SP share moved → 403-AC map and table repainted from the central projection (chances and seat range follow from the worker)',
			value: `${range(S(y27moves.map((x) => x.paint)))}; central2027 on the page's thread ${ms(S(y27moves.map((x) => x.central)).median)}; provisional in ${y27moves.filter((x) => x.provisional).length} of ${y27moves.length} moves`,
			target: '≤ 100 ms',
			status: check(S(y27moves.map((x) => x.paint)).median <= 100),
			data: y27moves
		},
		{
			id: '13',
			name: '/2027/ page: SP share moved → the worker’s 1,000 simulations rendered and painted',
			value: `${range(S(y27moves.map((x) => x.frame)))}; answer in the page ${ms(S(y27moves.map((x) => x.ready)).median)}`,
			target: '≤ 1 s',
			status: check(S(y27moves.map((x) => x.frame)).median <= 1000)
		},
		{
			id: '6',
			name: 'Load Kanpur booths (ensureAc ×5 + SQL), after DuckDB',
			value: `${ms(hyp.kanpur.loadMs)} (n=1); DuckDB ready after ${ms(hyp.kanpur.dbMs)}`,
			target: '',
			status: '·'
		},
		{
			id: '6',
			name: 'Load all UP booths: both files whole, hyparquet',
			value: `${ms(hyp.load.loadMs)} (n=1), ${hyp.load.rows.toLocaleString('en')} vote rows`,
			target: '',
			status: '·',
			data: hyp.load
		}
	];
	if (ens)
		rows.push({
			id: '6',
			name: 'Load all UP booths: db.ensureAc(1…403), 4 at a time, + SQL',
			value: `${ms(ens.load.loadMs)} (n=1): ensureAc ${ms(ens.load.ensureMs!)}, SQL ${ms(ens.load.sqlMs!)}`,
			target: '',
			status: '·',
			data: ens.load
		});
	rows.push({
		id: '7',
		name: 'Cold direct load of /seat/43/ac/213/ to drawn',
		value: `${range(S(acCold.map((c) => c.ms)))}; ${mb(S(acCold.map((c) => c.bytes)).median)}`,
		target: '',
		status: '·',
		data: acCold
	});
	rows.push(...memoryRows(whatifs), ...firstVisitRows(fv, SLOW_CAP));
	if (SCALE > 1) rows.push(...scaleRows(SCALE, whatifs));
	rows.push(
		{
			id: '10',
			name: 'Booth Parquet bytes, seat → AC 213, in the browser',
			value: `${mb(partBrowser!.bytes)} in ${partBrowser!.requests.length} requests (${ms(partBrowser!.ms)} to drawn)`,
			target: '',
			status: '·',
			data: partBrowser
		},
		...partitionRows(partFiles),
		...forecast.rows
	);

	// The last step: if it fails (a page not drawn within 60 s, as beside other work at load
	// average 72), the rows already measured are printed before the run stops, not lost.
	try {
		rows.push(...(await offlineReload(base, RUNS)));
	} catch (e) {
		console.log('\n' + table(rows) + '\n(the offline reload row failed: see below)\n');
		throw e;
	}
	const out = table(rows);
	console.log('\n' + out + '\n');
	console.log(`Backtests (npm run forecast, ${ms(forecast.backtestMs)}):\n\n${forecast.report}\n`);
	console.log(
		`${RUNS} runs per row (slow network: seat page cut off at ${SLOW_CAP / 1000} s). ` +
			`${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${await browser.version()} headless, ` +
			`SwiftShader (software WebGL). Load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after ` +
			`(other work on this machine slows every row). ${((Date.now() - started) / 1000).toFixed(0)} s in all.`
	);
	writeFileSync(
		'bench/results.json',
		JSON.stringify(
			{
				date: new Date().toISOString(),
				quick: QUICK,
				runs: RUNS,
				scale: SCALE,
				machine: {
					cpus: cpus().length,
					memory: totalmem(),
					chromium: await browser.version(),
					loadavg: [loadBefore, loadavg()[0]]
				},
				rows,
				raw: {
					cold,
					warm,
					switches,
					bare,
					fv,
					acCold,
					slider,
					partBrowser,
					partFiles,
					whatifs
				}
			},
			null,
			1
		)
	);
	say('wrote bench/results.json');
} catch (e) {
	console.error(`\nbenchmark failed, the site is broken: ${(e as Error).stack ?? e}`);
	process.exitCode = 1;
} finally {
	await browser.close();
	server.close();
	rmSync(join(BUILD, '..'), { recursive: true, force: true });
}
// Nothing should be left running; if something is (a browser that would not close), do not hang CI.
process.exit();

/** "DuckDB engine starting 1.02 s · … · real colours 3.20 s" */
function timeline(visits: SeatVisit[]): string {
	return Object.keys(visits[0].phases)
		.map((k) => {
			const xs = visits.flatMap((v) => (v.phases[k] === undefined ? [] : [v.phases[k]!]));
			return `${k} ${xs.length ? ms(summarize(xs).median) : '–'}`;
		})
		.join(' · ');
}

/** Row 8: the what-if page with all UP booths loaded. */
function memoryRows(whatifs: WhatIf[]): Row[] {
	return whatifs.flatMap((w): Row[] => {
		const total = w.memory.peakHeap + w.memory.duckdb;
		return [
			{
				id: '8',
				name: `Peak JS heap + DuckDB memory, all UP loaded (${w.how})`,
				value: `${mb(total)}: heap peak ${mb(w.memory.peakHeap)} (kept ${mb(w.memory.retainedHeap)}), DuckDB ${mb(w.memory.duckdb)}`,
				target: '≤ 600 MB',
				status: check(total <= 600e6),
				data: w.memory
			},
			{
				id: '8',
				name: `Renderer process peak RSS (${w.how})`,
				value: mb(w.memory.peakRss),
				target: '≤ 600 MB',
				status: check(w.memory.peakRss <= 600e6)
			}
		];
	});
}

function medianBytes(list: Bytes[]): Bytes {
	const keys = Object.keys(list[0]) as (keyof Bytes)[];
	return Object.fromEntries(keys.map((k) => [k, summarize(list.map((b) => b[k])).median])) as Bytes;
}

function timing(t: { median: number; min: number; max: number; samples: number; batch: number }) {
	return `${ms(t.median)} (${ms(t.min)}–${ms(t.max)}, n=${t.samples}×${t.batch})`;
}
