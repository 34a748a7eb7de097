/**
 * Chromium for the benchmark: Debian's /usr/bin/chromium through playwright-core with the e2e
 * tests' flags (Playwright's defaults stay: they enable SwiftShader, which WebGL needs). Every
 * page gets a script that timestamps, with performance.now() (ms since navigation start), each
 * value the map writes to data-painted and the first moment each watched selector matches.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type CDPSession,
	type Page
} from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser.ts';
import { assertHealthy } from './errors.ts';
import { NetLog } from './net.ts';

export const VIEWPORT = { width: 1280, height: 800 };

/** The slow network of the brief: 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency. */
export const SLOW = { latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };

/** Selectors whose first match is timestamped in window.__marks.first. */
export const WATCH = {
	table: '[data-testid="segments-table"] tbody tr',
	boothTable: '[data-testid="booth-table"] tbody tr'
};

/**
 * What the page says about the data on the map when it is painted (map labels, the legend's
 * counts): a repaint with the same view key but new data changes it. (Not the AC page's booth
 * table: its rows follow the map by an idle moment, src/lib/ac/page.svelte.ts tableRows.)
 */
export const SIGNATURE = '.map-label, [data-testid="legend"]';

export interface Paint {
	/** null when the attribute was removed (the map is redrawing) */
	key: string | null;
	t: number;
	path: string;
	/** the text of SIGNATURE's elements when the map was painted */
	sig: string;
}
export interface Marks {
	paints: Paint[];
	first: Partial<Record<keyof typeof WATCH, number>>;
	/** the seat view's database status line, each time it changes (null: gone, the data is in) */
	status: { text: string | null; t: number }[];
	/** when DuckDB-wasm had loaded (the app sets data-duckdb="ready" on <html>) */
	duckdb?: number;
	/**
	 * when the prerendered SVG map (in the page's HTML, drawn with no script) had been painted:
	 * the second animation frame after it entered the document, so at most a frame late
	 */
	svgMap?: number;
	origin: number;
}

const initScript = `(() => {
	const watch = ${JSON.stringify(WATCH)};
	const sig_ = ${JSON.stringify(SIGNATURE)};
	const marks = (window.__marks = { paints: [], first: {}, status: [], origin: performance.timeOrigin });
	let status;
	let svgSeen = false;
	const check = () => {
		if (!svgSeen && document.querySelector('[data-first-map] svg')) {
			svgSeen = true;
			requestAnimationFrame(() => requestAnimationFrame(() => (marks.svgMap = performance.now())));
		}
		for (const k in watch) if (!(k in marks.first) && document.querySelector(watch[k])) marks.first[k] = performance.now();
		const st = document.querySelector('[data-testid="db-status"]')?.textContent?.trim() ?? null;
		if (st !== status) marks.status.push({ text: (status = st), t: performance.now() });
	};
	new MutationObserver((list) => {
		for (const m of list)
			if (m.type === 'attributes') {
				if (m.attributeName === 'data-duckdb') {
					marks.duckdb ??= performance.now();
					continue;
				}
				const v = m.target.getAttribute('data-painted');
				const sig = v === null ? '' : [...document.querySelectorAll(sig_)].map((e) => e.textContent).join('|');
				marks.paints.push({ key: v, t: performance.now(), path: location.pathname, sig });
			}
		check();
	}).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-painted', 'data-duckdb'] });
})();`;

/** A browser for pages that need no disk cache (the what-if page). */
export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface Session {
	ctx: BrowserContext;
	page: Page;
	cdp: CDPSession;
	net: NetLog;
	close(): Promise<void>;
}

/**
 * A first visit: Chromium started on a new, empty profile (so nothing is cached, not even the
 * GPU process's compiled shaders, and the HTTP cache is on disk as for a real visitor, whose
 * second visit can then reuse even the 34 MB wasm: an in-memory incognito cache would not keep
 * an entry that large), one page, its CDP session and a log of every request (page and
 * workers). `slow` throttles the page and its workers (DevTools throttling applies to dedicated
 * workers' fetches too: DuckDB's wasm is fetched by its worker).
 */
export async function openSession(
	base: string,
	o: { slow?: boolean; cacheDisabled?: boolean } = {}
): Promise<Session> {
	const profile = mkdtempSync(join(tmpdir(), 'kshetra-bench-profile-'));
	const ctx = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		viewport: VIEWPORT
	});
	await ctx.addInitScript(initScript);
	const page = ctx.pages()[0] ?? (await ctx.newPage());
	const cdp = await ctx.newCDPSession(page);
	await cdp.send('Network.enable');
	if (o.cacheDisabled) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	if (o.slow) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
	const net = new NetLog(page, base);
	return {
		ctx,
		page,
		cdp,
		net,
		async close() {
			await ctx.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/** The same on a page of an already running browser (a fresh incognito context). */
export async function openPage(browser: Browser, base: string): Promise<Session> {
	const ctx = await browser.newContext({ viewport: VIEWPORT });
	await ctx.addInitScript(initScript);
	const page = await ctx.newPage();
	const cdp = await ctx.newCDPSession(page);
	await cdp.send('Network.enable');
	return { ctx, page, cdp, net: new NetLog(page, base), close: () => ctx.close() };
}

export function marks(page: Page): Promise<Marks> {
	return page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
}

/** The marks, or null while the page is between two documents (then the next poll reads them). */
async function poll(page: Page): Promise<Marks | null> {
	try {
		return (await marks(page)) ?? null;
	} catch (e) {
		if (/context was destroyed|navigat/i.test((e as Error).message)) return null;
		throw e;
	}
}

/** Polls the page's marks until `pick` returns a time (ms since navigation start) or times out. */
export async function waitForMark(
	page: Page,
	pick: (m: Marks) => number | undefined,
	timeoutMs: number,
	what: string
): Promise<number> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		assertHealthy(page, what);
		const m = await poll(page);
		const t = m ? pick(m) : undefined;
		if (t !== undefined) return t;
		if (Date.now() > end) throw new TimeoutError(`${what}: not within ${timeoutMs / 1000} s`);
		await page.waitForTimeout(50);
	}
}

export class TimeoutError extends Error {}

const matches = (key: string, p: Paint, path?: string) =>
	p.key !== null &&
	(key.endsWith('*') ? p.key.startsWith(key.slice(0, -1)) : p.key === key) &&
	(!path || p.path.includes(path));

/** The first paint of `key` (exact, or a prefix when it ends with '*') after time `after`. */
export function paintOf(key: string, after = -1, path?: string) {
	return (m: Marks) => m.paints.find((p) => p.t > after && matches(key, p, path))?.t;
}

/**
 * The map's final paint of `key` after `after`: data-painted holds `key` and has not changed for
 * `quietMs`. A view may be painted twice (first with the previous view's colours, then with its
 * own once its queries return); this is the time of the last of those paints.
 */
export async function waitForSettledPaint(
	page: Page,
	key: string,
	after: number,
	timeoutMs: number,
	path?: string,
	quietMs = 500
): Promise<{ t: number; paints: Paint[] }> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		assertHealthy(page, key);
		const [m, now] = await page.evaluate(
			() => [(window as unknown as { __marks: Marks }).__marks, performance.now()] as const
		);
		const since = m.paints.filter((p) => p.t > after);
		const last = since.at(-1);
		if (last && matches(key, last, path) && now - last.t >= quietMs)
			return { t: last.t, paints: since };
		if (Date.now() > end)
			throw new TimeoutError(`${key}: not painted within ${timeoutMs / 1000} s`);
		await page.waitForTimeout(50);
	}
}

/**
 * The first paint of `key` after `after` that shows new data: the page's SIGNATURE text differs
 * from the last paint before `after`. The map can first be painted with the new key but the
 * previous data (the app sets the key from the URL before its queries return); that paint is
 * returned as `stale`.
 */
export async function waitForNewPaint(
	page: Page,
	key: string,
	after: number,
	timeoutMs: number,
	path?: string
): Promise<{ t: number; stale?: number }> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		assertHealthy(page, key);
		const m = (await poll(page)) ?? { paints: [] as Paint[] };
		const before = m.paints.filter((p) => p.t <= after && p.key !== null).at(-1);
		const since = m.paints.filter((p) => p.t > after && matches(key, p, path));
		const fresh = since.find((p) => p.sig !== before?.sig);
		if (fresh) {
			const stale = since.find((p) => p.t < fresh.t);
			return { t: fresh.t, stale: stale?.t };
		}
		if (Date.now() > end)
			throw new TimeoutError(`${key}: no new data painted within ${timeoutMs / 1000} s`);
		await page.waitForTimeout(50);
	}
}
