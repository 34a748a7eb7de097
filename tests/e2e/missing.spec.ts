/**
 * A link to something that does not exist (a seat number out of range, a segment of another seat,
 * a mistyped path) says what is missing and offers ways back, in the link's language; never a
 * blank page. Static hosts answer such paths with the site's 404.html (scripts/serve.ts does).
 * The tests share the browser's cache (fixtures.ts cachedTest): none is about a first visit
 * (issue 16).
 */
import { cachedTest as test, expect, waitForPaint } from './fixtures.ts';

// The browser's own console line for the page's 404 status is expected here.
test.use({ allowedErrors: [/status of 404/] });

test('seat 99: "there is no seat 99", and the way back to the map of UP works', async ({
	page
}) => {
	const res = await page.goto('/seat/99/');
	expect(res?.status()).toBe(404);
	await expect(page.getByTestId('error-message')).toHaveText(
		'There is no Lok Sabha seat 99 in Uttar Pradesh: seats are numbered 1 to 80.'
	);
	await expect(page.locator('h1')).toHaveText('Not found');
	await page.screenshot({ path: 'test-results/missing-seat-99.png' });
	await page.getByRole('link', { name: /The map of Uttar Pradesh/ }).click();
	await waitForPaint(page);
	await expect(page).toHaveURL(/\/$/);
});

test('in Hindi when the link asks for Hindi, and Kanpur is one click away', async ({ page }) => {
	await page.goto('/seat/0/?lang=hi');
	await expect(page.getByTestId('error-message')).toHaveText(
		'उत्तर प्रदेश में लोकसभा सीट 0 नहीं है: सीटों के क्रमांक 1 से 80 तक हैं।'
	);
	await page.getByRole('link', { name: 'कानपुर (सीट 43)' }).click();
	await waitForPaint(page, 'AE2022:winner:SP');
	await expect(page).toHaveURL(/\/seat\/43\/\?lang=hi$/);
});

test('a mistyped path names the path; a segment of another seat is not found', async ({ page }) => {
	await page.goto('/sate/43/');
	await expect(page.getByTestId('error-message')).toHaveText('Kshetra has no page at /sate/43/.');
	// AC 213 (Sishamau) is in seat 43, not 44: no such page was built
	await page.goto('/seat/44/ac/213/');
	await expect(page.getByTestId('error-page')).toBeVisible();
	await expect(page.getByTestId('error-message')).not.toBeEmpty();
	await expect(page.getByRole('link', { name: 'Kanpur (seat 43)' })).toBeVisible();
});
