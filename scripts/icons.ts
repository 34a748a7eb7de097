/**
 * Draws the web app's icons (static/icons/*.png, committed) from the site's mark (static/favicon.svg)
 * with Chromium: 192 and 512 px, and a 512 px "maskable" one whose mark sits in the middle 60%
 * (launchers crop maskable icons to a circle or squircle of the middle 80%).
 *
 *   tsx scripts/icons.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.ts';

const mark = readFileSync('static/favicon.svg', 'utf8');
/** The mark's shapes without its rounded background square. */
const shapes = mark.replace(/<rect[^>]*\/>/, '').replace(/^<svg[^>]*>|<\/svg>$/g, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f2937"/><g transform="translate(6.4 5.6) scale(0.6)">${shapes}</g></svg>`;

mkdirSync('static/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	for (const [name, svg, size] of [
		['icon-192.png', mark, 192],
		['icon-512.png', mark, 512],
		['icon-maskable-512.png', maskable, 512],
		['apple-touch-icon.png', maskable, 180]
	] as const) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		await page.setContent(
			`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
		);
		await page.screenshot({ path: `static/icons/${name}`, omitBackground: true });
		await page.close();
		console.log(`static/icons/${name}`);
	}
} finally {
	await browser.close();
}
