/**
 * The map as text: under every map a sentence says what it shows (the map region is described by
 * it), and a list names every unit with what its colour means in words, so that colour is never
 * the only carrier. Moving through the list outlines the unit on the map; choosing one does what
 * a click on the map does. Expected numbers are ECI's (seat counts, Kanpur's 2022 segments) and
 * Form 20's (Sishamau booth 45 in 2014).
 */
import { cachedTest as test, expect, waitForPaint } from './fixtures.ts';

/**
 * One page load for the three maps (each check began with a load of its page; two loads less for
 * the CI, issue 16; none is about a first visit, so the spec shares the browser's cache too,
 * fixtures.ts cachedTest): the state map, then Kanpur's seat map by the state map's own link, then
 * Sishamau's booth map by choosing Sishamau in the seat map's list, as a user moves between them.
 */
test('the map as text on the state map (403 ACs), Kanpur’s seat map (five segments) and Sishamau’s booth map (Form 20 numbers)', async ({
	page
}) => {
	// several tests' checks on one page load: three times the config's hung-test net, as it scales
	test.slow();
	await test.step('state map: the sentence gives the 2022 seat count; the list has all 403 ACs', async () => {
		await page.goto('/');
		await waitForPaint(page, 'AE2022:ac:winner:SP');
		const summary = page.getByTestId('units-summary');
		// ECI, Vidhan Sabha 2022: BJP 255, SP 111, Apna Dal (S) 12, RLD 8, NISHAD 6, SBSP 6, INC 2,
		// JD(L) 2, BSP 1.
		await expect(summary).toHaveText(
			'Winner: Bharatiya Janata Party 255 seats, Samajwadi Party 111 seats, Apna Dal (Soneylal) 12 seats, Rashtriya Lok Dal 8 seats, Nishad Party 6 seats, Suheldev Bharatiya Samaj Party 6 seats, Indian National Congress 2 seats, Jansatta Dal (Loktantrik) 2 seats, Bahujan Samaj Party 1 seat.'
		);
		const map = page.getByRole('region', { name: /Map of Uttar Pradesh/ });
		await expect(map).toHaveAttribute('aria-describedby', 'units-summary');
		await page.getByText('The 403 places on this map, as a list').click();
		const items = page.getByTestId('units-list').getByRole('button');
		await expect(items).toHaveCount(403);
		// Sishamau 2022: SP's Haji Irfan Solanki by 12,266 votes, 7.85 points.
		const sishamau = items.filter({ hasText: '213 Sishamau' });
		await expect(sishamau).toContainText('SP won, margin 7.9 pts');
		await sishamau.hover();
		await expect(map).toHaveAttribute('data-focused', '213');
		// Choosing an AC selects its Lok Sabha seat, as a click on the map does.
		await page
			.getByTestId('units-list')
			.getByRole('button', { name: /^1 Behat/ })
			.click();
		await expect(page.getByTestId('selected-seat')).toContainText('Saharanpur');
		await expect(page).toHaveURL(/pc=1\b/);
	});

	await test.step('seat map: Kanpur’s five segments in words; choosing one opens its booths', async () => {
		// From the state map by its own link: Sishamau chosen in the list selects Kanpur, whose card
		// opens the seat view.
		await page
			.getByTestId('units-list')
			.getByRole('button', { name: /^213 Sishamau/ })
			.click();
		await expect(page.getByTestId('selected-seat')).toContainText('Kanpur');
		await page
			.getByTestId('selected-seat')
			.getByRole('link', { name: /Kanpur seat view/ })
			.click();
		await expect(page).toHaveURL(/\/seat\/43\/$/);
		await waitForPaint(page, 'AE2022:winner:SP');
		await expect(page.getByTestId('units-summary')).toHaveText(
			'Winner: Samajwadi Party 3 segments, Bharatiya Janata Party 2 segments.'
		);
		await page.getByText('The 5 places on this map, as a list').click();
		const items = page.getByTestId('units-list').getByRole('button');
		await expect(items).toHaveText([
			/212 Govindnagar\s*BJP won, margin 42\.1 pts/,
			/213 Sishamau\s*SP won, margin 7\.9 pts/,
			/214 Arya Nagar\s*SP won, margin 5\.2 pts/,
			/215 Kidwai Nagar\s*BJP won, margin 18\.3 pts/,
			/216 Kanpur Cantt\.\s*SP won, margin 10\.6 pts/
		]);
		await items.nth(3).focus();
		await expect(page.getByTestId('seat-map').locator('[data-focused]')).toHaveAttribute(
			'data-focused',
			'215'
		);
		await items.nth(1).click();
		await expect(page).toHaveURL(/\/seat\/43\/ac\/213\/$/);
	});

	await test.step('booth map: a booth chosen in the list shows its Form 20 numbers beside the map', async () => {
		// Sishamau's booths as Lok Sabha 2014 numbered them, chosen with the page's own control.
		await page.getByTestId('election-select').selectOption('LS2014');
		await expect(page).toHaveURL(/\/seat\/43\/ac\/213\/\?e=LS2014$/);
		await waitForPaint(page, '213:LS2014:winner:SP:10,10:est');
		await page.getByText('The 252 places on this map, as a list').click();
		const booth = page
			.getByTestId('units-list')
			.getByRole('button', { name: /^Booth 45 GOVERNMENT INTER COLLEGE COLONELGANJ ROOM 1/ });
		// Form 20, LS2014, Sishamau booth 45: INC 364, SP 36 of 432 votes; 977 electors.
		await expect(booth).toContainText('INC won, margin 75.9 pts');
		await booth.click();
		const details = page.getByTestId('booth-details');
		await expect(details).toContainText('Booth 45');
		await expect(details).toContainText('977');
		await expect(details).toContainText('44.2%');
		await expect(details).toContainText('328');
		await expect(page.locator('tr[data-part="45"]')).toHaveClass(/selected/);
		await details.getByRole('button', { name: 'Clear' }).click();
		await expect(details).toHaveCount(0);
	});
});
