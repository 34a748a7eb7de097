import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Adds MapLibre's worker next to the kit and lists the kit's files in manifest.json. */
const kitFiles: Plugin = {
	name: 'kshetra-embed-kit-files',
	closeBundle() {
		const out = resolve('static/embed-kit');
		copyFileSync(
			resolve('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'),
			resolve(out, 'maplibre-gl-worker.mjs')
		);
		const files = readdirSync(out)
			.filter((f) => f !== 'manifest.json')
			.sort();
		writeFileSync(resolve(out, 'manifest.json'), JSON.stringify({ files }) + '\n');
	}
};

/**
 * The embed kit of exported websites (src/embed): one ES module, its CSS and MapLibre's worker,
 * written to static/embed-kit/ so the site can copy them into a bundle and `npm run export` can
 * write them next to a view. Built by `npm run build:embed` (before dev and build).
 */
export default defineConfig({
	resolve: { alias: { $lib: resolve('src/lib') } },
	publicDir: false,
	plugins: [kitFiles],
	build: {
		outDir: 'static/embed-kit',
		emptyOutDir: true,
		cssCodeSplit: false,
		minify: true,
		chunkSizeWarningLimit: 1500,
		lib: {
			entry: resolve('src/embed/main.ts'),
			formats: ['es'],
			fileName: () => 'embed.js',
			cssFileName: 'embed'
		},
		// Lib mode leaves ES output unminified; the kit is downloaded by every embed, so minify it.
		rollupOptions: { output: { codeSplitting: false, minify: true } }
	}
});
