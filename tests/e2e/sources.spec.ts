/**
 * Attribution: every view's source line (and every slide's) links to the Sources page, in the
 * interface's language; the Sources page lists every dataset with origin, licence and what the
 * pipeline changed, cites TCPD as TCPD asks (its Lok Dhaba documentation), and accounts for every
 * file the site ships: each file under static/data, listed here from the disk, is in a row that
 * says what it holds and which datasets it is made from.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cachedTest as test, expect, switchToHindi } from './fixtures.ts';

/** TCPD's suggested citation of its Indian Elections Data (Lok Dhaba documentation, TCPD-IED). */
const TCPD =
	'Ananay Agarwal, Neelesh Agrawal, Saloni Bhogale, Sudheendra Hangal, Francesca Refsum Jensenius, Mohit Kumar, Chinmay Narayan, Basim U Nissa, Priyamvada Trivedi, and Gilles Verniers. 2021. “TCPD Indian Elections Data v2.0”, Trivedi Centre for Political Data, Ashoka University.';

/**
 * The source lines of the views a11y.spec.ts does not load: there, each route's line is checked in
 * English and Hindi on the same page load as its CSP and axe (the seat page's link followed in both
 * languages), which saved six page loads of the CI's time (issue 16). A slide's own source line
 * (slide 8's, the booths') is checked where present.spec.ts walks the deck, in English and in
 * Hindi: a page load less.
 */
const VIEWS: [string, string][] = [['/?u=pc&e=LS2024', 'source-line']];

/**
 * One page load per view: English first, then the site's own switch turns the same page into
 * Hindi in place and the line is checked again (a load per language cost more page loads of the
 * CI's time, issue 16).
 */
for (const [path, testid] of VIEWS)
	test(`the source line of ${path} (en, then hi) links to the Sources page`, async ({ page }) => {
		await page.goto(path);
		for (const lang of ['en', 'hi']) {
			if (lang === 'hi') await switchToHindi(page);
			const line = page.getByTestId(testid).first();
			await expect(line).toBeVisible({ timeout: 0 });
			const link = line.getByRole('link', {
				name: lang === 'hi' ? 'सभी स्रोत और लाइसेंस' : 'All sources and licences'
			});
			const href = new URL(await link.evaluate((a: HTMLAnchorElement) => a.href));
			expect(href.pathname).toBe('/sources/');
			expect(href.searchParams.get('lang')).toBe(lang === 'hi' ? 'hi' : null);
		}
	});

/** Every file under static/data, as the site ships it. */
function shippedFiles(dir = 'static/data', prefix = ''): string[] {
	return readdirSync(dir).flatMap((f) =>
		statSync(join(dir, f)).isDirectory()
			? shippedFiles(join(dir, f), `${prefix}${f}/`)
			: f === 'manifest.json'
				? []
				: [`${prefix}${f}`]
	);
}

test('the Sources page: every dataset with origin, licence, changes; TCPD cited; every file accounted for', async ({
	page
}) => {
	await page.goto('/sources/');
	const datasets = page.locator('li[data-source]');
	await expect(datasets.first()).toBeVisible();
	const n = await datasets.count();
	expect(n).toBeGreaterThanOrEqual(13);
	for (let i = 0; i < n; i++) {
		const d = datasets.nth(i);
		await expect(d).toContainText('Origin: ');
		await expect(d).toContainText('Licence: ');
		await expect(d).toContainText('Used for: ');
		await expect(d).toContainText('What the pipeline changed: ');
	}
	// TCPD's data reaches the site through its own file and through ElectionLens: both cite TCPD.
	for (const id of ['tcpd_ge', 'electionlens'])
		await expect(page.locator(`li[data-source="${id}"] [data-testid="citation"]`)).toHaveText(
			`Cite: ${TCPD}`
		);
	await expect(page.locator('li[data-source="tcpd_ge"]')).toContainText(
		'Non-commercial use only, citation required'
	);

	const rows = page.getByTestId('shipped').locator('tbody tr');
	const patterns = await rows.evaluateAll((trs) =>
		trs.map((tr) => tr.getAttribute('data-pattern')!)
	);
	const files = shippedFiles();
	expect(files.length).toBeGreaterThan(170);
	for (const f of files) {
		const row = patterns.filter((p) =>
			new RegExp(`^${p.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(f)
		);
		expect(row, `the row for static/data/${f}`).toHaveLength(1);
	}
	// Each row says what the files hold and links each dataset they come from.
	for (let i = 0; i < patterns.length; i++) {
		const links = rows.nth(i).locator('td').nth(2).getByRole('link');
		expect(await links.count(), `datasets of ${patterns[i]}`).toBeGreaterThan(0);
		for (const a of await links.all()) {
			const id = (await a.getAttribute('href'))!.replace('#source-', '');
			await expect(page.locator(`li[data-source="${id}"]`)).toHaveCount(1);
		}
	}
	await expect(page.locator('tr[data-pattern="booths.parquet"]')).toContainText(
		'Lok Sabha 2014 Form 20'
	);
	// The 2017 booth reconciliation as the reviewed baseline has it (every AC not exact listed
	// there, the unreadable files in the exceptions file): the page follows the reviewed counts.
	const baseline = JSON.parse(
		readFileSync('data/pipeline/booth-baseline-ae2017.json', 'utf8')
	) as Record<string, { status: string }>;
	const unreadable = Object.keys(
		JSON.parse(readFileSync('data/pipeline/form20-ae2017-exceptions.json', 'utf8')) as object
	).length;
	const count = (st: string) => Object.values(baseline).filter((b) => b.status === st).length;
	const exact = 403 - unreadable - Object.keys(baseline).length;
	await expect(page.locator('main')).toContainText(
		`vs the declared results: ${exact} ACs add up exactly (booths + postal = declared for every candidate), ${count('close')} within 1% of the AC's votes, ${count('differs')} differ by more`
	);
});
