/**
 * The first map without any script (issue 15): the prerendered /seat/43/ holds Kanpur's map as
 * inline SVG, a browser with JavaScript off paints it, and once MapLibre has painted the same view
 * the SVG goes and the canvas shows the segments in the same place. Expected colours are the
 * official winners (ECI, Vidhan Sabha 2022, the view a page opens on): Sishamau (213) Haji Irfan
 * Solanki, SP; Govindnagar (212) Surendra Maithani, BJP. Where a place lands is computed by the
 * suite's own Web Mercator fit (map-math.ts), not by the site's code. The page is a first visit, in
 * a browser context of its own (fixtures.ts `test`, not `cachedTest`): what a cold page shows
 * before MapLibre and the data have arrived is the point.
 */
import type { APIRequestContext, Locator } from '@playwright/test';
import { expect, test, waitForPaint } from './fixtures.ts';
import { fittedProjector } from './map-math.ts';
import { bboxOf, colourDistance, type BBox } from './pixels.ts';
import { readPng, type Png } from './png.ts';

const SP = '#d7191c';
const BJP = '#f7941d';
const hex = ([r, g, b]: number[]) =>
	'#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');

interface Seat {
	bbox: BBox;
	point: (ac: number) => [number, number];
}

/** Kanpur's segments from the site's own file: their bounds and each one's inside point. */
async function kanpur(request: APIRequestContext): Promise<Seat> {
	const fc = (await (await request.get('/data/seat/43.geojson')).json()) as {
		features: {
			properties: { ac_no?: number; kind?: string; label_lon: number; label_lat: number };
			geometry: { coordinates: unknown };
		}[];
	};
	const acs = fc.features.filter((f) => f.properties.kind !== 'pc');
	return {
		bbox: bboxOf(acs.map((f) => f.geometry.coordinates)),
		point: (ac) => {
			const p = acs.find((f) => f.properties.ac_no === ac)!.properties;
			return [p.label_lon, p.label_lat];
		}
	};
}

/** Share of the pixels within 10 px of (x, y) that have the colour (labels cover some). */
function shareNear(img: Png, x: number, y: number, colour: string): number {
	let [hit, all] = [0, 0];
	for (let dy = -10; dy <= 10; dy++)
		for (let dx = -10; dx <= 10; dx++, all++)
			if (colourDistance(hex(img.at(x + dx, y + dy)), colour) < 12) hit++;
	return hit / all;
}

/**
 * The middle of the patch of `colour` that (x, y) lies in (4-connected pixels, stopped by the
 * white borders between segments): where the segment is drawn, in px.
 */
function patchCentre(img: Png, x: number, y: number, colour: string): [number, number] {
	const seen = new Uint8Array(img.width * img.height);
	const stack = [[Math.round(x), Math.round(y)]];
	let [sx, sy, n] = [0, 0, 0];
	while (stack.length) {
		const [px, py] = stack.pop()!;
		if (px < 0 || py < 0 || px >= img.width || py >= img.height) continue;
		if (seen[py * img.width + px]) continue;
		seen[py * img.width + px] = 1;
		if (colourDistance(hex(img.at(px, py)), colour) > 40) continue;
		[sx, sy, n] = [sx + px, sy + py, n + 1];
		stack.push([px + 1, py], [px - 1, py], [px, py + 1], [px, py - 1]);
	}
	expect(n, 'pixels of the patch').toBeGreaterThan(200);
	return [sx / n, sy / n];
}

const mapOf = (box: Locator) => box.locator(':scope > [role="region"]');

test('the prerendered /seat/43/ holds the map as SVG, Sishamau in SP’s colour, with its legend', async ({
	request
}) => {
	const html = await (await request.get('/seat/43/')).text();
	const svg = /data-first-map="seat:43"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
	expect(svg).toMatch(new RegExp(`<path data-id="213" fill="${SP}" d="M[^"]+z"`));
	expect(svg).toMatch(new RegExp(`<path data-id="212" fill="${BJP}" d="M[^"]+z"`));
	// Labels are text (English and Hindi; the page's language picks one), not shapes.
	expect(svg).toContain('>Sishamau</text>');
	expect(svg).toContain('>सीसामऊ</text>');
	const legend = /data-first-legend="seat:43"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
	// SP won three of the five segments, BJP two.
	expect(legend).toContain('Samajwadi Party</span><span class="count">3 segments');
	expect(legend).toContain('Bharatiya Janata Party</span><span class="count">2 segments');
});

test('with JavaScript off, the seat page paints the map: SP red inside Sishamau, BJP orange inside Govindnagar', async ({
	browser,
	baseURL,
	request
}) => {
	const seat = await kanpur(request);
	const context = await browser.newContext({
		javaScriptEnabled: false,
		baseURL,
		viewport: { width: 1280, height: 800 }
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await page.goto('/seat/43/');
	const map = mapOf(page.getByTestId('seat-map'));
	await expect(map.locator('svg.fm-shapes')).toBeVisible();
	const box = (await map.boundingBox())!;
	const img = readPng(await map.screenshot());
	const at = fittedProjector(seat.bbox, box.width, box.height, 24);
	const [sx, sy] = at(...seat.point(213));
	const [gx, gy] = at(...seat.point(212));
	// The label's text covers part of the window; the rest is the segment's fill.
	expect(shareNear(img, sx, sy, SP), 'SP red around Sishamau’s point').toBeGreaterThan(0.15);
	expect(shareNear(img, sx, sy, BJP), 'BJP orange around Sishamau’s point').toBe(0);
	expect(shareNear(img, gx, gy, BJP), 'BJP orange around Govindnagar’s point').toBeGreaterThan(
		0.15
	);
	expect(shareNear(img, gx, gy, SP), 'SP red around Govindnagar’s point').toBe(0);
	await expect(page.getByTestId('legend')).toContainText('Samajwadi Party');
	expect(errors, 'console errors (a CSP refusal would be one)').toEqual([]);
	await context.close();
});

test('MapLibre takes over in place: once it has painted, the SVG is gone and Sishamau has not moved', async ({
	page,
	request
}) => {
	const seat = await kanpur(request);
	// The colours wait for the snapshot: held back until the SVG has been seen over a loaded map.
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/data/snapshot/common.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/seat/43/');
	const map = mapOf(page.getByTestId('seat-map'));
	const first = map.locator('[data-first-map="seat:43"]');
	await expect(page.getByTestId('map-canvas')).toBeAttached({ timeout: 0 });
	await expect(first).toBeVisible();
	// Shapes only: the labels are text drawn by two renderers.
	await page.addStyleTag({ content: '.fm-labels, .map-label { visibility: hidden }' });
	const box = (await map.boundingBox())!;
	const [x, y] = fittedProjector(seat.bbox, box.width, box.height, 24)(...seat.point(213));
	const before = patchCentre(readPng(await map.screenshot()), x, y, SP);
	release();
	await waitForPaint(page, 'AE2022:winner:SP');
	await expect(first).toHaveCount(0);
	await expect(map.locator('svg')).toHaveCount(0);
	const after = patchCentre(readPng(await page.getByTestId('map-canvas').screenshot()), x, y, SP);
	const moved = Math.hypot(after[0] - before[0], after[1] - before[1]);
	console.log(
		`Sishamau's centre: SVG (${before.map((v) => v.toFixed(1)).join(', ')}) → MapLibre (${after.map((v) => v.toFixed(1)).join(', ')}): ${moved.toFixed(2)} px`
	);
	expect(moved).toBeLessThan(1.5);
});
