import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * KSHETRA_BENCH=1 builds the benchmark's own pages instead of the site (bench/run.ts does, after
 * `npm run build`): their routes live in bench/routes/ (/dev/bench/bare/, /dev/bench/whatif/), so
 * the production build never contains them, and they build with their own generated files, output
 * folder and app folder (_bench/), so the benchmark can copy them next to the site's build without
 * touching a file of it. SvelteKit has no option to leave a route out of one build
 * (sveltejs/kit#10344), hence a second route folder.
 */
const bench = process.env.KSHETRA_BENCH === '1';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain files; there is no server (DESIGN.md: everything in the browser).
		// 404.html: what a static host serves for a path it does not have (GitHub Pages, Netlify,
		// scripts/serve.ts); the app then says what is missing and offers a way back (+error.svelte).
		adapter: bench
			? adapter({ pages: 'build-bench', assets: 'build-bench', strict: true })
			: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		...(bench && {
			// the benchmark's pages build no service worker of their own (the site's serves them)
			files: { routes: 'bench/routes', serviceWorker: 'bench/no-service-worker' },
			outDir: '.svelte-kit-bench',
			appDir: '_bench'
		}),
		// Relative asset paths, so the built site works from any sub-path and from a file server.
		paths: { relative: true },
		// src/service-worker.ts is registered by the app itself (src/lib/offline/), after the page has
		// loaded and with its update flow.
		serviceWorker: { register: false },
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
				// workers and the service worker (src/service-worker.ts), from the site itself
				'worker-src': ['self'],
				'manifest-src': ['self'],
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
