/**
 * Shared e2e fixtures: every test records requests to other origins and console errors, and
 * fails if there were any (Kshetra loads nothing from outside its own site). `watch` is automatic:
 * it runs for every test of a spec that imports `test` from here, whether or not the test names it
 * (a test names it only to read what was recorded).
 */
import { test as base, expect, type Page } from '@playwright/test';

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
