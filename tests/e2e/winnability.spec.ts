/**
 * The winnability view: the demo organisation data is there and labelled; a swing moves the seat
 * from behind to winnable; a party's own file is previewed, imported, kept across a reload,
 * exported and cleared; a bad file after it, cancelled, changes nothing; a state-wide file is
 * checked in the booth numbering chosen, and the rows it left out are kept and shown; and the
 * organisation data never leaves the browser in any request.
 */
import { readFileSync } from 'node:fs';
import { cachedTest as test, expect, waitForPaint } from './fixtures.ts';
import { ourOrgCsv } from '../helpers/org-row.ts';

const SECRET = 'SECRET-NOTE-7731';
/** A downloaded file's bytes start with exactly one UTF-8 byte-order mark (EF BB BF). */
function expectOneBom(bytes: Buffer) {
	expect([...bytes.subarray(0, 6)].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
	expect([...bytes.subarray(3, 6)]).not.toEqual([0xef, 0xbb, 0xbf]);
}
const userCsv = ourOrgCsv(SECRET);

test("a party's own file: previewed, imported, kept after reload, exported, cleared — and never sent anywhere", async ({
	page
}) => {
	// Import, export, two CSVs, clear and two reloads: more than a minute on a busy machine, over
	// the config's three-minute net beside other work (load average 35 on 2 cores) and over six
	// minutes at load average 57 (issue 16): three times the config's net (test.slow), as it scales.
	test.slow();
	const sent: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes(SECRET) || (r.postData() ?? '').includes(SECRET)) sent.push(r.url());
	});
	await page.goto('/seat/43/winnability/?ac=212');
	await expect(page.getByTestId('org-status')).toContainText('Demo data', { timeout: 0 });
	await expect(page.getByTestId('org-numbering')).toHaveValue('AE2017');

	await page
		.getByTestId('org-file')
		.setInputFiles({ name: 'our-booths.csv', mimeType: 'text/csv', buffer: Buffer.from(userCsv) });
	await expect(page.getByTestId('org-preview')).toContainText('10 booths ready to import');
	await expect(page.getByTestId('org-columns')).toHaveText(
		'Columns read: A "AC No", B "Booth No", C "Booth President", D "Committee Members", E "BLA-2", F "Panna Pramukh", G "Last Meeting Date", H "Notes", I "Preferred Aspirant".'
	);
	await page.getByTestId('org-confirm').click();
	await expect(page.getByTestId('org-status')).toContainText('our-booths.csv');

	// A bad file over the party's own data: each problem names the file, row and the file's own
	// column; the problems download as CSV; Cancel, and a reload, leave the party's data as it was.
	const bad =
		'AC No,Booth No,Committee Members,Last Meeting Date\n212,1,many,31/02/2026\n212,9999,3,01/01/2026\n';
	await page
		.getByTestId('org-file')
		.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
	const problems = page.getByTestId('org-problems');
	await expect(problems).toContainText(
		'bad.csv, row 2, column C "Committee Members": expected a whole number, got "many"'
	);
	await expect(problems).toContainText(
		'bad.csv, row 3, column B "Booth No": AC 212 has no booth 9999 in this numbering (expected one of its 345 booths, 1 to 345)'
	);
	const problemsCsv = page.waitForEvent('download');
	await page.getByTestId('org-problems-csv').click();
	const problemBytes = readFileSync(await (await problemsCsv).path());
	expectOneBom(problemBytes);
	expect(problemBytes.toString('utf8').slice(1).split('\n').slice(0, 2)).toEqual([
		'File,Row,Column,Problem',
		'bad.csv,2,"C ""Committee Members""","expected a whole number, got ""many"""'
	]);
	await page.getByTestId('org-cancel').click();
	await expect(page.getByTestId('org-preview')).toHaveCount(0);
	await expect(page.getByTestId('org-status')).toContainText('our-booths.csv');
	// After each reload the first sight of the page's data waits as long as the test's limit
	// allows (timeout: 0; over the 60 s of an assertion at load average 50, issue 16).
	await page.reload();
	await expect(page.getByTestId('org-status')).toContainText('our-booths.csv, 10 booths', {
		timeout: 0
	});
	await expect(page.getByTestId('demo-flag')).toHaveCount(0);
	await expect(page.locator('[data-testid="aspirants"] tr[data-ac="212"]')).toContainText(
		'Aspirant Zeta: 10'
	);
	await expect(
		page.locator('[data-testid="segment-projection"] tr[data-ac="212"] td').nth(5)
	).toHaveText('10 / 345');

	const download = page.waitForEvent('download');
	await page.getByTestId('org-export').click();
	const bytes = readFileSync(await (await download).path());
	expectOneBom(bytes);
	const file = bytes.toString('utf8');
	expect(file.split('\n').filter((l) => l.includes(SECRET))).toHaveLength(10);
	const template = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Template (Hindi)' }).click();
	expectOneBom(readFileSync(await (await template).path()));

	const csv = page.waitForEvent('download');
	await page.getByTestId('priority-csv').click();
	const priority = readFileSync(await (await csv).path(), 'utf8');
	expect(priority).toContain('Organisation data: our-booths.csv');
	expect(priority).toContain('Booth areas on the map are approximate');
	// What a field team acts on: the file's president and committee columns, the AC's name; the
	// file name says which AC the list was filtered to.
	await page.getByTestId('priority-ac').selectOption('212');
	const acCsv = page.waitForEvent('download');
	await page.getByTestId('priority-csv').click();
	const acDownload = await acCsv;
	expect(acDownload.suggestedFilename()).toBe('kshetra-priority-booths-pc43-ac212.csv');
	const acText = readFileSync(await acDownload.path(), 'utf8');
	const header = acText.split('\n').find((l) => l.startsWith('rank,'))!;
	expect(header).toContain('ac_no,ac_name,part_no,booth,president,');
	expect(header).toContain('committee_members');
	expect(acText).toContain('Filter: AC 212 Govindnagar only.');
	expect(acText.split('\n').filter((l) => /^\d+,212,Govindnagar,/.test(l)).length).toBeGreaterThan(
		0
	);

	page.once('dialog', (d) => d.accept());
	await page.getByTestId('org-clear').click();
	await expect(page.getByTestId('org-status')).toContainText('Demo data');
	await page.reload();
	await expect(page.getByTestId('org-status')).toContainText('Demo data', { timeout: 0 });
	expect(sent).toEqual([]);
});

test('a state-wide file in the 2014 booth numbering: every AC checked, the rows left out kept and shown', async ({
	page
}) => {
	await page.goto('/seat/43/winnability/?ac=215');
	const numbering = page.getByTestId('org-numbering');
	// Kanpur has booth results of 2017 and 2014: both are offered, the newest chosen (the first
	// sight of the page's data, so timeout 0 as after the reloads above).
	await expect(numbering.locator('option')).toHaveText(['AE2017', 'LS2014'], { timeout: 0 });
	await expect(numbering).toHaveValue('AE2017');

	// All 403 ACs, numbered as in 2014: checked against the 2017 numbering (AE2017 booths of 399
	// ACs), booths that only 2014 had are named: AC 88 had 384 booths in 2014, its 2017 Form 20 366
	// rows numbered 1 to 377…
	await page.getByTestId('org-file').setInputFiles('tests/fixtures/awkward/state-wide.csv');
	const preview = page.getByTestId('org-preview');
	await expect(preview).toContainText('Checked against the booth numbers of AE2017.');
	await expect(page.getByTestId('org-problems')).toContainText(
		'state-wide.csv, row 177, column B "बूथ संख्या": AC 88 has no booth 384 in this numbering (expected one of its 377 booths, 1 to 377)'
	);
	// …and choosing 2014 checks the file again: every row of every AC, two booths not matched.
	await numbering.selectOption('LS2014');
	await expect(preview).toContainText('Checked against the booth numbers of LS2014.');
	await expect(preview).toContainText(
		'state-wide.csv: 806 booths ready to import, 2 rows with problems will be left out.'
	);
	const row202 =
		'state-wide.csv, row 202, column B "बूथ संख्या": AC 100 has no booth 363 in this numbering (expected one of its 362 booths, 1 to 362)';
	await expect(page.getByTestId('org-problems')).toContainText(row202);
	await page.getByTestId('org-confirm').click();

	// After the import, and after a reload, the rows left out are listed and can be downloaded.
	const status = page.getByTestId('org-status');
	await expect(status).toContainText('state-wide.csv, 806 booths (LS2014 booth numbers)');
	await expect(status).toContainText('2 rows were left out');
	await page.reload();
	await expect(status).toContainText('2 rows were left out', { timeout: 0 });
	await page.getByTestId('org-left-out-show').click();
	const list = page.getByTestId('org-left-out-list').locator('li');
	await expect(list).toHaveCount(2);
	await expect(list.first()).toHaveText(row202);
	const csv = page.waitForEvent('download');
	await page.getByTestId('org-left-out-csv').click();
	const left = readFileSync(await (await csv).path());
	expectOneBom(left);
	const lines = left.toString('utf8').slice(1).trim().split('\n');
	expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
		'File,Row',
		'state-wide.csv,202',
		'state-wide.csv,809'
	]);
	page.once('dialog', (d) => d.accept());
	await page.getByTestId('org-clear').click();
	await expect(status).toContainText('Demo data');
});

test('the backtest projects all 80 seats of 2024 and scores itself', async ({ page }) => {
	await page.goto('/backtest/');
	const score = page.getByTestId('backtest-score');
	await expect(score).toContainText('of 80', { timeout: 0 });
	// Kanpur as declared: INDIA (INC) behind NDA (BJP) by 20,968 votes of 8,87,396: −2.36 pts.
	// Projected from 2022, by chance also −2.4: SP 2,95,791 + INC 1,24,822 against BJP 4,42,224
	// of 8,96,020 valid votes, −2.41 pts; so each cell is checked, and the error, 0.05 pts.
	const kanpur = page.locator('[data-testid="backtest-table"] tr[data-pc="43"]');
	await expect(kanpur.locator('td[data-col="actual"]')).toHaveText('−2.4 pts');
	await expect(kanpur.locator('td[data-col="predicted"]')).toHaveText('−2.4 pts');
	await expect(kanpur.locator('td[data-col="error"]')).toHaveText('0.0');
	// 49 winners right of 80 (tests/sql/winnability.test.ts computes it in SQL)
	await expect(score).toContainText('49 of 80');
	// In the menu; sortable (the worst miss first); "Change the settings" names the seat it opens.
	await expect(page.getByTestId('nav-backtest')).toHaveAttribute('aria-current', 'page');
	await expect(page.getByTestId('backtest-change')).toHaveText(
		'Change the settings on the page of Kanpur'
	);
	await expect(page.getByTestId('backtest-change')).toHaveAttribute(
		'href',
		/\/seat\/43\/winnability\//
	);
	await page.locator('[data-testid="backtest-table"] button[data-sort="error"]').click();
	const errors = await page
		.locator('[data-testid="backtest-table"] td[data-col="error"]')
		.allTextContents();
	expect(errors).toHaveLength(80);
	const numbers = errors.map(Number);
	expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
	expect(numbers[0]).toBeGreaterThan(numbers[79]);

	// Opened from the menu, the 2027 forecast model's backtests come first; opened from a seat's
	// "Test these settings" (pc= in the URL), this seat backtest does, and choosing another
	// forecast election keeps the seat and its settings in the URL.
	const seatFirst = () =>
		page.evaluate(() => {
			const seat = document.querySelector('[data-testid="backtest"]')!;
			const model = document.querySelector('[data-testid="forecast-backtest"]')!;
			return !!(seat.compareDocumentPosition(model) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
	expect(await seatFirst()).toBe(false);
	await page.goto('/backtest/?pc=1&sw=3');
	await expect(page.getByTestId('backtest-change')).toHaveText(
		'Change the settings on the page of Saharanpur'
	);
	expect(await seatFirst()).toBe(true);
	const ae2017 = page.locator('[data-testid="forecast-backtest"] a[data-target="AE2017"]');
	await expect(ae2017).toHaveAttribute('href', /[?&]pc=1&sw=3&bt=AE2017&sh=actual$/);
});

test('SP alone on the 2017 baseline: where its ally INC stood, INC counts for it, and the verdict says where', async ({
	page
}) => {
	// Gorakhpur Urban (AC 322) as the contest. Declared 2017: Dr. Radha Mohan Das Agrawal (BJP)
	// 1,22,221, Rana Rahul Singh (INC) 61,491; SP had no candidate (the SP–Congress alliance's seat).
	await page.goto('/seat/64/ac/322/winnability/?side=SP&base=AE2017:1');
	const summary = page.getByTestId('seat-summary');
	await expect(summary).toContainText('(−60,730 votes)', { timeout: 0 });
	await expect(page.getByTestId('side-note')).toHaveText(
		"AE2017: SP had no candidate in 322 Gorakhpur Urban; its ally INC stood for it there, and those votes count as SP's."
	);
	// Kanpur, the same side: INC stood for SP in Govind Nagar (212) and Kidwai Nagar (215) in 2017
	await page.goto('/seat/43/winnability/?side=SP&base=AE2017:1');
	await expect(page.getByTestId('side-note')).toContainText('AE2017: SP had no candidate in 212 ', {
		timeout: 0
	});
	await expect(page.getByTestId('side-note')).toContainText(', 215 ');
});

test('another seat: the Kanpur demo does not apply, and the page says no organisation data is loaded', async ({
	page
}) => {
	await page.goto('/seat/1/winnability/');
	await expect(page.getByTestId('no-org-flag')).toContainText('no data loaded for this seat', {
		timeout: 0
	});
	await expect(page.getByTestId('demo-flag')).toHaveCount(0);
	await expect(page.getByTestId('seat-summary')).not.toContainText('demo');
	// What applies to this seat, not Kanpur's: no "invented organisation for Kanpur's booths",
	// and the menu names the seat in view, not a fixed Kanpur tab.
	await expect(page.getByTestId('org-status')).toHaveText(
		'No organisation data for this seat: the demo data covers Kanpur (seat 43) only. Import your own file.'
	);
	await expect(page.locator('main')).not.toContainText("Kanpur's booths");
	await expect(
		page.getByRole('navigation').first().getByRole('link', { name: 'Seat 1' })
	).toBeVisible();
	await expect(
		page.getByRole('navigation').first().getByRole('link', { name: 'Kanpur' })
	).toHaveCount(0);
	// the backtest's "Change the settings" brings the user back to this seat, not Kanpur
	await expect(page.getByTestId('backtest-link')).toHaveAttribute(
		'href',
		/\/backtest\/\?(.*&)?pc=1(&|$)/
	);
});

/**
 * One load of Kanpur's page, from AC 212, for the demo data and a swing, then the groups the
 * organisation data drives and, once that data is cleared back to the demo, a one-AC file over
 * the demo (each began with its own load of this page; two loads less for the CI, issue 16).
 */
test('demo data and a swing; the organisation data drives the groups; a one-AC file updates that AC and keeps the others', async ({
	page
}) => {
	// A swing, four imports and a clear on one page: three times the config's net (test.slow).
	test.slow();
	await test.step('demo data is labelled; a swing slider moves Kanpur from behind to winnable', async () => {
		await page.goto('/seat/43/winnability/?ac=212');
		// The first sight of the page's data waits as long as the test's limit allows (timeout:
		// 0): beside other work (load average 35 on 2 cores) it took over the 60 s of an assertion
		// here, on the backtest and on seat 1 while nothing was wrong (issue 16).
		await expect(page.getByTestId('demo-flag')).toHaveText('Organisation: demo data', {
			timeout: 0
		});
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

		// Back to no swing, for the steps below: behind again.
		await page.getByTestId('swing').fill('0');
		await expect(summary).toHaveAttribute('data-winning', 'false');
	});

	await test.step('the organisation data drives the groups: the demo file imported as ours, then a small file', async () => {
		await waitForPaint(page);
		const counts = () =>
			page
				.locator('[data-testid="legend"] li[data-key]')
				.evaluateAll(
					(lis) =>
						Object.fromEntries(
							lis.map((li) => [
								li.getAttribute('data-key')!,
								Number(li.querySelector('.count')!.textContent.replace(/\D/g, ''))
							])
						) as Record<string, number>
				);
		const top = () =>
			page
				.locator('[data-testid="priority-table"] tbody tr')
				.evaluateAll((rows) => rows.slice(0, 5).map((r) => r.getAttribute('data-booth')));
		const organised = (c: Record<string, number>) => c.stronghold + c.persuade;
		await expect(page.getByTestId('demo-flag')).toBeVisible();
		await expect(page.locator('[data-testid="segment-projection"] thead')).toContainText('(demo)');
		// the segments by group: five on the map and the chart, coloured like the table's group cells
		await expect(page.locator('[data-testid="segment-map"] path[data-group]')).toHaveCount(5);
		await expect(page.locator('[data-testid="segment-scatter"] circle[data-group]')).toHaveCount(5);
		const demo = await counts();
		const demoTop = await top();
		expect(organised(demo)).toBeGreaterThan(10);

		// The shipped demo file, imported through the file input as if it were the party's own: the
		// same rows give the same groups and order, no longer labelled demo.
		const importFile = async (
			file: string | { name: string; mimeType: string; buffer: Buffer }
		) => {
			await page.getByTestId('org-file').setInputFiles(file);
			await page.getByTestId('org-confirm').click();
		};
		await importFile('static/data/demo/kanpur-organisation-demo.csv');
		await expect(page.getByTestId('org-status')).toContainText('kanpur-organisation-demo.csv');
		await expect(page.getByTestId('demo-flag')).toHaveCount(0);
		await expect(page.locator('[data-testid="segment-projection"] thead')).not.toContainText(
			'(demo)'
		);
		await expect.poll(counts).toEqual(demo);
		expect(await top()).toEqual(demoTop);

		// A small file: ten booths of AC 212, each with a president, BLA-2, 12 committee members and
		// 12 page-in-charges (at least 90 of 100 points): exactly ten organised booths in AC 212.
		// It covers AC 212 only, so the preview offers "update AC 212 only"; this file is meant to be
		// the party's whole list, so the user chooses "replace everything".
		await page.getByTestId('org-file').setInputFiles({
			name: 'our-booths.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(userCsv)
		});
		await page.getByTestId('org-mode-replace').check();
		await page.getByTestId('org-confirm').click();
		await expect(page.getByTestId('org-status')).toContainText('our-booths.csv');
		await expect.poll(async () => organised(await counts())).toBe(10);
		const mine = await counts();
		expect(mine).not.toEqual(demo);
		expect(Object.values(mine).reduce((a, b) => a + b, 0)).toBe(345);
		expect(await top()).not.toEqual(demoTop);

		// "n with no organisation" lists exactly those booths: every booth of the seat but the ten.
		const summary = page.getByTestId('seat-summary');
		const total = Number(
			(await summary.textContent())!.match(/10 of ([\d,]+)/)![1].replace(/,/g, '')
		);
		await page.getByTestId('no-org-count').click();
		await expect(page.getByTestId('priority-no-org')).toBeChecked();
		await expect(page.getByTestId('priority-count')).toHaveText(`${total - 10} booths`);
		page.once('dialog', (d) => d.accept());
		await page.getByTestId('org-clear').click();
		await expect(page.getByTestId('org-status')).toContainText('Demo data');
	});

	await test.step('a one-AC file updates that AC and keeps the others; the preview says what will change', async () => {
		const rows = (ac: number, n: number) =>
			Array.from({ length: n }, (_, i) => `${ac},${i + 1},yes,10`).join('\n');
		const both = `AC No,Booth No,Booth President,Committee Members\n${rows(212, 10)}\n${rows(213, 5)}\n`;
		const one = `AC No,Booth No,Booth President,Committee Members\n${rows(213, 3)}\n`;
		await expect(page.getByTestId('org-status')).toContainText('Demo data');
		await page
			.getByTestId('org-file')
			.setInputFiles({ name: 'two-acs.csv', mimeType: 'text/csv', buffer: Buffer.from(both) });
		const plan = page.getByTestId('org-plan');
		// Over the demo: said in words which ACs lose their (demo) rows.
		await expect(plan).toContainText(
			/replaces the demo data whole: AC \d{3}(, \d{3})* will have no/
		);
		await page.getByTestId('org-confirm').click();
		await expect(page.getByTestId('org-status')).toContainText('two-acs.csv, 15 booths');

		await page
			.getByTestId('org-file')
			.setInputFiles({ name: 'ac-213.csv', mimeType: 'text/csv', buffer: Buffer.from(one) });
		await expect(plan).toContainText('AC 213: 3 booth rows replace the 5 stored now.');
		await expect(page.getByTestId('org-mode-update')).toBeChecked();
		await expect(plan).toContainText('Update AC 213 only; keep the rows of AC 212');
		await page.getByTestId('org-confirm').click();
		// AC 212's ten rows are still there: 10 + 3.
		await expect(page.getByTestId('org-status')).toContainText('13 booths');
		await expect(page.getByTestId('org-status')).toContainText('two-acs.csv, ac-213.csv');
	});
});
