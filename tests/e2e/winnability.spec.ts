/**
 * The winnability view: the demo organisation data is there and labelled; a swing moves the seat
 * from behind to winnable; a party's own file is previewed, imported, kept across a reload,
 * exported and cleared; a bad file changes nothing; and the organisation data never leaves the
 * browser in any request.
 */
import { readFileSync } from 'node:fs';
import { expect, test, waitForPaint } from './fixtures.ts';

const SECRET = 'SECRET-NOTE-7731';
const userCsv = [
	'AC No,Booth No,Booth President,Committee Members,BLA-2,Panna Pramukh,Last Meeting Date,Notes,Preferred Aspirant',
	...Array.from(
		{ length: 10 },
		(_, i) => `212,${i + 1},yes,12,yes,12,15/11/2026,${SECRET},Aspirant Zeta`
	)
].join('\n');

test('demo data is labelled; a swing slider moves Kanpur from behind to winnable', async ({
	page
}) => {
	await page.goto('/seat/43/winnability/');
	await expect(page.getByTestId('demo-flag')).toHaveText('Organisation: demo data');
	await expect(page.getByTestId('org-status')).toContainText('Demo data');
	const summary = page.getByTestId('seat-summary');
	// AE2022: SP won 3 of Kanpur's 5 segments.
	await expect(summary).toContainText('3 of 5');
	await expect(summary).toHaveAttribute('data-winning', 'false');
	const share = async () =>
		Number((await page.getByTestId('seat-share').textContent())!.replace('%', ''));
	const before = await share();
	await waitForPaint(page);
	await expect(page.getByTestId('quadrant-scatter')).toBeVisible();

	// A swing of 3 points adds 3 points to our share (and takes them from the others).
	await page.getByTestId('swing').fill('3');
	await expect(page).toHaveURL(/sw=3/);
	await expect(summary).toHaveAttribute('data-winning', 'true');
	expect((await share()) - before).toBeCloseTo(3, 1);
});

test("a party's own file: previewed, imported, kept after reload, exported, cleared — and never sent anywhere", async ({
	page
}) => {
	const sent: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes(SECRET) || (r.postData() ?? '').includes(SECRET)) sent.push(r.url());
	});
	await page.goto('/seat/43/winnability/?ac=212');
	await expect(page.getByTestId('org-status')).toContainText('Demo data');
	await expect(page.getByTestId('org-numbering')).toHaveValue('AE2017');

	// A bad file: problems listed by row and column; cancelling changes nothing.
	const bad =
		'AC No,Booth No,Committee Members,Last Meeting Date\n212,1,many,31/02/2026\n212,9999,3,01/01/2026\n';
	await page
		.getByTestId('org-file')
		.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
	const problems = page.getByTestId('org-problems');
	await expect(problems).toContainText('bad.csv, row 2, column committee_members');
	await expect(problems).toContainText('bad.csv, row 3, column part_no');
	await page.getByTestId('org-cancel').click();
	await expect(page.getByTestId('org-status')).toContainText('Demo data');

	await page
		.getByTestId('org-file')
		.setInputFiles({ name: 'our-booths.csv', mimeType: 'text/csv', buffer: Buffer.from(userCsv) });
	await expect(page.getByTestId('org-preview')).toContainText('10 booths ready to import');
	await page.getByTestId('org-confirm').click();
	await expect(page.getByTestId('org-status')).toContainText('our-booths.csv');
	await expect(page.getByTestId('demo-flag')).toHaveCount(0);
	await expect(page.locator('[data-testid="aspirants"] tr[data-ac="212"]')).toContainText(
		'Aspirant Zeta: 10'
	);
	await expect(
		page.locator('[data-testid="segment-projection"] tr[data-ac="212"] td').nth(4)
	).toHaveText('10 / 345');

	await page.reload();
	await expect(page.getByTestId('org-status')).toContainText('our-booths.csv');

	const download = page.waitForEvent('download');
	await page.getByTestId('org-export').click();
	const file = readFileSync(await (await download).path(), 'utf8');
	expect(file.split('\n').filter((l) => l.includes(SECRET))).toHaveLength(10);

	const csv = page.waitForEvent('download');
	await page.getByTestId('priority-csv').click();
	const priority = readFileSync(await (await csv).path(), 'utf8');
	expect(priority).toContain('Organisation data: our-booths.csv');
	expect(priority).toContain('Booth areas on the map are approximate');

	page.once('dialog', (d) => d.accept());
	await page.getByTestId('org-clear').click();
	await expect(page.getByTestId('org-status')).toContainText('Demo data');
	await page.reload();
	await expect(page.getByTestId('org-status')).toContainText('Demo data');
	expect(sent).toEqual([]);
});

test('the backtest projects all 80 seats of 2024 and scores itself', async ({ page }) => {
	await page.goto('/backtest/');
	const score = page.getByTestId('backtest-score');
	await expect(score).toContainText('of 80');
	// Kanpur as declared: INDIA (INC) behind NDA (BJP) by 20,968 votes of 8,87,396: −2.4 pts.
	await expect(page.locator('[data-testid="backtest-table"] tr[data-pc="43"]')).toContainText(
		'−2.4 pts'
	);
});
