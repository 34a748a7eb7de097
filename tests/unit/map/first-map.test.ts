/**
 * The prerendered first map (src/lib/server/first-map.ts, map/first-map.ts): drawn from the site's
 * own files with the default view's numbers, and fitted as MapLibre's fitBounds fits the same
 * bounds (checked against the e2e suite's own Web Mercator fit, written independently of both).
 */
import { describe, expect, it } from 'vitest';
import { firstMapProjection } from '../../../src/lib/map/first-map.ts';
import { firstMap, fillFirstMaps } from '../../../src/lib/server/first-map.ts';
import { fittedProjector } from '../../e2e/map-math.ts';

const SP = '#d7191c';
const BJP = '#f7941d';

describe('first map', () => {
	it("Kanpur's seat map: Sishamau in SP's colour and Govindnagar in BJP's (ECI 2022), five labels", async () => {
		const { svg, legend } = await firstMap('seat:43');
		// ECI, Vidhan Sabha 2022: Sishamau (213) Haji Irfan Solanki, SP; Govindnagar (212) Surendra
		// Maithani, BJP.
		expect(svg).toMatch(new RegExp(`<path data-id="213" fill="${SP}" d="M`));
		expect(svg).toMatch(new RegExp(`<path data-id="212" fill="${BJP}" d="M`));
		expect(svg.match(/<path data-id=/g)).toHaveLength(5);
		expect(svg).toContain('>Sishamau<');
		expect(svg).toContain('>सीसामऊ<');
		expect(svg).toContain('SP +7.9 pts over BJP');
		// SP won three of the five segments, BJP two.
		expect(legend).toContain('Samajwadi Party</span><span class="count">3 segments');
		expect(legend).toContain('Bharatiya Janata Party</span><span class="count">2 segments');
		// and in Hindi, shown when the page is (the root layout sets <html lang="hi">)
		expect(legend).toMatch(/<ul lang="hi"><li data-key="SP">.*<span class="count">3 क्षेत्र</);
	});

	it('the state map has all 403 ACs and the 2022 seat counts in its legend', async () => {
		const { svg, legend } = await firstMap('state');
		expect(svg.match(/<path data-id=/g)).toHaveLength(403);
		// ECI, Vidhan Sabha 2022: BJP 255, SP 111.
		expect(legend).toContain('Bharatiya Janata Party</span><span class="count">255 seats');
		expect(legend).toContain('Samajwadi Party</span><span class="count">111 seats');
	});

	it('an AC page: the AC in its 2022 winner’s colour, said to be the whole segment', async () => {
		const { svg, legend } = await firstMap('ac:43:213');
		expect(svg).toMatch(new RegExp(`<path data-id="213" fill="${SP}"`));
		expect(legend).toContain('The whole segment in');
	});

	it('fills the placeholders UnitsMap and MapLegend leave in a page, and only those', async () => {
		const html =
			'<div class="map"><div class="first-map s-x" data-first-map="seat:43" aria-hidden="true"></div></div>' +
			'<div data-first-legend="seat:43"></div><div data-other="x"></div>';
		const out = await fillFirstMaps(html);
		expect(out).toContain('aria-hidden="true"><svg class="fm-shapes"');
		expect(out).toContain('<div data-first-legend="seat:43"><ul lang="en"><li data-key="SP">');
		expect(out).toContain('<div data-other="x"></div>');
		await expect(fillFirstMaps('<div data-first-map="nowhere"></div>')).rejects.toThrow(
			'unknown first map nowhere'
		);
	});

	it('lands a point where MapLibre’s fitBounds puts it, in any box', () => {
		const bounds: [number, number, number, number] = [80.2, 26.38, 80.42, 26.52];
		const { projection, viewBox } = firstMapProjection(bounds);
		const [vx, vy, vw, vh] = viewBox;
		for (const [W, H] of [
			[860, 500],
			[390, 520],
			[1300, 700]
		]) {
			// the SVG: the viewBox fitted ("meet") into the box less 24 px on each side, centred
			const k = Math.min((W - 48) / vw, (H - 48) / vh);
			const [px, py] = projection([80.3307, 26.4659])!;
			const svgX = W / 2 + (px - vx - vw / 2) * k;
			const svgY = H / 2 + (py - vy - vh / 2) * k;
			const [mx, my] = fittedProjector(bounds, W, H, 24)(80.3307, 26.4659);
			expect(Math.abs(svgX - mx)).toBeLessThan(0.01);
			expect(Math.abs(svgY - my)).toBeLessThan(0.01);
		}
	});
});
