/**
 * Db for the browser: DuckDB-wasm in a Web Worker, with its wasm and worker served by the site
 * itself (Vite ?url imports; never a CDN). The canonical tables are read from the site's own
 * Parquet files with hyparquet (range requests) and inserted as Arrow tables; the large booth
 * tables start empty and receive one AC's rows at a time (ensureAc).
 *
 * Import this module only dynamically and only in the browser (a top-level import breaks
 * prerendering); use getDb() from ./index.ts.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { asyncBufferFromUrl, cachedAsyncBuffer, type AsyncBuffer } from 'hyparquet';
import type { Db, Param } from './db.ts';
import { acToArrow, parquetToArrow } from './parquet-arrow.ts';
import { plainRow } from './rows.ts';
import { TABLES, type TableDef } from './tables.ts';

const absolute = (url: string) => new URL(url, location.href).href;

export interface LoadProgress {
	step: 'engine' | 'tables' | 'ready';
	done: number;
	total: number;
}

/** dataUrl(file) gives the URL of a file in static/data, e.g. dataUrl('results.parquet'). */
export async function createBrowserDb(
	dataUrl: (file: string) => string,
	onProgress: (p: LoadProgress) => void = () => {}
): Promise<Db> {
	const eager = TABLES.filter((t) => !t.byAc);
	const lazy = TABLES.filter((t) => t.byAc);
	onProgress({ step: 'engine', done: 0, total: eager.length });
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: absolute(mvpWasm), mainWorker: absolute(mvpWorker) },
		eh: { mainModule: absolute(ehWasm), mainWorker: absolute(ehWorker) }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	const open = async (def: TableDef): Promise<AsyncBuffer> =>
		cachedAsyncBuffer(await asyncBufferFromUrl({ url: absolute(dataUrl(def.file)) }));
	// Start reading the tables while the engine instantiates.
	const tables = Promise.all(
		eager.map(async (def) => ({ def, table: await parquetToArrow(await open(def), def) }))
	);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	const setup = await db.connect();
	let done = 0;
	for (const { def, table } of await tables) {
		await setup.insertArrowTable(table, { name: def.name, create: true });
		onProgress({ step: 'tables', done: ++done, total: eager.length });
	}
	for (const def of lazy) {
		const cols = Object.entries(def.columns)
			.map(([c, t]) => `"${c}" ${t}`)
			.join(', ');
		await setup.query(`CREATE TABLE "${def.name}" (${cols})`);
	}
	await setup.close();
	onProgress({ step: 'ready', done, total: eager.length });

	const files = new Map<string, Promise<AsyncBuffer>>();
	const acs = new Map<number, Promise<void>>();
	const ensureAc = (ac: number) => {
		let p = acs.get(ac);
		if (!p) {
			p = (async () => {
				const parts = await Promise.all(
					lazy.map(async (def) => {
						if (!files.has(def.file)) files.set(def.file, open(def));
						return { def, table: await acToArrow(await files.get(def.file)!, def, ac) };
					})
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

	return {
		async query<T>(sql: string, params: Param[] = []) {
			const conn = await db.connect();
			try {
				const stmt = await conn.prepare(sql);
				try {
					const result = await stmt.query(...params);
					return result.toArray().map((r) => plainRow<T>(r.toJSON()));
				} finally {
					await stmt.close();
				}
			} finally {
				await conn.close();
			}
		},
		ensureAc,
		async close() {
			await db.terminate();
		}
	};
}
