/**
 * The first map is in the prerendered HTML (src/lib/map/FirstMap.svelte): SVG drawn at build time
 * from the same geometry and snapshot numbers, with labels and legend, painted with no script at
 * all, and MapLibre takes over in the same place. Expected numbers are ECI's 2022 results: SP won
 * Sishamau (Haji Irfan Solanki 79,163, BJP 66,897: 7.9 points) and Arya Nagar, BJP Govind Nagar.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, test, waitForPaint } from './fixtures.ts';
import { fittedProjector } from './map-math.ts';
import { bboxOf, colourDistance } from './pixels.ts';

const SP = '#d7191c';
const BJP = '#f7941d';

interface SeatFeature {
	properties: { ac_no?: number; kind?: string; label_lon: number; label_lat: number };
	geometry: { coordinates: unknown };
}

test('the prerendered /seat/43/ holds the first map: Sishamau in SP red, its label and the legend', async ({
	request
}) => {
	const res = await request.get('/seat/43/');
	expect(res.status()).toBe(200);
	const html = await res.text();
	// the SVG inside the map box, one path per segment with its colour
	expect(html).toMatch(/<div class="first-map[^"]*"[^>]*data-testid="first-map"/);
	const fill = (ac: number) =>
		new RegExp(`<path d="M[^"]+" fill="(#[0-9a-f]{6})" data-id="${ac}"`).exec(html)?.[1];
	expect(fill(213), 'Sishamau').toBe(SP);
	expect(fill(214), 'Arya Nagar').toBe(SP);
	expect(fill(212), 'Govind Nagar').toBe(BJP);
	expect(html).toContain('<strong>Sishamau</strong>');
	expect(html).toContain('SP +7.9 pts over BJP');
	// the legend beside it: 3 segments SP, 2 BJP
	expect(html).toMatch(/Samajwadi Party<\/span>\s*<span class="count[^"]*">3 segments/);
	expect(html).toMatch(/Bharatiya Janata Party<\/span>\s*<span class="count[^"]*">2 segments/);
});

/** The PNG's colours at these points, decoded once by a browser page with scripts on. */
async function pixels(
	browser: Browser,
	png: Buffer,
	points: (readonly [number, number])[]
): Promise<string[]> {
	const page = await browser.newPage();
	try {
		return await page.evaluate(
			async ([b64, points]) => {
				const img = new Image();
				img.src = `data:image/png;base64,${b64}`;
				await img.decode();
				const c = document.createElement('canvas');
				[c.width, c.height] = [img.width, img.height];
				const ctx = c.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				return points.map(([x, y]) => {
					const [r, g, b] = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
					return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
				});
			},
			[png.toString('base64'), points] as const
		);
	} finally {
		await page.close();
	}
}

/** Where each segment's label point is in the seat map box (Web Mercator, fitted, padding 24). */
async function segmentPoints(page: Page) {
	const seat = (await (await page.request.get('/data/seat/43.geojson')).json()) as {
		features: SeatFeature[];
	};
	const acs = seat.features.filter((f) => f.properties.kind !== 'pc');
	const box = (await page.getByTestId('seat-map').boundingBox())!;
	const project = fittedProjector(
		bboxOf(acs.map((f) => f.geometry.coordinates)),
		box.width,
		box.height,
		24
	);
	return new Map(
		acs.map((f) => {
			const [x, y] = project(f.properties.label_lon, f.properties.label_lat);
			return [f.properties.ac_no!, [box.x + x, box.y + y] as const];
		})
	);
}

test('with JavaScript off, /seat/43/ paints the map; MapLibre then draws it in the same place', async ({
	browser,
	baseURL
}) => {
	// two page loads and MapLibre in software WebGL: more than the default minute on a busy machine
	test.setTimeout(180_000);
	const options = {
		baseURL,
		viewport: { width: 1280, height: 800 },
		serviceWorkers: 'block' as const
	};
	const context = await browser.newContext({ ...options, javaScriptEnabled: false });
	const page = await context.newPage();
	// the labels sit on the points, the colours under them: the labels hidden by a style in the page
	await context.route('**/seat/43/', async (route) => {
		const res = await route.fetch();
		const html = (await res.text()).replace(
			'</head>',
			'<style>.first-map-label { visibility: hidden; }</style></head>'
		);
		await route.fulfill({ response: res, body: html });
	});
	await page.goto('/seat/43/');
	await expect(page.getByTestId('first-map')).toBeVisible();
	await expect(page.locator('.first-map-label', { hasText: 'Kidwai Nagar' })).toContainText(
		'BJP +18.3 pts over INC'
	);
	await expect(page.getByTestId('legend')).toContainText('Samajwadi Party');
	const points = await segmentPoints(page);
	const acs = [...points.keys()];
	const still = await page.screenshot();
	await context.close();
	const before = await pixels(browser, still, [...points.values()]);
	const at = (colours: string[], ac: number) => colours[acs.indexOf(ac)];
	expect(colourDistance(at(before, 213), SP), 'Sishamau without scripts').toBeLessThan(12);
	expect(colourDistance(at(before, 212), BJP), 'Govind Nagar without scripts').toBeLessThan(12);

	// The same page with scripts: once MapLibre has painted, the first map is gone and every
	// segment's colour is where it was.
	const live = await browser.newPage(options);
	await live.goto('/seat/43/');
	await waitForPaint(live, 'AE2022:winner:SP');
	await expect(live.getByTestId('first-map')).toHaveCount(0);
	await live.addStyleTag({ content: '.map-label { visibility: hidden; }' });
	const after = await pixels(browser, await live.screenshot(), [...points.values()]);
	for (const ac of acs)
		expect(
			colourDistance(at(after, ac), at(before, ac)),
			`AC ${ac} before and after MapLibre`
		).toBeLessThan(12);
	await live.close();
});

test('the state and AC pages are prerendered with their first maps, Devanagari labels in Hindi', async ({
	page,
	request
}) => {
	const state = await (await request.get('/')).text();
	expect(state.match(/<path d="M[^"]+" fill="#[0-9a-f]{6}" data-id="\d+"/g)).toHaveLength(403);
	expect(state).toContain('<strong>Kanpur</strong>');
	expect(state).toMatch(/Bharatiya Janata Party<\/span>\s*<span class="count[^"]*">255 seats/);
	// An AC page holds its outline and name only (every AC's booths made the build too slow and
	// big: src/lib/server/first-map.ts); its booths come with the live map.
	const booths = await (await request.get('/seat/43/ac/213/')).text();
	expect(booths.match(/<path d="M[^"]+" fill="#[0-9a-f]{6}" data-id="\d+"/g)).toEqual([
		expect.stringContaining('data-id="213"')
	]);
	expect(booths).toContain('<strong>Sishamau</strong>');
	expect(booths).toContain('The booths are drawn as soon as their data has loaded.');

	// In Hindi the first map's labels are the Hindi names, shaped by the browser with the site's
	// Devanagari font. (The live map waits for the held snapshot, so the first map stays up.)
	let release: () => void = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/data/snapshot/common.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/seat/43/?lang=hi');
	const label = page.locator('.first-map-label', { hasText: 'सीसामऊ' });
	await expect(label).toBeVisible();
	await expect(label).toContainText('SP +7.9 अंक, BJP से आगे');
	expect(
		await page.evaluate(async () => {
			await document.fonts.ready;
			return document.fonts.check('700 16px "Noto Sans Devanagari"', 'सीसामऊ');
		})
	).toBe(true);
	release();
	await waitForPaint(page, 'AE2022:winner:SP');
	await expect(page.locator('.map-label', { hasText: 'सीसामऊ' })).toBeVisible();
});
