/**
 * The forecast's backtests on /backtest/: the election chooser and the shares switch change the
 * run shown (in the URL), the numbers on screen are those of the declared results (the model's
 * own numbers are pinned in tests/sql/forecast.test.ts against plain SQL), the page reads in
 * Hindi too, and axe finds no serious or critical problem in the section.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { cachedTest as test, expect } from './fixtures.ts';

const section = '[data-testid="forecast-backtest"]';

/**
 * axe is evaluated through the browser's devtools protocol (page.evaluate), which the page's CSP
 * does not govern, as a11y.spec.ts does: the CSP stays on, and the tests can share the browser's
 * cache (fixtures.ts cachedTest, whose one context takes no bypassCSP); none is about a first
 * visit (issue 16).
 */
const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** axe (WCAG 2.1 A/AA) on the forecast section once its names have loaded: serious or critical. */
async function axeViolations(page: Page): Promise<string[]> {
	await page
		.locator(`${section}[data-named="true"] [data-testid="fc-table"]`)
		.waitFor({ timeout: 0 });
	await page.evaluate(axeSource);
	return page.evaluate(async (sel) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						ctx: Element,
						o: object
					) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
				};
			}
		).axe;
		const r = await axe.run(document.querySelector(sel)!, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return r.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.impact} ${v.id} (${v.nodes.length}×)`);
	}, section);
}

/**
 * One page load of /backtest/ for the default run and the chooser (each began with the same load;
 * one load less for the CI, issue 16): the choice of Lok Sabha 2024 starts from the default run,
 * as it did on a page of its own.
 */
test('Vidhan Sabha 2022 with the actual shares by default: 403 ACs, SP+ won 125 (SP 111, RLD 8, SBSP 6); no axe problem; choosing Lok Sabha 2024, then no knowledge: 80 seats, INDIA won 43; Kanpur −2.4 pts as declared', async ({
	page
}) => {
	// several tests' checks on one page load: three times the config's hung-test net, as it scales
	test.slow();
	const score = page.locator(`${section} [data-testid="fc-score"]`);

	await test.step('Vidhan Sabha 2022 with the actual shares by default: 403 ACs, SP+ won 125 (SP 111, RLD 8, SBSP 6); no axe problem', async () => {
		await page.goto('/backtest/');
		await expect(score).toHaveAttribute('data-run', 'AE2022:actual', { timeout: 0 });
		await expect(score.locator('[data-value="winners"]')).toContainText('of 403');
		await expect(score.locator('[data-value="seats"]')).toContainText('actual 125');
		await expect(page.locator(`${section} [data-testid="fc-table"] tbody tr`)).toHaveCount(403);
		// Sishamau 2022: SP's Haji Irfan Solanki won; Kidwai Nagar: BJP's Mahesh Trivedi (NDA)
		const row = (ac: number) => page.locator(`${section} tr[data-contest="${ac}"] td`).nth(3);
		await expect(row(213)).toHaveText(/SP\+/);
		await expect(row(215)).toHaveText(/NDA/);
		// the seat-count chart says the same in words
		await expect(page.locator(`${section} [data-testid="fc-seats-chart"] svg`)).toHaveAttribute(
			'aria-label',
			/actual 125\./
		);
		expect(await axeViolations(page)).toEqual([]);
	});

	await test.step('choosing Lok Sabha 2024, then no knowledge: 80 seats, INDIA won 43; Kanpur −2.4 pts as declared', async () => {
		await page.locator(`${section} a[data-target="LS2024"]`).click();
		await expect(score).toHaveAttribute('data-run', 'LS2024:actual');
		await expect(page).toHaveURL(/bt=LS2024&sh=actual/);
		await expect(score.locator('[data-value="winners"]')).toContainText('of 80');
		await expect(score.locator('[data-value="seats"]')).toContainText('actual 43');
		// Kanpur 2024: Awasthi (BJP) 4,43,055 against Misra (INC) 4,22,087 of 8,87,396: −2.36 pts
		await expect(page.locator(`${section} tr[data-contest="43"] td`).nth(4)).toHaveText('−2.4 pts');
		await page.locator(`${section} a[data-variant="baseline"]`).click();
		await expect(score).toHaveAttribute('data-run', 'LS2024:baseline');
		await expect(page.locator(`${section} [data-testid="fc-table"] tbody tr`)).toHaveCount(80);
	});
});

test('in Hindi: the chooser, the scores, and no axe problem', async ({ page }) => {
	await page.goto('/backtest/?bt=AE2017&sh=baseline&lang=hi');
	const score = page.locator(`${section} [data-testid="fc-score"]`);
	await expect(score).toHaveAttribute('data-run', 'AE2017:baseline', { timeout: 0 });
	await expect(page.locator(`${section} h2`)).toContainText('पूर्वानुमान');
	// 2017: SP 47 + INC 7 = 54
	await expect(score.locator('[data-value="seats"]')).toContainText('वास्तविक 54');
	await expect(page.locator(`${section} a[data-target="AE2017"]`)).toHaveText('विस 2017');
	expect(await axeViolations(page)).toEqual([]);
});
