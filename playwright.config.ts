import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from './tests/e2e/browser.ts';

/**
 * End-to-end tests: build the static site, serve it with a Range-capable static server, and
 * drive Debian's Chromium (never a downloaded browser) against it.
 */
/** E2E_PORT lets two checkouts run their suites side by side without sharing a server. */
const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	/**
	 * Hung-test nets, not speed checks (speed is measured in npm run bench): every step waits on
	 * the thing itself (a painted map, a row, a message). Beside other work (load average 5–17 on
	 * 2 cores) tests that take 30 s idle took over 60 s and failed a 60 s limit while nothing was
	 * wrong (issue 16), so the limit is three minutes; a spec that does more sets its own.
	 */
	timeout: 180_000,
	// An assertion waits up to 60 s for what it expects (30 s failed at load average 20).
	expect: { timeout: 60_000 },
	fullyParallel: false,
	/**
	 * Two spec files at a time. The tests mostly wait (a page's workers, the map's frames, the
	 * database engine) rather than compute: nine of them took 57.6 s of CPU (user + sys, Chromium
	 * included) for what takes about 150 s of wall time idle, so one worker left a 2-core machine
	 * more than half idle (issue 16). E2E_WORKERS=1 runs them one at a time. Files stay whole in one
	 * worker (fullyParallel off), so tests that share a page or a written file keep their order.
	 */
	workers: Number(process.env.E2E_WORKERS ?? 2),
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: CHROMIUM_PATH, args: TEST_CHROMIUM_ARGS },
		viewport: { width: 1280, height: 800 },
		/**
		 * The site's service worker (src/service-worker.ts) is blocked in every spec but offline.spec.ts,
		 * which tests it: the other specs check a first visit (what a new user's browser fetches, where
		 * page.route and request events see every request; a request the worker answers is invisible
		 * to both), and each new context would otherwise download the app shell (7 MB) in the
		 * background while the test measures or waits.
		 */
		serviceWorkers: 'block',
		/**
		 * As a reader who asked for less motion (prefers-reduced-motion): the site then shows a
		 * still bar while a load has no count yet (src/app.css) and MapLibre moves the map without
		 * easing. The animated bar showed for about half of a page load (29 of 57 s to the first
		 * map of /seat/43/ at load average 65) and repainted the page all that time. No test checks
		 * an animation; what they check (numbers, pixels once painted, files) is the same.
		 */
		reducedMotion: 'reduce',
		/**
		 * No trace unless asked (E2E_TRACE=1 npm run test:e2e): recording one for every test (its
		 * screencast and a DOM snapshot per action) cost 17% of the suite's CPU, Chromium included
		 * (seat and explore: 143.7 s with, 118.5 s without, idle; issue 16). A failure still leaves
		 * its error context (the page's ARIA snapshot) and a screenshot in test-results/.
		 */
		trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
		screenshot: 'only-on-failure'
	},
	webServer: {
		// Builds unless build/ is of the sources as they are now (npm test builds while the type
		// check runs; scripts/build-stamp.mjs). --keep: the server is started again (and says so) if
		// it stops mid-run (scripts/serve.ts).
		command: `(node scripts/build-stamp.mjs fresh || npm run build) && tsx scripts/serve.ts --dir build --port ${PORT} --keep`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		// A hung-build net, not a speed check: the build it starts took over 3 minutes on a busy
		// 2-core machine (issue 16).
		timeout: 900_000,
		stdout: 'pipe'
	}
});
