/**
 * A file that fails to load is named, with why, in plain words in both languages: the server's
 * status, a broken connection, or a file that arrived incomplete (a truncated Parquet file read
 * by hyparquet; a truncated GeoJSON).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { rejection } from '../../helpers/rejection.ts';
import { describeFault } from '../../../src/lib/data/faults.svelte.ts';
import { asLoadError, diagnose, LoadError, loadFetch } from '../../../src/lib/db/load-error.ts';
import { parquetToArrow } from '../../../src/lib/db/parquet-arrow.ts';
import { TABLES } from '../../../src/lib/db/tables.ts';
import { i18n } from '../../../src/lib/i18n/lang.svelte.ts';
import { StorageError } from '../../../src/lib/storage/errors.ts';
import { DATA_DIR } from '../../sql/helpers.ts';

afterEach(() => {
	i18n.lang = 'en';
});

const answer = (status: number) => (async () => new Response('x', { status })) as typeof fetch;

describe('loadFetch', () => {
	it('names the file and the status of a refused request', async () => {
		const err = await rejection(
			loadFetch('data/results.parquet', 'http://x/', undefined, answer(404)),
			LoadError
		);
		expect(err).toBeInstanceOf(LoadError);
		expect(err.failure).toEqual({ kind: 'http', status: 404 });
		expect(describeFault(err)).toBe(
			'data/results.parquet: HTTP 404, the file is not on the server'
		);
		i18n.lang = 'hi';
		expect(describeFault(err)).toBe('data/results.parquet: HTTP 404, यह फाइल सर्वर पर नहीं है');
	});

	it('says the connection broke when fetch itself fails', async () => {
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		const err = await rejection(
			loadFetch('data/pc.geojson', 'http://x/', undefined, offline),
			LoadError
		);
		expect(err.failure.kind).toBe('network');
		expect(describeFault(err)).toBe(
			'data/pc.geojson: the connection broke before the file arrived'
		);
	});

	it('passes a good answer through', async () => {
		const res = await loadFetch('data/pc.geojson', 'http://x/', undefined, answer(206));
		expect(res.status).toBe(206);
	});

	it('diagnose asks the server why a file did not load', async () => {
		const real = globalThis.fetch;
		globalThis.fetch = answer(404);
		try {
			const err = await diagnose('duckdb-eh.wasm', 'http://x/duckdb-eh.wasm', new Error('magic'));
			expect(err.failure).toEqual({ kind: 'http', status: 404 });
			globalThis.fetch = answer(200);
			const damaged = await diagnose('duckdb-eh.wasm', 'http://x/', new Error('bad magic word'));
			expect(damaged.failure).toEqual({ kind: 'damaged', detail: 'bad magic word' });
		} finally {
			globalThis.fetch = real;
		}
	});
});

describe('incomplete files', () => {
	it('a Parquet file cut in half is "incomplete or damaged", named', async () => {
		const def = TABLES.find((t) => t.name === 'elections')!;
		const bytes = readFileSync(DATA_DIR + def.file);
		const half = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + (bytes.byteLength >> 1));
		const file = {
			byteLength: half.byteLength,
			slice: (s: number, e?: number) => half.slice(s, e)
		};
		const err = await parquetToArrow(file, def).then(
			() => null,
			(e) => asLoadError(`data/${def.file}`, e)
		);
		expect(err).toBeInstanceOf(LoadError);
		expect(err!.failure.kind).toBe('damaged');
		expect(describeFault(err)).toMatch(
			/^data\/elections\.parquet: the file arrived incomplete or damaged \(.+\)$/
		);
	});

	it('a GeoJSON cut short is "incomplete or damaged"', () => {
		let e: unknown;
		try {
			JSON.parse('{"type":"FeatureCollection","features":[{"type":');
		} catch (x) {
			e = x;
		}
		expect(asLoadError('data/pc.geojson', e).failure.kind).toBe('damaged');
	});
});

describe('storage faults in plain words', () => {
	it('in English and Hindi', () => {
		const full = new StorageError('org', 'save', 'quota', 'QuotaExceededError: x');
		expect(describeFault(full)).toBe(
			"The organisation data kept in this browser could not be saved: this browser's storage for this site is full. Nothing was changed."
		);
		i18n.lang = 'hi';
		expect(describeFault(full)).toBe(
			'इस ब्राउजर में रखे संगठन डेटा को सहेजा नहीं जा सका: इस ब्राउजर में इस साइट के लिए जगह भर गई है। कुछ नहीं बदला गया।'
		);
	});
});
