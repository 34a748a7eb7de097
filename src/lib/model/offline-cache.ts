/**
 * The pure part of the site's offline cache (src/service-worker.ts, issue 15): which cache a request
 * belongs to, which caches a new version deletes, and how a byte range is answered from a file kept
 * whole in the cache. No service-worker globals here, so Node's tests run it as the browser does.
 *
 * The Cache API keeps whole responses and does not answer Range requests, while the site reads its
 * Parquet files by byte ranges (hyparquet: a HEAD for the size, then `Range: bytes=a-b`). So the
 * service worker keeps each file whole (fetched without Range) and cuts the range out itself:
 *
 *   parseRange('bytes=0-0', 9_102_531)       → { start: 0, end: 0 }
 *   parseRange('bytes=-131072', 9_102_531)   → { start: 8_971_459, end: 9_102_530 }
 *   parseRange('bytes=9999999-', 9_102_531)  → 'unsatisfiable' (a 416, as a server answers)
 *   await rangeResponse(whole, 'bytes=4-7')   → 206, Content-Range: bytes 4-7/<size>, 4 bytes
 */

/** Cache names: one per site version, one for the engine, one per data version. */
export const CACHE_PREFIX = 'kshetra-';

export interface CacheNames {
	/** scripts, styles, fonts and the pages kept at install; replaced with every build */
	shell: string;
	/** the database engine (wasm and worker): kept on first use, pruned to the files of the build */
	engine: string;
	/** static/data files: kept on first use, versioned by the data manifest's hash */
	data: string;
}

export function cacheNames(version: string, dataHash: string): CacheNames {
	return {
		shell: `${CACHE_PREFIX}shell-${version}`,
		engine: `${CACHE_PREFIX}engine`,
		data: `${CACHE_PREFIX}data-${dataHash.slice(0, 16)}`
	};
}

/**
 * The caches a newly activated version deletes: every one of the site's caches that is not one of
 * its own (an old build's shell, data of another manifest). Other caches of the origin are left.
 */
export function staleCaches(existing: string[], current: CacheNames): string[] {
	const keep = new Set([current.shell, current.engine, current.data]);
	return existing.filter((name) => name.startsWith(CACHE_PREFIX) && !keep.has(name));
}

/** The database engine's files (DuckDB-wasm's wasm and its worker scripts): cached on first use. */
export function isEngineFile(path: string): boolean {
	return /\/duckdb-[^/]*\.wasm$|\/duckdb-browser-[^/]*\.worker[^/]*\.js$/.test(path);
}

/** What kind of file a same-origin path (below the site's base) is. */
export function kindOf(path: string, base: string): 'data' | 'engine' | 'other' {
	if (path.startsWith(`${base}/data/`)) return 'data';
	if (isEngineFile(path)) return 'engine';
	return 'other';
}

export interface ByteRange {
	start: number;
	/** inclusive, as in Content-Range */
	end: number;
}

/**
 * One range of a `Range` header for a file of `size` bytes (RFC 9110 §14.1.2): `bytes=a-b`,
 * `bytes=a-` and `bytes=-n`; an end past the file is cut to its last byte. Null when the header is
 * not one byte range this can answer (several ranges, another unit): the whole file is then sent,
 * as a server may. 'unsatisfiable' when the range starts past the end of the file.
 */
export function parseRange(header: string, size: number): ByteRange | 'unsatisfiable' | null {
	const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
	if (!m || (m[1] === '' && m[2] === '')) return null;
	if (m[1] === '') {
		const n = Number(m[2]);
		if (n === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - n), end: size - 1 };
	}
	const start = Number(m[1]);
	const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	if (m[2] !== '' && Number(m[2]) < start) return null;
	if (start >= size) return 'unsatisfiable';
	return { start, end };
}

/**
 * The headers a kept file is served with: its type and true length (none when kept as a stream,
 * whose length is known only at its end), never a Content-Encoding.
 */
export function keptHeaders(from: Headers, bytes: number | null): Headers {
	const h = new Headers();
	const type = from.get('content-type');
	if (type) h.set('content-type', type);
	for (const k of ['last-modified', 'etag']) {
		const v = from.get(k);
		if (v) h.set(k, v);
	}
	if (bytes !== null) h.set('content-length', String(bytes));
	h.set('accept-ranges', 'bytes');
	return h;
}

/**
 * The answer to `method` (GET or HEAD) with Range header `range` (or null) from a whole kept
 * response: 200 with the whole body, 206 with the slice and its Content-Range, or 416; HEAD gets
 * the same status and headers with no body.
 */
export async function rangeResponse(
	whole: Response,
	range: string | null,
	method = 'GET'
): Promise<Response> {
	// a Blob: the browser slices a kept file without reading all of it (booth_results is 9 MB)
	const body = await whole.blob();
	const size = body.size;
	const headers = keptHeaders(whole.headers, size);
	const parsed = range === null ? null : parseRange(range, size);
	const head = method === 'HEAD';
	if (parsed === 'unsatisfiable') {
		headers.set('content-range', `bytes */${size}`);
		headers.set('content-length', '0');
		return new Response(null, { status: 416, statusText: 'Range Not Satisfiable', headers });
	}
	if (parsed === null) return new Response(head ? null : body, { status: 200, headers });
	const length = parsed.end - parsed.start + 1;
	headers.set('content-range', `bytes ${parsed.start}-${parsed.end}/${size}`);
	headers.set('content-length', String(length));
	return new Response(head ? null : body.slice(parsed.start, parsed.end + 1, ''), {
		status: 206,
		statusText: 'Partial Content',
		headers
	});
}

/** SHA-256 of bytes, as lower-case hex (the data manifest's form). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One file of static/data as the data manifest lists it. */
export interface DataFile {
	file: string;
	bytes: number;
	sha256: string;
}

/**
 * Whether bytes fetched for data file `file` are the version this build was made with: the
 * manifest's SHA-256 for a listed file, the manifest's own hash for manifest.json. A file the
 * manifest does not list is kept as it comes (none is shipped today).
 */
export async function isExpectedData(
	file: string,
	bytes: ArrayBuffer,
	files: DataFile[],
	manifestHash: string
): Promise<boolean> {
	if (file === 'manifest.json') return (await sha256Hex(bytes)) === manifestHash;
	const listed = files.find((f) => f.file === file);
	if (!listed) return true;
	return bytes.byteLength === listed.bytes && (await sha256Hex(bytes)) === listed.sha256;
}
