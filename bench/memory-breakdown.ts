/**
 * Where the what-if page's renderer memory goes (row 8), step by step:
 *
 *   npx tsx bench/memory-breakdown.ts             # after `npm run bench -- --quick --only whatif`
 *   PROFILE=1 npx tsx bench/memory-breakdown.ts   # and what allocated during the all-UP compile
 *   SMAPS=1 npx tsx bench/memory-breakdown.ts     # and the renderer's largest mappings
 *
 * Serves build/ and build-bench/ as they are (the benchmark builds both) and runs the steps of
 * /dev/bench/whatif/ as row 8 does (Kanpur, all UP loaded with hyparquet, all UP compiled and
 * recomputed). Before each step the renderer's peak resident set is reset (clear_refs 5), so each
 * step's peak is its own; after it, the page's renderer (the largest) is shown: its peak during
 * the step, its resident set now (anonymous and file-backed: the Chromium binary's pages are
 * about 125 MB of it), the main thread's JS heap after a full collection and DuckDB's own
 * account (duckdb_memory()). PROFILE=1 samples the main thread's allocations during the last
 * step, collected ones included (CDP HeapProfiler sampling), by the innermost three frames.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../scripts/serve.ts';
import { launch, openPage } from './lib/browser.ts';
import { WHATIF } from './measure/whatif.ts';

const MB = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const kb = (status: string, field: string) =>
	Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? 0) * 1024;

/** Resident size by permissions and file name, and the largest mappings, from /proc/pid/smaps. */
function smaps(pid: number): string {
	const maps: { head: string; rss: number }[] = [];
	for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
		if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) {
			const [range, perms, , , , name] = line.split(/\s+/);
			const [a, b] = range.split('-').map((x) => parseInt(x, 16));
			maps.push({ head: `${perms} ${name || '(anonymous)'} of ${MB(b - a)}`, rss: 0 });
		} else if (line.startsWith('Rss:'))
			maps[maps.length - 1].rss = Number(line.split(/\s+/)[1]) * 1024;
	}
	const byKind = new Map<string, number>();
	for (const m of maps) {
		const kind = m.head.split(' of ')[0];
		byKind.set(kind, (byKind.get(kind) ?? 0) + m.rss);
	}
	return [
		...[...byKind]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 6)
			.map(([k, v]) => `    ${MB(v)} ${k}`),
		...maps
			.sort((a, b) => b.rss - a.rss)
			.slice(0, 8)
			.map((m) => `    ${MB(m.rss)} in ${m.head}`)
	].join('\n');
}

const dir = join(mkdtempSync(join(tmpdir(), 'kshetra-mem-')), 'build');
cpSync('build', dir, { recursive: true });
for (const d of ['dev', '_bench'])
	cpSync(join('build-bench', d), join(dir, d), { recursive: true });
const server = await serveStatic(dir, 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launch();

/** The renderer with the largest resident set: the page's, once it has started DuckDB. */
async function pageRenderer(): Promise<number> {
	const b = await browser.newBrowserCDPSession();
	const { processInfo } = (await b.send('SystemInfo.getProcessInfo')) as {
		processInfo: { type: string; id: number }[];
	};
	await b.detach();
	let best = { id: 0, rss: 0 };
	for (const p of processInfo.filter((x) => x.type === 'renderer')) {
		const rss = kb(readFileSync(`/proc/${p.id}/status`, 'utf8'), 'VmRSS');
		if (rss > best.rss) best = { id: p.id, rss };
	}
	return best.id;
}

type Attr = { value: string; units: string };
type Dump = { allocators?: Record<string, { attrs?: Record<string, Attr> }> };
async function dump(what: string) {
	const b = await browser.newBrowserCDPSession();
	const chunks: string[] = [];
	const done = new Promise<string>((res) =>
		b.once('Tracing.tracingComplete', (e: { stream?: string }) => res(e.stream!))
	);
	await b.send('Tracing.start', {
		traceConfig: {
			includedCategories: ['disabled-by-default-memory-infra'],
			memoryDumpConfig: { triggers: [] }
		},
		transferMode: 'ReturnAsStream'
	} as never);
	await b.send('Tracing.requestMemoryDump', { levelOfDetail: 'detailed' } as never);
	await b.send('Tracing.end');
	const stream = await done;
	for (;;) {
		const r = (await b.send('IO.read', { handle: stream } as never)) as unknown as {
			data: string;
			eof: boolean;
			base64Encoded?: boolean;
		};
		chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString() : r.data);
		if (r.eof) break;
	}
	await b.detach();
	const trace = JSON.parse(chunks.join(''));
	const events = (Array.isArray(trace) ? trace : trace.traceEvents) as {
		ph: string;
		pid: number;
		name: string;
		args?: { name?: string; dumps?: Dump };
	}[];
	const names = new Map<number, string>();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'process_name') names.set(e.pid, e.args?.name ?? '');
	console.log(`  memory-infra, ${what}:`);
	for (const e of events) {
		if (e.ph !== 'v' || !e.args?.dumps?.allocators) continue;
		const al = e.args.dumps.allocators;
		const size = (k: string) => parseInt(al[k]?.attrs?.size?.value ?? '0', 16);
		const top = Object.keys(al).filter((k) => !k.includes('/'));
		const total = top.reduce((s, k) => s + size(k), 0);
		if (total < 50e6) continue;
		console.log(`  pid ${e.pid} ${names.get(e.pid) ?? ''}: ${MB(total)} in top-level allocators`);
		for (const k of top.sort((x, y) => size(y) - size(x)).slice(0, 10))
			console.log(`    ${MB(size(k))} ${k}`);
		const deep = Object.keys(al).filter(
			(k) => /^(v8|partition_alloc|malloc|blink_gc)\/[^/]+(\/[^/]+)?$/.test(k) && size(k) > 4e6
		);
		for (const k of deep.sort((x, y) => size(y) - size(x)).slice(0, 16))
			console.log(`      ${MB(size(k))} ${k}`);
	}
}

const s = await openPage(browser, base);
try {
	await s.page.goto(base + WHATIF);
	await s.page.waitForFunction(
		() => (window as unknown as { __bench?: { ready: boolean } }).__bench?.ready
	);
	const step = (name: string, ...args: unknown[]) =>
		s.page.evaluate(
			([name, args]) =>
				(window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>).__bench[
					name as string
				](...(args as unknown[])),
			[name, args] as const
		);
	const run = async (what: string, name: string, ...args: unknown[]) => {
		for (const r of [await pageRenderer()]) writeFileSync(`/proc/${r}/clear_refs`, '5');
		await step(name, ...args);
		const pid = await pageRenderer();
		const st = readFileSync(`/proc/${pid}/status`, 'utf8');
		const peak = kb(st, 'VmHWM');
		const before = kb(st, 'VmRSS');
		await s.cdp.send('HeapProfiler.collectGarbage');
		const heap = (await s.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
		const after = readFileSync(`/proc/${pid}/status`, 'utf8');
		const duck = (await step('duckdbMemory')) as { bytes: number } | null;
		console.log(
			`\n== ${what}: renderer peak ${MB(peak)}; at its end ${MB(before)}, after a full collection ${MB(kb(after, 'VmRSS'))} (anonymous ${MB(kb(after, 'RssAnon'))}, files ${MB(kb(after, 'RssFile'))}); main JS heap ${MB(heap.usedSize)}; DuckDB ${MB(duck?.bytes ?? 0)}`
		);
		if (process.env.SMAPS) console.log(smaps(pid));
		if (process.env.DUMP) await dump(what);
	};
	await run('Kanpur (getDb, 5 ACs, compiled, moves timed)', 'kanpur');
	await run('all UP loaded (hyparquet)', 'loadUp', 'hyparquet');
	if (process.env.PROFILE)
		await s.cdp.send('HeapProfiler.startSampling', {
			samplingInterval: 32768,
			includeObjectsCollectedByMajorGC: true,
			includeObjectsCollectedByMinorGC: true
		});
	await run('all UP compiled ×3 and moves timed', 'upRecompute');
	if (process.env.PROFILE) {
		type Node = {
			callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
			selfSize: number;
			children: Node[];
		};
		const { profile } = (await s.cdp.send('HeapProfiler.stopSampling')) as unknown as {
			profile: { head: Node };
		};
		const by = new Map<string, number>();
		const walk = (n: Node, path: string[]) => {
			const f = n.callFrame;
			const here = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
			const p = [...path, here].slice(-3);
			const key = p.join(' → ');
			if (n.selfSize) by.set(key, (by.get(key) ?? 0) + n.selfSize);
			for (const c of n.children) walk(c, p);
		};
		walk(profile.head, []);
		console.log('allocated during the last step (sampled, collected included), caller → callee:');
		for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 12))
			console.log(`  ${MB(v)} ${k}`);
	}
} finally {
	await s.close();
	await browser.close();
	server.close();
	server.closeAllConnections?.();
	rmSync(join(dir, '..'), { recursive: true, force: true });
}
