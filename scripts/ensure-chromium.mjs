// Runs before `npm test`: the end-to-end tests drive Debian's Chromium (no browser is downloaded).
// If it is missing, install it with apt when running as root; otherwise say in one line what to do.
// Every way out that is not "Chromium is there" is one line and exit status 1, never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN = '/usr/bin/chromium';
const path = process.env.CHROMIUM_PATH ?? DEBIAN;
const stop = (line) => {
	console.error(line);
	process.exit(1);
};

if (!existsSync(path)) {
	if (process.env.CHROMIUM_PATH && process.env.CHROMIUM_PATH !== DEBIAN)
		// apt would install Debian's Chromium, not the one asked for
		stop(
			`npm test: CHROMIUM_PATH=${path} does not exist; point it at a Chromium, or unset it to use ${DEBIAN}.`
		);
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!root || !existsSync('/usr/bin/apt-get'))
		stop(
			`npm test needs Chromium at ${path}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`
		);
	console.log('Chromium not found; installing Debian’s chromium with apt-get …');
	const apt = spawnSync(
		'sh',
		['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
		{ stdio: 'inherit' }
	);
	if (apt.status !== 0)
		stop(
			`npm test: "apt-get install chromium" failed (exit ${apt.status ?? apt.signal}); install Chromium and run npm test again.`
		);
	if (!existsSync(path))
		stop(
			`npm test: apt-get installed chromium but there is still nothing at ${path}; set CHROMIUM_PATH to it.`
		);
}
