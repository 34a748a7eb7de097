/**
 * Faults: a data file missing (HTTP 404) or cut short, the database engine missing, the network
 * lost mid-load, storage unavailable or full. In each case the page says what failed, naming the
 * file, in plain words, with a Retry button; once the fault is gone, Retry recovers in place (the
 * map paints) without reloading. Never a blank page, never an uncaught error. The organisation
 * data already imported survives all of it, and an interrupted import; a version 1 record is
 * upgraded, not dropped; a record this version cannot read is kept until the user deletes it.
 */
import { readFileSync } from 'node:fs';
import {
	test as base,
	expect,
	type Browser,
	type BrowserContext,
	type Page,
	type Route
} from '@playwright/test';
import { switchToHindi, waitForPaint } from './fixtures.ts';
import { ourOrgCsv } from '../helpers/org-row.ts';

/**
 * Like fixtures.ts's watch, except that the browser's own network log ("Failed to load resource:
 * the server responded with a status of 404", net::ERR_…) is expected here: those faults are the
 * point. Uncaught errors and any other console error still fail the test, as do requests to other
 * origins.
 */
function watchErrors(page: Page, baseURL: string): string[] {
	const errors: string[] = [];
	const origin = new URL(baseURL).origin;
	page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error' && !/^Failed to load resource|net::ERR_/.test(m.text()))
			errors.push(`console: ${m.text()}`);
	});
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
			errors.push(`foreign request: ${u}`);
	});
	return errors;
}

/**
 * One context and page for a serial group of tests, as the config's contexts (no service worker,
 * so that page.route's faults reach the page), with its errors watched.
 */
async function sharedPage(browser: Browser, baseURL: string) {
	const context = await browser.newContext({
		baseURL,
		viewport: { width: 1280, height: 800 },
		reducedMotion: 'reduce',
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	return { context, page, errors: watchErrors(page, baseURL) };
}

const test = base.extend<{ errors: string[] }>({
	errors: async ({ page, baseURL }, use) => {
		const errors = watchErrors(page, baseURL!);
		await use(errors);
		expect(errors).toEqual([]);
	}
});

const DATA = 'static/data/';
const bytesOf = (file: string) => readFileSync(DATA + file);

/** Serves the first half of a file, answering HEAD and Range requests as a real server would. */
async function serveHalf(route: Route, full: Buffer, type: string) {
	const body = full.subarray(0, full.length >> 1);
	const req = route.request();
	const headers = { 'content-type': type, 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
	if (req.method() === 'HEAD')
		return route.fulfill({
			status: 200,
			headers: { ...headers, 'content-length': String(body.length) }
		});
	const m = /bytes=(\d+)-(\d*)/.exec(req.headers()['range'] ?? '');
	if (!m) return route.fulfill({ status: 200, headers, body });
	const start = Number(m[1]);
	const end = Math.min(m[2] ? Number(m[2]) : body.length - 1, body.length - 1);
	if (start >= body.length)
		return route.fulfill({ status: 416, headers: { 'content-range': `bytes */${body.length}` } });
	return route.fulfill({
		status: 206,
		headers: { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}` },
		body: body.subarray(start, end + 1)
	});
}

const notFound = (route: Route) => route.fulfill({ status: 404, body: 'not found' });

/** The failure notice: visible, readable, with Retry; the page around it is not blank. */
async function expectFailure(page: Page, text: string | RegExp) {
	const alert = page.getByTestId('load-error').filter({ hasText: text });
	await expect(alert).toBeVisible();
	await expect(alert.getByRole('button', { name: /Retry|फिर से कोशिश करें/ })).toBeVisible();
	await expect(page.locator('h1')).toBeVisible();
	return alert;
}

/**
 * Retry (in place: the page is not reloaded) while another fault is in place: the notice now names
 * that one, and the one before is gone. A test that checks faults one after another on one page
 * loads it once, not once per fault (issue 16).
 */
async function retryInto(
	page: Page,
	alert: ReturnType<Page['getByTestId']>,
	text: string | RegExp
) {
	const before = (await alert.textContent())!;
	await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
	await alert.getByRole('button').click();
	const next = await expectFailure(page, text);
	await expect(page.getByTestId('load-error').filter({ hasText: before })).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)
	).toBe(true);
	return next;
}

/** Retry (in place: the page is not reloaded), then the map paints and no failure is left. */
async function retryAndRecover(page: Page, alert: ReturnType<Page['getByTestId']>) {
	await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
	await alert.getByRole('button').click();
	await waitForPaint(page);
	await expect(page.getByTestId('load-error')).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)
	).toBe(true);
}

test.describe('a file is missing or damaged: named, with Retry that recovers', () => {
	/**
	 * English, then Hindi on the same page: the site's own switch turns the failed page into Hindi
	 * in place and the notice follows (a second page load only to see it in Hindi cost the CI a
	 * failing load and a recovery, issue 16; hindi.spec.ts checks pages loaded with ?lang=hi).
	 */
	// The booth view: the state and seat views answer from snapshots and never load the database
	// (data/session.svelte.ts), the booth view needs it at once.
	test('results.parquet answers 404 (booth view), said in English, then in Hindi', async ({
		page,
		errors
	}) => {
		void errors;
		await page.route('**/data/results.parquet', notFound);
		await page.goto('/seat/43/ac/213/');
		await expectFailure(
			page,
			'Could not load the results database: data/results.parquet: HTTP 404, the file is not on the server'
		);
		await page.screenshot({ path: 'test-results/faults-results-404.png' });
		await switchToHindi(page);
		const alert = await expectFailure(
			page,
			'परिणामों का डेटाबेस लोड नहीं हो सका: data/results.parquet: HTTP 404, यह फाइल सर्वर पर नहीं है'
		);
		await expect(alert.getByRole('button')).toHaveText('फिर से कोशिश करें');
		await expect(page.getByTestId('load-error')).toHaveCount(1);
		await page.screenshot({ path: 'test-results/faults-results-404-hi.png' });
		await page.unroute('**/data/results.parquet');
		await retryAndRecover(page, alert);
	});

	test("the seat's GeoJSON answers 404, then arrives cut in half", async ({ page, errors }) => {
		void errors;
		await page.route('**/data/seat/43.geojson', notFound);
		await page.goto('/seat/43/');
		let alert = await expectFailure(
			page,
			"Could not load the seat's map: data/seat/43.geojson: HTTP 404, the file is not on the server"
		);
		await page.unroute('**/data/seat/43.geojson');
		const full = bytesOf('seat/43.geojson');
		await page.route('**/data/seat/43.geojson', (r) => serveHalf(r, full, 'application/geo+json'));
		alert = await retryInto(
			page,
			alert,
			/Could not load the seat's map: data\/seat\/43\.geojson: the file arrived incomplete or damaged/
		);
		await page.unroute('**/data/seat/43.geojson');
		await retryAndRecover(page, alert);
	});

	test('pc.geojson answers 404 (state view)', async ({ page, errors }) => {
		void errors;
		await page.route('**/data/pc.geojson', notFound);
		await page.goto('/?u=pc');
		const alert = await expectFailure(
			page,
			'Could not load the map: data/pc.geojson: HTTP 404, the file is not on the server'
		);
		await page.unroute('**/data/pc.geojson');
		await retryAndRecover(page, alert);
	});

	/**
	 * Three faults of the database one after another on one page, each mended before the next is
	 * met (a load of its own for each cost the CI two more failing loads and recoveries, issue 16):
	 * the engine's worker script missing, then its wasm, then results.parquet cut in half.
	 */
	test("the database engine's worker script answers 404, then its wasm, then results.parquet arrives cut in half (Range requests answered)", async ({
		page,
		context,
		errors
	}) => {
		void errors;
		const script = '**/duckdb-browser-*.worker*.js';
		await context.route(script, notFound);
		await page.goto('/seat/43/ac/213/');
		let alert = await expectFailure(
			page,
			/^Could not load the results database: duckdb-browser-(eh|mvp)\.worker[\w.-]*\.js: HTTP 404, the file is not on the server/
		);
		await context.unroute(script);

		await context.route('**/*.wasm', notFound);
		alert = await retryInto(
			page,
			alert,
			/^Could not load the results database: duckdb-(eh|mvp)[\w.-]*\.wasm: HTTP 404, the file is not on the server/
		);
		await context.unroute('**/*.wasm');

		const full = bytesOf('results.parquet');
		await page.route('**/data/results.parquet', (r) =>
			serveHalf(r, full, 'application/octet-stream')
		);
		alert = await retryInto(
			page,
			alert,
			/Could not load the results database: data\/results\.parquet: the file arrived incomplete or damaged \(.+\)/
		);
		await page.unroute('**/data/results.parquet');
		await retryAndRecover(page, alert);
	});

	test('a booth table answers 404 when an AC opens (loaded on demand)', async ({
		page,
		errors
	}) => {
		void errors;
		await page.route('**/data/booths.parquet', notFound);
		await page.goto('/seat/43/ac/213/');
		const alert = await expectFailure(
			page,
			'Some data could not be loaded: data/booths.parquet: HTTP 404, the file is not on the server'
		);
		await page.unroute('**/data/booths.parquet');
		await retryAndRecover(page, alert);
	});
});

test('the network is lost mid-load, then comes back', async ({ page, context, errors }) => {
	void errors;
	let passed = 0;
	const cut = (route: Route) =>
		passed++ < 4 ? route.continue() : route.abort('internetdisconnected');
	await context.route(/\/data\/|\.wasm$/, cut);
	await page.goto('/seat/43/ac/213/');
	const alert = await expectFailure(
		page,
		/^Could not load .*: (data\/[\w/.]+\.(parquet|geojson)|duckdb-[\w.-]+\.wasm): the connection broke before the file arrived/
	);
	expect(passed).toBeGreaterThan(4);
	await context.unroute(/\/data\/|\.wasm$/, cut);
	await retryAndRecover(page, alert);
});

// ---------------------------------------------------------------------------------------------
// Stored data: the party's organisation file, kept in IndexedDB.

const SECRET = 'FAULT-NOTE-4417';
const ourCsv = ourOrgCsv(SECRET);
const otherCsv = 'AC No,Booth No,Booth President\n212,1,no\n212,2,no\n';
const WIN = '/seat/43/winnability/?ac=212';

async function importFile(page: Page, name: string, csv: string) {
	await page
		.getByTestId('org-file')
		.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(page.getByTestId('org-preview')).toBeVisible();
}

/** Our file is the organisation data in use, with its numbers. */
async function expectOurData(page: Page) {
	await expect(page.getByTestId('org-status')).toContainText('our-booths.csv');
	await expect(page.getByTestId('demo-flag')).toHaveCount(0);
	await expect(page.locator('[data-testid="aspirants"] tr[data-ac="212"]')).toContainText(
		'Aspirant Zeta: 10'
	);
	await expect(
		page.locator('[data-testid="segment-projection"] tr[data-ac="212"] td').nth(5)
	).toHaveText('10 / 345');
}

/** The stored organisation record, read straight from IndexedDB. */
const storedOrg = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<Record<string, unknown> | undefined>((ok, fail) => {
				const req = indexedDB.open('kshetra-org');
				req.onupgradeneeded = () => req.result.createObjectStore('organisation');
				req.onerror = () => fail(req.error ?? new Error('IndexedDB request failed'));
				req.onsuccess = () => {
					const db = req.result;
					const get = db
						.transaction('organisation')
						.objectStore('organisation')
						.get('organisation');
					// the record as the app stored it (IndexedDB types every value as any)
					get.onsuccess = () => (db.close(), ok(get.result as Record<string, unknown> | undefined));
					get.onerror = () => fail(get.error ?? new Error('IndexedDB request failed'));
				};
			})
	);

/** Writes a value as the stored organisation record (as an older or newer app would have). */
const writeOrg = (page: Page, value: unknown) =>
	page.evaluate(
		(value) =>
			new Promise<void>((ok, fail) => {
				const req = indexedDB.open('kshetra-org');
				req.onupgradeneeded = () => req.result.createObjectStore('organisation');
				req.onerror = () => fail(req.error ?? new Error('IndexedDB request failed'));
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction('organisation', 'readwrite');
					tx.objectStore('organisation').put(value, 'organisation');
					tx.oncomplete = () => (db.close(), ok());
					tx.onerror = () => fail(tx.error ?? new Error('IndexedDB request failed'));
				};
			}),
		value
	);

async function importOurs(page: Page) {
	await page.goto(WIN);
	// the page's data: as long as the test's limit allows (60 s failed at load average 34)
	await expect(page.getByTestId('org-status')).toContainText('Demo data', { timeout: 0 });
	// The booth numbering the file is read in (AE2017, the view's) is known once the view has
	// loaded its booths; a file picked before that is read in LS2014 numbering (see OrgPanel).
	await expect(page.getByTestId('org-numbering')).toHaveValue('AE2017');
	await importFile(page, 'our-booths.csv', ourCsv);
	await page.getByTestId('org-confirm').click();
	await expectOurData(page);
}

/**
 * The four tests share one page, in this order, each starting where the one before left it: our
 * file imported through the panel, shown, stored. Importing it afresh for each test cost three more
 * loads of the winnability page (about 12 s each idle, over 30 s beside other work), and these
 * tests failed the suite's time limit under load (issue 16). The order matters: the IndexedDB test
 * leaves its broken-storage script switched off (sessionStorage) and the storage-full test, whose
 * script stays on, comes last. Serial: after a failure the rest are skipped, not run on a page in
 * an unknown state.
 */
test.describe('organisation data kept in this browser', () => {
	// Up to three loads of the winnability page a test: beside other work (load average 30 on 2
	// cores) the first test took over the suite's three minutes while nothing was wrong (issue 16).
	test.describe.configure({ mode: 'serial', timeout: 360_000 });
	let context: BrowserContext;
	let page: Page;
	let errors: string[] = [];
	test.beforeAll(async ({ browser, baseURL }) => {
		// as the config's contexts: no service worker, so that page.route's faults reach the page
		({ context, page, errors } = await sharedPage(browser, baseURL!));
		await importOurs(page);
		expect((await storedOrg(page))?.version).toBe(3);
	});
	test.afterEach(() => expect(errors.splice(0)).toEqual([]));
	test.afterAll(() => context?.close());

	test('survives a reload with a fault (data missing), and one without', async () => {
		await expectOurData(page);
		const before = await storedOrg(page);
		expect(before?.version).toBe(3);

		await page.route('**/data/results.parquet', notFound);
		await page.reload();
		const alert = await expectFailure(page, 'data/results.parquet: HTTP 404');
		expect(await storedOrg(page)).toEqual(before);
		await page.unroute('**/data/results.parquet');
		await retryAndRecover(page, alert);
		await expectOurData(page);

		await page.reload();
		await waitForPaint(page);
		await expectOurData(page);
		expect(await storedOrg(page)).toEqual(before);
	});

	test('an import interrupted by a reload leaves the previous data', async () => {
		await expectOurData(page);
		await importFile(page, 'other.csv', otherCsv);
		await expect(page.getByTestId('org-preview')).toContainText('other.csv');
		await page.reload();
		await expectOurData(page);
		await expect(page.getByTestId('org-preview')).toHaveCount(0);
		expect((await storedOrg(page))?.file).toBe('our-booths.csv');
	});

	test('IndexedDB unavailable (private window): said, demo shown, Retry reads it back', async () => {
		await expectOurData(page);
		// From now on, indexedDB.open throws as in a private window, until the test lifts it.
		await page.addInitScript(() => {
			const w = window as unknown as { idbBroken: boolean };
			w.idbBroken = sessionStorage.getItem('idb') !== 'ok';
			// Called below with .apply(this, args): `this` is kept.
			// eslint-disable-next-line @typescript-eslint/unbound-method
			const open = IDBFactory.prototype.open;
			IDBFactory.prototype.open = function (...args: Parameters<typeof open>) {
				if (w.idbBroken)
					throw new DOMException(
						'A mutation operation was attempted on a database that did not allow mutations.',
						'InvalidStateError'
					);
				return open.apply(this, args);
			};
		});
		await page.reload();
		const alert = await expectFailure(
			page,
			'The organisation data kept in this browser could not be read: this browser does not let this site keep data here (a private window, or site data turned off).'
		);
		await waitForPaint(page);
		await expect(page.getByTestId('org-status')).toContainText('Demo data');
		await page.screenshot({ path: 'test-results/faults-storage-unavailable.png' });

		// Importing now cannot be saved, and says so.
		await importFile(page, 'other.csv', otherCsv);
		await page.getByTestId('org-confirm').click();
		await expect(page.getByTestId('org-message')).toContainText(
			'this browser does not let this site keep data here'
		);

		await page.evaluate(() => {
			(window as unknown as { idbBroken: boolean }).idbBroken = false;
			sessionStorage.setItem('idb', 'ok');
		});
		await alert.getByRole('button').click();
		await expectOurData(page);
		await page.reload();
		await expectOurData(page);
	});

	test('storage full (QuotaExceededError): the save fails, said, previous data intact', async () => {
		await expectOurData(page);
		await page.addInitScript(() => {
			const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			IDBObjectStore.prototype.put = function () {
				throw quota();
			};
			Storage.prototype.setItem = function () {
				throw quota();
			};
		});
		await page.reload();
		await expectOurData(page);
		await importFile(page, 'other.csv', otherCsv);
		await page.getByTestId('org-confirm').click();
		await expect(page.getByTestId('org-message')).toHaveText(
			"Could not save in this browser (this browser's storage for this site is full). Nothing was changed."
		);
		await expectOurData(page);
		// localStorage full too: adding a slide to the deck says it could not be saved.
		await page.getByRole('button', { name: '+ Add this view as a slide' }).click();
		await expect(page.getByTestId('add-slide')).toContainText('The slide could not be saved');
		await page.reload();
		await expectOurData(page);
		expect((await storedOrg(page))?.file).toBe('our-booths.csv');
	});
});

/**
 * The three tests share one browser context (and so its cache), in this order: each writes the
 * record it is about straight into IndexedDB over what the one before left, then loads the
 * winnability page. They each began with a load of the Sources page only to write the record, in
 * a context of their own (issue 16). Serial: after a failure the rest are skipped.
 */
test.describe('schema versions', () => {
	test.describe.configure({ mode: 'serial' });
	const V1 = JSON.parse(
		readFileSync('tests/unit/storage/fixtures/org-v1-partial.json', 'utf8')
	) as Record<string, unknown>;
	let context: BrowserContext;
	let page: Page;
	let errors: string[] = [];
	test.beforeAll(async ({ browser, baseURL }) => {
		({ context, page, errors } = await sharedPage(browser, baseURL!));
		// a page of the site's origin that runs none of its code, to write the first record from
		await page.goto('/favicon.svg');
	});
	test.afterEach(() => expect(errors.splice(0)).toEqual([]));
	test.afterAll(() => context?.close());

	test('a version 1 record is upgraded to version 3, shown, and written back', async () => {
		await writeOrg(page, V1);
		await page.goto(WIN);
		await expect(page.getByTestId('org-status')).toHaveText(
			'Your data: booths-partial.csv, 3 booths (AE2017 booth numbers), imported 2026-11-25.'
		);
		await expect(page.getByTestId('demo-flag')).toHaveCount(0);
		// version 2's columns: the file gave no BLA-2 or Panna Pramukh, and the page says so
		await expect(page.getByTestId('org-missing')).toHaveText(
			'Your file gives no BLA-2, Panna Pramukh for any booth: the organisation score counts them as 0 in every booth.'
		);
		await waitForPaint(page);
		await expect.poll(async () => (await storedOrg(page))?.version).toBe(3);
		const stored = (await storedOrg(page))!;
		expect(stored.columns).toEqual([
			'ac_no',
			'part_no',
			'president',
			'committee_members',
			'last_meeting'
		]);
		expect(stored.rows).toEqual(V1.rows);
		expect(stored.file).toBe(V1.file);
		expect(stored.imported_at).toBe(V1.imported_at);
		await page.reload();
		await expect(page.getByTestId('org-status')).toContainText('booths-partial.csv');
	});

	test('a record this version cannot read is said, kept, and deleted only when asked', async () => {
		const newer = { ...V1, version: 9, columns: ['ac_no', 'part_no'], future: { x: 1 } };
		await writeOrg(page, newer);
		await page.goto(WIN);
		const notice = page.getByTestId('org-unreadable');
		await expect(notice).toHaveText(
			/The organisation data stored in this browser could not be read: it was saved by a newer version of Kshetra \(version 9\)\. It has been kept, not deleted; the demo data is shown until you delete it or import a file\./
		);
		await expect(page.getByTestId('org-status')).toContainText('Demo data');
		await waitForPaint(page);
		await page.reload();
		await expect(notice).toBeVisible();
		expect(await storedOrg(page)).toEqual(newer);

		page.once('dialog', (d) => d.accept());
		await page.getByTestId('org-unreadable-action').click();
		await expect(notice).toHaveCount(0);
		expect(await storedOrg(page)).toBeUndefined();
		await expect(page.getByTestId('org-status')).toContainText('Demo data');
	});

	test('garbage is said the same way, and kept', async () => {
		await writeOrg(page, 'not an organisation record');
		await page.goto(WIN);
		await expect(page.getByTestId('org-unreadable')).toContainText(
			'it is not an organisation data record'
		);
		await waitForPaint(page);
		expect(await storedOrg(page)).toBe('not an organisation record');
	});
});
