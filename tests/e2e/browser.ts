/**
 * How Kshetra's tests start Chromium: Debian's /usr/bin/chromium through playwright-core (no
 * downloaded browsers on this machine). Playwright's default flags stay (they enable SwiftShader,
 * which WebGL2 and so MapLibre need); these flags keep Chromium off the network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Features Chromium runs with off. A second --disable-features replaces Playwright's own
 * (playwright-core 1.65, chromiumSwitches.ts: the first line below), so it is repeated here. Added
 * to it: Chromium 156's omnibox popup drawn as a web page. Every new window (each browser context
 * of a test or a benchmark run) loaded it twice (chrome://omnibox-popup.top-chrome/), in a renderer
 * of its own that no page needs: 25 such renderers took 16.9 s of CPU, and the browser process
 * about 15 s more, in 10 tests (seat and ac specs; 221 s of CPU in all instead of 241 s; issue 16).
 */
const DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,AvoidCorsURLLoaderRestartOnRedirect,TcpPortRandomizationWin,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
	'WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'
].join(',');

export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	`--disable-features=${DISABLED_FEATURES}`
];

/**
 * The end-to-end tests' Chromium (not the benchmark's, which measures the browser as a reader has
 * it): WebAssembly compiled by V8's baseline compiler only, each function when first called. A
 * booth page compiles DuckDB's 34 MB engine in every new browser context; its optimising tier-up
 * took 2.5 s more of background CPU per page in a fresh context (ThreadPoolForeground threads,
 * 6.5 s → 4 s). What the tests check (numbers, pixels, files) does not depend on how fast the
 * engine's code runs (issue 16).
 */
export const TEST_CHROMIUM_ARGS = [
	...CHROMIUM_ARGS,
	'--js-flags=--liftoff-only --wasm-lazy-compilation'
];
