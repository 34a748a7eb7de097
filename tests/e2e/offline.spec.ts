/**
 * Working with no network after a first visit (issue 15), through the site's service worker
 * (src/service-worker.ts; blocked in every other spec by the config, allowed here):
 * - the Kanpur seat, a booth page seen once, the winnability page with the party's own imported
 *   file, and the Kanpur deck all work after `context.setOffline(true)` and a reload, and exports
 *   are still made;
 * - "keep all of Uttar Pradesh" reports its progress in MB, says when done and what space the site
 *   takes, and afterwards a seat never opened (Lucknow) opens offline, with its booths;
 * - a new build replaces the old caches: the test serves a second version of the service worker
 *   (another build version and data hash in the same script, written into the served build), the page
 *   says a new version is ready, Reload switches, and only the new version's caches remain. A
 *   changed script is what a new deployment is to the browser; building the site twice would cost
 *   CI minutes for nothing more.
 *
 * Requests the worker answers are invisible to page.route and the request events, so this spec
 * waits on the caches themselves (`kept`), never on the clock.
 */
import { TABLES } from '../../src/lib/db/tables.ts';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForPaint } from './fixtures.ts';
import { ourOrgCsv } from '../helpers/org-row.ts';

test.use({ serviceWorkers: 'allow' });

const SECRET = 'SECRET-NOTE-4410';
const ourCsv = ourOrgCsv(SECRET);

/** Waits until the service worker controls the page. */
async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 0
	});
}

/**
 * Waits until every data file, engine file and page data this page has loaded is in the caches
 * (the worker keeps them beside answering; the big booth files are fetched whole in the
 * background), and the page itself.
 */
async function kept(page: Page) {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const urls = performance
						.getEntriesByType('resource')
						.map((e) => e.name)
						.filter(
							(u) =>
								u.startsWith(location.origin) &&
								/\/data\/|duckdb-.*\.wasm|duckdb-browser-.*worker|__data\.json/.test(u)
						);
					const missing: string[] = [];
					for (const u of [location.href, ...urls]) {
						const url = new URL(u);
						if (!(await caches.match(url.origin + url.pathname))) missing.push(url.pathname);
					}
					return missing;
				}),
			{ timeout: 0 }
		)
		.toEqual([]);
}

async function saved(page: Page, click: () => Promise<void>) {
	const download = page.waitForEvent('download');
	await click();
	const d = await download;
	return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** The Kanpur deck, every slide by keyboard, each with its title and its map or chart drawn. */
async function wholeDeck(page: Page) {
	const counter = page.locator('[data-slide] [data-testid="slide-counter"]').first();
	await expect(counter).toHaveText(/^Slide 1 of \d+$/);
	const slides = Number(/of (\d+)/.exec((await counter.textContent()) ?? '')![1]);
	expect(slides).toBeGreaterThan(5);
	for (let n = 1; n <= slides; n++) {
		const slide = page.locator(`[data-slide="${n}"]`);
		await slide.locator('[data-ready="true"]').waitFor({ timeout: 0 });
		await expect(slide.getByTestId('slide-title')).not.toBeEmpty();
		await expect(slide.getByTestId('slide-counter')).toHaveText(`Slide ${n} of ${slides}`);
		const map = slide.getByTestId('slide-map');
		if (await map.count())
			await map
				.locator('[data-painted]:not([data-painted="pending"])')
				.waitFor({ state: 'attached', timeout: 0 });
		if (n === 2)
			// Official result, Vidhan Sabha 2022: BJP 255, SP 111 of 403 ACs.
			await expect(slide.getByTestId('legend').locator('[data-key="BJP"] .count')).toHaveText(
				'255 seats'
			);
		if (n < slides) await page.keyboard.press('ArrowRight');
	}
}

test('after one visit, with the network cut: the seat, a booth page, our own data, the deck and exports', async ({
	page,
	context
}) => {
	// Four pages, an import and a deck, twice (online, then offline): a booth page alone took 47 s
	// at load average 37 on the 2 cores, so this test's hung-test net is ten minutes.
	test.setTimeout(600_000);
	await test.step('first visit, online', async () => {
		await page.goto('/seat/43/?e=LS2024');
		await waitForPaint(page);
		// ECI 2024: Ramesh Awasthi (BJP) 4,43,055; Alok Misra (INC) 4,22,087.
		await expect(page.getByTestId('seat-summary')).toContainText('4,43,055');
		await controlled(page);
		await kept(page);

		await page.goto('/seat/43/ac/213/');
		await expect(page.getByTestId('booth-count')).toHaveText('253 of 253 booths', { timeout: 0 });
		await kept(page);

		await page.goto('/seat/43/winnability/?ac=212');
		await expect(page.getByTestId('org-status')).toContainText('Demo data');
		await page
			.getByTestId('org-file')
			.setInputFiles({ name: 'our-booths.csv', mimeType: 'text/csv', buffer: Buffer.from(ourCsv) });
		await expect(page.getByTestId('org-preview')).toContainText('10 booths ready to import');
		await page.getByTestId('org-confirm').click();
		await expect(page.getByTestId('org-status')).toContainText('our-booths.csv, 10 booths');
		await kept(page);

		await page.goto('/present/43/');
		await wholeDeck(page);
		await kept(page);
	});

	await context.setOffline(true);

	await test.step('offline: the seat page reloads with its numbers and map', async () => {
		await page.goto('/seat/43/?e=LS2024');
		await waitForPaint(page);
		await expect(page.getByTestId('seat-summary')).toContainText('RAMESH AWASTHI');
		await expect(page.getByTestId('seat-summary')).toContainText('4,43,055');
		await expect(page.getByTestId('seat-summary')).toContainText('4,22,087');
		await page.reload();
		await expect(page.getByTestId('seat-summary')).toContainText('4,43,055');
	});

	await test.step('offline: exports are still made (CSV, PDF, the website bundle)', async () => {
		await page.goto('/seat/43/');
		await waitForPaint(page, 'AE2022:winner:SP');
		const csv = (await saved(page, () => page.getByTestId('export-csv').click())).bytes.toString(
			'utf8'
		);
		// ECI 2022: Haji Irfan Solanki (SP) won Sishamau with 79,163 votes.
		expect(csv).toContain('213,Sishamau,AE2022,HAJI IRFAN SOLANKI,SP,79163');
		const pdf = await saved(page, () => page.getByTestId('export-pdf').click());
		expect(pdf.name).toBe('kanpur-pc-43-AE2022-winner.pdf');
		expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
		const zip = await saved(page, () => page.getByTestId('export-website').click());
		expect(zip.bytes.subarray(0, 2).toString()).toBe('PK');
	});

	await test.step('offline: the booth page seen once', async () => {
		await page.goto('/seat/43/ac/213/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Sishamau');
		await expect(page.getByTestId('booth-count')).toHaveText('253 of 253 booths', { timeout: 0 });
	});

	await test.step('offline: the winnability page with our own file', async () => {
		await page.goto('/seat/43/winnability/?ac=212');
		await expect(page.getByTestId('org-status')).toContainText('our-booths.csv, 10 booths');
		await expect(page.locator('[data-testid="aspirants"] tr[data-ac="212"]')).toContainText(
			'Aspirant Zeta: 10'
		);
	});

	await test.step('offline: the Kanpur deck, end to end', async () => {
		await page.goto('/present/43/');
		await wholeDeck(page);
	});
});

test('"keep all of Uttar Pradesh" reports progress in MB; afterwards a seat never opened works offline', async ({
	page,
	context
}) => {
	test.setTimeout(600_000); // 56 MB kept, then a seat and a booth page offline
	await page.goto('/');
	await controlled(page);
	const button = page.getByTestId('keep-all');
	await expect(button).toHaveText('Keep all of Uttar Pradesh for offline use');
	await expect(page.getByTestId('keep-offline')).toContainText(/About \d+\.\d MB\./);
	// every text the status shows, as it shows it (progress may pass quickly on localhost)
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { keepSeen: string[] }).keepSeen = seen;
		const box = document.querySelector('[data-testid="keep-offline"]')!;
		new MutationObserver(() => {
			const s = box.querySelector('[data-testid="keep-status"]')?.textContent?.trim();
			if (s && s !== seen.at(-1)) seen.push(s);
		}).observe(box, { subtree: true, childList: true, characterData: true });
	});
	await button.click();
	await expect(page.getByTestId('keep-status')).toHaveText(
		'All of Uttar Pradesh is kept on this device: every seat opens with no network.',
		{ timeout: 0 }
	);
	await expect(page.getByTestId('keep-space')).toHaveText(
		/^The site takes \d+\.\d MB of this device’s storage\.$/
	);
	const seen = await page.evaluate(() => (window as unknown as { keepSeen: string[] }).keepSeen);
	const progress = seen.filter((s) => /^[\d.]+ of [\d.]+ MB kept$/.test(s));
	expect(progress.length, seen.join(' | ')).toBeGreaterThan(0);
	// the data files (22 MB) and the engine (34 MB), as progress says: at least 50 MB in all
	expect(Number(/of ([\d.]+) MB/.exec(progress.at(-1)!)![1])).toBeGreaterThan(50);
	// the storage the site takes includes all of it
	const usage = Number(
		/takes ([\d.]+) MB/.exec((await page.getByTestId('keep-space').textContent())!)![1]
	);
	expect(usage).toBeGreaterThan(50);

	await context.setOffline(true);
	// Lucknow (PC 35), never opened: ECI 2024, Raj Nath Singh (BJP) 6,12,709; Ravidas Mehrotra (SP) 4,77,550.
	await page.goto('/seat/35/?e=LS2024');
	await waitForPaint(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Lucknow');
	await expect(page.getByTestId('seat-summary')).toContainText('6,12,709');
	await expect(page.getByTestId('seat-summary')).toContainText('4,77,550');
	// and its booths (Lucknow East, AC 173), from the booth files kept whole
	await page.goto('/seat/35/ac/173/');
	await expect(page.getByTestId('booth-count')).toHaveText(/^(\d+) of \1 booths$/, {
		timeout: 0
	});
});

test('a first visit to the state map keeps the engine it did not start; offline, another party’s share is drawn', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForPaint(page, 'AE2022:ac:winner:SP');
	await controlled(page);
	await kept(page);
	// The state map answered from snapshots and never started the engine, but the page asked the
	// worker to keep it and the tables it reads first (at idle, downloaded only).
	await expect(page.locator('html')).not.toHaveAttribute('data-duckdb');
	// every table the engine reads at its start, not only the first (the worker keeps them one
	// after the other: a cut after results.parquet alone left five to fail, at load average 9)
	const tables = TABLES.filter((t) => !t.byAc).map((t) => t.file);
	await expect
		.poll(
			() =>
				page.evaluate(async (files) => {
					const names = await caches.keys();
					const engine = names.includes('kshetra-engine')
						? (await (await caches.open('kshetra-engine')).keys()).map((r) => r.url)
						: [];
					const data = names.find((n) => n.startsWith('kshetra-data-'));
					const cache = data ? await caches.open(data) : null;
					const missing: string[] = [];
					for (const f of files)
						if (!(await cache?.match(`${location.origin}/data/${f}`))) missing.push(f);
					if (!engine.some((u) => /duckdb-eh[^/]*\.wasm$/.test(u))) missing.push('engine');
					return missing;
				}, tables),
			{ timeout: 0 }
		)
		.toEqual([]);

	await context.setOffline(true);
	// BJP's share is in no snapshot: the engine starts, from the kept files
	await page.goto('/?m=share&p=BJP');
	await waitForPaint(page, 'AE2022:ac:share:BJP');
	await expect(page.getByTestId('legend')).toContainText('Bharatiya Janata Party (BJP) share');
	await expect(page.getByTestId('load-error')).toHaveCount(0);
});

// A new deployment, as a host sees one: the files on the server change. The test writes the next
// version of the worker's script into the served build (the served copies .br/.gz set aside, so
// the browser's update check reads the new one) and puts everything back afterwards. The other
// specs block service workers, so no other test reads this file.
test('a new build replaces the old caches: the page says a new version is ready, Reload switches', async ({
	page,
	baseURL
}) => {
	await page.goto('/sources/');
	await controlled(page);
	await page.goto('/seat/43/');
	await waitForPaint(page, 'AE2022:winner:SP');
	await kept(page);
	const before = await page.evaluate(() => caches.keys());
	const oldShell = before.find((n) => n.startsWith('kshetra-shell-'))!;
	const oldData = before.find((n) => n.startsWith('kshetra-data-'))!;
	expect(oldShell).toBeTruthy();
	expect(oldData).toBeTruthy();

	// The next deployment: the same worker with another build version and another data release.
	const script = await (await page.request.get(`${baseURL}/service-worker.js`)).text();
	const version = oldShell.slice('kshetra-shell-'.length);
	const hash = /hash:.([0-9a-f]{64})./.exec(script)![1];
	expect(hash.slice(0, 16)).toBe(oldData.slice('kshetra-data-'.length));
	const next = script.split(version).join('1999999999999').split(hash).join('e'.repeat(64));
	expect(next).not.toBe(script);
	const served = 'build/service-worker.js';
	expect(readFileSync(served, 'utf8')).toBe(script);
	const copies = ['.br', '.gz'].filter((c) => existsSync(served + c));
	for (const c of copies) renameSync(served + c, `${served}${c}.old`);
	writeFileSync(served, next);
	try {
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		await newVersion(page, oldShell, oldData);
	} finally {
		writeFileSync(served, script);
		for (const c of copies) renameSync(`${served}${c}.old`, served + c);
	}
});

/** The banner, the switch on Reload, and the new version's caches in place of the old ones. */
async function newVersion(page: Page, oldShell: string, oldData: string) {
	const banner = page.getByTestId('update-banner');
	// the new version installs (its shell, 7 MB) before it is ready
	await expect(banner).toContainText('A new version is ready — reload to switch', { timeout: 0 });
	// the old version still runs this page, with its caches, until the user switches
	expect(await page.evaluate(() => caches.keys())).toContain(oldShell);
	const reloaded = page.waitForEvent('load');
	await banner.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await waitForPaint(page, 'AE2022:winner:SP');
	await expect(banner).toHaveCount(0);
	await expect
		.poll(() => page.evaluate(() => caches.keys()), { timeout: 0 })
		.toContain('kshetra-shell-1999999999999');
	const after = await page.evaluate(() => caches.keys());
	expect(after).not.toContain(oldShell);
	expect(after).not.toContain(oldData);
	expect(after).toContain(`kshetra-data-${'e'.repeat(16)}`);
}
