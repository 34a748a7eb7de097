import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-wasm ships its own worker and wasm files; Vite must not try to pre-bundle them.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
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
