/**
 * `npm run export -- --seat 43 --view winner --out dist/kanpur`: loads the exporter
 * (src/lib/export/cli.ts) through Vite's module loader, so it resolves $lib and the .sql files
 * exactly as the site does, and writes the view's embeddable folder.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(root, 'static/embed-kit/manifest.json')))
	execSync('npm run build:embed', { cwd: root, stdio: 'inherit' });
const server = await createServer({
	root,
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	logLevel: 'warn'
});
try {
	const cli = (await server.ssrLoadModule(
		'/src/lib/export/cli.ts'
	)) as typeof import('../src/lib/export/cli.ts');
	const out = await cli.main(process.argv.slice(2), root);
	console.log(`Wrote ${out}: open index.html from a web server, or embed it in an iframe.`);
} catch (e) {
	console.error(`npm run export failed: ${(e as Error).message}`);
	process.exitCode = 1;
} finally {
	await server.close();
}
