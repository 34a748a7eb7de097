/**
 * A planar projection for small SVG maps of a seat or a state: longitude scaled by cos(latitude)
 * around the features' middle (equirectangular, true to shape at Indian latitudes for areas this
 * small) and fitted into a box. Planar, so d3-geo's spherical ring-winding rules do not apply.
 *
 *   const path = fittedPath(seat, 200, 160, 6); path(feature) → 'M…Z'
 */
import { geoPath, geoTransform, type GeoPermissibleObjects } from 'd3';
import type { FeatureCollection } from 'geojson';
import { bboxOf } from '$lib/data/geo.ts';

export function fittedPath(fc: FeatureCollection, width: number, height: number, padding = 0) {
	const [w, s, e, n] = bboxOf(fc);
	const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
	const spanX = (e - w) * k;
	const spanY = n - s;
	const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
	const dx = (width - spanX * scale) / 2;
	const dy = (height - spanY * scale) / 2;
	const project = (lon: number, lat: number): [number, number] => [
		dx + (lon - w) * k * scale,
		dy + (n - lat) * scale
	];
	const transform = geoTransform({
		point(lon: number, lat: number) {
			const [x, y] = project(lon, lat);
			this.stream.point(x, y);
		}
	});
	const path = geoPath(transform);
	return Object.assign((f: GeoPermissibleObjects) => path(f) ?? '', { project });
}
