/**
 * Working offline (src/service-worker.ts): after one visit, with the network cut
 * (context.setOffline), the seat page, a booth page already seen, the winnability page with the
 * user's own organisation file and the Kanpur deck all work, and exports still download; "keep
 * all of Uttar Pradesh" reports its progress in MB and afterwards a seat never opened opens
 * offline; a new deployment replaces the old caches. Expected numbers are ECI's (Kanpur 2022:
 * Haji Irfan Solanki, SP, 79,163 in Sishamau) and Form 20's (Sishamau 2017: 253 booths).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../scripts/serve.ts';
import { expect, test, waitForPaint } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });
// An offline browser's own lines for requests it could not make (the update check, DuckDB's
// diagnosis of nothing) are not faults of the site.
test.use({ allowedErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/] });

/** The service worker controls the page and has kept what this visit loaded before it. */
async function kept(page: Page) {
	await page.locator('html[data-offline="kept"]').waitFor({ state: 'attached', timeout: 60_000 });
}

const userCsv = [
	'AC No,Booth No,Booth President,Committee Members,BLA-2,Panna Pramukh,Last Meeting Date,Notes,Preferred Aspirant',
	...Array.from({ length: 10 }, (_, i) => `212,${i + 1},yes,12,yes,12,15/11/2026,,Aspirant Omega`)
].join('\n');

async function slides(page: Page) {
	for (let n = 1; n <= 11; n++) {
		const slide = page.locator(`[data-slide="${n}"]`);
		await slide.locator('[data-ready="true"]').waitFor({ timeout: 45_000 });
		if (await slide.getByTestId('slide-map').count())
			await slide
				.getByTestId('slide-map')
				.locator('[data-painted]:not([data-painted="pending"])')
				.waitFor({ state: 'attached', timeout: 45_000 });
		await expect(slide.getByTestId('slide-counter')).toHaveText(`Slide ${n} of 11`);
		await page.keyboard.press('ArrowRight');
	}
}

test('after one visit, with the network cut: seat, booths, winnability with our own file, the Kanpur deck, exports', async ({
	page,
	context
}) => {
	test.setTimeout(600_000);
	await page.goto('/seat/43/');
	await waitForPaint(page, 'AE2022:winner:SP');
	await kept(page);
	await page.goto('/seat/43/ac/213/');
	await waitForPaint(page, '213:AE2017:winner:SP:10,10:est');
	await page.locator('html[data-duckdb="ready"]').waitFor({ state: 'attached' });
	await page.goto('/seat/43/winnability/');
	await page
		.getByTestId('org-file')
		.setInputFiles({ name: 'our-booths.csv', mimeType: 'text/csv', buffer: Buffer.from(userCsv) });
	await page.getByTestId('org-confirm').click();
	await expect(page.getByTestId('org-status')).toContainText('our-booths.csv, 10 booths');
	await waitForPaint(page);
	await page.goto('/present/43/');
	await slides(page);

	await context.setOffline(true);

	await page.goto('/seat/43/');
	await waitForPaint(page, 'AE2022:winner:SP');
	await expect(page.getByTestId('offline-note')).toBeVisible();
	await expect(
		page.locator('tbody[data-election="AE2022"] tr[data-ac="213"] td').nth(0)
	).toContainText('HAJI IRFAN SOLANKI');
	// the database starts from what was kept: Lok Sabha 2024 is not in the first snapshot
	await page.locator('html[data-duckdb="ready"]').waitFor({ state: 'attached' });
	await expect(page.getByTestId('load-error')).toHaveCount(0);
	const csv = page.waitForEvent('download');
	await page.getByTestId('export-csv').click();
	const table = readFileSync((await (await csv).path())!, 'utf8');
	expect(table).toContain('213,Sishamau,AE2022,HAJI IRFAN SOLANKI,SP,79163');
	const zip = page.waitForEvent('download');
	await page.getByTestId('export-website').click();
	expect(
		readFileSync((await (await zip).path())!)
			.subarray(0, 2)
			.toString()
	).toBe('PK');

	await page.goto('/seat/43/ac/213/');
	await waitForPaint(page, '213:AE2017:winner:SP:10,10:est');
	await expect(page.getByTestId('booth-count')).toContainText('253');

	await page.goto('/seat/43/winnability/');
	await expect(page.getByTestId('org-status')).toContainText('our-booths.csv, 10 booths');
	await expect(page.getByTestId('demo-flag')).toHaveCount(0);
	await expect(page.locator('[data-testid="aspirants"] tr[data-ac="212"]')).toContainText(
		'Aspirant Omega: 10'
	);
	await waitForPaint(page);

	await page.goto('/present/43/');
	await slides(page);
	await expect(page.getByTestId('load-error')).toHaveCount(0);
});

test('"keep all of Uttar Pradesh" shows its size and progress in MB; then a seat never opened opens offline', async ({
	page,
	context
}) => {
	test.setTimeout(600_000);
	await page.goto('/seat/43/');
	await waitForPaint(page, 'AE2022:winner:SP');
	await kept(page);
	// The size said is the data manifest's files, the engine, the pages and the app.
	const manifest = (await (await page.request.get('/data/manifest.json')).json()) as {
		files: { bytes: number }[];
	};
	const data = manifest.files.reduce((s, f) => s + f.bytes, 0);
	const size = page.getByTestId('keep-size');
	await expect(size).toContainText('MB on this device');
	const total = Number(/([\d.]+) MB on this device/.exec((await size.textContent())!)![1]) * 1e6;
	expect(total).toBeGreaterThan(data + 34e6); // with the 34 MB engine
	expect(total).toBeLessThan(3 * (data + 34e6));

	const seen: number[] = [];
	const progress = page.getByTestId('keep-progress');
	await page.getByTestId('keep-all').click();
	await expect(progress).toBeVisible();
	// each value the bar shows, until it is gone (waits on the bar, not the clock)
	for (
		let value: string | null = String(await progress.evaluate((b: HTMLProgressElement) => b.value));
		value !== null;
	) {
		seen.push(Number(value));
		const next: { jsonValue(): Promise<unknown> } = await page.waitForFunction(
			(was) => {
				const b = document.querySelector<HTMLProgressElement>('[data-testid="keep-progress"]');
				const now = b ? String(b.value) : null;
				return now !== was && { now };
			},
			value,
			{ timeout: 300_000 }
		);
		value = ((await next.jsonValue()) as { now: string | null }).now;
	}
	expect(seen.length).toBeGreaterThan(2);
	expect(seen.at(-1)!).toBeGreaterThan(seen[0]);
	await expect(page.getByTestId('all-kept')).toContainText(
		`All of Uttar Pradesh is kept on this device for offline use (${(total / 1e6).toFixed(1)} MB)`
	);

	await context.setOffline(true);
	// Lucknow (PC 35) and one of its booth pages were never opened.
	await page.goto('/seat/35/');
	await waitForPaint(page, 'AE2022:winner:SP');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Lucknow');
	// ECI 2022: BJP won Lucknow East (173)
	await expect(
		page.locator('tbody[data-election="AE2022"] tr[data-ac="173"] td').nth(0)
	).toContainText('BJP');
	await page.goto('/seat/35/ac/173/');
	// its booths, in whichever election its booth view opens on
	await page.locator('[data-painted^="173:"]').first().waitFor({ state: 'attached' });
	await expect(page.getByTestId('booth-count')).toHaveText(/^(\d+) of \1 booths$/);
	await expect(page.getByTestId('load-error')).toHaveCount(0);
});

test('a new deployment: the page says a new version is ready, a reload switches, the old caches are gone', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const dir = mkdtempSync(join(tmpdir(), 'kshetra-deploy-'));
	// a site of its own (its own port: another origin than the other tests')
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	try {
		const first = join(dir, 'first');
		cpSync('build', first, { recursive: true });
		let server = await serveStatic(first, 0);
		const port = (server.address() as AddressInfo).port;
		const base = `http://127.0.0.1:${port}`;
		await page.goto(`${base}/seat/43/`);
		await waitForPaint(page, 'AE2022:winner:SP');
		await kept(page);
		const before = await page.evaluate(() => caches.keys());
		const list = JSON.parse(readFileSync(join(first, 'offline.json'), 'utf8')) as {
			app: string;
			data: string;
		};
		expect(before.sort()).toEqual([`kshetra-app-${list.app}`, `kshetra-data-${list.data}`]);

		// The next deployment: new app and data versions (its worker and list say so).
		const next = join(dir, 'next');
		cpSync(first, next, { recursive: true });
		const [app, data] = [`${list.app}9`, `${list.data.slice(0, -1)}x`];
		for (const f of ['service-worker.js', 'offline.json', '_app/version.json']) {
			const text = readFileSync(join(next, f), 'utf8');
			writeFileSync(join(next, f), text.replaceAll(list.app, app).replaceAll(list.data, data));
			rmSync(join(next, `${f}.br`), { force: true });
			rmSync(join(next, `${f}.gz`), { force: true });
		}
		await new Promise((r) => server.close(r));
		server = await serveStatic(next, port);
		try {
			await page.reload();
			await expect(page.getByTestId('update-ready')).toContainText(
				'A new version of Kshetra is ready.'
			);
			await page.reload();
			await waitForPaint(page, 'AE2022:winner:SP');
			await expect
				.poll(async () => (await page.evaluate(() => caches.keys())).sort(), { timeout: 30_000 })
				.toEqual([`kshetra-app-${app}`, `kshetra-data-${data}`]);
			await expect(page.getByTestId('update-ready')).toHaveCount(0);
		} finally {
			server.close();
		}
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
