/**
 * npm run build ends here: the site's build must not contain the benchmark's pages
 * (bench/routes, built only with KSHETRA_BENCH=1 into build-bench/). Fails, naming the files, if
 * build/ has a dev/ folder or any page, script or manifest naming a /dev/bench/ route.
 *
 *   npx tsx scripts/check-build.ts [build]     → "build/: no benchmark pages (2019 files read)"
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const TEXT = /\.(html|js|json|css)$/;
const BENCH_ROUTE = '/dev/bench';

/** The files of a site build that carry a benchmark page, and how many files were read. */
export function benchLeaks(dir: string): { leaks: string[]; read: number } {
	const leaks: string[] = [];
	let read = 0;
	if (existsSync(join(dir, 'dev'))) leaks.push('dev/');
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !TEXT.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		read++;
		if (readFileSync(path, 'utf8').includes(BENCH_ROUTE)) leaks.push(relative(dir, path));
	}
	return { leaks, read };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'build';
	const { leaks, read } = benchLeaks(dir);
	if (leaks.length) {
		console.error(
			`${dir}/ contains the benchmark's pages (they belong in build-bench/ only): ${leaks.join(', ')}`
		);
		process.exit(1);
	}
	console.log(`${dir}/: no benchmark pages (${read} files read)`);
}
