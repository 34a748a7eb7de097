/**
 * Loading on a slow line: while DuckDB-wasm's engine (duckdb-eh.wasm, 34,242,586 bytes, served
 * as is) and the tables download, the page says what is loading and how far along it is, with a
 * bar and the bytes received, and the booth map's outline is already drawn. The network is slowed
 * with Chromium's own throttling (CDP), so that the bar is seen at two different byte counts.
 * Each test is a first visit, in a browser context of its own (fixtures.ts `test`, not
 * `cachedTest`): with the engine and the tables already in the browser's cache there would be no
 * download to watch.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, waitForPaint } from './fixtures.ts';

const wasm = createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');

test('the engine download advances in MB on a bar; the outline is drawn meanwhile', async ({
	page,
	context
}) => {
	const size = statSync(wasm).size;
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	// 8 Mbit/s: the engine arrives brotli-compressed (5.9 MB, 34 MB once decoded, which is what
	// the bar counts) in about six seconds.
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 20,
		downloadThroughput: (8e6 / 8) | 0,
		uploadThroughput: (10e6 / 8) | 0
	});
	// Every text the engine line shows, recorded in the page as it changes, so the first reading is
	// the page's first and not whatever it shows when a busy test runner gets to look.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { dbBytesSeen: string[] }).dbBytesSeen = seen;
		new MutationObserver(() => {
			const t = document.querySelector('[data-testid="db-bytes"]')?.textContent;
			if (t && seen[seen.length - 1] !== t) seen.push(t);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await page.goto('/seat/43/ac/213/');
	const bytes = page.getByTestId('db-bytes');
	const bar = page.getByTestId('db-progress');
	const read = async () => {
		const text = (await bytes.textContent()) ?? '';
		const m = /database engine ([\d.]+) of ([\d.]+) MB/.exec(text);
		expect(m, text).not.toBeNull();
		return {
			text,
			loaded: Number(m![1]),
			total: Number(m![2]),
			value: await bar.evaluate((e: HTMLProgressElement) => e.value),
			max: await bar.evaluate((e: HTMLProgressElement) => e.max)
		};
	};
	await expect(bytes).toBeVisible({ timeout: 0 });
	const first = await read();
	const firstSeen = await page.evaluate(
		() => (window as unknown as { dbBytesSeen: string[] }).dbBytesSeen[0]
	);
	const firstLoaded = Number(/database engine ([\d.]+) of/.exec(firstSeen)?.[1]);
	// Counted from the first bytes on (DuckDB-wasm's own report stayed silent for 7.7 MB).
	expect(firstLoaded, firstSeen).toBeLessThan(5);
	// The size is the file's, as the server's Content-Length gives it.
	expect(first.total).toBe(Number((size / 1e6).toFixed(1)));
	expect(first.max).toBe(size);
	await expect
		.poll(async () => (await read()).loaded, { timeout: 0 })
		.toBeGreaterThan(first.loaded + 1);
	const second = await read();
	expect(second.value).toBeGreaterThan(first.value);
	expect(second.value).toBeLessThanOrEqual(size);
	// Not a blank screen: the status says what loads, over a map that shows the AC's outline.
	await expect(page.getByTestId('db-status')).toHaveText('Starting the database engine…');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Sishamau');
	await expect(page.getByTestId('booth-map').locator('canvas')).toBeVisible();
	console.log(`progress seen: ${first.text} → ${second.text}`);

	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 0,
		downloadThroughput: -1,
		uploadThroughput: -1
	});
	await waitForPaint(page);
	await expect(page.getByTestId('db-load')).toHaveCount(0);
});

test('in Hindi, the same numbers in Hindi words', async ({ page, context }) => {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 20,
		downloadThroughput: (80e6 / 8) | 0,
		uploadThroughput: (10e6 / 8) | 0
	});
	await page.goto('/seat/43/ac/213/?lang=hi');
	await expect(page.getByTestId('db-bytes')).toContainText(/डेटाबेस इंजन 34\.2 MB में से [\d.]+ MB/, {
		timeout: 0
	});
	await expect(page.getByTestId('db-progress')).toHaveAttribute(
		'aria-label',
		'परिणामों के डेटाबेस के लोड होने की प्रगति'
	);
});

test('the state map, once drawn, is not covered by "Starting the database engine…"', async ({
	page,
	context
}) => {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	// 40 Mbit/s: the engine is still downloading when the first view's snapshot has drawn the map.
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 20,
		downloadThroughput: (40e6 / 8) | 0,
		uploadThroughput: (10e6 / 8) | 0
	});
	await page.goto('/');
	await page.locator('[data-painted]:not([data-painted="pending"])').waitFor({ timeout: 0 });
	await expect(page.getByTestId('db-load')).toHaveCount(0);
});
