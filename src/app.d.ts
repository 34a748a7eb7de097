// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

declare module '*.sql?raw' {
	const text: string;
	export default text;
}

export {};
