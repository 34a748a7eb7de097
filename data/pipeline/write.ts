/**
 * Writes row arrays to Parquet (zstd) with DuckDB in Node. Column types are declared here, not
 * inferred, so that an empty or all-null column still has the type the site expects. DuckDB runs
 * with one thread and rows are written in a fixed order, so re-running the pipeline produces
 * byte-identical files.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ColumnType } from '../../src/lib/db/tables.ts';

export type Columns = Record<string, ColumnType>;

export interface TableSpec<R> {
	name: string;
	columns: Columns;
	orderBy: string;
	rows: R[];
	/** rows per row group; smaller groups let a reader fetch one AC's rows on their own */
	rowGroupSize?: number;
}

/** Target row-group size: small enough that a reader can fetch one election's rows on their own. */
const ROW_GROUP_SIZE = 20_000;

export async function writeParquet(outDir: string, tables: TableSpec<object>[]): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	const tmp = mkdtempSync(join(tmpdir(), 'kshetra-'));
	try {
		for (const t of tables) {
			const json = join(tmp, `${t.name}.json`);
			// Only the declared columns, in declared order, as newline-delimited JSON written in
			// chunks (booth tables have millions of rows).
			const names = Object.keys(t.columns);
			const fd = openSync(json, 'w');
			for (let i = 0; i < t.rows.length; i += 50_000) {
				const chunk = t.rows.slice(i, i + 50_000).map((r) => {
					const row = r as Record<string, unknown>;
					return JSON.stringify(Object.fromEntries(names.map((c) => [c, row[c] ?? null])));
				});
				writeSync(fd, chunk.join('\n') + '\n');
			}
			closeSync(fd);
			const cols = Object.entries(t.columns)
				.map(([c, type]) => `"${c}": '${type}'`)
				.join(', ');
			await conn.run(
				`CREATE TABLE "${t.name}" AS SELECT * FROM read_json('${json}', format='newline_delimited', columns={${cols}})`
			);
			const [{ n }] = (
				await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM "${t.name}"`)
			).getRowObjectsJS() as {
				n: number;
			}[];
			if (n !== t.rows.length)
				throw new Error(`${t.name}: wrote ${n} rows, expected ${t.rows.length}`);
			await conn.run(
				`COPY (SELECT * FROM "${t.name}" ORDER BY ${t.orderBy}) TO '${join(outDir, t.name + '.parquet')}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${t.rowGroupSize ?? ROW_GROUP_SIZE})`
			);
		}
	} finally {
		conn.closeSync();
		instance.closeSync();
		rmSync(tmp, { recursive: true, force: true });
	}
}
