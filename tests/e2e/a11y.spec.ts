/**
 * Every route, once its page has drawn its data, on one page load per route:
 * - its Content-Security-Policy is strict (no other origin, no eval but 'wasm-unsafe-eval', which
 *   DuckDB-wasm needs) and the page works under it with no violation, in English and in Hindi;
 * - axe-core (WCAG 2.1 A and AA rules) finds no serious or critical violation, in English and in
 *   Hindi;
 * - the view's source line (or the slide's) links to the Sources page in the interface's
 *   language; on the seat page the link is followed, in both languages.
 *
 * English first, then the site's own language switch turns the same page into Hindi in place (as
 * a user does; hindi.spec.ts checks that pages loaded with ?lang=hi read the same). Each of these
 * checks once had a spec of its own that loaded the same routes again (a11y, security's CSP and
 * sources' source lines: 23 page loads for these 10 routes, 10 now; issue 16). axe is evaluated
 * through the browser's devtools protocol (page.evaluate), which the page's CSP does not govern, so
 * the CSP stays on while axe runs; a violation axe or anything else caused would be reported by
 * the page and fail the test. The routes share the browser's cache (fixtures.ts cachedTest), not
 * its storage.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { cachedTest as test, expect, switchToHindi, waitForPaint } from './fixtures.ts';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

const PAINTED = '[data-painted]:not([data-painted="pending"])';

interface Route {
	path: string;
	/** what shows the page has done its work (its data drawn); every one is waited for */
	ready: string[];
	/** the test id of the page's source line, if it has one */
	source?: 'source-line' | 'slide-source';
	/** follow the source line's link to the Sources page and back (once, on the seat page) */
	follow?: boolean;
}

const ROUTES: Route[] = [
	{ path: '/', ready: [PAINTED], source: 'source-line' },
	{ path: '/seat/43/', ready: [PAINTED], source: 'source-line', follow: true },
	{ path: '/seat/43/ac/213/', ready: [PAINTED], source: 'source-line' },
	{ path: '/seat/43/winnability/', ready: [PAINTED], source: 'source-line' },
	{
		path: '/backtest/',
		ready: [
			'[data-testid="backtest-table"]',
			'[data-testid="forecast-backtest"][data-named="true"] [data-testid="fc-table"]'
		],
		source: 'source-line'
	},
	{ path: '/present/43/', ready: ['[data-slide="1"] [data-ready="true"]'], source: 'slide-source' },
	{ path: '/present/43/?s=3', ready: ['[data-slide="3"] [data-ready="true"]'] },
	{ path: '/sources/', ready: ['li[data-source]'] },
	{
		path: '/2027/',
		ready: ['[data-testid="y27"][data-busy="false"] [data-testid="y27-map"] path']
	},
	{ path: '/present/2027/', ready: ['[data-slide="1"] [data-ready="true"]'] }
];

/**
 * A hung-page net, not a speed check: axe walks every node of a map page, and beside other work
 * (load average 17 on 2 cores) its run alone took over a minute, failing the suite's 60 s limit
 * on / and /seat/43/ac/213/ while nothing was wrong. Each test runs axe twice (English, Hindi).
 * Its waits for the page are bounded by this net alone.
 */
test.describe.configure({ timeout: 360_000 });

interface AxeResult {
	violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * The serious and critical violations axe finds on the page as it is now. Every rule runs on every
 * node as before; `resultTypes` only stops axe describing (selector, HTML) each node that passed or
 * was inapplicable, which the test never reads (it keeps one of each).
 */
async function seriousViolations(page: Page): Promise<string[]> {
	// axe cannot measure what content-visibility: auto leaves unrendered (rows of the 2027 list
	// and the booth table out of view): it reads their boxes as overlapping and reports colour
	// contrast against the wrong background (dequelabs/axe-core#2768). Render all of it for the
	// audit (an inline style through the CSSOM, which the strict CSP allows).
	await page.evaluate(() => {
		for (const e of document.querySelectorAll<HTMLElement>('main *'))
			if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
	});
	const result = await page.evaluate(() =>
		(
			window as unknown as {
				axe: { run: (ctx: Document, o: object) => Promise<AxeResult> };
			}
		).axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			resultTypes: ['violations']
		})
	);
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')})`
		);
}

/** How many Devanagari letters the page's main part shows. */
const devanagariInMain = (page: Page) =>
	page
		.locator('main')
		.innerText()
		.then((s) => s.match(/[\u0900-\u097F]/g)?.length ?? 0);

async function drawn(page: Page, route: Route) {
	for (const sel of route.ready)
		await page.locator(sel).first().waitFor({ state: 'attached', timeout: 0 });
}

/** The source line links to the Sources page in the interface's language (and, if asked, goes). */
async function sourceLine(page: Page, route: Route, lang: 'en' | 'hi') {
	if (!route.source) return;
	const line = page.getByTestId(route.source).first();
	await expect(line).toBeVisible({ timeout: 0 });
	const link = line.getByRole('link', {
		name: lang === 'hi' ? 'सभी स्रोत और लाइसेंस' : 'All sources and licences'
	});
	const href = new URL(await link.evaluate((a: HTMLAnchorElement) => a.href));
	expect(href.pathname, `${route.path} (${lang}): the source line's link`).toBe('/sources/');
	expect(href.searchParams.get('lang')).toBe(lang === 'hi' ? 'hi' : null);
	if (!route.follow) return;
	await waitForPaint(page);
	await link.click();
	await expect(page).toHaveURL(/\/sources\//);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		lang === 'hi' ? 'स्रोत और लाइसेंस' : 'Sources and licences'
	);
	if (lang === 'en') {
		await page.goBack();
		await drawn(page, route);
	}
}

for (const route of ROUTES)
	test(`${route.path}: strict CSP, no serious or critical axe violation${route.source ? ', source line' : ''} (en, then hi)`, async ({
		page
	}) => {
		const { path } = route;
		const violations: string[] = [];
		await page.exposeFunction('__violation', (v: string) => violations.push(v));
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { __violation: (v: string) => void }).__violation(
					`${e.violatedDirective} ${e.blockedURI}`
				)
			)
		);
		await page.goto(path);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).not.toMatch(/https?:\/\//);

		await drawn(page, route);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.evaluate(axeSource);
		expect(await seriousViolations(page), `${path} in English`).toEqual([]);
		const english = await devanagariInMain(page);
		await sourceLine(page, route, 'en');

		await switchToHindi(page);
		await drawn(page, route);
		// The page's own words are in Devanagari now (an English page may already show a few
		// Hindi names: the Hindi page shows many more).
		await expect.poll(() => devanagariInMain(page)).toBeGreaterThan(english + 20);
		expect(
			await page.evaluate(() => typeof (window as unknown as { axe?: object }).axe),
			'switched without a reload'
		).toBe('object');
		expect(await seriousViolations(page), `${path} in Hindi`).toEqual([]);
		await sourceLine(page, route, 'hi');
		expect(violations, `${path}: CSP violations`).toEqual([]);
	});
