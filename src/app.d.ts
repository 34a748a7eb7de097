// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Size in bytes of DuckDB-wasm's engine file (the "eh" build) as shipped (vite.config.ts). */
	const __DUCKDB_WASM_BYTES__: number;
}

declare module '*.sql?raw' {
	const text: string;
	export default text;
}

export {};
