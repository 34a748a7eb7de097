/**
 * Hostile text in an imported file or a deck link is shown as text and never runs, on screen, in
 * the CSV and in the website bundle. (The built site's Content-Security-Policy, strict on every
 * route and with no violation in English and Hindi, is checked in a11y.spec.ts on the same page
 * load as axe: one load per route instead of two, issue 16.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { serveStatic } from '../../scripts/serve.ts';
import { cachedTest as test, expect, waitForPaint } from './fixtures.ts';

async function saved(page: Page, click: () => Promise<void>) {
	const download = page.waitForEvent('download');
	await click();
	const d = await download;
	return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

test('names in an imported file are data, never markup', async ({ page }) => {
	// A hung-test net, not a speed check: an import, two downloads, a second site and 121 hovers
	// over its map took over three minutes beside other work (load average 25 on 2 cores, issue 16).
	test.setTimeout(360_000);
	const hostile = '<img src=x onerror="window.__pwned=1">';
	const csv = `AC No,Booth No,Booth President,Preferred Aspirant\n212,1,yes,"${hostile.replace(/"/g, '""')}"\n`;
	await page.goto('/seat/43/winnability/?ac=212');
	await page
		.getByTestId('org-file')
		.setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByTestId('org-confirm').click();
	await expect(page.locator('[data-testid="aspirants"] tr[data-ac="212"]')).toContainText(hostile);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(await page.locator('img[src="x"]').count()).toBe(0);

	// Every export of the view carries the name as text: the CSV quotes it, the website bundle
	// keeps it as JSON data and, opened in a browser and hovered all over, never runs it.
	await waitForPaint(page);
	await page.getByTestId('export-include-private').check();
	const exported = await saved(page, () => page.getByTestId('export-csv').click());
	expect(exported.bytes.toString('utf8')).toContain(`"${hostile.replace(/"/g, '""')}"`);
	const zip = await saved(page, () => page.getByTestId('export-website').click());
	const root = mkdtempSync(join(tmpdir(), 'kshetra-hostile-'));
	const server = await (async () => {
		for (const [name, data] of Object.entries(unzipSync(new Uint8Array(zip.bytes)))) {
			mkdirSync(dirname(join(root, name)), { recursive: true });
			writeFileSync(join(root, name), data);
		}
		return serveStatic(root, 4473);
	})();
	try {
		const folder = zip.name.replace(/\.zip$/, '');
		expect(readFileSync(join(root, folder, 'view.json'), 'utf8')).toContain(
			JSON.stringify(hostile).slice(1, -1)
		);
		const other = await page.context().newPage();
		await other.goto(`http://127.0.0.1:4473/${folder}/`);
		await other.locator('[data-painted="embed"]').waitFor({ state: 'attached', timeout: 0 });
		const box = (await other.locator('canvas').first().boundingBox())!;
		for (let i = 1; i < 12; i++)
			for (let j = 1; j < 12; j++)
				await other.mouse.move(box.x + (box.width * i) / 12, box.y + (box.height * j) / 12);
		expect(
			await other.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(await other.locator('img[src="x"]').count()).toBe(0);
		await other.close();
	} finally {
		await new Promise((ok) => server.close(ok));
		rmSync(root, { recursive: true, force: true });
	}
	page.once('dialog', (d) => d.accept());
	await page.getByTestId('org-clear').click();
});

test('a deck link with markup in its titles shows the text and runs nothing', async ({ page }) => {
	const hostile = '<img src=x onerror="window.__pwned=1">';
	const deck = {
		v: 1,
		pc: 43,
		title: hostile,
		slides: [{ kind: 'title', title: hostile, params: {} }]
	};
	await page.goto(`/present/43/?d=${Buffer.from(JSON.stringify(deck)).toString('base64url')}`);
	// The slide is drawn once the page's data has loaded, for as long as the test's limit allows
	// (the assertion's own 60 s failed beside other work, load average 55, while nothing was wrong).
	await page.locator('[data-slide="1"] [data-ready="true"]').waitFor({ timeout: 0 });
	await expect(page.locator('[data-slide="1"]').getByTestId('slide-title')).toHaveText(hostile);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
});
