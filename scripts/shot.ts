/**
 * Screenshots of the built site in Debian's Chromium, for looking at what was built:
 *   tsx scripts/shot.ts <url> <out.png> [width] [height]
 * Waits until the map has painted real colours; prints console errors and other-origin requests.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.ts';

const [url, out, w = '1440', h = '900'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const origin = new URL(url).origin;
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
page.on(
	'request',
	(r) =>
		!r.url().startsWith(origin) &&
		!r.url().startsWith('data:') &&
		!r.url().startsWith('blob:') &&
		console.log('OTHER ORIGIN:', r.url())
);
const t0 = Date.now();
await page.goto(url);
await page
	.waitForSelector('[data-painted]:not([data-painted="pending"])', { timeout: 60_000 })
	.catch(() => console.log('map never painted'));
console.log(`painted after ${Date.now() - t0} ms`);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
