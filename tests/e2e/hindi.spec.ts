/**
 * The interface in Hindi (?lang=hi): names, labels, legend and tables in Devanagari with Indian
 * digit grouping; the language switch; and links that keep the language. The tests share the
 * browser's cache (fixtures.ts cachedTest): none is about a first visit (issue 16).
 */
import { cachedTest as test, expect, waitForPaint } from './fixtures.ts';

const DEVANAGARI = /[\u0900-\u097F]/;

/**
 * One page load of Kanpur in Hindi for both checks (each began with a load of /seat/43/?lang=hi;
 * one load less for the CI, issue 16): the page as loaded, then the language switch on the same
 * page, from Lok Sabha 2024 chosen with the page's own control.
 */
test('Kanpur in Hindi: title, map labels, legend, numbers and table; the switch changes the language in place, and links keep it', async ({
	page
}) => {
	// several tests' checks on one page load: three times the config's hung-test net, as it scales
	test.slow();
	await test.step('Kanpur in Hindi: title, map labels, legend, numbers and table', async () => {
		await page.goto('/seat/43/?lang=hi');
		await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
		await expect(page).toHaveTitle(/^कानपुर/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('कानपुर');
		await waitForPaint(page, 'AE2022:winner:SP');

		// The map's overlay labels name the segments in Hindi.
		const labels = page.locator('.map-label');
		await expect(labels).toHaveCount(5);
		await expect(labels.filter({ hasText: 'सीसामऊ' })).toHaveCount(1);
		await expect(labels.filter({ hasText: 'गोविंद नगर' })).toContainText('अंक');
		for (const text of await labels.allInnerTexts()) expect(text).toMatch(DEVANAGARI);

		// Hovering a segment: the tooltip too.
		const govind = (await labels.filter({ hasText: 'गोविंद नगर' }).boundingBox())!;
		await page.mouse.move(govind.x + govind.width / 2, govind.y + govind.height + 30);
		const tip = page.getByTestId('tooltip');
		await expect(tip).toContainText('212 गोविंद नगर');
		await expect(tip).toContainText('उपविजेता');
		await expect(tip).toContainText('1,17,501');
		await page.mouse.move(0, 0);

		await expect(page.getByTestId('legend')).toContainText('समाजवादी पार्टी');
		await expect(page.getByTestId('legend')).toContainText('विजेता');

		// Digits stay Latin, grouped the Indian way; the table speaks Hindi.
		const table = page.getByTestId('segments-table');
		await expect(table.locator('thead')).toContainText('विजेता');
		await expect(table.locator('thead')).toContainText('उपविजेता');
		await expect(table.locator('thead')).toContainText('अंतर');
		const sishamau = table.locator('tbody[data-election="AE2022"] tr[data-ac="213"]');
		await expect(sishamau.locator('th')).toContainText('213 सीसामऊ');
		await expect(sishamau.locator('td').nth(1)).toHaveText('79,163');
		await expect(page.getByTestId('seat-summary')).toContainText('16,36,137');
		await expect(page.getByTestId('election-select')).toContainText('विधानसभा 2022');
	});

	await test.step('the switch changes the language in place, and links keep it', async () => {
		await page.getByTestId('election-select').selectOption('LS2024');
		await expect(page).toHaveURL(/[?&]e=LS2024/);
		await expect(page).toHaveURL(/[?&]lang=hi/);
		await waitForPaint(page, 'LS2024:winner:SP');
		await expect(page.getByTestId('seat-summary')).toContainText('लोकसभा 2024');

		// A view change keeps the language.
		await page.getByTestId('metric-select').selectOption('margin');
		await expect(page).toHaveURL(/[?&]m=margin/);
		await expect(page).toHaveURL(/[?&]lang=hi/);
		await expect(page).toHaveURL(/[?&]e=LS2024/);

		// English, with the same view.
		await page.getByTestId('lang-switch').getByRole('link', { name: 'English' }).click();
		await expect(page).not.toHaveURL(/lang=/);
		await expect(page).toHaveURL(/[?&]e=LS2024/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Kanpur');
		await expect(page.getByTestId('seat-summary')).toContainText('Lok Sabha 2024');

		// And back to Hindi: an internal link then keeps it.
		await page.getByTestId('lang-switch').getByRole('link', { name: 'हिन्दी' }).click();
		await expect(page).toHaveURL(/[?&]lang=hi/);
		await expect(page.getByTestId('winnability-link')).toContainText('क्या हम कानपुर जीत सकते हैं');
		await page.getByTestId('winnability-link').click();
		await expect(page).toHaveURL(/\/seat\/43\/winnability\/\?lang=hi$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('क्या हम यह सीट जीत सकते हैं');
		await page.getByRole('navigation', { name: 'मुख्य' }).getByRole('link', { name: 'स्रोत' }).click();
		await expect(page).toHaveURL(/\/sources\/\?lang=hi$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('स्रोत और लाइसेंस');
	});
});

test('an AC booth page in Hindi', async ({ page }) => {
	await page.goto('/seat/43/ac/213/?e=LS2014&lang=hi');
	await waitForPaint(page, '213:LS2014:winner:SP:10,10:est');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('सीसामऊ');
	await expect(page).toHaveTitle(/सीसामऊ/);
	await expect(page.locator('.crumbs')).toContainText('कानपुर (लोकसभा सीट 43)');
	await expect(page.getByTestId('approx-note')).toContainText('बूथ क्षेत्र अनुमानित हैं');
	await expect(page.getByTestId('booth-count')).toHaveText('252 में से 252 बूथ');
	await expect(page.getByTestId('legend')).toContainText('भारतीय जनता पार्टी');
	const head = page.getByTestId('booth-table').locator('thead');
	await expect(head).toContainText('मतदान केंद्र');
	await expect(head).toContainText('मतदाता');
	// Sibling segments are named in Hindi and keep the language.
	const sibling = page.locator('nav.siblings a', { hasText: 'आर्य नगर' });
	await expect(sibling).toHaveAttribute('href', /lang=hi/);
	await sibling.click();
	await expect(page).toHaveURL(/\/seat\/43\/ac\/214\/\?e=LS2014&lang=hi$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('आर्य नगर');
});
