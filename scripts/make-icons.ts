/**
 * The installable app's icons (static/icons/, named in static/manifest.webmanifest), drawn from
 * static/favicon.svg by Debian's Chromium. Run once when the favicon changes; the PNGs are committed:
 *   npx tsx scripts/make-icons.ts
 * icon-192/512: the favicon as it is. maskable-512: the mark inside the middle 80 % (the safe zone
 * a launcher's mask never cuts) on the favicon's own background colour.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.ts';

const svg = readFileSync('static/favicon.svg', 'utf8');
const BG = '#1f2937';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	for (const { file, size, maskable } of [
		{ file: 'icon-192.png', size: 192, maskable: false },
		{ file: 'icon-512.png', size: 512, maskable: false },
		{ file: 'maskable-512.png', size: 512, maskable: true }
	]) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const inner = maskable ? Math.round(size * 0.8) : size;
		await page.setContent(
			`<html><body style="margin:0;background:${maskable ? BG : 'transparent'};display:grid;place-items:center;height:${size}px">` +
				`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`
		);
		await page.screenshot({ path: `static/icons/${file}`, omitBackground: !maskable });
		await page.close();
	}
} finally {
	await browser.close();
}
