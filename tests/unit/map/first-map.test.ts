/**
 * The first map's geometry (src/lib/map/first-map.ts) lands where MapLibre draws the live map:
 * a label's place, in per cent of the box FirstMap.svelte fits into the map box, is the pixel
 * that an independent Web Mercator fit with fitBounds' 24 px padding gives (tests/e2e/map-math.ts,
 * which the pixel tests check against MapLibre itself).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../../src/lib/data/geo.ts';
import { fitBounds, PADDING, percentOf, svgPath } from '../../../src/lib/map/first-map.ts';
import { fittedProjector } from '../../e2e/map-math.ts';

const seat = JSON.parse(readFileSync('static/data/seat/43.geojson', 'utf8'));
const segments = {
	type: 'FeatureCollection' as const,
	features: seat.features.filter(
		(f: { properties: { kind?: string } }) => f.properties.kind !== 'pc'
	)
};

/** FirstMap.svelte's CSS: the box of the bounds, as large as fits in the map box less padding, centred. */
function cssBox(ratio: number, width: number, height: number) {
	const [iw, ih] = [width - 2 * PADDING, height - 2 * PADDING];
	const w = Math.min(iw, ih * ratio);
	const h = w / ratio;
	return { left: PADDING + (iw - w) / 2, top: PADDING + (ih - h) / 2, w, h };
}

describe('first map', () => {
	for (const [width, height] of [
		[872, 495],
		[1400, 750],
		[390, 420]
	])
		it(`places Kanpur's labels where the live map does, in a ${width}×${height} map box`, () => {
			const bounds = bboxOf(segments);
			const fit = fitBounds(bounds);
			const box = cssBox(fit.width / fit.height, width, height);
			const live = fittedProjector(bounds, width, height, PADDING);
			for (const f of segments.features) {
				const { label_lon: lon, label_lat: lat } = f.properties;
				const p = percentOf(fit, lon, lat);
				const [x, y] = live(lon, lat);
				expect(box.left + (p.x / 100) * box.w).toBeCloseTo(x, 0);
				expect(box.top + (p.y / 100) * box.h).toBeCloseTo(y, 0);
			}
		});

	it('writes rings as whole units, each point relative to the last, leaving out repeats', () => {
		const project = (lon: number, lat: number): [number, number] => [lon * 10, lat * 10];
		const square = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1.01, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				]
			]
		};
		expect(svgPath(square, project)).toBe('M0 0l10 0l0 10l-10 0l0-10z');
		// a ring that rounds to less than three points is not drawn
		expect(
			svgPath(
				{
					type: 'Polygon',
					coordinates: [
						[
							[0, 0],
							[0.01, 0],
							[0, 0.01],
							[0, 0]
						]
					]
				},
				project
			)
		).toBe('');
	});
});
