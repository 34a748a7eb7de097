/**
 * A 100 MB organisation file: read in the import worker in pieces, with a progress bar of bytes
 * that advances and a Cancel button; the page stays responsive all along (a timer in the page
 * never waits more than 500 ms, and the page answers at once); Cancel stops the read and leaves
 * the organisation data already stored exactly as it was; without Cancel the read ends in a
 * preview of what would be imported.
 *
 * The file is written when the spec runs (never committed): a register of monthly reports for
 * every booth of Kanpur's five assembly segments (the real 2017 booth numbers: 345, 253, 249, 319
 * and 312 booths), about 58 bytes a row, 1.74 million rows. The first month's 1,478 rows are
 * valid; every later month repeats booths, which the importer counts as rows with problems (the
 * worst case: almost every row has one). Both tests use the full 100 MB file.
 */
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Page } from '@playwright/test';
import { expect, test, waitForPaint } from './fixtures.ts';

const BOOTHS: Record<number, number> = { 212: 345, 213: 253, 214: 249, 215: 319, 216: 312 };
const VALID = Object.values(BOOTHS).reduce((a, b) => a + b, 0); // 1,478
const SIZE = 100_000_000;
const FILE = join(tmpdir(), `kshetra-org-100mb-${process.pid}.csv`);
let rows = 0;

/** Writes the 100 MB file (in 1 MB blocks, so that the test process never holds it whole). */
async function writeLargeFile() {
	const out = createWriteStream(FILE);
	let size = 0;
	let block = '';
	const put = async (s: string) => {
		block += s;
		if (block.length < 1 << 20) return;
		size += Buffer.byteLength(block);
		if (!out.write(block)) await once(out, 'drain');
		block = '';
	};
	await put(
		'AC No,Booth No,Booth President,Committee Members,BLA-2,Panna Pramukh,Last Meeting Date,Notes\n'
	);
	for (let month = 0; size + block.length < SIZE; month++)
		for (const [ac, n] of Object.entries(BOOTHS))
			for (let b = 1; b <= n && size + block.length < SIZE; b++, rows++)
				await put(
					`${ac},${b},yes,${10 + (b % 9)},yes,${20 + (b % 13)},${1 + (b % 28)}/${1 + (month % 12)}/2026,report ${month + 1}: committee met\n`
				);
	out.end(block);
	await once(out, 'finish');
}

test.beforeAll(async () => {
	await writeLargeFile();
});
test.afterAll(() => rmSync(FILE, { force: true }));

const WIN = '/seat/43/winnability/?ac=212';
const small = [
	'AC No,Booth No,Booth President,Committee Members,Notes',
	...Array.from({ length: 5 }, (_, i) => `212,${i + 1},yes,11,SMALL-FILE`)
].join('\n');

/** A timer in the page every 20 ms; the longest wait between two of its runs shows a frozen page. */
const startHeartbeat = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { beat: { max: number; last: number; n: number; on: boolean } };
		w.beat = { max: 0, last: performance.now(), n: 0, on: true };
		const tick = () => {
			const now = performance.now();
			w.beat.max = Math.max(w.beat.max, now - w.beat.last);
			w.beat.last = now;
			w.beat.n++;
			if (w.beat.on) setTimeout(tick, 20);
		};
		setTimeout(tick, 20);
	});
const stopHeartbeat = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { beat: { max: number; n: number; on: boolean } };
		w.beat.on = false;
		return { max: Math.round(w.beat.max), n: w.beat.n };
	});

/** The progress bar's bytes read. */
const bytesRead = async (page: Page) =>
	Number(await page.getByTestId('org-progress-bar').getAttribute('value'));

/** The stored organisation record, read straight from IndexedDB. */
const storedOrg = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<unknown>((ok, fail) => {
				const req = indexedDB.open('kshetra-org');
				req.onupgradeneeded = () => req.result.createObjectStore('organisation');
				req.onerror = () => fail(req.error ?? new Error('IndexedDB request failed'));
				req.onsuccess = () => {
					const db = req.result;
					const get = db
						.transaction('organisation')
						.objectStore('organisation')
						.get('organisation');
					get.onsuccess = () => (db.close(), ok(get.result));
					get.onerror = () => fail(get.error ?? new Error('IndexedDB request failed'));
				};
			})
	);

/**
 * Imports the small file and keeps it, on the page as it is (demo data, no preview): the data
 * that a cancelled import must leave alone.
 */
async function importSmall(page: Page) {
	await expect(page.getByTestId('org-status')).toContainText('Demo data');
	await expect(page.getByTestId('org-numbering')).toHaveValue('AE2017');
	await page
		.getByTestId('org-file')
		.setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(small) });
	await page.getByTestId('org-confirm').click();
	await expect(page.getByTestId('org-status')).toContainText('small.csv, 5 booths');
	await waitForPaint(page);
}

/**
 * One page for both reads of the 100 MB file (each began with its own browser context, page load
 * and map; one of each less for the CI, issue 16): first the whole read to a preview while
 * nothing is stored yet, then, once that preview is cancelled and a small file kept, a read
 * cancelled part way.
 */
test('100 MB: read to the end, then a preview, nothing stored until confirmed; with Cancel, progress in bytes advances, the page stays responsive, nothing changes', async ({
	page,
	watch
}) => {
	void watch;
	// Reading 100 MB takes about 20 s idle and several times that beside other work; the preview
	// is waited for as long as the test's own net allows (a hung read still fails), and the
	// cancelled read follows it on the same page: three times the config's net (test.slow).
	test.slow();
	await test.step('100 MB without Cancel: read to the end, then a preview; nothing stored until confirmed', async () => {
		await page.goto(WIN);
		// The first sight of the page's data waits as long as the test's limit allows (timeout: 0;
		// over the 60 s of an assertion at load average 60, issue 16).
		await expect(page.getByTestId('org-status')).toContainText('Demo data', { timeout: 0 });
		await expect(page.getByTestId('org-numbering')).toHaveValue('AE2017');
		await waitForPaint(page);
		await startHeartbeat(page);
		const started = Date.now();
		await page.getByTestId('org-file').setInputFiles(FILE);
		await expect(page.getByTestId('org-progress-bar')).toBeVisible();
		const preview = page.getByTestId('org-preview');
		await expect(preview).toBeVisible({ timeout: 0 });
		const readMs = Date.now() - started;
		const beat = await stopHeartbeat(page);
		// The read runs off the main thread: a 20 ms timer never waits more than half a second, or a
		// tenth of the whole read on a busy machine, where every timer is late (a read on the main
		// thread would freeze the page for most of the read).
		expect(beat.max, 'longest wait of a 20 ms timer in the page (ms)').toBeLessThan(
			Math.max(500, readMs / 10)
		);

		const name = FILE.split('/').pop()!;
		/** A number as the page may write it, with or without grouping commas. */
		const grouped = (n: number) => String(n).split('').join(',?');
		await expect(preview).toContainText(
			new RegExp(
				`${name}: ${grouped(VALID)} booths ready to import, ${grouped(rows - VALID)} rows with problems will be left out`
			)
		);
		await expect(page.getByTestId('org-problems').locator('li').first()).toHaveText(
			`${name}, row 1480, column B "Booth No": expected each booth once, got booth 1 of AC 212 again (first on row 2)`
		);
		await expect(page.getByTestId('org-confirm')).toHaveText(
			new RegExp(`^Import ${grouped(VALID)} booths$`)
		);
		await expect(page.getByTestId('org-progress')).toHaveCount(0);
		// Nothing is stored until the user confirms.
		await expect(page.getByTestId('org-status')).toContainText('Demo data');
		expect(await storedOrg(page)).toBeUndefined();
		test.info().annotations.push({
			type: 'measured',
			description: `${statSync(FILE).size} bytes, ${rows} rows read in ${readMs} ms; timer max gap ${beat.max} ms over ${beat.n} runs`
		});
		await page.getByTestId('org-cancel').click();
		await expect(preview).toHaveCount(0);
		expect(await storedOrg(page)).toBeUndefined();
	});

	await test.step('100 MB: progress in bytes advances, the page stays responsive, Cancel changes nothing', async () => {
		expect(statSync(FILE).size).toBeGreaterThanOrEqual(SIZE);
		await importSmall(page);
		const before = await storedOrg(page);
		expect(before).toMatchObject({ file: 'small.csv' });

		await startHeartbeat(page);
		const started = Date.now();
		await page.getByTestId('org-file').setInputFiles(FILE);
		const bar = page.getByTestId('org-progress-bar');
		await expect(bar).toBeVisible();
		await expect(bar).toHaveAttribute('max', String(statSync(FILE).size));
		await expect(page.getByTestId('org-progress-text')).toContainText('of 100.0 MB');
		await expect.poll(() => bytesRead(page), { timeout: 0 }).toBeGreaterThan(0);
		const first = await bytesRead(page);
		await expect.poll(() => bytesRead(page), { timeout: 0 }).toBeGreaterThan(first);
		const second = await bytesRead(page);
		expect(second).toBeLessThan(SIZE); // still reading: there is something to cancel

		// The page answers while the worker reads: a script run in the page returns before the read
		// ends (a read on the main thread would hold it until the whole file was read). Said by what
		// the page does, not by a clock: beside other work every answer is late (1.2 s at load 56).
		const asked = Date.now();
		expect(await page.evaluate(() => document.title.length)).toBeGreaterThan(0);
		const answered = Date.now() - asked;
		expect(await bytesRead(page)).toBeLessThan(SIZE);
		await expect(page.getByTestId('org-progress-bar')).toBeVisible();

		await page.getByTestId('org-import-cancel').click();
		await expect(page.getByTestId('org-message')).toHaveText(
			`Import of ${FILE.split('/').pop()} cancelled. Nothing was changed.`
		);
		const cancelledAfter = Date.now() - started;
		await expect(page.getByTestId('org-progress')).toHaveCount(0);
		await expect(page.getByTestId('org-preview')).toHaveCount(0);
		const beat = await stopHeartbeat(page);
		// as in the read above: half a second, or a tenth of the time to the cancel on a busy machine
		expect(beat.max, 'longest wait of a 20 ms timer in the page (ms)').toBeLessThan(
			Math.max(500, cancelledAfter / 10)
		);

		// What was stored is unchanged, on the page and in IndexedDB, also after a reload.
		await expect(page.getByTestId('org-status')).toContainText('small.csv, 5 booths');
		expect(await storedOrg(page)).toEqual(before);
		await page.reload();
		await expect(page.getByTestId('org-status')).toContainText('small.csv, 5 booths', {
			timeout: 0
		});
		expect(await storedOrg(page)).toEqual(before);
		test.info().annotations.push({
			type: 'measured',
			description: `cancelled at ${second} bytes after ${cancelledAfter} ms; timer max gap ${beat.max} ms over ${beat.n} runs; page answered in ${answered} ms`
		});
	});
});
