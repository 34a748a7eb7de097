/**
 * Reading the map's own pixels: the colour of the MapLibre canvas at a longitude/latitude, for a
 * map fitted to a known bounding box (projected independently of MapLibre, see map-math.ts).
 */
import type { Page } from '@playwright/test';
import { fittedProjector } from './map-math.ts';

export type BBox = [number, number, number, number];

export function bboxOf(coordinates: unknown): BBox {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	const walk = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			w = Math.min(w, c[0]);
			e = Math.max(e, c[0]);
			s = Math.min(s, c[1] as number);
			n = Math.max(n, c[1] as number);
		} else if (Array.isArray(c)) c.forEach(walk);
	};
	walk(coordinates);
	return [w, s, e, n];
}

/**
 * '#rrggbb' of the fill at a point of the canvas; the map was fitted to `bbox` with 24 px padding.
 * Outline pixels (white cell borders, the black AC outline) are skipped: the nearest fill pixel
 * within 6 px is returned, so a booth whose point lies next to a border still reads its own fill.
 */
export async function colourAt(page: Page, bbox: BBox, lon: number, lat: number): Promise<string> {
	const canvas = page.getByTestId('map-canvas');
	const box = (await canvas.boundingBox())!;
	const [x, y] = fittedProjector(bbox, box.width, box.height, 24)(lon, lat);
	return canvas.evaluate(
		(c: HTMLCanvasElement, [px, py]) => {
			const k = c.width / c.getBoundingClientRect().width;
			const tmp = document.createElement('canvas');
			tmp.width = c.width;
			tmp.height = c.height;
			const ctx = tmp.getContext('2d')!;
			ctx.drawImage(c, 0, 0);
			const R = Math.round(6 * k);
			const cx = Math.round(px * k);
			const cy = Math.round(py * k);
			const data = ctx.getImageData(cx - R, cy - R, 2 * R + 1, 2 * R + 1).data;
			let best: number[] | null = null;
			let bestD = Infinity;
			for (let dy = -R; dy <= R; dy++)
				for (let dx = -R; dx <= R; dx++) {
					const i = ((dy + R) * (2 * R + 1) + (dx + R)) * 4;
					const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
					const outline = (r > 235 && g > 235 && b > 235) || (r < 45 && g < 45 && b < 45);
					const d = dx * dx + dy * dy;
					if (!outline && d < bestD) [best, bestD] = [[r, g, b], d];
				}
			return '#' + (best ?? [0, 0, 0]).map((v) => v.toString(16).padStart(2, '0')).join('');
		},
		[x, y]
	);
}

/** Largest difference of one channel between two '#rrggbb' colours. */
export function colourDistance(a: string, b: string): number {
	const p = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
	const [x, y] = [p(a), p(b)];
	return Math.max(...x.map((v, i) => Math.abs(v - y[i])));
}
