/**
 * The browser reads Parquet with hyparquet into Arrow tables (DuckDB-wasm cannot load its parquet
 * extension offline). This checks that path against DuckDB's own Parquet reader on the same
 * files: same row count, same values, same types.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db.ts';
import {
	acRowRanges,
	acToArrow,
	boothNumbersOf,
	FOOTER_FETCH,
	parquetToArrow
} from '../../../src/lib/db/parquet-arrow.ts';
import { parquetMetadata } from 'hyparquet';
import type { Table } from 'apache-arrow';
import { TABLES } from '../../../src/lib/db/tables.ts';
import { DATA_DIR, openDb } from '../../sql/helpers.ts';

let db: Db;
beforeAll(async () => {
	db = await openDb();
});
afterAll(() => db.close());

/** Every row of an Arrow table as a plain object. */
function rowsOf(table: Table): unknown[] {
	const out: unknown[] = [];
	for (let i = 0; i < table.numRows; i++) out.push(table.get(i)!.toJSON());
	return out;
}

function fileOf(file: string) {
	const bytes = readFileSync(DATA_DIR + file);
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	return {
		byteLength: buffer.byteLength,
		slice: (s: number, e?: number) => buffer.slice(s, e),
		buffer
	};
}

describe.each(TABLES.filter((t) => t.byAc))('$name, one AC at a time', (def) => {
	it('reads only the row groups holding the AC, and exactly its rows', async () => {
		const file = fileOf(def.file);
		const meta = parquetMetadata(file.buffer);
		const ranges = acRowRanges(meta, 213);
		const rowsRead = ranges.reduce((s, [a, b]) => s + b - a, 0);
		const largestGroup = Math.max(...meta.row_groups.map((g) => Number(g.num_rows)));
		expect(rowsRead).toBeLessThanOrEqual(2 * largestGroup);
		expect(rowsRead).toBeLessThan(Number(meta.num_rows) / 5);
		const table = await acToArrow(file, def, 213);
		const rows = await db.query<Record<string, unknown>>(
			`SELECT * FROM "${def.name}" WHERE ac_no = 213`
		);
		expect(table.numRows).toBe(rows.length);
		// every row and column, nulls included (a row group also holds the ends of ACs 212 and 214)
		expect(rowsOf(table)).toEqual(rows);
		expect(table.schema.fields.map((f) => f.name)).toEqual(Object.keys(def.columns));
	});
});

describe.each(TABLES.filter((t) => t.byAc))('$name, bytes fetched', (def) => {
	it("reads the footer once with one small request, then only the AC's row groups", async () => {
		const file = fileOf(def.file);
		const asked: [number, number][] = [];
		const counting = {
			byteLength: file.byteLength,
			slice: (s: number, e?: number) => {
				asked.push([s, e ?? file.byteLength]);
				return file.slice(s, e);
			}
		};
		await acToArrow(counting, def, 213);
		const [first] = asked;
		// the footer: the file's last FOOTER_FETCH bytes (hyparquet's default would be 512 kB)
		expect(first).toEqual([file.byteLength - FOOTER_FETCH, file.byteLength]);
		const meta = parquetMetadata(file.buffer);
		const footer = new DataView(file.buffer).getUint32(file.byteLength - 8, true);
		expect(footer + 8).toBeLessThanOrEqual(FOOTER_FETCH); // so one request was enough
		const footerReads = () => asked.filter(([s]) => s >= file.byteLength - FOOTER_FETCH).length;
		expect(footerReads()).toBe(1);
		// a second AC parses the same footer again without fetching it
		await acToArrow(counting, def, 214);
		expect(footerReads()).toBe(1);
		expect(meta.row_groups.length).toBeGreaterThan(1);
	});
});

describe.each(TABLES.filter((t) => !t.byAc))('$name', (def) => {
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
		expect(rowsOf(table)).toEqual(rows);
	});
});

describe('booth numbers of every AC in one election (import checks)', () => {
	it.each(['LS2014', 'AE2017'])('%s: the same numbers as DuckDB reads', async (election) => {
		const file = fileOf('booths.parquet');
		const read = await boothNumbersOf(file, election);
		const expected = await db.boothNumbers(election);
		// AE2017: every AC but the four whose Form 20 cannot be read (192, 193, 194, 402)
		expect(read.size).toBe(election === 'LS2014' ? 403 : 399);
		const sorted = (m: Map<number, number[]>) => [...m.entries()].sort((a, b) => a[0] - b[0]);
		expect(sorted(read)).toEqual(sorted(expected));
	});
});
