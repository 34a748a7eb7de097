/**
 * The engine's download progress: bytes counted as they arrive, against the file's size; from a
 * host that compresses the wasm (its Content-Length is then the compressed length, while the body
 * is read uncompressed) the size shipped is used instead. Served here is the real engine file.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolveObjectURL } from 'node:buffer';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rejection } from '../../helpers/rejection.ts';
import { describeFault } from '../../../src/lib/data/faults.svelte.ts';
import { LoadError } from '../../../src/lib/db/load-error.ts';
import { fetchEngine } from '../../../src/lib/db/engine-download.ts';

const path = createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
const URL_ = 'http://127.0.0.1/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm';

/** The file's bytes as a stream of 64 KiB chunks, as a network read gives them. */
function body(bytes: Uint8Array, failAt?: number): ReadableStream<Uint8Array> {
	let at = 0;
	return new ReadableStream({
		pull(c) {
			if (failAt !== undefined && at >= failAt) return c.error(new TypeError('network error'));
			if (at >= bytes.length) return c.close();
			c.enqueue(bytes.subarray(at, (at += 65536)));
		}
	});
}

describe('fetchEngine', () => {
	const bytes = new Uint8Array(readFileSync(path));
	const size = statSync(path).size;

	it('counts every byte against the Content-Length, and hands over the whole file', async () => {
		const seen: [number, number][] = [];
		const serve = (async () =>
			new Response(body(bytes), {
				headers: { 'content-length': String(size), 'content-type': 'application/wasm' }
			})) as typeof fetch;
		const url = await fetchEngine(URL_, size, (l, t) => seen.push([l, t]), serve);
		expect(seen[0]).toEqual([0, size]);
		expect(seen.at(-1)).toEqual([size, size]);
		expect(seen.length).toBe(Math.ceil(size / 65536) + 1);
		expect(seen.every(([l], i) => i === 0 || l > seen[i - 1][0])).toBe(true);
		const blob = resolveObjectURL(url)!;
		expect(blob.size).toBe(size);
		expect(blob.type).toBe('application/wasm');
		URL.revokeObjectURL(url);
	});

	it('from a host that gzips the wasm: the size shipped, not the compressed length', async () => {
		const compressed = gzipSync(bytes, { level: 6 }).length;
		expect(compressed).toBeLessThan(size / 2);
		const seen: [number, number][] = [];
		// The browser decodes the body; the headers still give the compressed length.
		const serve = (async () =>
			new Response(body(bytes), {
				headers: { 'content-length': String(compressed), 'content-encoding': 'gzip' }
			})) as typeof fetch;
		await fetchEngine(URL_, size, (l, t) => seen.push([l, t]), serve);
		expect(seen.at(-1)).toEqual([size, size]);
	});

	it('names the file when the server refuses it or the connection breaks', async () => {
		const refuse = (async () => new Response('x', { status: 404 })) as typeof fetch;
		const err = await rejection(
			fetchEngine(URL_, size, () => {}, refuse),
			LoadError
		);
		expect(err).toBeInstanceOf(LoadError);
		expect(describeFault(err)).toBe(
			'duckdb-eh.9ubY-jlA.wasm: HTTP 404, the file is not on the server'
		);
		const cut = (async () =>
			new Response(body(bytes, 10 * 65536), {
				headers: { 'content-length': String(size) }
			})) as typeof fetch;
		const broken = await rejection(
			fetchEngine(URL_, size, () => {}, cut),
			LoadError
		);
		expect(broken).toBeInstanceOf(LoadError);
		expect(describeFault(broken)).toMatch(/^duckdb-eh\.9ubY-jlA\.wasm: /);
	});
});
