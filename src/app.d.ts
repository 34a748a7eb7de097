// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Sizes in bytes of DuckDB-wasm's engine files as shipped (vite.config.ts). */
	const __DUCKDB_WASM_BYTES__: { eh: number; mvp: number };
}

declare module '*.sql?raw' {
	const text: string;
	export default text;
}

export {};
