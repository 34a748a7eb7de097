/**
 * A static file server for the built site that answers Range requests correctly (hyparquet and
 * DuckDB-wasm fetch byte ranges; `vite preview`'s sirv answers `Range: bytes=0-0` with the whole
 * file). Used by the end-to-end tests and the benchmark. Can serve under a sub-path.
 *
 *   tsx scripts/serve.ts [--dir build] [--port 4173] [--base /]
 */
import { createServer, type Server } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import send from 'send';

export function serveStatic(dir: string, port: number, base = '/'): Promise<Server> {
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
		send(req, path, { root, dotfiles: 'deny', etag: true, lastModified: true, acceptRanges: true })
			.on('error', (err: { status?: number }) => {
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
			base: { type: 'string', default: '/' }
		}
	});
	const port = Number(values.port);
	serveStatic(values.dir!, port, values.base!).then(() =>
		console.log(`Serving ${values.dir} at http://127.0.0.1:${port}${values.base}`)
	);
}
