/**
 * A file of the site that could not be loaded, and why, in terms a user can act on: the server
 * does not have it (HTTP status), the connection broke, or it arrived incomplete or damaged.
 * Every loader of the site's own files (Parquet tables, GeoJSON, the database engine) throws
 * these, so that the notice can name the file.
 *
 *   await loadFetch('data/pc.geojson', url)  // 404 → LoadError { file: 'data/pc.geojson', kind: 'http', status: 404 }
 *   asLoadError('data/results.parquet', new Error('parquet file invalid (footer != PAR1)'))
 *     → LoadError { kind: 'damaged', detail: 'parquet file invalid (footer != PAR1)' }
 */
export type LoadFailure =
	| { kind: 'http'; status: number }
	| { kind: 'network'; detail: string }
	| { kind: 'damaged'; detail: string };

export class LoadError extends Error {
	readonly file: string;
	readonly failure: LoadFailure;

	constructor(file: string, failure: LoadFailure) {
		super(
			`${file}: ${
				failure.kind === 'http'
					? `HTTP ${failure.status}`
					: failure.kind === 'network'
						? `network error (${failure.detail})`
						: `incomplete or damaged (${failure.detail})`
			}`
		);
		this.name = 'LoadError';
		this.file = file;
		this.failure = failure;
	}
}

const text = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * fetch() failing with a TypeError means the request or the body never arrived (offline, aborted,
 * connection reset); Chromium says "Failed to fetch" or "network error", Firefox "NetworkError".
 */
function isNetworkFailure(e: unknown): boolean {
	return e instanceof TypeError && /fetch|network|load failed|connection|aborted/i.test(e.message);
}

/** Any error met while loading `file`, as a LoadError naming it. */
export function asLoadError(file: string, e: unknown): LoadError {
	if (e instanceof LoadError) return e;
	if (isNetworkFailure(e) || (e instanceof DOMException && e.name === 'AbortError'))
		return new LoadError(file, { kind: 'network', detail: text(e) });
	return new LoadError(file, { kind: 'damaged', detail: text(e) });
}

/** fetch() that throws a LoadError for `file` on a network failure or a status other than 2xx. */
export async function loadFetch(
	file: string,
	url: string | URL | Request,
	init?: RequestInit,
	fetchFn: typeof fetch = globalThis.fetch
): Promise<Response> {
	let res: Response;
	try {
		res = await fetchFn(url, init);
	} catch (e) {
		throw asLoadError(file, e);
	}
	if (!res.ok) throw new LoadError(file, { kind: 'http', status: res.status });
	return res;
}

/**
 * Why a URL that something else failed to load (a Worker, WebAssembly) could not be loaded: asks
 * the server for its headers. The server's status, a network failure, or, if the file is there,
 * the original error as damage.
 */
export async function diagnose(file: string, url: string, original: unknown): Promise<LoadError> {
	if (original instanceof LoadError) return original;
	try {
		await loadFetch(file, url, { method: 'HEAD', cache: 'no-store' });
	} catch (e) {
		return asLoadError(file, e);
	}
	return asLoadError(file, original);
}
