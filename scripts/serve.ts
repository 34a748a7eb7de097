/**
 * A static file server for the built site that answers Range requests correctly (hyparquet and
 * DuckDB-wasm fetch byte ranges; `vite preview`'s sirv answers `Range: bytes=0-0` with the whole
 * file). Used by the end-to-end tests and the benchmark. Can serve under a sub-path.
 *
 * It sends the brotli or gzip copy that `npm run build` wrote next to a file (scripts/
 * precompress.ts) when the browser accepts it and the request is not for a byte range: the same
 * bytes a host configured as in the README's "Deploying" section sends. `--identity` sends every
 * file as it is (what an unconfigured host does), for the benchmark's comparison.
 *
 * Caching, as the README asks of hosts: SvelteKit's hashed files (_app/immutable/) for a year;
 * everything else (pages, data, service-worker.js, version.json) revalidated on every use.
 *
 *   tsx scripts/serve.ts [--dir build] [--port 4173] [--base /] [--identity]
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import send from 'send';

/** Content types of the files that have compressed copies (scripts/precompress.ts). */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet'
};

/** The encodings the browser accepts, best first, of those the build writes. */
function accepted(header: string | string[] | undefined): ('br' | 'gzip')[] {
	const h = String(header ?? '');
	const ok = (name: string) => new RegExp(`\\b${name}\\b(?!;q=0(\\.0*)?\\b)`).test(h);
	return [...(ok('br') ? (['br'] as const) : []), ...(ok('gzip') ? (['gzip'] as const) : [])];
}

export function serveStatic(
	dir: string,
	port: number,
	base = '/',
	options: { identity?: boolean } = {}
): Promise<Server> {
	const root = resolve(dir);
	const prefix = base.endsWith('/') ? base : base + '/';
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(prefix)) {
			res.statusCode = 404;
			res.end('not found');
			return;
		}
		let path = decodeURIComponent(url.pathname.slice(prefix.length - 1));
		const full = join(root, path);
		if (path.endsWith('/') || (existsSync(full) && statSync(full).isDirectory())) {
			if (!path.endsWith('/')) {
				res.statusCode = 301;
				res.setHeader('Location', url.pathname + '/' + url.search);
				res.end();
				return;
			}
			path += 'index.html';
		}
		const ext = /\.[a-z]+$/.exec(path)?.[0] ?? '';
		const type = TYPES[ext];
		// A compressed copy, when the browser takes it and wants the whole file.
		let sent = path;
		let encoding: 'br' | 'gzip' | null = null;
		if (type && !options.identity && !req.headers.range && existsSync(join(root, path))) {
			for (const enc of accepted(req.headers['accept-encoding'])) {
				const copy = `${path}.${enc === 'br' ? 'br' : 'gz'}`;
				if (existsSync(join(root, copy))) {
					[sent, encoding] = [copy, enc];
					break;
				}
			}
		}
		if (type) res.setHeader('Vary', 'Accept-Encoding');
		// SvelteKit's hashed files never change: cache them for a year, as its docs advise hosts to.
		const immutable = path.startsWith('/_app/immutable/');
		send(req, sent, {
			root,
			dotfiles: 'deny',
			etag: true,
			lastModified: true,
			// byte ranges of the file itself, never of a compressed copy
			acceptRanges: encoding === null,
			...(immutable ? { immutable: true, maxAge: '1y' } : {})
		})
			.on('headers', (r: typeof res) => {
				if (type) r.setHeader('Content-Type', type);
				if (encoding) r.setHeader('Content-Encoding', encoding);
			})
			.on('error', (err: { status?: number }) => {
				// A path the site does not have gets its 404.html (the app's "not found" page), as
				// static hosts serve it.
				const fallback = join(root, '404.html');
				if (err.status === 404 && existsSync(fallback)) {
					res.statusCode = 404;
					res.setHeader('Content-Type', 'text/html; charset=utf-8');
					res.end(req.method === 'HEAD' ? undefined : readFileSync(fallback));
					return;
				}
				res.statusCode = err.status ?? 500;
				res.end(res.statusCode === 404 ? 'not found' : 'error');
			})
			.pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok(server));
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'build' },
			port: { type: 'string', default: '4173' },
			base: { type: 'string', default: '/' },
			identity: { type: 'boolean', default: false }
		}
	});
	const port = Number(values.port);
	serveStatic(values.dir!, port, values.base!, { identity: values.identity }).then(() =>
		console.log(`Serving ${values.dir} at http://127.0.0.1:${port}${values.base}`)
	);
}
