/**
 * What the service worker (src/service-worker.ts) keeps, and where, shared with the page
 * (offline.svelte.ts) so both name the caches alike:
 *
 *   app-<version>       the app: scripts, styles, fonts, icons, the engine, and every page (HTML
 *                       and its __data.json) opened or kept. A new deployment (new SvelteKit
 *                       version) gets a new one; the old is deleted when the new worker takes over.
 *   data-<dataVersion>  files under data/: whole files, and byte ranges of the booth files (pieces).
 *                       Named by the data version (scripts/data-version.ts: the data manifest's
 *                       hash), so a file of one data version is never served beside one of another.
 *
 * offline.json (scripts/offline-list.ts, written by the build) lists everything the site can keep,
 * with sizes: "keep all of Uttar Pradesh" fetches it, and its total is the space it says it takes.
 */
export const appCache = (version: string) => `kshetra-app-${version}`;
export const dataCache = (dataVersion: string) => `kshetra-data-${dataVersion}`;
/** Every cache of Kshetra's has this prefix (others on the origin are left alone). */
export const CACHE_PREFIX = 'kshetra-';

export const OFFLINE_LIST = 'offline.json';

/**
 * What a kept file is for: `shell` the app itself (code, styles, fonts, icons, the embed kit),
 * `engine` DuckDB-wasm, `data` the pipeline's files (data manifest), `derived` files the build
 * computes from the data (per-AC snapshots: they only make booth views open sooner, so "keep all"
 * leaves them out and they are kept as opened), `page` a page's HTML or data.
 */
export type Group = 'shell' | 'engine' | 'data' | 'derived' | 'page';

export interface ListedFile {
	/** relative to the site's root, e.g. 'data/ac.geojson', 'seat/43/', '_app/immutable/…' */
	url: string;
	bytes: number;
	/** bytes of its brotli copy, when the build wrote one */
	br?: number;
	/** from the data manifest, for files under data/ that it lists */
	sha256?: string;
	group: Group;
}

export interface OfflineList {
	/** SvelteKit's version of the build (the app cache's name) */
	app: string;
	/** the data version (the data cache's name) */
	data: string;
	files: ListedFile[];
}

/** The groups "keep all of Uttar Pradesh" fetches. */
export const KEEP_ALL: Group[] = ['shell', 'engine', 'data', 'page'];

/** A byte range of a file kept in the data cache, e.g. data/booths.parquet?kshetra-range=0-511 */
export const pieceKey = (url: string, start: number, end: number) =>
	`${url}?kshetra-range=${start}-${end}`;
export function parsePieceKey(key: string): { start: number; end: number } | null {
	const m = /[?&]kshetra-range=(\d+)-(\d+)$/.exec(key);
	return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}
/** The header a kept piece carries its file's total size in (a 206 cannot be put in a cache). */
export const TOTAL_HEADER = 'x-kshetra-total';

/** Messages between the page and the worker. */
export type FromWorker = { type: 'kept' };

export type ToWorker =
	| { type: 'skip-waiting' }
	/** URLs the page loaded before the worker could see them (its first visit): keep them too */
	| { type: 'keep'; urls: string[] };
