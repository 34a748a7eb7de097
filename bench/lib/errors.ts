/**
 * Uncaught exceptions per page. A page that throws is broken: every wait in lib/browser.ts stops
 * at once instead of running into its timeout, and the benchmark fails.
 */
import type { Page } from 'playwright-core';

const thrown = new WeakMap<Page, string[]>();

/** Starts collecting the page's uncaught exceptions (once per page); returns the live list. */
export function watchErrors(page: Page): string[] {
	let list = thrown.get(page);
	if (!list) {
		const l: string[] = (list = []);
		thrown.set(page, l);
		page.on('pageerror', (e) => l.push(e.message));
	}
	return list;
}

export function assertHealthy(page: Page, what: string) {
	const errors = thrown.get(page);
	if (errors?.length) throw new Error(`${what}: the page threw: ${errors.join('; ')}`);
}
