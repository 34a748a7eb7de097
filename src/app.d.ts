// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Sizes in bytes of DuckDB-wasm's engine files as shipped (vite.config.ts). */
	const __DUCKDB_WASM_BYTES__: { eh: number };
	/** The data version (scripts/data-version.ts): the data manifest's hash and what derives from it. */
	const __DATA_VERSION__: string;
}

declare module '*.sql?raw' {
	const text: string;
	export default text;
}

export {};
