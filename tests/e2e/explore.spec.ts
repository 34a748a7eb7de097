/** The state map: seat tallies as declared by the ECI, the layer toggle and the selected seat. */
import { cachedTest as test, expect, waitForPaint } from './fixtures.ts';
import { fittedProjector } from './map-math.ts';

/**
 * One load of the state map for four checks that each began with a load of it (two loads less for
 * the CI, issue 16; none is about a first visit, so the spec shares the browser's cache too,
 * fixtures.ts cachedTest): the 2022 tallies, the layer toggle, Lok Sabha 2024 by PC chosen with the
 * page's own control, and, back on Vidhan Sabha 2022 by PC, clicking Lucknow. The click comes last:
 * it selects Lucknow (2024's check reads Kanpur, the seat selected by default) and then leaves for
 * Lucknow's seat view.
 */
test('Uttar Pradesh 2022 by assembly seat: BJP 255, SP 111; the layer toggle; Lok Sabha 2024 by PC: SP 37, BJP 33, INC 6; clicking Lucknow selects it, clicking again opens it', async ({
	page
}) => {
	// several tests' checks on one page load: three times the config's hung-test net, as it scales
	test.slow();
	await test.step('Uttar Pradesh 2022 by assembly seat: BJP 255, SP 111', async () => {
		await page.goto('/');
		await waitForPaint(page, 'AE2022:ac:winner:SP');
		const legend = page.getByTestId('legend');
		await expect(legend.locator('li[data-key="BJP"]')).toContainText('255 seats');
		await expect(legend.locator('li[data-key="SP"]')).toContainText('111 seats');
		await expect(legend.locator('li[data-key="BSP"]')).toContainText('1 seat');
		const card = page.getByTestId('selected-seat');
		await expect(card).toContainText('Kanpur');
		await expect(card.getByRole('link', { name: /Kanpur seat view/ })).toHaveAttribute(
			'href',
			/seat\/43\/$/
		);
	});

	await test.step('the layer toggle switches between 403 ACs and 80 PCs and keeps the URL in step', async () => {
		await page.getByLabel('80 Lok Sabha seats').check();
		await expect(page).toHaveURL(/u=pc/);
		await waitForPaint(page, 'AE2022:pc:winner:SP');
		const counts = await page.getByTestId('legend').locator('li .count').allTextContents();
		expect(counts.reduce((s, c) => s + Number.parseInt(c, 10), 0)).toBe(80);
	});

	await test.step('Lok Sabha 2024 by PC: SP 37, BJP 33, INC 6 (ECI)', async () => {
		await page.getByTestId('election-select').selectOption('LS2024');
		await expect(page).toHaveURL(/e=LS2024/);
		await expect(page).toHaveURL(/u=pc/);
		await waitForPaint(page, 'LS2024:pc:winner:SP');
		const legend = page.getByTestId('legend');
		await expect(legend.locator('li[data-key="SP"]')).toContainText('37 seats');
		await expect(legend.locator('li[data-key="BJP"]')).toContainText('33 seats');
		await expect(legend.locator('li[data-key="INC"]')).toContainText('6 seats');
		await expect(page.getByTestId('selected-seat')).toContainText('RAMESH AWASTHI');
	});

	await test.step('clicking Lucknow on the map selects it; clicking it again opens its seat view', async () => {
		await page.getByTestId('election-select').selectOption('AE2022');
		await expect(page).not.toHaveURL(/e=LS2024/);
		await waitForPaint(page, 'AE2022:pc:winner:SP');
		// The state map is fitted to UP's box [77, 23.8, 84.7, 30.5] (UnitsMap's default) with 24 px
		// padding; Lucknow's label point is deep inside PC 35.
		const pcs = (await (await page.request.get('/data/pc.geojson')).json()) as {
			features: { properties: { pc_no: number; label_lon: number; label_lat: number } }[];
		};
		const lucknow = pcs.features.find((f) => f.properties.pc_no === 35)!.properties;
		const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
		const [x, y] = fittedProjector(
			[77, 23.8, 84.7, 30.5],
			canvas.width,
			canvas.height,
			24
		)(lucknow.label_lon, lucknow.label_lat);
		await page.mouse.click(canvas.x + x, canvas.y + y);
		await expect(page).toHaveURL(/pc=35/);
		await expect(page.getByTestId('selected-seat')).toContainText('Lucknow');
		await page.mouse.click(canvas.x + x, canvas.y + y);
		await expect(page).toHaveURL(/\/seat\/35\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Lucknow');
	});
});
