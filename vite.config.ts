import { sveltekit } from '@sveltejs/kit/vite';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Loaded only when Vitest reads this file, so `vite build` does not load Vitest. */
const sequencer = process.env.VITEST
	? (await import('./tests/sequencer.ts')).ChildProcessesFirst
	: undefined;

/** Size of a DuckDB-wasm engine file as shipped (a host that compresses it sends fewer bytes). */
const wasmBytes = (file: string) =>
	statSync(createRequire(import.meta.url).resolve(`@duckdb/duckdb-wasm/dist/${file}`)).size;

/**
 * The data the build ships (static/data/manifest.json): its hash names the service worker's data
 * cache, so a new data release never mixes with kept files of the old one, and each file's SHA-256
 * lets it keep only files of this release (src/service-worker.ts, issue 15).
 */
const manifestText = readFileSync('static/data/manifest.json');
const dataRelease = {
	hash: createHash('sha256').update(manifestText).digest('hex'),
	files: (
		JSON.parse(manifestText.toString()) as {
			files: { file: string; bytes: number; sha256: string }[];
		}
	).files.map(({ file, bytes, sha256 }) => ({ file, bytes, sha256 }))
};

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-wasm ships its own worker and wasm files; Vite must not try to pre-bundle them.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// The engine's size, for its download progress when the host compresses it (no usable length).
	// Only DuckDB's exception-handling ("eh") build is shipped: WebAssembly exception handling is
	// in Chrome/Edge 95+, Firefox 100+ and Safari 15.2+, and the site's own scripts already need
	// newer ones (Vite's default build target, 'baseline-widely-available': Chrome/Edge 111,
	// Firefox 114, Safari 16.4). The "mvp" build (39 MB) only served browsers older than that, so
	// src/lib/db/duckdb-browser.ts no longer imports it and it is not in the build.
	define: {
		__DUCKDB_WASM_BYTES__: JSON.stringify(wasmBytes('duckdb-eh.wasm')),
		__KSHETRA_DATA__: JSON.stringify(dataRelease),
		// what "keep all of Uttar Pradesh" downloads at most, for the page (without the file list)
		__KSHETRA_DATA_BYTES__: JSON.stringify(dataRelease.files.reduce((s, f) => s + f.bytes, 0))
	},
	build: { chunkSizeWarningLimit: 1500 },
	// The import worker (src/lib/import) is a module worker: it loads the Excel reader on demand.
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		// Hung-test nets, not speed checks (speed is measured in npm run bench): at load average 30
		// on the 2 cores, export-cli's 'says what is wrong with bad arguments' (three CLI runs, 5.7 s
		// idle) failed a 60 s limit while nothing was wrong (issue 16).
		testTimeout: 10 * 60_000,
		hookTimeout: 10 * 60_000,
		// Vitest's default is one worker per core but one, so on a 2-core CI machine a single worker
		// ran every file in turn, idle while the pipeline's own process worked (issue 16): two
		// workers there. Files share no paths (each writes only in its own mkdtemp folder).
		maxWorkers: Math.max(2, availableParallelism() - 1),
		sequence: { sequencer }
	}
});
