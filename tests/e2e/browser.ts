/**
 * How Kshetra's tests start Chromium: Debian's /usr/bin/chromium through playwright-core (no
 * downloaded browsers on this machine). Playwright's default flags stay (they enable SwiftShader,
 * which WebGL2 and so MapLibre need); these flags keep Chromium off the network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
