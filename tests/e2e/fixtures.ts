/**
 * Shared e2e fixtures: every test records requests to other origins and console errors, and
 * fails if there were any (Kshetra loads nothing from outside its own site). `watch` is automatic:
 * it runs for every test of a spec that imports `test` from here, whether or not the test names it
 * (a test names it only to read what was recorded).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface Watch {
	foreign: string[];
	errors: string[];
}

export const test = base.extend<{ watch: Watch; allowedErrors: RegExp[] }>({
	/** console errors a spec expects (e.g. the browser's own line for a page answered with 404) */
	allowedErrors: [[], { option: true }],
	watch: [
		async ({ page, baseURL, allowedErrors }, use) => {
			const watch: Watch = { foreign: [], errors: [] };
			const origin = new URL(baseURL!).origin;
			page.on('request', (r) => {
				const u = r.url();
				if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
					watch.foreign.push(u);
			});
			page.on('console', (m) => {
				if (m.type() === 'error' && !allowedErrors.some((r) => r.test(m.text())))
					watch.errors.push(m.text());
			});
			page.on('pageerror', (e) => watch.errors.push(e.message));
			await use(watch);
			expect(watch.foreign, 'requests to other origins').toEqual([]);
			expect(watch.errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Waits until the map has drawn the colours of the given view key (or any real view), for as long
 * as the test's own time limit allows: a fixed 45 s failed beside other work while the page was
 * only slow (issue 16). A hung page still fails, at the test's limit, naming this wait. The
 * specs' other waits for a page's data (timeout: 0) follow the same rule.
 */
export async function waitForPaint(page: Page, key?: string) {
	const sel = key ? `[data-painted="${key}"]` : '[data-painted]:not([data-painted="pending"])';
	await page.locator(sel).first().waitFor({ state: 'attached', timeout: 0 });
}

/**
 * Turns the page into Hindi in place with the site's own language switch (no reload), as a user
 * does; hindi.spec.ts checks that pages loaded with ?lang=hi read the same. A presentation hides
 * the site's header behind its full-screen deck, so there the switch's click handler is dispatched
 * rather than clicked through the deck. Lets a spec check both languages on one page load.
 */
export async function switchToHindi(page: Page) {
	// By its hreflang, not its role: a hidden header's links have no role to find them by.
	const hindi = page.getByTestId('lang-switch').locator('a[hreflang="hi"]');
	if (await hindi.isVisible()) await hindi.click();
	else await hindi.dispatchEvent('click');
	await expect(page).toHaveURL(/[?&]lang=hi/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
}

/**
 * `test` for specs whose tests may share the browser's cache: every test of the spec in a worker
 * gets a new page in one browser context, whose HTTP cache (data files, the database engine and
 * its compiled WebAssembly) lasts from test to test. A page load in a fresh context cost about
 * 6.3 s of CPU on the CI's 2-core machine and each further load in the same context about 2.7 s
 * (four loads of /seat/43/, load average 17; issue 16). What a test leaves in the browser does not
 * reach the next: after each test its pages are closed (and with them their sessionStorage) and
 * the site's storage is emptied (cookies, localStorage, IndexedDB, Cache Storage), and the next
 * test checks it is empty before it starts. Only the cache is shared, so a spec that checks a first visit (what a
 * new user's browser fetches) or injects faults into the context keeps the per-test contexts of
 * `test`. The service worker is blocked and motion reduced as in the config, and `test.use`
 * context options do not apply: a spec needing others sets them on the page.
 */
export const cachedTest = test.extend<object, { sharedContext: BrowserContext }>({
	sharedContext: [
		async ({ browser }, use, info) => {
			const { baseURL, viewport, reducedMotion } = info.project.use;
			const context = await browser.newContext({
				baseURL,
				viewport,
				reducedMotion,
				serviceWorkers: 'block'
			});
			await use(context);
			await context.close();
		},
		{ scope: 'worker' }
	],
	context: async ({ sharedContext }, use) => {
		await expect(siteStorage(sharedContext), 'storage left by an earlier test').resolves.toEqual(
			EMPTY
		);
		await use(sharedContext);
		for (const p of sharedContext.pages()) await p.close();
		await sharedContext.clearCookies();
		await emptySiteStorage(sharedContext);
	}
});

const EMPTY = { local: 0, databases: [] as string[], caches: [] as string[] };

/** Runs `fn` in a page of the site's origin that runs none of the site's code (its icon). */
async function onOrigin<T>(context: BrowserContext, fn: () => Promise<T>): Promise<T> {
	const page = await context.newPage();
	try {
		await page.goto('/favicon.svg');
		return await page.evaluate(fn);
	} finally {
		await page.close();
	}
}

/** What the site keeps in this context: counts of its keys, names of its databases and caches. */
const siteStorage = (context: BrowserContext) =>
	onOrigin(context, async () => ({
		local: localStorage.length,
		databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
		caches: await caches.keys()
	}));

const emptySiteStorage = (context: BrowserContext) =>
	onOrigin(context, async () => {
		localStorage.clear();
		for (const d of await indexedDB.databases())
			await new Promise((done, fail) => {
				const req = indexedDB.deleteDatabase(d.name!);
				req.onsuccess = done;
				req.onerror = () => fail(req.error ?? new Error(`could not delete ${d.name}`));
				req.onblocked = () => fail(new Error(`deleting ${d.name} was blocked`));
			});
		for (const k of await caches.keys()) await caches.delete(k);
	});
