/**
 * Db for Node (SQL tests, scripts): @duckdb/node-api reading the pipeline's Parquet files
 * directly. Never imported by the site.
 *
 *   const db = await createNodeDb('static/data');
 *   await db.query('SELECT ac_name FROM acs WHERE ac_no = $1', [213]) → [{ ac_name: 'Sishamau' }]
 */
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Db, Param } from './db.ts';
import { plainRow } from './rows.ts';
import { TABLES } from './tables.ts';

export async function createNodeDb(dataDir: string): Promise<Db> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const t of TABLES) {
		const path = resolve(join(dataDir, t.file)).replace(/'/g, "''");
		await conn.run(`CREATE VIEW "${t.name}" AS SELECT * FROM read_parquet('${path}')`);
	}
	async function query<T>(sql: string, params: Param[] = []) {
		const stmt = await conn.prepare(sql);
		try {
			if (params.length) stmt.bind(params);
			const reader = await stmt.runAndReadAll();
			return reader.getRowObjectsJS().map((r) => plainRow<T>(r as Record<string, unknown>));
		} finally {
			stmt.destroySync();
		}
	}
	return {
		query,
		async ensureAc() {},
		async boothNumbers(election: string) {
			const rows = await query<{ ac_no: number; part_no: number }>(
				'SELECT ac_no, part_no FROM booths WHERE election_id = $1 ORDER BY ac_no, part_no',
				[election]
			);
			const out = new Map<number, number[]>();
			for (const r of rows) {
				if (!out.has(r.ac_no)) out.set(r.ac_no, []);
				out.get(r.ac_no)!.push(r.part_no);
			}
			return out;
		},
		close() {
			conn.closeSync();
			instance.closeSync();
			return Promise.resolve();
		}
	};
}
