/**
 * A static file server for the built site that answers Range requests correctly (hyparquet and
 * DuckDB-wasm fetch byte ranges; `vite preview`'s sirv answers `Range: bytes=0-0` with the whole
 * file). Used by the end-to-end tests and the benchmark. Can serve under a sub-path.
 *
 * It serves the build's precompressed copies (scripts/compress.ts writes file.br and file.gz) as
 * hosts with gzip_static/brotli_static do: a plain full GET whose Accept-Encoding allows it gets
 * the .br (else the .gz) with Content-Encoding, and every answer for a file that has a copy says
 * Vary: Accept-Encoding. HEAD and Range requests are always answered from the file itself: a
 * Parquet reader asks for the file's length with HEAD and then reads its footer at length − 8, so
 * a compressed length there makes it read the wrong bytes ("footer != PAR1"). `--identity` serves
 * every file as it is (no copies).
 *
 *   tsx scripts/serve.ts [--dir build] [--port 4173] [--base /] [--identity] [--keep]
 *
 * With `--keep` (the end-to-end tests' web server) it runs the server in a child process and
 * starts it again whenever it stops while the tests still need it (a crash, or a process killed by
 * someone else's clean-up on a shared machine), saying so on stderr, which Playwright shows as
 * [WebServer] lines: a test that failed on a refused connection can be matched to the restart.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import send from 'send';

/** Content types of the files that may have a precompressed copy (scripts/compress.ts). */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
	'.map': 'application/json'
};

/**
 * The codings an Accept-Encoding header allows, e.g. 'gzip, deflate, br, zstd' → {gzip, deflate,
 * br, zstd}; 'br;q=0, gzip' → {gzip}; '*' allows any coding not named with q=0.
 */
export function acceptedEncodings(header: string | undefined): (coding: 'br' | 'gzip') => boolean {
	const q = new Map<string, number>();
	for (const part of (header ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const qv = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
		q.set(name, qv === undefined ? 1 : Number(qv));
	}
	return (coding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
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
		// SvelteKit's hashed files never change: cache them for a year, as its docs advise hosts to.
		const immutable = path.startsWith('/_app/immutable/');
		const file = join(root, path);
		const type = TYPES[/\.[a-z]+$/.exec(path)?.[0] ?? ''];
		const copies =
			!options.identity && type && file.startsWith(root + '/')
				? (['br', 'gzip'] as const).filter((c) => existsSync(`${file}.${c === 'br' ? 'br' : 'gz'}`))
				: [];
		if (copies.length) res.setHeader('Vary', 'Accept-Encoding');
		const accepts = acceptedEncodings(req.headers['accept-encoding']);
		const coding =
			req.method === 'GET' && !req.headers.range ? copies.find((c) => accepts(c)) : undefined;
		if (coding) {
			const copy = `${file}.${coding === 'br' ? 'br' : 'gz'}`;
			const stat = statSync(copy);
			// the copy's own validator: a cache must not take it for the identity file's
			const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}-${coding}"`;
			res.setHeader('Content-Type', type);
			res.setHeader('Content-Encoding', coding);
			res.setHeader('ETag', etag);
			res.setHeader('Last-Modified', stat.mtime.toUTCString());
			res.setHeader(
				'Cache-Control',
				immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0'
			);
			const inm = req.headers['if-none-match'];
			if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
				res.statusCode = 304;
				res.end();
				return;
			}
			res.setHeader('Content-Length', stat.size);
			createReadStream(copy).pipe(res);
			return;
		}
		send(req, path, {
			root,
			dotfiles: 'deny',
			etag: true,
			lastModified: true,
			acceptRanges: true,
			...(immutable ? { immutable: true, maxAge: '1y' } : {})
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
			identity: { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false }
		}
	});
	const port = Number(values.port);
	if (values.keep) keepServing(process.argv.slice(2).filter((a) => a !== '--keep'));
	else
		serveStatic(values.dir, port, values.base, { identity: values.identity }).then(
			() => console.log(`Serving ${values.dir} at http://127.0.0.1:${port}${values.base}`),
			(e: unknown) => {
				console.error(e);
				process.exit(1);
			}
		);
}

/** Runs this script without --keep in a child process, and again each time it stops unasked. */
function keepServing(args: string[]) {
	let child: ChildProcess;
	let stopping = false;
	let restarts = 0;
	const start = () => {
		child = fork(process.argv[1], args, { stdio: 'inherit' });
		child.on('exit', (code, signal) => {
			if (stopping) return;
			restarts++;
			console.error(
				`serve.ts --keep: the server stopped (${signal ?? `exit code ${code}`}) at ${new Date().toISOString()}; starting it again (restart ${restarts})`
			);
			setTimeout(start, 500);
		});
	};
	for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const)
		process.on(signal, () => {
			stopping = true;
			child.kill(signal);
			process.exit(0);
		});
	start();
}
