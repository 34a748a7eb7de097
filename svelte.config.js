import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain files; there is no server (DESIGN.md: everything in the browser).
		// 404.html: what a static host serves for a path it does not have (GitHub Pages, Netlify,
		// scripts/serve.ts); the app then says what is missing and offers a way back (+error.svelte).
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// Relative asset paths, so the built site works from any sub-path and from a file server.
		paths: { relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// A strict Content-Security-Policy in every page (a <meta> tag, since there is no server):
		// nothing from any other origin; SvelteKit's own inline start-up script allowed by its hash;
		// 'wasm-unsafe-eval' only because DuckDB-wasm compiles WebAssembly; workers from the site
		// itself. Inline styles stay allowed: Svelte's style: directives and MapLibre set them.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
