/**
 * Reads Parquet with hyparquet (pure JS; DuckDB-wasm would have to download its parquet
 * extension from the internet, which Kshetra never does) into Apache Arrow tables with the column
 * types of tables.ts, ready for DuckDB-wasm's insertArrowTable. Runs in Node too, which is how
 * tests check that the browser sees the same rows as Node's DuckDB.
 *
 * Tables sorted by AC can be read one AC at a time: acRowRanges() picks the row groups whose
 * ac_no statistics include the AC, so only those byte ranges are fetched.
 *
 *   const table = await parquetToArrow(file, TABLES[0]);   // file: a hyparquet AsyncBuffer
 *   table.numRows → 45064
 */
import {
	parquetMetadataAsync,
	parquetReadObjects,
	type AsyncBuffer,
	type FileMetaData
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Table } from 'apache-arrow';
import { float64Vector, int32Vector, utf8Vector } from './arrow-columns.ts';
import type { TableDef } from './tables.ts';

/** Rows as Arrow, typed by the table definition. */
export function rowsToArrow(rows: Record<string, unknown>[], def: TableDef): Table {
	const names = Object.keys(def.columns);
	const vectors = Object.fromEntries(
		names.map((name) => {
			const values = rows.map((r) => {
				const v = r[name];
				if (v === undefined)
					throw new Error(`${def.file}: column "${name}" is missing; re-run npm run data`);
				return typeof v === 'bigint' ? Number(v) : v;
			});
			const type = def.columns[name];
			const vector =
				type === 'INTEGER'
					? int32Vector(values as (number | null)[])
					: type === 'DOUBLE'
						? float64Vector(values as (number | null)[])
						: utf8Vector(values as (string | null)[]);
			return [name, vector];
		})
	);
	return new Table(vectors);
}

export async function parquetToArrow(file: AsyncBuffer, def: TableDef): Promise<Table> {
	const rows = (await parquetReadObjects({
		file,
		columns: Object.keys(def.columns),
		compressors
	})) as Record<string, unknown>[];
	return rowsToArrow(rows, def);
}

/** [rowStart, rowEnd) of the row groups whose ac_no range includes `ac`, merged when adjacent. */
export function acRowRanges(metadata: FileMetaData, ac: number): [number, number][] {
	const ranges: [number, number][] = [];
	let start = 0;
	for (const rg of metadata.row_groups) {
		const rows = Number(rg.num_rows);
		const col = rg.columns.find((c) => c.meta_data?.path_in_schema.join('.') === 'ac_no');
		const stats = col?.meta_data?.statistics;
		const min = Number(stats?.min_value ?? stats?.min ?? -Infinity);
		const max = Number(stats?.max_value ?? stats?.max ?? Infinity);
		if (ac >= min && ac <= max) {
			const last = ranges.at(-1);
			if (last && last[1] === start) last[1] = start + rows;
			else ranges.push([start, start + rows]);
		}
		start += rows;
	}
	return ranges;
}

/**
 * How much of a file's end to fetch for its footer. hyparquet's default (512 kB) is five times
 * the footers Kshetra ships (booth_results about 116 kB since AE2017 booths cover 399 ACs), so
 * opening the first AC fetched 1 MB of which 0.9 MB was never read; a footer longer than this
 * costs one more request, not a failure (parquet-arrow.test.ts checks it fits).
 */
export const FOOTER_FETCH = 128 * 1024;

const footers = new WeakMap<AsyncBuffer, Promise<FileMetaData>>();
/** A file's footer, read and parsed once per buffer (every AC opened reads the same one). */
export function footerOf(file: AsyncBuffer): Promise<FileMetaData> {
	let m = footers.get(file);
	if (!m) {
		m = parquetMetadataAsync(file, { initialFetchSize: FOOTER_FETCH });
		m.catch(() => footers.delete(file)); // a failed read is tried again next time
		footers.set(file, m);
	}
	return m;
}

/** The rows of one AC from a table sorted by AC, reading only the row groups that hold it. */
export async function acToArrow(file: AsyncBuffer, def: TableDef, ac: number): Promise<Table> {
	const metadata = await footerOf(file);
	const rows: Record<string, unknown>[] = [];
	for (const [rowStart, rowEnd] of acRowRanges(metadata, ac)) {
		const part = (await parquetReadObjects({
			file,
			metadata,
			columns: Object.keys(def.columns),
			rowStart,
			rowEnd,
			compressors
		})) as Record<string, unknown>[];
		for (const r of part) if (r.ac_no === ac) rows.push(r);
	}
	return rowsToArrow(rows, def);
}

/**
 * The booth numbers of each AC in one election, from the booths file: only its election_id, ac_no
 * and part_no columns are read (a few hundred kB of the file's 4 MB), whatever the number of ACs.
 */
export async function boothNumbersOf(
	file: AsyncBuffer,
	election: string
): Promise<Map<number, number[]>> {
	const rows = (await parquetReadObjects({
		file,
		metadata: await footerOf(file),
		columns: ['election_id', 'ac_no', 'part_no'],
		compressors
	})) as { election_id: string; ac_no: number; part_no: number }[];
	const out = new Map<number, number[]>();
	for (const r of rows) {
		if (r.election_id !== election) continue;
		const ac = Number(r.ac_no);
		let parts = out.get(ac);
		if (!parts) out.set(ac, (parts = []));
		parts.push(Number(r.part_no));
	}
	for (const parts of out.values()) parts.sort((a, b) => a - b);
	return out;
}
