/** Estimated booth areas over a real AC polygon (Sishamau, AC 213, from the pipeline's output). */
import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	boothAreas,
	estimateBoothPoints,
	hilbertIndex,
	metresOutside,
	seedOf,
	type Area
} from '../../../src/lib/model/booth-areas.ts';

const acs = JSON.parse(
	readFileSync(new URL('../../../static/data/ac.geojson', import.meta.url), 'utf8')
);
const sishamau = acs.features.find(
	(f: Feature<Area, { ac_no: number }>) => f.properties.ac_no === 213
) as Feature<Area, { ac_no: number }>;
const parts = Array.from({ length: 252 }, (_, i) => i + 1);

describe('estimated booth areas', () => {
	const points = estimateBoothPoints(sishamau, parts, 'LS2014:213');
	const cells = boothAreas(sishamau, points, 'estimated');

	it('are the same every time for the same seed, and different for another', () => {
		expect(estimateBoothPoints(sishamau, parts, 'LS2014:213')).toEqual(points);
		expect(estimateBoothPoints(sishamau, parts, 'AE2017:213')).not.toEqual(points);
		expect(seedOf('LS2014:213')).not.toBe(seedOf('LS2014:214'));
	});

	it('put one point per booth inside the AC', () => {
		expect(points).toHaveLength(252);
		expect(points.every((p) => booleanPointInPolygon([p.lon, p.lat], sishamau))).toBe(true);
		expect(new Set(points.map((p) => p.part_no)).size).toBe(252);
	});

	it('tile the AC: one cell per booth, together covering its area', () => {
		expect(cells.features).toHaveLength(252);
		const total = cells.features.reduce((s, f) => s + area(f), 0);
		expect(total / area(sishamau)).toBeCloseTo(1, 2);
		expect(cells.features.every((f) => f.properties.geometry_source === 'estimated')).toBe(true);
	});

	it('keep consecutive booth numbers near each other (Hilbert order)', () => {
		const gap = (i: number) =>
			Math.hypot(points[i].lon - points[i + 1].lon, points[i].lat - points[i + 1].lat);
		const mean = points.slice(0, -1).reduce((s, _, i) => s + gap(i), 0) / (points.length - 1);
		const first = points[0];
		const far =
			points.reduce((s, p) => s + Math.hypot(p.lon - first.lon, p.lat - first.lat), 0) /
			points.length;
		expect(mean).toBeLessThan(far / 4);
	});
});

describe('reported locations', () => {
	it('give every booth a cell even when several share a building', () => {
		const shared = [
			{ part_no: 1, lon: 80.3335, lat: 26.4725 },
			{ part_no: 2, lon: 80.3335, lat: 26.4725 },
			{ part_no: 3, lon: 80.34, lat: 26.47 }
		];
		const fc = boothAreas(
			sishamau,
			shared.filter((p) => metresOutside(sishamau, p.lon, p.lat) === 0),
			'reported'
		);
		expect(fc.features.map((f) => f.properties.part_no).sort()).toEqual([1, 2, 3]);
		expect(fc.features[0].properties).toMatchObject({
			lon: 80.3335,
			lat: 26.4725,
			geometry_source: 'reported'
		});
	});

	it('measure how far a point lies outside the AC', () => {
		expect(metresOutside(sishamau, points0().lon, points0().lat)).toBe(0);
		expect(metresOutside(sishamau, 80.6, 26.47)).toBeGreaterThan(20_000);
	});
});

function points0() {
	return estimateBoothPoints(sishamau, [1], 'x')[0];
}

describe('hilbertIndex', () => {
	it.each([
		{ x: 0, y: 0, expected: 0 },
		{ x: 1, y: 0, expected: 4 ** 16 - 1 }
	])('($x, $y) → $expected', ({ x, y, expected }) => expect(hilbertIndex(x, y)).toBe(expected));
});
