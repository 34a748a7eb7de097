/**
 * The built site's Content-Security-Policy is present on every page, names no other origin, allows
 * no eval (only 'wasm-unsafe-eval', which DuckDB-wasm needs), and the site works under it with no
 * violation. Hostile text in an imported file is shown as text and never runs.
 */
import { expect, test, waitForPaint } from './fixtures.ts';

const PAGES = ['/', '/seat/43/', '/seat/43/ac/213/', '/seat/43/winnability/', '/present/43/', '/sources/', '/backtest/'];

for (const path of PAGES) {
	test(`strict CSP on ${path}`, async ({ page }) => {
		const violations: string[] = [];
		await page.exposeFunction('__violation', (v: string) => violations.push(v));
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { __violation: (v: string) => void }).__violation(`${e.violatedDirective} ${e.blockedURI}`)
			)
		);
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).not.toMatch(/https?:\/\//);
		if (path.startsWith('/seat') || path === '/') await waitForPaint(page);
		else await page.waitForTimeout(3000);
		expect(violations).toEqual([]);
	});
}

test('names in an imported file are data, never markup', async ({ page }) => {
	const hostile = '<img src=x onerror="window.__pwned=1">';
	const csv = `AC No,Booth No,Booth President,Preferred Aspirant\n212,1,yes,"${hostile.replace(/"/g, '""')}"\n`;
	await page.goto('/seat/43/winnability/?ac=212');
	await page.getByTestId('org-file').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByTestId('org-confirm').click();
	await expect(page.locator('[data-testid="aspirants"] tr[data-ac="212"]')).toContainText(hostile);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	page.once('dialog', (d) => d.accept());
	await page.getByTestId('org-clear').click();
});
