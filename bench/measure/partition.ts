/**
 * Row 10: partitioning. Opening one AC's booths must fetch the same bytes however many ACs the
 * booth files hold. Two ways of counting:
 *
 * - in the browser: the Parquet range requests to booths.parquet and booth_results.parquet when
 *   Sishamau (213) is opened from the seat page (the segments table's link);
 * - from the files: the bytes the site's own reader (acToArrow in src/lib/db/parquet-arrow.ts,
 *   over hyparquet's cachedAsyncBuffer, exactly as duckdb-browser.ts uses it) asks for, counted by
 *   an AsyncBuffer over the local file, for the real files and for synthetic files with every row
 *   repeated `scale` times under new AC numbers (ac_no + 1000·k, so `scale` times as many ACs),
 *   written with @duckdb/node-api in the pipeline's order and row-group sizes (data/pipeline/run.ts).
 *   Every AC is counted from the Parquet metadata (the row groups whose ac_no range holds it);
 *   AC 213 is also read for real to check that count.
 */
import { mkdtempSync, openSync, readSync, rmSync, statSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { cachedAsyncBuffer, type FileMetaData } from 'hyparquet';
import { acRowRanges, acToArrow, footerOf } from '../../src/lib/db/parquet-arrow.ts';
import { TABLES, type TableDef } from '../../src/lib/db/tables.ts';
import { marks, waitForNewPaint, type Session } from '../lib/browser.ts';
import { summarize, type Summary } from '../lib/stats.ts';
import { boothKey, clickLink } from './ac-open.ts';

const FILES = [
	{ table: 'booths', order: 'ac_no, election_id, part_no', rowGroup: 10_240 },
	{
		table: 'booth_results',
		order: 'ac_no, election_id, part_no, votes DESC, candidate',
		rowGroup: 20_480
	}
];

/** An AsyncBuffer over a local file that counts the bytes it is asked for. */
interface CountingFile {
	byteLength: number;
	bytes: number;
	slice(start: number, end?: number): ArrayBuffer;
	close(): void;
}

function countingFile(path: string): CountingFile {
	const fd = openSync(path, 'r');
	const f: CountingFile = {
		byteLength: statSync(path).size,
		bytes: 0,
		slice(start, end) {
			const n = (end ?? f.byteLength) - start;
			const buf = Buffer.alloc(n);
			readSync(fd, buf, 0, n, start);
			f.bytes += n;
			return buf.buffer.slice(buf.byteOffset, buf.byteOffset + n);
		},
		close: () => closeSync(fd)
	};
	return f;
}

/** A Parquet file's footer: its metadata's length (the 4 bytes before "PAR1") plus those 8 bytes. */
function footerLength(path: string): number {
	const fd = openSync(path, 'r');
	try {
		const tail = Buffer.alloc(8);
		readSync(fd, tail, 0, 8, statSync(path).size - 8);
		return tail.readUInt32LE(0) + 8;
	} finally {
		closeSync(fd);
	}
}

/** Bytes of the column chunks of the row groups that hold `ac` (all columns: the site reads all). */
function chunkBytes(meta: FileMetaData, ac: number): number {
	let start = 0;
	let bytes = 0;
	const ranges = acRowRanges(meta, ac);
	for (const rg of meta.row_groups) {
		const rows = Number(rg.num_rows);
		if (ranges.some(([a, b]) => start < b && start + rows > a))
			for (const c of rg.columns) bytes += Number(c.meta_data!.total_compressed_size);
		start += rows;
	}
	return bytes;
}

export interface FileCount {
	file: string;
	size: number;
	rowGroups: number;
	acs: number;
	/** bytes the reader fetched to open AC 213 (metadata read included) */
	ac213: number;
	/** the same, from the metadata alone, for every AC */
	perAc: Summary;
	footerRead: number;
	/** the Parquet footer's actual length (metadata + 8 bytes) */
	footerSize: number;
}

async function countFile(path: string): Promise<FileCount> {
	const table = FILES.find((f) => path.endsWith(`${f.table}.parquet`))!.table;
	const def = TABLES.find((t) => t.name === table)!;
	const raw = countingFile(path);
	try {
		return await count(path, raw, def);
	} finally {
		raw.close();
	}
}

async function count(path: string, raw: CountingFile, def: TableDef): Promise<FileCount> {
	const file = cachedAsyncBuffer(raw);
	const meta = await footerOf(file);
	const footerRead = raw.bytes;
	await acToArrow(file, def, 213);
	const ac213 = raw.bytes;
	const check = footerRead + chunkBytes(meta, 213);
	if (Math.abs(check - ac213) > 0.02 * ac213)
		throw new Error(
			`${path}: metadata says ${check} bytes for AC 213, the reader fetched ${ac213}`
		);
	const acs = new Set<number>();
	for (const rg of meta.row_groups) {
		const st = rg.columns.find((c) => c.meta_data?.path_in_schema[0] === 'ac_no')!.meta_data!
			.statistics!;
		for (let a = Number(st.min_value ?? st.min); a <= Number(st.max_value ?? st.max); a++)
			acs.add(a);
	}
	const validAcs = [...acs].filter((a) => a % 1000 >= 1 && a % 1000 <= 403);
	return {
		file: path,
		size: raw.byteLength,
		rowGroups: meta.row_groups.length,
		acs: validAcs.length,
		ac213,
		perAc: summarize(validAcs.map((a) => footerRead + chunkBytes(meta, a))),
		footerRead,
		footerSize: footerLength(path)
	};
}

/** booths.parquet and booth_results.parquet with every row repeated `scale` times under new ACs. */
async function writeScaled(dataDir: string, scale: number, outDir: string) {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	try {
		for (const f of FILES) {
			const src = resolve(dataDir, `${f.table}.parquet`).replace(/'/g, "''");
			const copies = Array.from(
				{ length: scale },
				(_, k) => `SELECT * REPLACE (ac_no + ${k * 1000} AS ac_no) FROM read_parquet('${src}')`
			).join(' UNION ALL ');
			await conn.run(
				`COPY (SELECT * FROM (${copies}) ORDER BY ${f.order}) TO '${join(outDir, f.table + '.parquet')}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${f.rowGroup})`
			);
		}
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

export interface Partition {
	real: FileCount[];
	scaled: FileCount[];
	scale: number;
}

export async function partitionFromFiles(dataDir: string, scale: number): Promise<Partition> {
	const tmp = mkdtempSync(join(tmpdir(), 'kshetra-bench-'));
	try {
		await writeScaled(dataDir, scale, tmp);
		const real: FileCount[] = [];
		const scaled: FileCount[] = [];
		for (const f of FILES) {
			real.push(await countFile(join(dataDir, `${f.table}.parquet`)));
			scaled.push(await countFile(join(tmp, `${f.table}.parquet`)));
		}
		return { real, scaled, scale };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

/**
 * The booth Parquet requests when Sishamau is opened from the seat page (its segments table's
 * link), on a session whose seat page has just become interactive (the first cold run's).
 */
export async function partitionInBrowser(s: Session) {
	{
		const t0 = await clickLink(s, '[data-testid="segments-table"] a[href*="/ac/213/"]');
		const { t: t1 } = await waitForNewPaint(s.page, boothKey(213), t0, 30_000, '/ac/213/');
		await s.net.settle();
		s.net.assertClean('seat → AC');
		const epoch = (await marks(s.page)).origin + t0;
		const requests = s.net.entries
			.filter((e) => e.end >= epoch && /\/(booths|booth_results)\.parquet$/.test(e.path))
			.map((e) => ({ path: e.path, range: e.range ?? '(whole file / HEAD)', bytes: e.bytes }));
		return { ms: t1 - t0, requests, bytes: requests.reduce((a, r) => a + r.bytes, 0) };
	}
}
