// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Size in bytes of DuckDB-wasm's engine file (the "eh" build) as shipped (vite.config.ts). */
	const __DUCKDB_WASM_BYTES__: number;
	/** The data release: SHA-256 of static/data/manifest.json and its files (vite.config.ts). */
	const __KSHETRA_DATA__: {
		hash: string;
		files: { file: string; bytes: number; sha256: string }[];
	};
	/** The bytes of all files of static/data/manifest.json (vite.config.ts). */
	const __KSHETRA_DATA_BYTES__: number;
}

declare module '*.sql?raw' {
	const text: string;
	export default text;
}

export {};
