/**
 * A static file server for the built site that answers Range requests correctly (hyparquet and
 * DuckDB-wasm fetch byte ranges; `vite preview`'s sirv answers `Range: bytes=0-0` with the whole
 * file). Used by the end-to-end tests and the benchmark. Can serve under a sub-path.
 *
 * With `gzip` it compresses text and wasm responses (not byte ranges) as most static hosts do
 * (nginx gzip, GitHub Pages, Netlify): the benchmark measures the slow network both ways.
 *
 *   tsx scripts/serve.ts [--dir build] [--port 4173] [--base /] [--gzip] [--keep]
 *
 * With `--keep` (the end-to-end tests' web server) it runs the server in a child process and
 * starts it again whenever it stops while the tests still need it (a crash, or a process killed by
 * someone else's clean-up on a shared machine), saying so on stderr, which Playwright shows as
 * [WebServer] lines: a test that failed on a refused connection can be matched to the restart.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import send from 'send';

/** What a host compresses, with its content type. */
const COMPRESSIBLE: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm'
};

export function serveStatic(
	dir: string,
	port: number,
	base = '/',
	options: { gzip?: boolean } = {}
): Promise<Server> {
	const root = resolve(dir);
	const gzipped = new Map<string, Buffer>();
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
		const type = COMPRESSIBLE[/\.[a-z]+$/.exec(path)?.[0] ?? ''];
		const file = join(root, path);
		if (
			options.gzip &&
			type &&
			!req.headers.range &&
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
			file.startsWith(root) &&
			existsSync(file)
		) {
			let body = gzipped.get(file);
			if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
			res.setHeader('Content-Type', type);
			res.setHeader('Content-Encoding', 'gzip');
			res.setHeader('Vary', 'Accept-Encoding');
			res.setHeader('Content-Length', body.length);
			if (path.startsWith('/_app/immutable/'))
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		// SvelteKit's hashed files never change: cache them for a year, as its docs advise hosts to.
		const immutable = path.startsWith('/_app/immutable/');
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
			gzip: { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false }
		}
	});
	const port = Number(values.port);
	if (values.keep) keepServing(process.argv.slice(2).filter((a) => a !== '--keep'));
	else
		serveStatic(values.dir, port, values.base, { gzip: values.gzip }).then(
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
