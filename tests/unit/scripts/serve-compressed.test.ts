/**
 * scripts/serve.ts with the build's precompressed copies (scripts/compress.ts): a plain full GET
 * gets the brotli or gzip copy the request accepts, HEAD and Range requests the file's own bytes
 * and length (a Parquet reader finds the footer from the length HEAD gives), every answer
 * Vary: Accept-Encoding. Checked byte for byte on a real server on a free port.
 */
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { asyncBufferFromUrl, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressDir, MIN_SAVING } from '../../../scripts/compress.ts';
import { acceptedEncodings, serveStatic } from '../../../scripts/serve.ts';

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function get(
	base: string,
	path: string,
	headers: Record<string, string> = {},
	method = 'GET'
): Promise<Answer> {
	return new Promise((ok, fail) => {
		// A connection of its own (agent: false): Node 20's global agent keeps sockets alive, and one
		// reused just as the server's keep-alive timeout (5 s) closed it answered ECONNRESET on a
		// loaded machine (load average 12-14, issue 16).
		const req = request(base + path, { method, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', fail);
		});
		req.on('error', fail);
		req.end();
	});
}

const dir = mkdtempSync(join(tmpdir(), 'kshetra-serve-'));
const page = join(dir, 'seat/43/index.html');
const geo = join(dir, 'data/seat/43.geojson');
const parquet = join(dir, 'data/results.parquet');
let base = '';
let close = () => {};
let compressed: Awaited<ReturnType<typeof compressDir>> = [];
let parquetCopies: string[] = [];

beforeAll(async () => {
	mkdirSync(join(page, '..'), { recursive: true });
	mkdirSync(join(geo, '..'), { recursive: true });
	writeFileSync(
		page,
		'<!doctype html><title>Kanpur (PC 43) · Kshetra</title>' +
			'<p>Satyadev Pachauri (BJP) 4,68,937 votes</p>'.repeat(40)
	);
	copyFileSync('static/data/seat/43.geojson', geo);
	copyFileSync('static/data/results.parquet', parquet);
	compressed = await compressDir(dir, { cache: false });
	parquetCopies = ['br', 'gz'].filter((c) => existsSync(`${parquet}.${c}`));
	// compress.ts writes no copy of Parquet; a host may still hold one: the reader must get the
	// file's own length and footer whatever copy sits beside it.
	writeFileSync(`${parquet}.br`, brotliCompressSync(readFileSync(parquet)));
	const server = await serveStatic(dir, 0);
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	close = () => server.close();
});
afterAll(() => {
	close();
	rmSync(dir, { recursive: true, force: true });
});

describe('compress.ts: the copies it writes', () => {
	it('writes .br and .gz that decompress to the file, none that saves under 5%, none of Parquet', () => {
		const html = compressed.find((c) => c.file === 'seat/43/index.html')!;
		expect(html.br).toBe(readFileSync(`${page}.br`).length);
		expect(brotliDecompressSync(readFileSync(`${page}.br`))).toEqual(readFileSync(page));
		expect(gunzipSync(readFileSync(`${page}.gz`))).toEqual(readFileSync(page));
		expect(html.br! / html.raw).toBeLessThan(0.2);
		// Parquet is sent as it is (ZSTD pages; read only by byte ranges)
		expect(compressed.map((c) => c.file)).not.toContain('data/results.parquet');
		expect(parquetCopies).toEqual([]);
		for (const c of compressed)
			for (const size of [c.br, c.gz])
				if (size !== null) expect(size).toBeLessThanOrEqual(c.raw * (1 - MIN_SAVING));
	});
});

describe('serve.ts: precompressed copies', () => {
	it('a full GET accepting br gets the brotli copy, with its length and Vary', async () => {
		const a = await get(base, '/seat/43/', { 'accept-encoding': 'gzip, deflate, br, zstd' });
		expect(a.status).toBe(200);
		expect(a.headers['content-encoding']).toBe('br');
		expect(a.headers['vary']).toBe('Accept-Encoding');
		expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(Number(a.headers['content-length'])).toBe(readFileSync(`${page}.br`).length);
		expect(brotliDecompressSync(a.body)).toEqual(readFileSync(page));
	});

	it('gzip when brotli is not accepted (or refused with q=0)', async () => {
		for (const ae of ['gzip', 'br;q=0, gzip;q=0.8']) {
			const a = await get(base, '/data/seat/43.geojson', { 'accept-encoding': ae });
			expect(a.headers['content-encoding'], ae).toBe('gzip');
			expect(a.headers['content-type']).toBe('application/geo+json');
			expect(gunzipSync(a.body)).toEqual(readFileSync(geo));
		}
	});

	it('the file itself without Accept-Encoding, still with Vary', async () => {
		const a = await get(base, '/data/seat/43.geojson');
		expect(a.headers['content-encoding']).toBeUndefined();
		expect(a.headers['vary']).toBe('Accept-Encoding');
		expect(a.body).toEqual(readFileSync(geo));
	});

	it('HEAD answers the file’s own length, never the copy’s', async () => {
		for (const path of ['/data/results.parquet', '/seat/43/']) {
			const a = await get(base, path, { 'accept-encoding': 'br, gzip' }, 'HEAD');
			const raw = readFileSync(path === '/seat/43/' ? page : parquet).length;
			expect(a.status).toBe(200);
			expect(a.headers['content-encoding']).toBeUndefined();
			expect(Number(a.headers['content-length'])).toBe(raw);
			expect(a.headers['vary']).toBe('Accept-Encoding');
		}
	});

	it('a Range request gets the file’s own bytes: the Parquet footer ends in PAR1', async () => {
		const raw = readFileSync(parquet);
		const a = await get(base, '/data/results.parquet', {
			'accept-encoding': 'br, gzip',
			range: `bytes=${raw.length - 8}-${raw.length - 1}`
		});
		expect(a.status).toBe(206);
		expect(a.headers['content-encoding']).toBeUndefined();
		expect(a.headers['content-range']).toBe(
			`bytes ${raw.length - 8}-${raw.length - 1}/${raw.length}`
		);
		expect(a.body).toEqual(raw.subarray(raw.length - 8));
		expect(a.body.subarray(4).toString('latin1')).toBe('PAR1');
	});

	it('hyparquet reads the file through the server (HEAD, then ranges) with a .br beside it', async () => {
		const file = await asyncBufferFromUrl({
			url: base + '/data/results.parquet',
			fetch: (url, init) =>
				fetch(url, { ...init, headers: { ...init?.headers, 'accept-encoding': 'br, gzip' } })
		});
		expect(file.byteLength).toBe(readFileSync(parquet).length);
		const rows = await parquetReadObjects({
			file,
			columns: ['election_id', 'level', 'pc_no', 'candidate', 'votes'],
			compressors
		});
		const winner = rows.find(
			(r) =>
				r.election_id === 'LS2019' &&
				r.level === 'PC' &&
				r.pc_no === 43 &&
				/Satyadev Pachauri/i.test(String(r.candidate))
		);
		// ECI, Kanpur 2019: Satyadev Pachauri 4,68,937 votes with postal
		expect(Number(winner?.votes)).toBe(468937);
	});

	it('a conditional GET of the copy gets 304 with its ETag', async () => {
		const a = await get(base, '/seat/43/', { 'accept-encoding': 'br' });
		const etag = String(a.headers['etag']);
		expect(etag).toMatch(/-br"$/);
		const b = await get(base, '/seat/43/', { 'accept-encoding': 'br', 'if-none-match': etag });
		expect(b.status).toBe(304);
		expect(b.body.length).toBe(0);
	});

	it('reads Accept-Encoding with q-values', () => {
		const a = acceptedEncodings('gzip;q=1.0, br;q=0');
		expect([a('br'), a('gzip')]).toEqual([false, true]);
		const b = acceptedEncodings('*');
		expect([b('br'), b('gzip')]).toEqual([true, true]);
		const c = acceptedEncodings(undefined);
		expect([c('br'), c('gzip')]).toEqual([false, false]);
	});
});
