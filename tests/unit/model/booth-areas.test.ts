/** Estimated booth areas over a real AC polygon (Sishamau, AC 213, from the pipeline's output). */
import { readFileSync } from 'node:fs';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { acPolygons } from '../../helpers/geojson-files.ts';
import {
	boothAreas,
	estimateBoothPoints,
	hilbertIndex,
	metresOutside,
	seedOf,
	snapInside
} from '../../../src/lib/model/booth-areas.ts';

const acs = acPolygons();
const sishamau = acs.get(213)!;
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
	const points = estimateBoothPoints(sishamau, parts, 'LS2014:213');
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

	it('give a cell to a booth just outside the AC, drawn from a point just inside it', () => {
		// about 300 m east of Sishamau's easternmost corner
		const outside = { part_no: 999, lon: 80.3513, lat: 26.4744 };
		const m = metresOutside(sishamau, outside.lon, outside.lat);
		expect(m).toBeGreaterThan(0);
		expect(m).toBeLessThan(500);
		const [lon, lat] = snapInside(sishamau, outside.lon, outside.lat);
		expect(booleanPointInPolygon([lon, lat], sishamau)).toBe(true);
		expect(metresOutside(sishamau, lon, lat)).toBe(0);
		const fc = boothAreas(sishamau, [...points.slice(0, 50), outside], 'reported');
		expect(fc.features.map((f) => f.properties.part_no)).toContain(999);
		expect(fc.features.find((f) => f.properties.part_no === 999)!.properties).toMatchObject({
			lon: 80.3513,
			lat: 26.4744
		});
	});

	it('give a cell to each of several booths a few decimetres or metres apart (rooms of one building)', () => {
		// Lucknow East (AC 173) in the 2009 UP GIS scrape: booths 43–51 lie 0.4 m apart, 186–189 and
		// 196–199 likewise, 190–195 4 m apart in a line. Without grouping them, 9 of 23 got no cell.
		const lucknowEast = acs.get(173)!;
		const want = (b: number) => (b >= 43 && b <= 51) || (b >= 186 && b <= 199);
		const located = csvParse(
			readFileSync(
				new URL(
					'../../../data/raw/booth/polling_station_locations/susewind_upgis2009_booths-locality.csv',
					import.meta.url
				),
				'utf8'
			)
		)
			.filter((r) => r.constituency === '173' && want(Number(r.booth)))
			.map((r) => ({
				part_no: Number(r.booth),
				lon: Number(r.longitude),
				lat: Number(r.latitude)
			}));
		expect(located).toHaveLength(23);
		const fc = boothAreas(lucknowEast, located, 'reported');
		expect(fc.features.map((f) => f.properties.part_no)).toEqual(located.map((r) => r.part_no));
		expect(fc.features.every((f) => area(f) > 0)).toBe(true);
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
