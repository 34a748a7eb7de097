/**
 * The one database interface of Kshetra. The browser implementation (duckdb-browser.ts) runs
 * DuckDB-wasm in a worker; the Node implementation (duckdb-node.ts) runs @duckdb/node-api for the
 * pipeline and the SQL tests. Both expose the canonical tables of tables.ts under the same names,
 * so the SQL in src/lib/sql runs unchanged in both.
 *
 *   const rows = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM acs');
 *   // → [{ n: 403 }]
 */
export type Param = string | number | boolean | null;

export interface Db {
	/** Runs one statement with positional parameters ($1, $2, …) and returns plain rows. */
	query<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>;
	/**
	 * Makes the booth tables (TABLES entries with byAc) hold the rows of this AC. The browser
	 * fetches them on demand; Node reads whole files, so there it does nothing.
	 */
	ensureAc(ac: number): Promise<void>;
	/**
	 * The booth numbers of every AC in one election (ac_no → its part numbers, ascending), without
	 * loading the booth tables: enough to check an imported file naming any number of ACs (a
	 * state-wide one names all 403), which ensureAc for each would take half a minute to load.
	 */
	boothNumbers(election: string): Promise<Map<number, number[]>>;
	close(): Promise<void>;
}
