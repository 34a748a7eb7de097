/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The build-time constants (src/app.d.ts): SvelteKit's tsconfig leaves this file out, so it
// names them itself. An import would be a module the worker loads at run time.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./app.d.ts" />
/**
 * Kshetra with no network after the first visit (issue 15). Three caches (model/offline-cache.ts):
 *
 * - shell, one per build: the scripts, styles, fonts, the export kit, the top pages and the app's
 *   fallback page, kept at install; every other page is kept when first opened. Not the 1,000-odd
 *   prerendered pages (13 MB): a page not kept opens offline from the fallback page, which renders
 *   any route in the browser.
 * - engine: DuckDB-wasm's wasm and worker (34 MB), kept on first use or once a page has loaded
 *   (with the tables it reads first: pages start the engine only when they need it), never at
 *   install, and pruned to the files of the current build.
 * - data, one per data release (named by the SHA-256 of static/data/manifest.json): each file
 *   kept on first use, whole, and only if its SHA-256 is the manifest's, so files of two releases
 *   never mix. A new release's worker deletes the old release's cache when it takes over.
 *
 * The site reads Parquet by byte ranges (hyparquet: HEAD, then Range: bytes=a-b); the Cache API
 * answers neither, so a kept file answers them through rangeResponse(); a range asked of a file
 * not kept yet goes to the network as asked while the whole file is fetched and kept beside it.
 * A 206 is never kept.
 *
 * A new version waits until the page asks it to take over (the "new version is ready" banner, or
 * the user's reload while it waits: src/lib/offline/), and every page then reloads, so a page never
 * runs with another version's files.
 */
import { build, files, prerendered, version, base } from '$service-worker';
import {
	cacheNames,
	isEngineFile,
	isExpectedData,
	keptHeaders,
	kindOf,
	rangeResponse,
	staleCaches
} from '$lib/model/offline-cache.ts';
import type { OfflineMessage, WorkerMessage } from '$lib/offline/messages.ts';
import { TABLES } from '$lib/db/tables.ts';

const sw = self as unknown as ServiceWorkerGlobalScope;
const DATA = __KSHETRA_DATA__;
const NAMES = cacheNames(version, DATA.hash);

/** The pages kept at install: the state view and the other top pages, and the fallback page. */
const TOP_PAGES = ['/', '/2027/', '/sources/', '/backtest/'].map((p) => base + p);
const FALLBACK = `${base}/404.html`;
const SHELL = [
	...build.filter((f) => !isEngineFile(f)),
	...files.filter((f) => !f.startsWith(`${base}/data/`)),
	...prerendered.filter((p) => TOP_PAGES.includes(p))
];
/** The start-up script of this build, which every page of this build names. */
const START =
	build
		.find((f) => /\/entry\/start\.[^/]+\.js$/.test(f))
		?.split('/')
		.pop() ?? '';

/** A rule of the static routing API (Chromium 123+; not in TypeScript's lib yet). */
interface RouterRule {
	condition: { urlPattern: { pathname: string }; requestMethod?: string };
	source: 'fetch-event' | { cacheName: string };
}
type RoutedInstallEvent = ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };

const IMMUTABLE = `${base}/_app/immutable/`;
/**
 * The build's scripts, styles and fonts are answered by the browser from this version's shell
 * cache, without running this worker: an offline reload asks for some 60 of them at once, and
 * through the fetch handler each waited for its turn in the worker (the page's stylesheets, which
 * hold back its first paint, about 0.5 s behind its modules). The files the worker still answers:
 * the engine's (its own cache, and the guard script's #fragment, see other()) and the import
 * worker's chunks, kept on first use. The first rule that matches applies; a file missing from the
 * cache is fetched from the network. Browsers without the API send everything to the handler.
 */
const ROUTES: RouterRule[] = [
	{ condition: { urlPattern: { pathname: `${IMMUTABLE}assets/duckdb-*` } }, source: 'fetch-event' },
	{ condition: { urlPattern: { pathname: `${IMMUTABLE}workers/*` } }, source: 'fetch-event' },
	{
		condition: { urlPattern: { pathname: `${IMMUTABLE}*` }, requestMethod: 'GET' },
		source: { cacheName: NAMES.shell }
	}
];

sw.addEventListener('install', (event) => {
	// only while the install event is dispatched; the handler answers all if the browser refuses
	const routed = (event as RoutedInstallEvent).addRoutes?.(ROUTES).catch(() => {});
	event.waitUntil(
		(async () => {
			await routed;
			const cache = await caches.open(NAMES.shell);
			await cache.addAll(SHELL);
			// The fallback page is written by the static adapter (none in `vite dev`).
			await cache.add(FALLBACK).catch(() => {});
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of staleCaches(await caches.keys(), NAMES)) await caches.delete(name);
			// the engine files of other builds
			const engine = await caches.open(NAMES.engine);
			const current = new Set(build.filter(isEngineFile));
			for (const req of await engine.keys())
				if (!current.has(new URL(req.url).pathname)) await engine.delete(req);
			// a first visit's page keeps what it loads from now on
			await sw.clients.claim();
		})()
	);
});

/** The data file (path below data/) of a URL, or null. */
const dataFile = (url: URL) =>
	url.pathname.startsWith(`${base}/data/`)
		? decodeURIComponent(url.pathname.slice(`${base}/data/`.length))
		: null;

const keyOf = (url: URL) => `${url.origin}${url.pathname}`;

/**
 * Keeps a whole response (status 200) of a data or engine file, if it is this release's file.
 * A data file of another release means the site changed under this version: check for the new one.
 */
async function keep(cacheName: string, url: URL, res: Response): Promise<void> {
	const file = dataFile(url);
	const cache = await caches.open(cacheName);
	if (file === null) {
		// An engine file: nothing to check, so its body streams into the cache without passing
		// through this thread. Read into an ArrayBuffer and copied into a new Response, the 34 MB
		// wasm held this worker for seconds, and every request it answers (an offline reload's
		// page and data) waited behind it.
		await cache.put(
			keyOf(url),
			new Response(res.body, { headers: keptHeaders(res.headers, null) })
		);
		return;
	}
	const bytes = await res.arrayBuffer();
	if (!(await isExpectedData(file, bytes, DATA.files, DATA.hash))) {
		sw.registration.update().catch(() => {});
		return;
	}
	await cache.put(
		keyOf(url),
		new Response(bytes, { headers: keptHeaders(res.headers, bytes.byteLength) })
	);
}

const fetching = new Map<string, Promise<void>>();
/** Fetches a file whole (no Range) and keeps it; once at a time per file. */
function keepWhole(cacheName: string, url: URL, onBytes?: (n: number) => void): Promise<void> {
	const key = keyOf(url);
	let p = fetching.get(key);
	if (!p) {
		p = (async () => {
			if (await (await caches.open(cacheName)).match(key)) return;
			const res = await fetch(key);
			if (res.status !== 200) return;
			await keep(cacheName, url, onBytes ? counted(res, onBytes) : res);
		})().finally(() => fetching.delete(key));
		fetching.set(key, p);
	}
	return p;
}

/** The response, its body counted as it arrives. */
function counted(res: Response, onBytes: (n: number) => void): Response {
	if (!res.body) return res;
	const body = res.body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, out) {
				onBytes(chunk.byteLength);
				out.enqueue(chunk);
			}
		})
	);
	return new Response(body, { status: res.status, headers: res.headers });
}

/** A data or engine file: from the cache (ranges cut out of the kept file), else the network. */
async function kept(event: FetchEvent, cacheName: string, url: URL): Promise<Response> {
	const req = event.request;
	const range = req.headers.get('range');
	const hit = await (await caches.open(cacheName)).match(keyOf(url));
	if (hit) return rangeResponse(hit, range, req.method);
	if (range !== null || req.method === 'HEAD') {
		// as asked now; the whole file for later
		event.waitUntil(keepWhole(cacheName, url).catch(() => {}));
		return fetch(req);
	}
	const res = await fetch(req);
	if (res.status === 200) event.waitUntil(keep(cacheName, url, res.clone()).catch(() => {}));
	return res;
}

/** Whether an HTML page belongs to this build (names its start-up script). */
const ofThisBuild = (html: string) => START !== '' && html.includes(START);

/** A page: kept (any language: ?lang is read in the browser), else the network, else the fallback. */
async function page(event: FetchEvent, url: URL): Promise<Response> {
	const cache = await caches.open(NAMES.shell);
	const hit = await cache.match(keyOf(url));
	if (hit) return hit;
	try {
		const res = await fetch(event.request);
		if (res.status === 200 && (res.headers.get('content-type') ?? '').includes('text/html')) {
			const copy = res.clone();
			event.waitUntil(
				copy.text().then(async (html) => {
					if (ofThisBuild(html))
						await cache.put(keyOf(url), new Response(html, { headers: copy.headers }));
					else sw.registration.update().catch(() => {});
				})
			);
		}
		return res;
	} catch (e) {
		const fallback = await cache.match(FALLBACK);
		if (fallback) return fallback;
		throw e;
	}
}

/**
 * Files of this build not kept at install but kept on first use: the import worker's own chunks
 * (not in `build`) and the pages' data (__data.json, 806 files of 87 kB in all).
 */
const keptOnUse = (path: string) =>
	path.startsWith(`${base}/_app/immutable/`) || path.endsWith('/__data.json');

/** Anything else of the site: kept at install or on first use, else the network. */
async function other(event: FetchEvent, url: URL): Promise<Response> {
	const cache = await caches.open(NAMES.shell);
	const hit = await cache.match(keyOf(url));
	// A worker's location is its response's URL, and a kept response's URL has lost the request's
	// #fragment, which the engine's guard script reads (duckdb-worker-guard.js: without it, the
	// guard loaded itself until the stack overflowed). A new response takes the request's URL.
	if (hit) return url.hash ? new Response(hit.body, hit) : hit;
	const res = await fetch(event.request);
	if (res.status === 200 && event.request.method === 'GET' && keptOnUse(url.pathname))
		event.waitUntil(cache.put(keyOf(url), res.clone()).catch(() => {}));
	return res;
}

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET' && req.method !== 'HEAD') return;
	const url = new URL(req.url);
	if (url.origin !== sw.location.origin || url.pathname === `${base}/service-worker.js`) return;
	const kind = kindOf(url.pathname, base);
	if (kind === 'data') event.respondWith(kept(event, NAMES.data, url));
	else if (kind === 'engine') event.respondWith(kept(event, NAMES.engine, url));
	else if (req.mode === 'navigate') event.respondWith(page(event, url));
	else event.respondWith(other(event, url));
});

/**
 * Everything "keep all of Uttar Pradesh" keeps: every data file, the engine (the build for
 * browsers with WebAssembly exceptions: every browser of the last three years) and the pages' data.
 */
function everything(): { url: URL; cache: string; bytes: number }[] {
	const origin = sw.location.origin;
	// the pages' data, so that any page opens offline from the fallback page
	const pageData = prerendered
		.filter((p) => p.endsWith('/__data.json'))
		.map((p) => ({ url: new URL(p, origin), cache: NAMES.shell, bytes: 0 }));
	return [
		...pageData,
		...DATA.files.map((f) => ({
			url: new URL(`${base}/data/${f.file}`, origin),
			cache: NAMES.data,
			bytes: f.bytes
		})),
		...engineFiles()
	];
}

/** The engine's files: the build for browsers with WebAssembly exceptions, the one pages load. */
function engineFiles(): { url: URL; cache: string; bytes: number }[] {
	return build
		.filter((f) => isEngineFile(f) && /-eh\./.test(f))
		.map((f) => ({
			url: new URL(f, sw.location.origin),
			cache: NAMES.engine,
			bytes: f.endsWith('.wasm') ? __DUCKDB_WASM_BYTES__ : 0
		}));
}

/**
 * The engine and the tables it reads at its start (0.5 MB; not the booth tables, read by AC), one
 * file after the other, each only if not kept yet: downloaded, not started.
 */
async function keepEngine() {
	const tables = TABLES.filter((t) => !t.byAc).map(
		(t) => new URL(`${base}/data/${t.file}`, sw.location.origin)
	);
	for (const f of engineFiles()) await keepWhole(f.cache, f.url).catch(() => {});
	for (const url of tables) await keepWhole(NAMES.data, url).catch(() => {});
}

async function keepAll(client: Client) {
	const post = (m: WorkerMessage) => client.postMessage(m);
	const all = everything();
	const missing: typeof all = [];
	for (const f of all)
		if (!(await (await caches.open(f.cache)).match(keyOf(f.url)))) missing.push(f);
	// progress over everything, what is kept already (the seats opened) counted as done
	const total = all.reduce((s, f) => s + f.bytes, 0);
	let loaded = total - missing.reduce((s, f) => s + f.bytes, 0);
	let last = 0;
	post({ type: 'keep-progress', loaded, total, files: missing.length });
	try {
		// three at a time: a slow line is not split too thin, a fast one is kept busy
		const queue = [...missing];
		await Promise.all(
			Array.from({ length: 3 }, async () => {
				for (let f = queue.shift(); f; f = queue.shift())
					await keepWhole(f.cache, f.url, (n) => {
						if (!f.bytes) return; // not counted in `total` (the pages' data: 87 kB)
						loaded += n;
						const now = Date.now();
						if (now - last > 100) {
							last = now;
							post({ type: 'keep-progress', loaded, total, files: missing.length });
						}
					});
			})
		);
		const left = [];
		for (const f of all)
			if (!(await (await caches.open(f.cache)).match(keyOf(f.url)))) left.push(f.url.pathname);
		if (left.length) post({ type: 'keep-failed', reason: `not kept: ${left.join(', ')}` });
		else post({ type: 'keep-done', loaded: Math.max(loaded, total), files: all.length });
	} catch (e) {
		post({ type: 'keep-failed', reason: e instanceof Error ? e.message : String(e) });
	}
}

/** A page of this build, fetched and kept (pages shown by the app's own navigation). */
async function keepPage(url: URL) {
	const cache = await caches.open(NAMES.shell);
	if (await cache.match(keyOf(url))) return;
	const res = await fetch(keyOf(url));
	if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('text/html')) return;
	const html = await res.text();
	if (ofThisBuild(html)) await cache.put(keyOf(url), new Response(html, { headers: res.headers }));
}

/**
 * What a page loaded before this worker took over (a first visit), and the pages the app has
 * shown without loading them (its own navigation): keep them too.
 */
async function keepLoaded(urls: string[]) {
	for (const u of urls) {
		const url = new URL(u);
		if (url.origin !== sw.location.origin) continue;
		const kind = kindOf(url.pathname, base);
		const done =
			kind === 'other'
				? url.pathname.endsWith('/') && keepPage(url)
				: keepWhole(kind === 'data' ? NAMES.data : NAMES.engine, url);
		if (done) await done.catch(() => {});
	}
}

sw.addEventListener('message', (event) => {
	const m = event.data as OfflineMessage;
	if (m?.type === 'skip-waiting') void sw.skipWaiting();
	else if (m?.type === 'keep-loaded') event.waitUntil(keepLoaded(m.urls));
	else if (m?.type === 'keep-engine') event.waitUntil(keepEngine());
	else if (m?.type === 'keep-all' && event.source && 'postMessage' in event.source)
		event.waitUntil(keepAll(event.source as Client));
});
