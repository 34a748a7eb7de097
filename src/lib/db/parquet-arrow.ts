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
	parquetRead,
	parquetReadObjects,
	type AsyncBuffer,
	type ColumnData,
	type FileMetaData
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Table, type Vector } from 'apache-arrow';
import { numericVector, utf8Vector, type NumericColumn } from './arrow-columns.ts';
import type { ColumnType, TableDef } from './tables.ts';

export async function parquetToArrow(file: AsyncBuffer, def: TableDef): Promise<Table> {
	const metadata = await footerOf(file);
	const columns = await readColumns(file, def, metadata, [[0, Number(metadata.num_rows)]]);
	return new Table(Object.fromEntries(columns.map((c) => [c.name, c.vector()])));
}

/** One column of the rows read, filled chunk by chunk: typed values (numbers) or strings. */
export class ColumnBuffer {
	readonly values: NumericColumn | (string | null)[];
	/** rows written so far: every row of the ranges must be, else the file lacks them */
	filled = 0;
	constructor(
		readonly name: string,
		type: ColumnType,
		length: number
	) {
		this.values =
			type === 'INTEGER'
				? { data: new Int32Array(length), valid: new Uint8Array((length + 7) >> 3), nulls: 0 }
				: type === 'DOUBLE'
					? { data: new Float64Array(length), valid: new Uint8Array((length + 7) >> 3), nulls: 0 }
					: new Array<string | null>(length).fill(null);
	}
	/** Copies a chunk's values at file rows [from, to) to rows at `at` onwards. */
	put(chunk: ColumnData, from: number, to: number, at: number) {
		const src = chunk.columnData as ArrayLike<unknown>;
		const v = this.values;
		if (Array.isArray(v))
			for (let r = from; r < to; r++) v[at++] = (src[r - chunk.rowStart] as string | null) ?? null;
		else
			for (let r = from; r < to; r++, at++) {
				const x = src[r - chunk.rowStart];
				if (x === null || x === undefined) v.nulls++;
				else {
					v.data[at] = typeof x === 'bigint' ? Number(x) : (x as number);
					v.valid[at >> 3] |= 1 << (at & 7);
				}
			}
		this.filled += to - from;
	}
	vector(keep?: Int32Array): Vector {
		const v = this.values;
		if (Array.isArray(v)) return utf8Vector(keep ? Array.from(keep, (i) => v[i]) : v);
		return numericVector(v, keep);
	}
}

/**
 * The table's columns over the given row ranges of the file, read chunk by chunk straight into one
 * array per column. Reading row objects (hyparquet's parquetReadObjects) made one object per row:
 * 2.37 million of them for UP's booth results, garbage of about 130 MB at the whole state's load
 * (issue 15). A column the file lacks is named, as before.
 */
export async function readColumns(
	file: AsyncBuffer,
	def: TableDef,
	metadata: FileMetaData,
	ranges: [number, number][]
): Promise<ColumnBuffer[]> {
	const names = Object.keys(def.columns);
	const inFile = new Set(metadata.schema.map((e) => e.name));
	for (const name of names)
		if (!inFile.has(name))
			throw new Error(`${def.file}: column "${name}" is missing; re-run npm run data`);
	const total = ranges.reduce((n, [a, b]) => n + b - a, 0);
	const columns = names.map((name) => new ColumnBuffer(name, def.columns[name], total));
	const byName = new Map(columns.map((c) => [c.name, c]));
	let offset = 0; // where the current range's rows start in the columns
	for (const [rowStart, rowEnd] of ranges) {
		const at = offset;
		await parquetRead({
			file,
			metadata,
			columns: names,
			rowStart,
			rowEnd,
			compressors,
			onChunk: (chunk) => {
				const from = Math.max(chunk.rowStart, rowStart);
				const to = Math.min(chunk.rowEnd, rowEnd);
				if (to > from) byName.get(chunk.columnName)?.put(chunk, from, to, at + from - rowStart);
			}
		});
		offset += rowEnd - rowStart;
	}
	for (const c of columns)
		if (c.filled !== total)
			throw new Error(
				`${def.file}: column "${c.name}" has ${c.filled} of ${total} rows; re-run npm run data`
			);
	return columns;
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
	const columns = await readColumns(file, def, metadata, acRowRanges(metadata, ac));
	// a row group may hold the ends of the ACs before and after this one
	const acNo = columns.find((c) => c.name === 'ac_no')!.values as NumericColumn;
	const keep: number[] = [];
	for (let i = 0; i < acNo.data.length; i++)
		if (acNo.data[i] === ac && acNo.valid[i >> 3] & (1 << (i & 7))) keep.push(i);
	const rows = Int32Array.from(keep);
	return new Table(Object.fromEntries(columns.map((c) => [c.name, c.vector(rows)])));
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
