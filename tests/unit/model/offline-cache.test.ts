/**
 * The service worker's pure part (src/lib/model/offline-cache.ts): byte ranges answered from a
 * file kept whole, cache names and which caches a new version deletes, and which fetched data
 * files are kept.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { asyncBufferFromUrl, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { describe, expect, it } from 'vitest';
import {
	cacheNames,
	isEngineFile,
	isExpectedData,
	keptHeaders,
	kindOf,
	parseRange,
	rangeResponse,
	staleCaches
} from '../../../src/lib/model/offline-cache.ts';

const dataFile = (f: string) => readFileSync(new URL(`../../../static/data/${f}`, import.meta.url));
const manifestText = dataFile('manifest.json');
const manifest = JSON.parse(manifestText.toString()) as {
	files: { file: string; bytes: number; sha256: string }[];
};
const manifestHash = createHash('sha256').update(manifestText).digest('hex');

/** A kept response as the service worker stores it: the whole file, with its type. */
const whole = (bytes: Uint8Array, type = 'application/octet-stream') =>
	new Response(bytes.slice(), { headers: { 'content-type': type } });

describe('parseRange', () => {
	it('reads the three forms of one byte range', () => {
		expect(parseRange('bytes=0-0', 100)).toEqual({ start: 0, end: 0 });
		expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
		expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
		expect(parseRange('bytes=-8', 100)).toEqual({ start: 92, end: 99 });
	});
	it('cuts an end past the file, and a suffix longer than it', () => {
		expect(parseRange('bytes=95-200', 100)).toEqual({ start: 95, end: 99 });
		expect(parseRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
	});
	it('says a range starting past the end cannot be satisfied', () => {
		expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
		expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
	});
	it('leaves what it cannot answer as one range to a whole answer', () => {
		expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
		expect(parseRange('items=0-1', 100)).toBeNull();
		expect(parseRange('bytes=9-3', 100)).toBeNull();
		expect(parseRange('bytes=-', 100)).toBeNull();
	});
});

describe('rangeResponse', () => {
	const bytes = new Uint8Array(Array.from({ length: 256 }, (_, i) => i));

	it('answers a range with 206, the slice, Content-Range and the slice’s length', async () => {
		const res = await rangeResponse(whole(bytes), 'bytes=4-7');
		expect(res.status).toBe(206);
		expect(res.headers.get('content-range')).toBe('bytes 4-7/256');
		expect(res.headers.get('content-length')).toBe('4');
		expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([4, 5, 6, 7]);
	});

	it('answers the one-byte size probe with the file’s size in Content-Range', async () => {
		const res = await rangeResponse(whole(bytes), 'bytes=0-0');
		expect(res.status).toBe(206);
		expect(res.headers.get('content-range')).toBe('bytes 0-0/256');
		expect((await res.arrayBuffer()).byteLength).toBe(1);
	});

	it('answers a HEAD with the whole file’s length and no body', async () => {
		const res = await rangeResponse(whole(bytes), null, 'HEAD');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-length')).toBe('256');
		expect(res.headers.get('accept-ranges')).toBe('bytes');
		expect((await res.arrayBuffer()).byteLength).toBe(0);
	});

	it('answers no range with the whole file, and a range past the end with 416', async () => {
		const all = await rangeResponse(whole(bytes), null);
		expect(all.status).toBe(200);
		expect((await all.arrayBuffer()).byteLength).toBe(256);
		const none = await rangeResponse(whole(bytes), 'bytes=300-');
		expect(none.status).toBe(416);
		expect(none.headers.get('content-range')).toBe('bytes */256');
	});

	it('never passes on a Content-Encoding, whose length would not be the body’s', async () => {
		const kept = new Response(bytes.slice(), {
			headers: { 'content-encoding': 'br', 'content-length': '99', 'content-type': 'x/y' }
		});
		const res = await rangeResponse(kept, 'bytes=0-9');
		expect(res.headers.get('content-encoding')).toBeNull();
		expect(res.headers.get('content-length')).toBe('10');
		expect(res.headers.get('content-type')).toBe('x/y');
	});

	it('answers from a file kept as a stream, whose kept headers have no length', async () => {
		const sent = new Headers({
			'content-encoding': 'br',
			'content-length': '99',
			'content-type': 'x/y'
		});
		const headers = keptHeaders(sent, null);
		expect([...headers.keys()].sort()).toEqual(['accept-ranges', 'content-type']);
		const stream = new Response(bytes.slice()).body!;
		const kept = new Response(stream, { headers });
		const res = await rangeResponse(kept, 'bytes=-16', 'GET');
		expect(res.status).toBe(206);
		expect(res.headers.get('content-range')).toBe('bytes 240-255/256');
		expect(res.headers.get('content-length')).toBe('16');
		expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes.slice(240));
	});

	it('lets hyparquet read a real table through it as from a server: all 403 ACs', async () => {
		const file = dataFile('acs.parquet');
		const requests: string[] = [];
		// what the service worker does for a kept file: every request answered from the whole
		const fetchFromKept = async (_url: string | URL | Request, init?: RequestInit) => {
			const range = new Headers(init?.headers).get('range');
			requests.push(`${init?.method ?? 'GET'} ${range ?? ''}`);
			return rangeResponse(whole(file), range, init?.method ?? 'GET');
		};
		const buffer = await asyncBufferFromUrl({
			url: 'http://kshetra.test/data/acs.parquet',
			fetch: fetchFromKept
		});
		expect(buffer.byteLength).toBe(file.byteLength);
		const rows = (await parquetReadObjects({ file: buffer, compressors })) as {
			ac_no: number;
		}[];
		// Uttar Pradesh has 403 assembly constituencies, numbered 1 to 403.
		expect(rows).toHaveLength(403);
		expect(new Set(rows.map((r) => Number(r.ac_no))).size).toBe(403);
		expect(requests[0]).toBe('HEAD ');
		expect(requests.slice(1).every((r) => /^GET bytes=\d+-\d+$/.test(r))).toBe(true);
	});
});

describe('cache names', () => {
	const names = cacheNames('1796541626365', manifestHash);

	it('name the data cache by the manifest’s hash, the shell by the build', () => {
		expect(names.data).toBe(`kshetra-data-${manifestHash.slice(0, 16)}`);
		expect(names.shell).toBe('kshetra-shell-1796541626365');
		expect(cacheNames('2', manifestHash).data).toBe(names.data);
		expect(cacheNames('1796541626365', 'f'.repeat(64)).data).not.toBe(names.data);
	});

	it('a new build deletes the old shell and old data, keeps the engine and others’ caches', () => {
		const next = cacheNames('1796541999999', 'ab'.repeat(32));
		const existing = [names.shell, names.engine, names.data, 'another-app-cache'];
		expect(staleCaches(existing, next)).toEqual([names.shell, names.data]);
		expect(staleCaches([...existing, next.shell, next.data], names)).toEqual([
			next.shell,
			next.data
		]);
		expect(staleCaches(existing, names)).toEqual([]);
	});

	it('tell data, the engine and the rest apart', () => {
		expect(kindOf('/data/booths.parquet', '')).toBe('data');
		expect(kindOf('/site/data/seat/43.geojson', '/site')).toBe('data');
		expect(kindOf('/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm', '')).toBe('engine');
		expect(isEngineFile('/_app/immutable/assets/duckdb-browser-eh.worker.hQa-dcAV.js')).toBe(true);
		expect(isEngineFile('/_app/immutable/assets/duckdb-worker-guard.Bx1.js')).toBe(false);
		expect(kindOf('/seat/43/', '')).toBe('other');
	});
});

describe('isExpectedData', () => {
	it('keeps a file whose SHA-256 is the manifest’s, and not another release’s', async () => {
		const acs = dataFile('acs.parquet');
		const ab = acs.buffer.slice(acs.byteOffset, acs.byteOffset + acs.byteLength);
		expect(await isExpectedData('acs.parquet', ab, manifest.files, manifestHash)).toBe(true);
		const changed = new Uint8Array(ab.slice(0));
		changed[100] ^= 1;
		expect(await isExpectedData('acs.parquet', changed.buffer, manifest.files, manifestHash)).toBe(
			false
		);
		const m = manifestText.buffer.slice(
			manifestText.byteOffset,
			manifestText.byteOffset + manifestText.byteLength
		);
		expect(await isExpectedData('manifest.json', m, manifest.files, manifestHash)).toBe(true);
		expect(await isExpectedData('manifest.json', ab, manifest.files, manifestHash)).toBe(false);
	});
});
