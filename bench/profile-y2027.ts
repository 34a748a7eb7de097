/**
 * Where the CPU of one /2027/ share move goes: npx tsx bench/profile-y2027.ts [--moves 6]
 *
 * Serves build/ (run `npm run build` first; --build <dir> serves another, e.g. a copy of an
 * earlier build to compare), opens /2027/, makes the moves of bench row 13
 * (measure/y2027-page.ts: SP's slider moved, then the map and table painted, then the worker's
 * answer painted; the first half of the moves with the map in view, the second with the target
 * list) under Chromium's trace, and prints per move the page's main-thread CPU time
 * (trace events' thread time, not wall time: it does not grow with the machine's load) from the
 * move to the painted frame, split into script, style, layout and paint, and the same to the
 * worker's answer painted. Medians over the moves. --css '…' adds a style to the page first (to
 * try a change without a build). --cpu-profile also samples the page's JavaScript during the moves
 * (to the painted frame) and prints the functions with the most self time.
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serveStatic } from '../scripts/serve.ts';
import { openSession } from './lib/browser.ts';
import { move, open2027, scrollToPart } from './measure/y2027-page.ts';

const { values: args } = parseArgs({
	options: {
		moves: { type: 'string', default: '6' },
		css: { type: 'string' },
		build: { type: 'string', default: 'build' },
		'cpu-profile': { type: 'boolean', default: false }
	}
});

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	tdur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

const KINDS: Record<string, string> = {
	FunctionCall: 'script',
	EvaluateScript: 'script',
	TimerFire: 'script',
	EventDispatch: 'script',
	FireAnimationFrame: 'script',
	RunMicrotasks: 'script',
	'v8.run': 'script',
	UpdateLayoutTree: 'style',
	Layout: 'layout',
	PrePaint: 'paint',
	Paint: 'paint',
	Layerize: 'paint',
	'Document::updateStyleAndLayout': 'layout'
};

/** Main-thread thread-time (ms) of top-level tasks and of each kind, between two marks. */
function cpuBetween(events: TraceEvent[], from: string, to: string) {
	const mark = (n: string) => events.find((e) => e.name === n && e.cat.includes('user_timing'));
	const a = mark(from);
	const b = mark(to);
	if (!a || !b) throw new Error(`trace lacks the marks ${from} / ${to}`);
	const main = events.find(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	const inMain = events.filter(
		(e) =>
			e.ph === 'X' &&
			e.pid === a.pid &&
			(!main || e.tid === main.tid) &&
			e.ts + (e.dur ?? 0) >= a.ts &&
			e.ts <= b.ts
	);
	const sum = (es: TraceEvent[]) => es.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000;
	// tasks that contain the first mark count whole (the move itself is inside one)
	const tasks = inMain.filter((e) => e.name === 'RunTask');
	const out: Record<string, number> = { total: sum(tasks) };
	// a kind's time is its outermost events' (FunctionCall inside EventDispatch counts once)
	for (const kind of new Set(Object.values(KINDS))) {
		const es = inMain.filter((e) => KINDS[e.name] === kind);
		const outer = es.filter(
			(e) =>
				!es.some(
					(o) =>
						o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && o.dur! > e.dur!
				)
		);
		out[kind] = sum(outer);
	}
	return out;
}

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
/** Self time per function (ms) of a CPU profile, summed into `into`. */
function selfTimes(
	p: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] },
	into: Map<string, number>
) {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	p.samples.forEach((id, i) => {
		const f = byId.get(id)!.callFrame;
		const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
		into.set(k, (into.get(k) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
	});
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serveStatic(args.build, 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const s = await openSession(base);
try {
	await open2027(s.page, base);
	// --css 'table { … }': a style tried on the page before the moves, to compare
	if (args.css) await s.page.addStyleTag({ content: args.css });
	for (const v of [33, 34]) await move(s.page, v);
	const toPaint: Record<string, number>[] = [];
	const toFrame: Record<string, number>[] = [];
	const self = new Map<string, number>();
	if (args['cpu-profile']) {
		await s.cdp.send('Profiler.enable');
		await s.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	}
	const n = Number(args.moves);
	for (let i = 0; i < n; i++) {
		const where = i < n / 2 ? 'map' : 'table';
		await scrollToPart(s.page, where);
		await s.page.waitForTimeout(300);
		const events: TraceEvent[] = [];
		s.cdp.on('Tracing.dataCollected', (d: { value: TraceEvent[] }) => events.push(...d.value));
		const done = new Promise<void>((ok) => s.cdp.once('Tracing.tracingComplete', () => ok()));
		await s.cdp.send('Tracing.start', {
			traceConfig: {
				includedCategories: [
					'devtools.timeline',
					'disabled-by-default-devtools.timeline',
					'blink.user_timing',
					'toplevel',
					'v8.execute'
				]
			},
			transferMode: 'ReportEvents'
		} as never);
		if (args['cpu-profile']) await s.cdp.send('Profiler.start');
		const m = await move(s.page, i % 2 ? 36 : 38, where);
		if (args['cpu-profile']) {
			const { profile } = (await s.cdp.send('Profiler.stop')) as never as {
				profile: Parameters<typeof selfTimes>[0];
			};
			selfTimes(profile, self);
		}
		await s.cdp.send('Tracing.end');
		await done;
		s.cdp.removeAllListeners('Tracing.dataCollected');
		const p = cpuBetween(events, 'y27-move', 'y27-painted');
		const f = cpuBetween(events, 'y27-move', 'y27-framed');
		toPaint.push(p);
		toFrame.push(f);
		console.log(
			`move ${i + 1} (${where} in view): painted ${m.paint.toFixed(0)} ms wall, ${p.total.toFixed(1)} ms main-thread CPU ` +
				`(script ${p.script.toFixed(1)}, style ${p.style.toFixed(1)}, layout ${p.layout.toFixed(1)}, paint ${p.paint.toFixed(1)}); ` +
				`worker's answer painted ${m.frame.toFixed(0)} ms wall, ${f.total.toFixed(1)} ms main-thread CPU`
		);
		await s.page.waitForTimeout(300);
	}
	const med = (rs: Record<string, number>[], k: string) => median(rs.map((r) => r[k])).toFixed(1);
	console.log(
		`\nmedian of ${n} moves, main-thread CPU: move → map and table painted ${med(toPaint, 'total')} ms ` +
			`(script ${med(toPaint, 'script')}, style ${med(toPaint, 'style')}, layout ${med(toPaint, 'layout')}, paint ${med(toPaint, 'paint')}); ` +
			`→ worker's answer painted ${med(toFrame, 'total')} ms ` +
			`(script ${med(toFrame, 'script')}, style ${med(toFrame, 'style')}, layout ${med(toFrame, 'layout')})`
	);
	if (args['cpu-profile']) {
		console.log(`\nself time over the ${n} moves (to the worker's answer painted), top 40:`);
		for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
			console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
	}
} finally {
	await s.close();
	server.close();
}
process.exit(0);
