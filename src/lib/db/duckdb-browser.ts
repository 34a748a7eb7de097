/**
 * Db for the browser: DuckDB-wasm in a Web Worker, with its wasm and worker served by the site
 * itself (Vite ?url imports; never a CDN). The canonical tables are read from the site's own
 * Parquet files with hyparquet (range requests) and inserted as Arrow tables; the large booth
 * tables start empty and receive one AC's rows at a time (ensureAc).
 *
 * Import this module only dynamically and only in the browser (a top-level import breaks
 * prerendering); use getDb() from ./index.ts.
 *
 * Every failure names its file as a LoadError: a table ('data/results.parquet: HTTP 404', a
 * truncated file is "incomplete or damaged", a dropped connection a network error), the engine's
 * worker script or wasm. A failed start-up terminates the worker and leaves nothing behind, and a
 * booth table that failed to load is forgotten, so that Retry loads it again.
 *
 * Only DuckDB-wasm's "eh" build is shipped: WebAssembly exception handling is in Chrome and Edge
 * 95+, Firefox 100+ and Safari 15.2+, older than the browsers the site's scripts are built for
 * (Vite's 'baseline-widely-available': Chrome/Edge 111, Firefox 114, Safari 16.4). The "mvp"
 * build (39 MB) only served browsers without it, so it is not in the build (vite.config.ts); such
 * a browser gets a message saying what it needs.
 *
 * DuckDB's worker runs inside duckdb-worker-guard.js, because DuckDB-wasm itself leaves a wasm
 * that fails to load (404, network, damaged) as an unhandled rejection in its worker and never
 * answers instantiate(): the guard reports it, and start-up fails with the wasm named.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import guardScript from './duckdb-worker-guard.js?url&no-inline';
import { asyncBufferFromUrl, cachedAsyncBuffer, type AsyncBuffer } from 'hyparquet';
import { fetchEngine } from './engine-download.ts';
import { asLoadError, diagnose, loadFetch, type LoadError } from './load-error.ts';
import type { Db, Param } from './db.ts';
import { acToArrow, boothNumbersOf, parquetToArrow } from './parquet-arrow.ts';
import { arrowRows } from './rows.ts';
import { TABLES, type TableDef } from './tables.ts';

const absolute = (url: string) => new URL(url, location.href).href;
const fileName = (url: string) => new URL(url).pathname.split('/').pop() || url;

/** The first of `urls` the server does not serve whole (its status, or a network error). */
async function firstMissing(urls: string[], original: unknown): Promise<LoadError> {
	for (const url of urls) {
		const err = await diagnose(fileName(url), url, original);
		if (err.failure.kind !== 'damaged') return err;
	}
	return asLoadError(fileName(urls[urls.length - 1]), original);
}

/** A message of duckdb-worker-guard.js: something DuckDB's worker left unhandled. */
const unhandledOf = (data: unknown): string | null =>
	data && typeof data === 'object' && 'kshetraUnhandled' in data
		? String(data.kshetraUnhandled)
		: null;

/**
 * Watches the engine's worker while it starts: `failed` rejects with a LoadError naming the file
 * at fault when a script fails to load or run ('error' event: the guard, else DuckDB's worker
 * script) or the guard reports an unhandled rejection (the wasm did not load or compile). These
 * listeners come before DuckDB's own and stop the events there: DuckDB would only log an error
 * and leave every request waiting forever, and would throw on the guard's messages, which are
 * therefore kept from it for the worker's whole life. Once started(), errors go to DuckDB; once
 * given up (the start-up failed and the worker is being terminated), whatever the dying worker
 * still reports (importScripts cut short) is dropped.
 */
function watchWorker(
	worker: Worker,
	files: { guard: string; script: string; wasm: string }
): { failed: Promise<never>; started: () => void; givenUp: () => void } {
	let fail: (e: LoadError) => void = () => {};
	const failed = new Promise<never>((_, reject) => (fail = reject));
	failed.catch(() => {});
	let state: 'starting' | 'started' | 'given up' = 'starting';
	worker.addEventListener('error', (e: Event) => {
		if (state === 'started') return;
		e.stopImmediatePropagation();
		e.preventDefault();
		if (state === 'given up') return;
		const message = (e as ErrorEvent).message || 'the worker did not start';
		firstMissing([files.guard, files.script], message).then(fail, (err: unknown) =>
			fail(asLoadError(fileName(files.script), err))
		);
	});
	worker.addEventListener('message', (e: MessageEvent) => {
		const message = unhandledOf(e.data);
		if (message === null) return;
		e.stopImmediatePropagation();
		if (state === 'starting')
			diagnose(fileName(files.wasm), files.wasm, message).then(fail, (err: unknown) =>
				fail(asLoadError(fileName(files.wasm), err))
			);
	});
	return {
		failed,
		started: () => (state = 'started'),
		givenUp: () => (state = 'given up')
	};
}

export interface LoadProgress {
	step: 'engine' | 'tables' | 'ready';
	/** tables in the database so far, of those loaded at start-up */
	done: number;
	total: number;
	/** The engine's WebAssembly file: bytes received so far and its size (0 until known). */
	engine: { loaded: number; total: number };
	/** bytes of table data received so far (the Parquet byte ranges read at start-up) */
	data: number;
}

/** How often, at most, download progress is reported (ms). */
const PROGRESS_EVERY = 100;

/** A copy of a response whose body counts its bytes as they arrive. */
function counted(res: Response, count: (n: number) => void): Response {
	if (!res.body) return res;
	const body = res.body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, out) {
				count(chunk.byteLength);
				out.enqueue(chunk);
			}
		})
	);
	return new Response(body, {
		status: res.status,
		statusText: res.statusText,
		headers: res.headers
	});
}

/** dataUrl(file) gives the URL of a file in static/data, e.g. dataUrl('results.parquet'). */
export async function createBrowserDb(
	dataUrl: (file: string) => string,
	onProgress: (p: LoadProgress) => void = () => {}
): Promise<Db> {
	const eager = TABLES.filter((t) => !t.byAc);
	const lazy = TABLES.filter((t) => t.byAc);
	const engine = { loaded: 0, total: 0 };
	let data = 0;
	let starting = true;
	let reported = 0;
	const report = (step: LoadProgress['step'], done: number) => {
		reported = performance.now();
		onProgress({ step, done, total: eager.length, engine: { ...engine }, data });
	};
	/** Download progress during start-up, at most every PROGRESS_EVERY ms. */
	const downloaded = () => {
		if (starting && performance.now() - reported >= PROGRESS_EVERY) report('engine', 0);
	};
	report('engine', 0);
	if (!(await duckdb.getPlatformFeatures()).wasmExceptions)
		throw new Error(
			'This browser cannot run the results database: it needs WebAssembly exception handling (Chrome or Edge 95, Firefox 100, Safari 15.2 or newer).'
		);
	const bundle: duckdb.DuckDBBundle = {
		mainModule: absolute(ehWasm),
		mainWorker: absolute(ehWorker),
		pthreadWorker: null
	};
	const size = __DUCKDB_WASM_BYTES__;
	const engineFile = fetchEngine(bundle.mainModule, size, (loaded, total) => {
		engine.loaded = loaded;
		engine.total = total;
		downloaded();
	});
	engineFile.catch(() => {}); // awaited below
	const guard = absolute(guardScript);
	const worker = new Worker(`${guard}#${encodeURIComponent(bundle.mainWorker!)}`);
	const watch = watchWorker(worker, {
		guard,
		script: bundle.mainWorker!,
		wasm: bundle.mainModule
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	/** One table file, read by byte ranges; every failure is a LoadError naming it. */
	const open = async (def: TableDef): Promise<AsyncBuffer> => {
		const name = `data/${def.file}`;
		try {
			return cachedAsyncBuffer(
				await asyncBufferFromUrl({
					url: absolute(dataUrl(def.file)),
					fetch: async (url, init) =>
						counted(await loadFetch(name, url, init), (n) => {
							data += n;
							downloaded();
						})
				})
			);
		} catch (e) {
			throw asLoadError(name, e);
		}
	};
	const read = async <T>(def: TableDef, work: () => Promise<T>): Promise<T> => {
		try {
			return await work();
		} catch (e) {
			throw asLoadError(`data/${def.file}`, e);
		}
	};
	try {
		// Start reading the tables while the engine instantiates.
		const tables = Promise.all(
			eager.map(async (def) => ({
				def,
				table: await read(def, async () => parquetToArrow(await open(def), def))
			}))
		);
		tables.catch(() => {}); // awaited below; a failure must not count as unhandled meanwhile
		const mainModule = bundle.mainModule;
		await Promise.race([
			engineFile
				.then((file) =>
					db.instantiate(file, bundle.pthreadWorker).finally(() => URL.revokeObjectURL(file))
				)
				.catch((e: unknown) =>
					diagnose(fileName(mainModule), mainModule, e).then((err) => Promise.reject(err))
				),
			watch.failed,
			// a table that fails stops the start-up now, not after the engine has loaded
			tables.then(() => new Promise<never>(() => {}))
		]);
		watch.started();
		starting = false;
		// The engine is in: its file has arrived whole, whatever the last report said.
		engine.loaded = engine.total = Math.max(engine.loaded, engine.total);
		const setup = await db.connect();
		let done = 0;
		report('tables', 0);
		for (const { def, table } of await tables) {
			await setup.insertArrowTable(table, { name: def.name, create: true });
			report('tables', ++done);
		}
		for (const def of lazy) {
			const cols = Object.entries(def.columns)
				.map(([c, t]) => `"${c}" ${t}`)
				.join(', ');
			await setup.query(`CREATE TABLE "${def.name}" (${cols})`);
		}
		await setup.close();
		report('ready', done);
	} catch (e) {
		starting = false;
		watch.givenUp();
		worker.terminate();
		throw e;
	}

	const files = new Map<string, Promise<AsyncBuffer>>();
	/** The file of a booth table, opened once; forgotten if opening failed, so Retry opens it again. */
	const openLazy = (def: TableDef) => {
		let f = files.get(def.file);
		if (!f) {
			f = open(def);
			f.catch(() => files.delete(def.file));
			files.set(def.file, f);
		}
		return f;
	};
	const acs = new Map<number, Promise<void>>();
	const ensureAc = (ac: number) => {
		let p = acs.get(ac);
		if (!p) {
			p = (async () => {
				const parts = await Promise.all(
					lazy.map(async (def) => ({
						def,
						table: await read(def, async () => acToArrow(await openLazy(def), def, ac))
					}))
				);
				const conn = await db.connect();
				try {
					for (const { def, table } of parts)
						if (table.numRows)
							await conn.insertArrowTable(table, { name: def.name, create: false });
				} finally {
					await conn.close();
				}
			})();
			p.catch(() => acs.delete(ac));
			acs.set(ac, p);
		}
		return p;
	};

	const numbers = new Map<string, Promise<Map<number, number[]>>>();
	/** Each election's booth numbers, read once; forgotten if reading failed, so Retry reads again. */
	const boothNumbers = (election: string) => {
		let p = numbers.get(election);
		if (!p) {
			const def = lazy.find((d) => d.name === 'booths')!;
			p = read(def, async () => boothNumbersOf(await openLazy(def), election));
			p.catch(() => numbers.delete(election));
			numbers.set(election, p);
		}
		return p;
	};

	return {
		async query<T>(sql: string, params: Param[] = []) {
			const conn = await db.connect();
			try {
				const stmt = await conn.prepare(sql);
				try {
					const result = await stmt.query(...params);
					return arrowRows<T>(result);
				} finally {
					await stmt.close();
				}
			} finally {
				await conn.close();
			}
		},
		ensureAc,
		boothNumbers,
		async close() {
			await db.terminate();
		}
	};
}
