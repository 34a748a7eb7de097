import { sveltekit } from '@sveltejs/kit/vite';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { dataVersion } from './scripts/data-version.ts';

/**
 * Files the build derives from the data (generated/, e.g. the per-AC snapshots written by
 * scripts/ac-snapshots.ts) are part of the site beside static/: emitted into the client build at
 * the same path (generated/data/snapshot/ac/213.json → data/snapshot/ac/213.json) and served by
 * the dev server.
 */
function generatedFiles(): Plugin {
	const dir = 'generated';
	const list = (d: string): string[] =>
		existsSync(d)
			? readdirSync(d, { withFileTypes: true }).flatMap((e) =>
					e.isDirectory()
						? list(join(d, e.name))
						: e.name.endsWith('.json')
							? [join(d, e.name)]
							: []
				)
			: [];
	return {
		name: 'kshetra-generated-files',
		generateBundle() {
			if (this.environment.name !== 'client') return;
			for (const f of list(dir))
				this.emitFile({ type: 'asset', fileName: relative(dir, f), source: readFileSync(f) });
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
				const file = join(dir, path);
				if (!path.includes('..') && file.endsWith('.json') && existsSync(file)) {
					res.setHeader('Content-Type', 'application/json');
					res.end(readFileSync(file));
				} else next();
			});
		}
	};
}

/** Size of a DuckDB-wasm engine file as shipped (a host that compresses it sends fewer bytes). */
const wasmBytes = (file: string) =>
	statSync(createRequire(import.meta.url).resolve(`@duckdb/duckdb-wasm/dist/${file}`)).size;

export default defineConfig({
	plugins: [generatedFiles(), sveltekit()],
	// DuckDB-wasm ships its own worker and wasm files; Vite must not try to pre-bundle them.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// The engine's size, for its download progress when the host compresses it (no usable length).
	define: {
		// The service worker names its data cache by it (src/service-worker.ts).
		__DATA_VERSION__: JSON.stringify(dataVersion()),
		__DUCKDB_WASM_BYTES__: JSON.stringify({
			eh: wasmBytes('duckdb-eh.wasm')
		})
	},
	build: { chunkSizeWarningLimit: 1500 },
	// The import worker (src/lib/import) is a module worker: it loads the Excel reader on demand.
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
