/**
 * The browser reads Parquet with hyparquet into Arrow tables (DuckDB-wasm cannot load its parquet
 * extension offline). This checks that path against DuckDB's own Parquet reader on the same
 * files: same row count, same values, same types.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db.ts';
import { parquetToArrow } from '../../../src/lib/db/parquet-arrow.ts';
import { TABLES } from '../../../src/lib/db/tables.ts';
import { DATA_DIR, openDb } from '../../sql/helpers.ts';

let db: Db;
beforeAll(async () => {
	db = await openDb();
});
afterAll(() => db.close());

describe.each(TABLES)('$name', (def) => {
	it('hyparquet → Arrow gives the rows DuckDB reads', async () => {
		const bytes = readFileSync(DATA_DIR + def.file);
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		const table = await parquetToArrow(
			{ byteLength: buffer.byteLength, slice: (s, e) => buffer.slice(s, e) },
			def
		);
		const rows = await db.query<Record<string, unknown>>(`SELECT * FROM "${def.name}"`);
		expect(table.numRows).toBe(rows.length);
		expect(table.schema.fields.map((f) => f.name)).toEqual(Object.keys(def.columns));
		for (const i of [0, Math.floor(rows.length / 2), rows.length - 1]) {
			const arrowRow = table.get(i)!.toJSON();
			expect(arrowRow).toEqual(rows[i]);
		}
	});
});
