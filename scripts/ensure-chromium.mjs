// Runs before `npm test`: the end-to-end tests drive Debian's Chromium (no browser is downloaded).
// If it is missing, install it with apt when running as root; otherwise say in one line what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && existsSync('/usr/bin/apt-get')) {
		console.log('Chromium not found; installing Debian’s chromium with apt-get …');
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
			{ stdio: 'inherit' }
		);
	} else {
		console.error(
			`npm test needs Chromium at ${path}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`
		);
		process.exit(1);
	}
}
