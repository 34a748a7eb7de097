/**
 * getDb(): the site's one database, created on first use in the browser and shared by every view.
 * If loading fails the memo is cleared so that a retry can start again. Failures are LoadErrors
 * naming the file (see duckdb-browser.ts); the loader's own code failing to arrive too.
 */
import { asset } from '$app/paths';
import { asLoadError } from './load-error.ts';
import type { Db } from './db.ts';
import type { LoadProgress } from './duckdb-browser.ts';

let pending: Promise<Db> | null = null;
const listeners = new Set<(p: LoadProgress) => void>();
/** The latest progress of the current load (null before one starts and after one fails). */
let latest: LoadProgress | null = null;

/**
 * Calls fn with every progress report of the database's loading. A listener that comes late (a
 * view opened while the database loads, or after it has) hears the latest report first, in a
 * microtask, after its caller has set itself up.
 */
export function onDbProgress(fn: (p: LoadProgress) => void): () => void {
	listeners.add(fn);
	queueMicrotask(() => {
		if (latest && listeners.has(fn)) fn(latest);
	});
	return () => listeners.delete(fn);
}

export function dataUrl(file: string): string {
	return asset(`/data/${file}`);
}

export function getDb(): Promise<Db> {
	pending ??= import('./duckdb-browser.ts')
		.catch((e: Error) => {
			// "Failed to fetch dynamically imported module: http://…/_app/immutable/chunks/x.js"
			const url = /\bhttps?:\/\/\S+/.exec(e.message)?.[0];
			throw asLoadError(url ? new URL(url).pathname.replace(/^\//, '') : 'duckdb-browser.js', e);
		})
		.then(({ createBrowserDb }) =>
			createBrowserDb(dataUrl, (p) => {
				latest = p;
				listeners.forEach((l) => l(p));
			})
		)
		.then((db) => {
			// For tests and the benchmark: DuckDB-wasm has loaded (views may have painted long before,
			// from snapshots).
			document.documentElement.dataset.duckdb = 'ready';
			return db;
		})
		.catch((e) => {
			pending = null;
			latest = null;
			throw e;
		});
	return pending;
}
