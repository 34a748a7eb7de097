/**
 * The database engine's download, counted: DuckDB-wasm's wasm file (34 MB) is fetched here, its
 * bytes counted as they arrive, and handed to DuckDB-wasm as a blob: URL to compile.
 *
 * Why not DuckDB-wasm's own download report (instantiate's progress callback)? Measured on the
 * built site with Chromium's network throttling at 10 and 40 Mbit/s, it stayed silent for the
 * first 7.7 MB (6–7 s at 10 Mbit/s: a bar with nothing on it), and it takes the Content-Length for
 * the file's size, which from a host that compresses the file is the compressed length while the
 * bytes counted are uncompressed ("34.2 of 8.9 MB"). Counting here costs the overlap of download
 * and compilation (about 0.5–1.5 s more on those slow lines, nothing measurable unthrottled) and
 * shows progress from the first byte.
 *
 *   fetchEngine(url, 34_242_586, (loaded, total) => …) → 'blob:http://…' (revoke it once compiled)
 */
import { asLoadError, loadFetch } from './load-error.ts';

const fileName = (url: string) => new URL(url, 'http://x/').pathname.split('/').pop() || url;

/**
 * `size` is the file's size as shipped (vite.config.ts): used when the response's length is not
 * the file's (Content-Encoding) or is missing. Every failure is a LoadError naming the file.
 */
export async function fetchEngine(
	url: string,
	size: number,
	progress: (loaded: number, total: number) => void,
	fetchFn: typeof fetch = globalThis.fetch
): Promise<string> {
	const name = fileName(url);
	const res = await loadFetch(name, url, undefined, fetchFn);
	const length = Number(res.headers.get('content-length'));
	const total = !res.headers.get('content-encoding') && length > 0 ? length : size;
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	progress(0, total);
	try {
		const reader = res.body!.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			loaded += value.byteLength;
			progress(loaded, total);
		}
	} catch (e) {
		throw asLoadError(name, e);
	}
	return URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'application/wasm' }));
}
