import { describe, expect, it } from 'vitest';
import { declutter } from '../../../src/lib/map/declutter.ts';

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
	Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;

describe('declutter', () => {
	it('leaves labels that do not overlap where they are', () => {
		expect(
			declutter([
				{ x: 0, y: 0, w: 80, h: 30 },
				{ x: 200, y: 0, w: 80, h: 30 }
			])
		).toEqual([0, 0]);
	});

	it('moves the lower of two overlapping labels down until they clear', () => {
		expect(
			declutter([
				{ x: 0, y: 0, w: 80, h: 30 },
				{ x: 10, y: 5, w: 80, h: 30 }
			])
		).toEqual([0, 27]);
	});

	it('separates a cluster of three (Sishamau, Arya Nagar and a neighbour)', () => {
		const boxes = [
			{ x: 100, y: 100, w: 90, h: 32 },
			{ x: 130, y: 110, w: 90, h: 32 },
			{ x: 120, y: 95, w: 90, h: 32 }
		];
		const dy = declutter(boxes);
		const moved = boxes.map((b, i) => ({ ...b, y: b.y + dy[i] }));
		for (let i = 0; i < moved.length; i++)
			for (let j = i + 1; j < moved.length; j++) expect(overlaps(moved[i], moved[j])).toBe(false);
	});
});
