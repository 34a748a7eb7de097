/**
 * Where the time of one cold visit goes: npx tsx bench/profile.ts [/seat/43/] [--no-build]
 *   [--click 'nav.siblings a[href*="/ac/213/"]'] [--warm]
 *
 * Serves build/ (run `npm run build` first, or omit --no-build), opens the page once on a new
 * profile with the main thread's CPU profiler on (CDP Profiler), and prints
 *   - a timeline: each request's start and end and each data-painted, in ms from navigation start
 *   - main-thread self time by script (bundle chunk) and the heaviest functions
 * and writes bench/profile.cpuprofile (open it in Chromium DevTools › Performance). With
 * --click, the page is first drawn, then only the click on that link is profiled, until the map's
 * last repaint. With --warm, the page is first drawn (and its service worker given 3 s to
 * install), then the second visit in the same context is profiled (bench row 2, warm).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../scripts/serve.ts';
import { marks, openSession, paintOf, waitForMark, waitForSettledPaint } from './lib/browser.ts';

const argv = process.argv.slice(2);
const click = argv.includes('--click') ? argv[argv.indexOf('--click') + 1] : null;
const warm = argv.includes('--warm');
const path = argv.find((a) => a.startsWith('/')) ?? '/seat/43/';
const key = path.includes('/ac/')
	? `${path.match(/\/ac\/(\d+)/)?.[1]}:AE2017:winner*`
	: 'AE2022:winner:SP';
if (!process.argv.includes('--no-build')) spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });

interface Node {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

const server = await serveStatic('build', 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const s = await openSession(base);
try {
	const starts = new Map<string, number>();
	s.page.on('request', (r) => starts.set(r.url(), Date.now()));
	await s.cdp.send('Profiler.enable');
	await s.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	if (warm) {
		await s.page.goto(base + path, { waitUntil: 'commit' });
		await waitForMark(s.page, paintOf(key), 60_000, 'painted (first visit)');
		await s.page.waitForTimeout(3000);
		s.net.entries.length = 0;
		starts.clear();
	}
	if (!click) await s.cdp.send('Profiler.start');
	await s.page.goto(base + path, { waitUntil: 'commit' });
	let t = await waitForMark(s.page, paintOf(key), 60_000, 'painted');
	if (click) {
		await s.page.waitForTimeout(Number(process.env.PROFILE_WAIT ?? 1000));
		await s.cdp.send('Profiler.start');
		const t0 = await s.page.evaluate((sel) => {
			const t0 = performance.now();
			document.querySelector<HTMLElement>(sel)!.click();
			return t0;
		}, click);
		// a sibling AC's link: wait for that AC's booths
		const after = click.match(/\/ac\/(\d+)/)?.[1];
		t = (await waitForSettledPaint(s.page, after ? `${after}:AE2017:winner*` : key, t0, 30_000)).t;
		console.log(`click at ${t0.toFixed(0)} ms, repainted ${(t - t0).toFixed(0)} ms later`);
	}
	await s.page.waitForTimeout(300);
	const { profile } = (await s.cdp.send('Profiler.stop')) as unknown as {
		profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
	};
	writeFileSync('bench/profile.cpuprofile', JSON.stringify(profile));
	await s.net.settle();
	const m = await marks(s.page);

	console.log(
		`\n${path}: painted ${key} at ${t.toFixed(0)} ms\n\nTimeline (ms from navigation start):`
	);
	const rel = (epoch: number) => (epoch - m.origin).toFixed(0).padStart(6);
	for (const e of [...s.net.entries].sort((a, b) => a.end - b.end)) {
		const start = starts.get(e.url);
		console.log(
			`${start ? rel(start) : '     ?'} → ${rel(e.end)}  ${String(e.bytes).padStart(9)} B  ${e.path}${e.range ? ` [${e.range}]` : ''}`
		);
	}
	for (const p of m.paints)
		console.log(`           ${p.t.toFixed(0).padStart(6)}  data-painted=${p.key}`);

	// Self time per node = its samples × the sampling interval.
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) =>
		self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
	);
	const byUrl = new Map<string, number>();
	const byFn = new Map<string, number>();
	for (const n of profile.nodes) {
		const ms = self.get(n.id) ?? 0;
		const url = n.callFrame.url.replace(base, '') || `(${n.callFrame.functionName || 'native'})`;
		byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
		const fn = `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber}`;
		byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
	}
	const top = (m: Map<string, number>, n: number) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`);
	console.log('\nMain-thread self time by script:\n' + top(byUrl, 15).join('\n'));
	console.log('\nHeaviest functions:\n' + top(byFn, 25).join('\n'));
} finally {
	await s.close();
	server.close();
}
