/**
 * Writes the per-AC snapshots (src/lib/server/ac-snapshots.ts) to generated/data/snapshot/ac/,
 * which the build serves as data/snapshot/ac/<ac>.json (vite.config.ts) and the prerendered AC
 * pages draw their first map from. Skipped when the files are there for this data version
 * (scripts/data-version.ts: the data manifest and the code they are computed with). Run by
 * `npm run build`, `npm run dev` and `npm start`; generated/ is not committed (it is derived).
 *
 * Most of the time goes into the booth areas (the exact polygon clipping of booth-areas.ts,
 * 0.1–0.2 s an AC): two processes share the ACs (about 1 minute for 403 on 2 CPUs).
 *
 *   tsx scripts/ac-snapshots.ts [--force]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import { dataVersion } from './data-version.ts';

const root = resolve(import.meta.dirname, '..');
const OUT = join(root, 'generated/data/snapshot/ac');
const stamp = join(OUT, 'version');

/** One share of the work, in this process: --part i --of n. */
async function part(i: number, n: number) {
	// Through Vite's module loader, so $lib and the .sql files resolve as they do for the site.
	const server = await createServer({
		root,
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom',
		logLevel: 'warn'
	});
	try {
		const mod = (await server.ssrLoadModule(
			'/src/lib/server/ac-snapshots.ts'
		)) as typeof import('../src/lib/server/ac-snapshots.ts');
		return await mod.writeAcSnapshots(join(root, 'static/data'), OUT, i, n);
	} finally {
		await server.close();
	}
}

const arg = (name: string) => {
	const i = process.argv.indexOf(name);
	return i < 0 ? null : Number(process.argv[i + 1]);
};

if (arg('--part') !== null) {
	await part(arg('--part')!, arg('--of')!);
} else {
	const version = dataVersion(root);
	if (
		!process.argv.includes('--force') &&
		existsSync(stamp) &&
		readFileSync(stamp, 'utf8') === version
	) {
		console.log(`ac-snapshots: up to date (data version ${version})`);
	} else {
		const t = Date.now();
		rmSync(OUT, { recursive: true, force: true });
		const n = Math.max(1, Math.min(2, cpus().length));
		await Promise.all(
			Array.from(
				{ length: n },
				(_, i) =>
					new Promise<void>((ok, fail) =>
						spawn(
							process.execPath,
							[...process.execArgv, import.meta.filename, '--part', String(i), '--of', String(n)],
							{ stdio: 'inherit' }
						).on('exit', (code) =>
							code === 0 ? ok() : fail(new Error(`ac-snapshots part ${i} exited with ${code}`))
						)
					)
			)
		);
		writeFileSync(stamp, version);
		console.log(
			`ac-snapshots: ${readdirSync(OUT).length - 1} ACs written to generated/data/snapshot/ac/ in ${((Date.now() - t) / 1000).toFixed(0)} s (data version ${version})`
		);
	}
}
