// Whether build/ was built from the sources as they are now, so that the end-to-end tests can
// reuse a build made earlier in the same run (npm test builds while the type check runs) and
// never test a stale one (issue 16).
//
//   node scripts/build-stamp.mjs begin   → before a build: forgets the old stamp, notes the sources
//   node scripts/build-stamp.mjs end     → after a build that passed: build/ is of those sources
//   node scripts/build-stamp.mjs fresh   → exit 0 if build/ is of the sources as they are now
//
// The sources are every file git knows or would add (tracked, and untracked but not ignored), by
// path and content, except the tests, the benchmark, docs and Markdown, which the site's build
// does not read; with the lock file and Node's version. Outside a git checkout: every file but
// node_modules and what builds and tests write.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'node_modules', '.cache', 'kshetra-build');
const STAMP = join(DIR, 'build.sha256');
const PENDING = join(DIR, 'pending.sha256');
const NOT_READ = /^(tests|bench|docs|\.ci)\/|\.md$/;

const GENERATED =
	/^(node_modules|build|build-bench|\.svelte-kit|\.git|test-results|playwright-report|tmp|static\/embed-kit)$/;
/** The files under a folder of the checkout, without the folders that tools and builds write. */
const walk = (dir) =>
	readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
		const path = dir ? `${dir}/${e.name}` : e.name;
		if (GENERATED.test(path)) return [];
		return e.isDirectory() ? walk(path) : e.isFile() ? [path] : [];
	});

/** A hash of the build's sources. */
function sourcesHash() {
	let files;
	try {
		files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
			cwd: ROOT,
			encoding: 'utf8',
			maxBuffer: 1 << 28,
			stdio: ['ignore', 'pipe', 'ignore']
		})
			.split('\0')
			.filter((f) => f && !NOT_READ.test(f))
			.sort();
	} catch {
		// not a git checkout (e.g. an unpacked archive): every file but the generated ones
		files = walk('')
			.filter((f) => !NOT_READ.test(f))
			.sort();
	}
	// KSHETRA_BENCH=1 builds the benchmark's pages elsewhere (svelte.config.js), not build/
	const hash = createHash('sha256').update(
		`node ${process.version}\0bench ${process.env.KSHETRA_BENCH ?? ''}\0`
	);
	for (const f of files) {
		hash.update(`${f}\0`);
		// a tracked file deleted in the work tree counts as a change
		hash.update(existsSync(join(ROOT, f)) ? readFileSync(join(ROOT, f)) : '\0deleted\0');
		hash.update('\0');
	}
	return hash.digest('hex');
}

const read = (f) => (existsSync(f) ? readFileSync(f, 'utf8').trim() : null);
const step = process.argv[2];
if (step === 'begin') {
	rmSync(STAMP, { force: true });
	mkdirSync(DIR, { recursive: true });
	const h = sourcesHash();
	if (h) writeFileSync(PENDING, h + '\n');
	else rmSync(PENDING, { force: true });
} else if (step === 'end') {
	if (existsSync(PENDING)) renameSync(PENDING, STAMP);
} else if (step === 'fresh') {
	const built = read(STAMP);
	const now = built && existsSync(join(ROOT, 'build', 'index.html')) ? sourcesHash() : null;
	if (built && now === built) {
		console.log(
			`build/ is of the sources as they are now (${built.slice(0, 12)}): not built again`
		);
		process.exit(0);
	}
	console.log('build/ is missing or older than the sources: building');
	process.exit(1);
} else {
	console.error('usage: node scripts/build-stamp.mjs begin|end|fresh');
	process.exit(2);
}
