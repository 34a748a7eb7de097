/**
 * The Kanpur seat view in a real browser, checked against the official results (ECI), the map's
 * pixels inside known constituencies, and Kshetra's rule that nothing loads from another origin.
 * No test here is about a first visit, so they share the browser's cache (fixtures.ts cachedTest):
 * a later load of /seat/43/ reuses the engine and data files the first one fetched (issue 16).
 * The test without snapshots refuses them by routing, and a routed page does not use the cache.
 */
import type { Page } from '@playwright/test';
import { cachedTest as test, expect, waitForPaint } from './fixtures.ts';
import { bboxOf, colourAt, colourDistance } from './pixels.ts';

const SP = '#d7191c';
const BJP = '#f7941d';
const INC = '#29a8e0';

interface SeatFeature {
	properties: { ac_no?: number; kind?: string; label_lon: number; label_lat: number };
	geometry: { coordinates: unknown };
}

/** The colour of the seat map at the anchor point of an AC (a point deep inside it). */
async function colourInside(page: Page, acNo: number): Promise<string> {
	const seat = (await (await page.request.get('/data/seat/43.geojson')).json()) as {
		features: SeatFeature[];
	};
	const acs = seat.features.filter((f) => f.properties.kind !== 'pc');
	const f = acs.find((x) => x.properties.ac_no === acNo)!;
	return colourAt(
		page,
		bboxOf(acs.map((x) => x.geometry.coordinates)),
		f.properties.label_lon,
		f.properties.label_lat
	);
}

const distance = colourDistance;

/**
 * One page load of /seat/43/ for three checks that each began with the same load and paint: the
 * 2022 results, a hover, then switching the election (a load each cost the CI two more page loads,
 * issue 16). The hover comes before the switch, and the mouse leaves the map before the switch's
 * pixels are read, so no check sees another's tooltip.
 */
test('Kanpur, Vidhan Sabha 2022: the official results in the table, SP red inside Sishamau; hovering a segment; switching to Lok Sabha 2024', async ({
	page,
	watch
}) => {
	const engine: string[] = [];
	page.on('request', (r) => {
		if (/\.wasm$|duckdb-browser-.*worker|\.parquet$/.test(r.url())) engine.push(r.url());
	});
	await test.step('Vidhan Sabha 2022: the official results in the table, SP red inside Sishamau', async () => {
		await page.goto('/seat/43/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Kanpur');
		await waitForPaint(page, 'AE2022:winner:SP');

		// Official results, ECI 2022 (winner, party, votes) for the five segments.
		const ae2022 = page.locator('tbody[data-election="AE2022"]');
		const expected: [number, string, string, string][] = [
			[212, 'SURENDRA MAITHANI', 'BJP', '1,17,501'],
			[213, 'HAJI IRFAN SOLANKI', 'SP', '79,163'],
			[214, 'AMITABH BAJPAI', 'SP', '76,897'],
			[215, 'MAHESH KUMAR TRIVEDI', 'BJP', '1,14,111'],
			[216, 'MOHAMMAD HASAN', 'SP', '94,729']
		];
		for (const [ac, name, party, votes] of expected) {
			const row = ae2022.locator(`tr[data-ac="${ac}"]`);
			await expect(row.locator('td').nth(0)).toContainText(party);
			await expect(row.locator('td').nth(0)).toContainText(name);
			await expect(row.locator('td').nth(1)).toHaveText(votes);
		}
		// Congress was second in Kidwai Nagar: in the table, and on the map at a glance.
		await expect(ae2022.locator('tr[data-ac="215"] td').nth(2)).toContainText('INC');
		await expect(page.locator('.map-label', { hasText: 'Kidwai Nagar' })).toContainText(
			'BJP +18.3 pts over INC'
		);
		await expect(page.getByTestId('seat-summary')).toContainText('SP 3');
		await expect(page.getByTestId('legend')).toContainText('Samajwadi Party');

		expect(distance(await colourInside(page, 213), SP)).toBeLessThan(12);
		expect(distance(await colourInside(page, 212), BJP)).toBeLessThan(12);
		expect(watch.foreign).toEqual([]);
	});

	await test.step('hovering a segment shows its winner, runner-up, margin and turnout', async () => {
		const label = page.locator('.map-label', { hasText: 'Govindnagar' });
		const box = (await label.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height + 30);
		const tip = page.getByTestId('tooltip');
		await expect(tip).toContainText('212 Govindnagar');
		await expect(tip).toContainText('SURENDRA MAITHANI');
		await expect(tip).toContainText('1,17,501');
		await expect(tip).toContainText('Runner-up');
		await expect(tip).toContainText('54.5%');
		await page.mouse.move(0, 0);
		await expect(tip).toBeHidden();
	});

	await test.step('switching to Lok Sabha 2024 repaints the map and shows the declared result', async () => {
		await page.getByTestId('election-select').selectOption('LS2024');
		await expect(page).toHaveURL(/\?e=LS2024/);
		await waitForPaint(page, 'LS2024:winner:SP');
		// ECI 2024: Ramesh Awasthi (BJP) 4,43,055; Alok Misra (INC) 4,22,087.
		const summary = page.getByTestId('seat-summary');
		await expect(summary).toContainText('RAMESH AWASTHI');
		await expect(summary).toContainText('4,43,055');
		await expect(summary).toContainText('4,22,087');
		await expect(summary).toContainText('20,968');
		// Misra led in Sishamau's votes; Awasthi in Govind Nagar.
		expect(distance(await colourInside(page, 213), INC)).toBeLessThan(12);
		expect(distance(await colourInside(page, 212), BJP)).toBeLessThan(12);
	});

	await test.step('the trend speaks in the 2027 blocs: Kanpur 2024 INDIA 4,22,087, NDA 4,43,055; parties on request', async () => {
		const trend = page.getByTestId('trend');
		await trend.scrollIntoViewIfNeeded();
		const table = trend.getByTestId('trend-table');
		await table.waitFor({ state: 'attached', timeout: 0 });
		await expect(trend).toHaveAttribute('data-choice', '2027');
		await expect(table.locator('tbody tr')).toHaveCount(3);
		const cell = (line: string, e: string) =>
			table.locator(`tr[data-line="${line}"] td[data-election="${e}"]`);
		// ECI: 2024 Alok Misra (INC) 4,22,087, no SP candidate; Ramesh Awasthi (BJP) 4,43,055;
		// 2019 Sriprakash Jaiswal (INC) 3,13,003 + Ram Kumar (SP) 48,275; Satyadev Pachauri (BJP) 4,68,937.
		await expect(cell('INDIA-2027', 'LS2024')).toContainText('4,22,087');
		await expect(cell('NDA-2027', 'LS2024')).toContainText('4,43,055');
		await expect(cell('INDIA-2027', 'LS2019')).toContainText('3,61,278');
		await expect(cell('NDA-2027', 'LS2019')).toContainText('4,68,937');
		await expect(trend.getByTestId('trend-members')).toContainText('INDIA: SP + INC');

		// parties alone: SP had no candidate in 2024 (0), as the chart said before blocs
		await trend.getByTestId('trend-choice').selectOption('parties');
		await expect(page).toHaveURL(/tr=parties/);
		await expect(table.locator('tr[data-line="SP"] td[data-election="LS2024"]')).toHaveAttribute(
			'data-votes',
			'0'
		);
		await expect(table.locator('tr[data-line="INC"] td[data-election="LS2024"]')).toContainText(
			'4,22,087'
		);
		// the map's controls keep the trend's choice in the URL
		await page.getByTestId('election-select').selectOption('AE2022');
		await expect(page).toHaveURL(/tr=parties/);
		await expect(page).not.toHaveURL(/e=LS2024/);
	});

	await test.step('all of it came from the snapshots: the 34 MB database engine never started', async () => {
		// the table, the map of two elections, the declared result and the trend: a phone on a
		// slow line is spared the engine's download and its start (data/session.svelte.ts)
		await waitForPaint(page, 'AE2022:winner:SP');
		expect(engine).toEqual([]);
		await expect(page.locator('html')).not.toHaveAttribute('data-duckdb');
	});

	await test.step('reaching for the controls starts the engine, ahead of a party no snapshot holds', async () => {
		await page.getByTestId('metric-select').focus();
		await expect(page.locator('html')).toHaveAttribute('data-duckdb', 'ready');
		expect(engine.some((u) => /duckdb-eh[^/]*\.wasm$/.test(u))).toBe(true);
		// and the map has not moved meanwhile
		await waitForPaint(page, 'AE2022:winner:SP');
		await expect(page.getByTestId('load-error')).toHaveCount(0);
	});
});

test('the 2027 blocs set on the 2027 page (al=) are the trend’s lines: SP alone is INDIA; the map shows LS2024’s INDIA', async ({
	page
}) => {
	await page.goto('/seat/43/?e=LS2024&m=share&p=INDIA&al=INDIA:SP;NDA:BJP');
	// the seat map's choice lists blocs as the state map's does (issue 13 §2)
	await waitForPaint(page, 'LS2024:share:INDIA');
	await expect(page.getByTestId('party-select')).toHaveValue('INDIA');
	await expect(page.getByTestId('legend')).toContainText('AITC + INC + SP (INDIA) share');
	await expect(page.locator('.map-label', { hasText: 'Sishamau' })).toContainText('INDIA');
	const table = page.getByTestId('trend-table');
	await table.waitFor({ state: 'attached', timeout: 0 });
	await expect(page.getByTestId('trend-members')).toContainText('INDIA: SP; NDA: BJP');
	// Congress is a line of its own; INDIA holds SP's votes alone (2019: Ram Kumar, 48,275)
	await expect(table.locator('tbody tr').first()).toHaveAttribute('data-line', 'INDIA-2027');
	await expect(table.locator('tr[data-line="INC"]')).toHaveCount(1);
	await expect(
		table.locator('tr[data-line="INDIA-2027"] td[data-election="LS2019"]')
	).toContainText('48,275');
});

test('the view state lives in the URL', async ({ page }) => {
	await page.goto('/seat/43/?e=LS2019&m=share&p=INC');
	await waitForPaint(page, 'LS2019:share:INC');
	await expect(page.getByTestId('election-select')).toHaveValue('LS2019');
	await expect(page.getByTestId('metric-select')).toHaveValue('share');
	await expect(page.getByTestId('party-select')).toHaveValue('INC');
	await expect(page.getByTestId('legend')).toContainText('Indian National Congress (INC) share');
	await expect(page.locator('tbody[data-election="LS2019"]')).toHaveClass(/current/);
});

test('a link with an unknown election says so and shows the default', async ({ page }) => {
	await page.goto('/seat/43/?e=LS2030');
	await expect(
		page.getByRole('status').filter({ hasText: 'Unknown election "LS2030"' })
	).toBeVisible();
	await waitForPaint(page, 'AE2022:winner:SP');
});

test.describe('without snapshots', () => {
	// The snapshot files are refused below; the browser logs each refused request.
	test.use({ allowedErrors: [/net::ERR_FAILED/] });

	test('DuckDB-wasm alone gives the same official Kanpur rows as the snapshots', async ({
		page
	}) => {
		const refused: string[] = [];
		await page.route('**/data/snapshot/**', (route) => {
			refused.push(new URL(route.request().url()).pathname);
			return route.abort('failed');
		});
		await page.goto('/seat/43/');
		await waitForPaint(page, 'AE2022:winner:SP');
		// The map could only have been painted from DuckDB-wasm's answers.
		expect(refused).toContain('/data/snapshot/seat/43.json');
		await expect(page.locator('html')).toHaveAttribute('data-duckdb', 'ready');

		const ae2022 = page.locator('tbody[data-election="AE2022"]');
		// ECI 2022, as in the first test of this file.
		for (const [ac, name, votes] of [
			[212, 'SURENDRA MAITHANI', '1,17,501'],
			[213, 'HAJI IRFAN SOLANKI', '79,163'],
			[214, 'AMITABH BAJPAI', '76,897'],
			[215, 'MAHESH KUMAR TRIVEDI', '1,14,111'],
			[216, 'MOHAMMAD HASAN', '94,729']
		] as const) {
			const row = ae2022.locator(`tr[data-ac="${ac}"]`);
			await expect(row.locator('td').nth(0)).toContainText(name);
			await expect(row.locator('td').nth(1)).toHaveText(votes);
		}
		expect(distance(await colourInside(page, 213), SP)).toBeLessThan(12);

		// Lok Sabha 2019 from DuckDB too: Satyadev Pachauri (BJP), 4,68,937 votes with postal.
		await page.getByTestId('election-select').selectOption('LS2019');
		await waitForPaint(page, 'LS2019:winner:SP');
		// ECI 2019: Satyadev Pachauri (BJP) 4,68,937; Sriprakash Jaiswal (INC) 3,13,003.
		const summary = page.getByTestId('seat-summary');
		await expect(summary).toContainText('Satyadev Pachauri (BJP) won with 4,68,937 votes');
		await expect(summary).toContainText('Sriprakash Jaiswal (INC) 3,13,003');
		await expect(summary).toContainText('(derived: TCPD total minus EVM votes)');
	});
});
