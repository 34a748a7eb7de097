// `npm test`: the site's build, the type check, the unit + SQL tests and the end-to-end tests,
// in two stages whose commands run side by side (issue 16):
//  1. the build, the type check and the lint (each about one core);
//  2. the unit tests and the end-to-end tests, which serve that build (playwright.config.ts builds
//     again only if the sources changed since, scripts/build-stamp.mjs). The unit tests' critical
//     path is one process (the data pipeline's reproduction, tests/data/pipeline.test.ts) and the
//     end-to-end tests mostly wait on the browser, so neither keeps two cores busy alone.
// Each command's lines are printed as they come, prefixed with its name; at the end, each one's
// wall time, CPU time (user + sys of its processes) and exit status, and the load average.
// Exits 1 if any failed.
//
//   node scripts/test.mjs              → both stages
//   node scripts/test.mjs unit e2e     → only the named commands (build, check, lint, unit, e2e)
//   node scripts/test.mjs --serial     → one command at a time (a quieter machine for each)
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

/** Stages in order; a stage's commands run at the same time. */
const STAGES = [
	[
		{ name: 'build', script: 'build' },
		{ name: 'check', script: 'check' },
		// Prettier and ESLint (type-checked rules: about 2.5 minutes of one core)
		{ name: 'lint', script: 'lint' }
	],
	[
		{ name: 'unit', script: 'test:unit' },
		// without a build the web server would build again, beside the unit tests that read the
		// embed kit the build writes
		{ name: 'e2e', script: 'test:e2e', needs: 'build' }
	]
];

const serial = process.argv.includes('--serial');
const only = process.argv.slice(2).filter((a) => a !== '--serial');
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

/**
 * Runs `npm run <script>` in bash, whose `times` then prints the CPU time of its children (npm
 * and everything under it that was waited for: Vitest's workers, Chromium, the build).
 */
function run({ name, script }) {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn('bash', ['-c', `npm run --silent ${script}; rc=$?; times >&3; exit $rc`], {
			stdio: ['ignore', 'pipe', 'pipe', 'pipe']
		});
		const prefix = (stream, out) => {
			let rest = '';
			stream.setEncoding('utf8');
			stream.on('data', (s) => {
				const lines = (rest + s).split('\n');
				rest = lines.pop();
				for (const l of lines) out.write(`[${name}] ${l}\n`);
			});
			stream.on('end', () => rest && out.write(`[${name}] ${rest}\n`));
		};
		prefix(child.stdout, process.stdout);
		prefix(child.stderr, process.stderr);
		let times = '';
		child.stdio[3].on('data', (b) => (times += b));
		child.on('close', (code, signal) => {
			// second line of `times`: children's user and sys, e.g. "1m2.345s 0m3.210s"
			const secs = (t) => {
				const m = /(\d+)m([\d.]+)s/.exec(t);
				return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
			};
			const [user, sys] = (times.trim().split('\n')[1] ?? '').split(/\s+/).map(secs);
			const r = {
				name,
				ok: code === 0,
				status: signal ?? code,
				wall: (Date.now() - started) / 1000,
				cpu: user + sys
			};
			// said as soon as it ends, so that a log shows it while another command still runs
			console.log(`npm test: ${line(r)}, load average ${load()}`);
			resolve(r);
		});
	});
}

/** One command's outcome: "passed  unit    812 s wall    455 s CPU". */
const line = (r) =>
	`${r.ok ? 'passed' : `FAILED (${r.status})`}  ${r.name.padEnd(6)} ${r.wall.toFixed(0).padStart(5)} s wall ${r.cpu.toFixed(0).padStart(6)} s CPU`;

const t0 = Date.now();
console.log(`npm test: load average ${load()} at the start`);
const results = [];
for (const stage of STAGES) {
	const failed = (name) => results.some((r) => r.name === name && !r.ok);
	for (const c of stage.filter((c) => c.needs && failed(c.needs)))
		results.push({
			name: c.name,
			ok: false,
			status: `not run: ${c.needs} failed`,
			wall: 0,
			cpu: 0
		});
	const commands = stage.filter(
		(c) => (!only.length || only.includes(c.name)) && !(c.needs && failed(c.needs))
	);
	if (!commands.length) continue;
	if (serial)
		for (const c of commands) {
			console.log(`npm test: ${c.name} …`);
			results.push(await run(c));
		}
	else {
		console.log(`npm test: ${commands.map((c) => c.name).join(' + ')} …`);
		results.push(...(await Promise.all(commands.map(run))));
	}
}
console.log(`\nnpm test: load average ${load()} at the end`);
for (const r of results) console.log(`  ${line(r)}`);
console.log(`  total ${((Date.now() - t0) / 1000).toFixed(0)} s wall`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
