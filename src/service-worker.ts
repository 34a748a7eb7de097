/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Kshetra's service worker (built by SvelteKit; registered by src/lib/offline/offline.svelte.ts
 * once the first map is drawn). After the first visit the site works with no network: the app,
 * the engine, every page opened and the data it used are kept (caches.ts says where), and
 * "keep all of Uttar Pradesh" fetches the rest through this worker.
 *
 * - Pages, scripts, styles, fonts: from the cache of this version, else the network (then kept).
 *   The app's shell (every script, style and font of the build, the icons and the embed kit for
 *   exports) is kept when the worker installs; pages as they are opened.
 * - Data (data/…): whole files from the data cache, else the network (then kept, if the file is
 *   the size and sha256 this version's list gives: a newer deployment's file is never kept, nor
 *   served: the page is told to reload). Byte ranges (Parquet read by hyparquet): cut from a kept
 *   whole file, else from a kept range, else fetched and kept as a piece; small Parquet files are
 *   then kept whole in the background.
 * - Updates: a new version installs beside the old one and waits; the page says a new version is
 *   ready. A reload (with no other tab open) or the notice's button switches to it: the old
 *   version's caches are deleted when it takes over, and the data cache too if the data changed.
 * - Only requests to the site's own origin are handled (there are no others: strict CSP).
 */
import { base, build, files, version } from '$service-worker';
import {
	appCache,
	CACHE_PREFIX,
	dataCache,
	OFFLINE_LIST,
	parsePieceKey,
	pieceKey,
	TOTAL_HEADER,
	type ListedFile,
	type OfflineList,
	type FromWorker,
	type ToWorker
} from '$lib/offline/caches.ts';

const sw = self as unknown as ServiceWorkerGlobalScope;
const APP = appCache(version);
const DATA = dataCache(__DATA_VERSION__);
const root = `${location.origin}${base}/`;
/** A cache key: the URL without its query (no file of the site depends on it). */
const keyOf = (url: URL | string) => {
	const u = new URL(url);
	return `${u.origin}${u.pathname}`;
};
/** Small Parquet files are kept whole once any range of them is read. */
const WHOLE_UNDER = 2_000_000;

/** The shell: the build's scripts, styles and fonts, and static files other than data. */
const SHELL = [
	...build.filter((f) => !f.endsWith('.wasm')),
	...files.filter((f) => !f.startsWith(`${base}/data/`))
];

let listed: Promise<Map<string, ListedFile>> | null = null;
/** This version's offline.json, by absolute URL. */
function list(): Promise<Map<string, ListedFile>> {
	listed ??= (async () => {
		const cache = await caches.open(APP);
		const res = (await cache.match(root + OFFLINE_LIST)) ?? (await fetch(root + OFFLINE_LIST));
		const l = (await res.clone().json()) as OfflineList;
		return new Map(l.files.map((f) => [root + f.url, f]));
	})();
	listed.catch(() => (listed = null));
	return listed;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(APP);
			const res = await fetch(root + OFFLINE_LIST, { cache: 'no-cache' });
			const l = (await res.clone().json()) as OfflineList;
			// the list of another deployment (the site changed while this one installed): try again later
			if (l.app !== version || l.data !== __DATA_VERSION__)
				throw new Error(`offline.json is of version ${l.app}, this worker of ${version}`);
			await cache.put(root + OFFLINE_LIST, res);
			await cache.addAll(SHELL);
			// The pages open now were loaded before this worker could see them.
			const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			await Promise.all(open.map((c) => keepPage(cache, c.url)));
		})()
	);
});

/** A page and its data (SvelteKit's __data.json, for pages that have it), from the network. */
async function keepPage(cache: Cache, url: string) {
	const page = keyOf(url);
	if (!page.startsWith(root) || !page.endsWith('/')) return;
	const [html, data] = await Promise.all([fetch(page), fetch(`${page}__data.json`)]);
	if (html.ok) await cache.put(page, html);
	if (data.ok) await cache.put(`${page}__data.json`, data);
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys())
				if (name.startsWith(CACHE_PREFIX) && name !== APP && name !== DATA)
					await caches.delete(name);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event: ExtendableMessageEvent) => {
	const m = event.data as ToWorker;
	if (m?.type === 'skip-waiting') sw.skipWaiting();
	else if (m?.type === 'keep')
		event.waitUntil(
			keepUrls(m.urls).then(() =>
				(event.source as Client | null)?.postMessage({ type: 'kept' } satisfies FromWorker)
			)
		);
});

/**
 * URLs the page loaded before this worker could see them: fetched again (from the browser's HTTP
 * cache, mostly) and kept. Parquet files only when small enough to keep whole.
 */
async function keepUrls(urls: string[]) {
	const l = await list();
	for (const u of urls) {
		const url = new URL(u, root);
		if (url.origin !== location.origin || !keyOf(url).startsWith(root)) continue;
		const key = keyOf(url);
		const isData = key.startsWith(`${root}data/`);
		const cache = await caches.open(isData ? DATA : APP);
		if (await cache.match(key)) continue;
		if (key.endsWith('.parquet') && (l.get(key)?.bytes ?? Infinity) > WHOLE_UNDER) continue;
		try {
			const res = await fetch(key);
			if (res.ok && (!isData || (await verified(key, res.clone())))) await cache.put(key, res);
		} catch {
			// offline again: kept next time
		}
	}
}

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET') return;
	const url = new URL(req.url);
	if (url.origin !== location.origin || !keyOf(url).startsWith(root)) return;
	const key = keyOf(url);
	// the worker itself and SvelteKit's version check always go to the network
	if (key === `${root}service-worker.js` || key === `${root}_app/version.json`) return;
	if (req.mode === 'navigate') event.respondWith(navigate(req, key));
	else if (key.startsWith(`${root}data/`))
		event.respondWith(req.headers.has('range') ? ranged(event, req, key) : dataFile(req, key));
	else if (req.destination === 'worker')
		event.respondWith(fromCache(APP, req, key).then(asRequested));
	else event.respondWith(fromCache(APP, req, key));
});

/**
 * A worker's script as an answer of its own: a worker's location is its script response's URL,
 * which for a kept response has lost the request's #fragment, and DuckDB's worker guard reads
 * the engine's worker from it (duckdb-worker-guard.js). A new Response has no URL, so the worker
 * keeps the one it was started with.
 */
async function asRequested(res: Response): Promise<Response> {
	return new Response(await res.blob(), {
		status: res.status,
		statusText: res.statusText,
		headers: res.headers
	});
}

/**
 * A page: a waiting new version takes over first if this is the only tab (the reload switches,
 * as the update notice says); then the kept page, else the network (kept), else a page that says
 * this one was not kept.
 */
async function navigate(req: Request, key: string): Promise<Response> {
	const waiting = sw.registration.waiting;
	if (waiting && (await sw.clients.matchAll({ type: 'window' })).length < 2) {
		waiting.postMessage({ type: 'skip-waiting' } satisfies ToWorker);
		// the browser loads the page again, now through the new version
		return new Response('', { headers: { Refresh: '0' } });
	}
	const cache = await caches.open(APP);
	const kept = await cache.match(key);
	if (kept) return kept;
	try {
		const res = await fetch(req);
		if (res.ok && key.endsWith('/')) await cache.put(key, res.clone());
		return res;
	} catch {
		return notKept(key);
	}
}

/** The app's files: kept, else the network (kept when it answers 200). */
async function fromCache(name: string, req: Request, key: string): Promise<Response> {
	const cache = await caches.open(name);
	const kept = await cache.match(key);
	if (kept) return kept;
	const res = await fetch(req);
	if (res.status === 200) await cache.put(key, res.clone());
	return res;
}

/**
 * Is this response the file this version lists (size, and sha256 where the data manifest gives
 * one)? Files the list does not know (none, normally) are taken as they come.
 */
async function verified(key: string, res: Response): Promise<boolean> {
	const f = (await list()).get(key);
	if (!f) return true;
	const body = await res.arrayBuffer();
	if (body.byteLength !== f.bytes) return false;
	if (!f.sha256) return true;
	const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
	return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('') === f.sha256;
}

/** The site has changed under this version: say so, and keep nothing. */
function changed(key: string): Response {
	sw.registration.update().catch(() => {});
	return new Response(
		`${key.slice(root.length)} has changed on the server since this version of Kshetra was loaded: reload the page for the new version.`,
		{ status: 409, statusText: 'Data changed' }
	);
}

async function dataFile(req: Request, key: string): Promise<Response> {
	const cache = await caches.open(DATA);
	const kept = await cache.match(key);
	if (kept) return kept;
	const res = await fetch(req);
	if (res.status !== 200) return res;
	if (!(await verified(key, res.clone()))) return changed(key);
	await cache.put(key, res.clone());
	return res;
}

/** A 206 answer of bytes start…end (inclusive) cut from `body`, which begins at byte `from`. */
function slice(body: Blob, from: number, start: number, end: number, total: number, type: string) {
	return new Response(body.slice(start - from, end - from + 1), {
		status: 206,
		headers: {
			'Content-Type': type,
			'Content-Range': `bytes ${start}-${end}/${total}`,
			'Content-Length': String(end - start + 1),
			'Accept-Ranges': 'bytes'
		}
	});
}

async function ranged(event: FetchEvent, req: Request, key: string): Promise<Response> {
	const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.get('range') ?? '');
	if (!m) return fetch(req);
	const start = Number(m[1]);
	const cache = await caches.open(DATA);
	const type = 'application/octet-stream';
	const whole = await cache.match(key);
	if (whole) {
		const body = await whole.blob();
		const end = Math.min(m[2] ? Number(m[2]) : body.size - 1, body.size - 1);
		return slice(body, 0, start, end, body.size, type);
	}
	// a kept piece that holds the range
	for (const r of await cache.keys(key, { ignoreSearch: true })) {
		const p = parsePieceKey(r.url);
		if (!p || p.start > start || (m[2] ? Number(m[2]) : Infinity) > p.end) continue;
		const piece = await cache.match(r);
		if (!piece) continue;
		const total = Number(piece.headers.get(TOTAL_HEADER));
		const end = m[2] ? Number(m[2]) : p.end;
		return slice(await piece.blob(), p.start, start, end, total, type);
	}
	const res = await fetch(req);
	const f = (await list()).get(key);
	if (res.status === 206) {
		const cr = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(res.headers.get('Content-Range') ?? '');
		if (!cr) return res;
		const total = Number(cr[3]);
		if (f && total !== f.bytes) return changed(key);
		const body = await res.blob();
		await cache.put(
			pieceKey(key, Number(cr[1]), Number(cr[2])),
			new Response(body, { headers: { [TOTAL_HEADER]: String(total), 'Content-Type': type } })
		);
		if (f && f.bytes <= WHOLE_UNDER) event.waitUntil(keepUrls([key]));
		return slice(body, Number(cr[1]), Number(cr[1]), Number(cr[2]), total, type);
	}
	return res;
}

/** Offline, a page that was never opened nor kept. */
function notKept(key: string): Response {
	const path = key.slice(root.length - 1);
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Kshetra</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>You are offline</h1>
<p>This page (${path.replace(/[<>&"]/g, '')}) was not kept on this device. Pages you have opened, and all of Uttar Pradesh if you chose to keep it, open without a network.</p>
<p lang="hi">आप ऑफ़लाइन हैं। यह पेज इस डिवाइस पर नहीं रखा गया था।</p>
<p><a href="${base}/">Uttar Pradesh</a> · <a href="${base}/seat/43/">Kanpur</a></p>
</body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'Content-Type': 'text/html; charset=utf-8' }
	});
}
