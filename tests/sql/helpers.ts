/** Opens the pipeline's real output (static/data) in Node DuckDB for the SQL tests. */
import { createNodeDb } from '../../src/lib/db/duckdb-node.ts';

export const DATA_DIR = new URL('../../static/data/', import.meta.url).pathname;

export function openDb() {
	return createNodeDb(DATA_DIR);
}
