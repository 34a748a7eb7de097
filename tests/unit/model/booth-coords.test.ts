/**
 * Importing booth locations: every problem is reported by file, row and column, and a file with
 * problems yields no rows to store. The real-data case uses the 2,834 Lucknow polling stations of
 * the 2009 UP GIS scrape (data/raw/booth/polling_station_locations).
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Feature } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db.ts';
import { metresOutside, type Area } from '../../../src/lib/model/booth-areas.ts';
import {
	BOUNDARY_TOLERANCE_M,
	decodeText,
	parseBoothCoords,
	type CoordsContext
} from '../../../src/lib/model/booth-coords.ts';
import { openDb } from '../../sql/helpers.ts';

const acs = JSON.parse(
	readFileSync(new URL('../../../static/data/ac.geojson', import.meta.url), 'utf8')
);
const polygons = new Map<number, Feature<Area>>(
	acs.features.map((f: Feature<Area, { ac_no: number }>) => [f.properties.ac_no, f])
);
const ctx: CoordsContext = {
	booths: (ac) => (ac === 213 ? new Set(Array.from({ length: 252 }, (_, i) => i + 1)) : undefined),
	metresOutside: (ac, lon, lat) =>
		polygons.has(ac) ? metresOutside(polygons.get(ac)!, lon, lat) : Infinity
};

describe('parseBoothCoords', () => {
	it('reads a good file', () => {
		const r = parseBoothCoords(
			'ac_no,part_no,lat,lon,name\n213,1,26.4725,80.3335,Leather Working Institute\n213,2,26.4725,80.3335,',
			'ok.csv',
			ctx
		);
		expect(r.errors).toEqual([]);
		expect(r.rows).toEqual([
			{ ac_no: 213, part_no: 1, lat: 26.4725, lon: 80.3335, name: 'Leather Working Institute' },
			{ ac_no: 213, part_no: 2, lat: 26.4725, lon: 80.3335 }
		]);
	});

	it.each([
		{
			name: 'semicolons, BOM, other header names',
			text: '\uFEFFAC;Booth;Latitude;Longitude\r\n213;5;26.47;80.335\r\n',
			rows: 1
		},
		{
			name: 'trailing empty rows',
			text: 'ac_no,part_no,lat,lon\n213,5,26.47,80.335\n,,,\n\n',
			rows: 1
		}
	])('accepts $name', ({ text, rows }) => {
		const r = parseBoothCoords(text, 'x.csv', ctx);
		expect(r.errors).toEqual([]);
		expect(r.rows).toHaveLength(rows);
	});

	it.each([
		{
			name: 'a missing column',
			text: 'ac_no,part_no,lat\n213,1,26.47',
			error: { row: 1, column: 'lon' }
		},
		{
			name: 'a bad number',
			text: 'ac_no,part_no,lat,lon\n213,1,abc,80.33',
			error: { row: 2, column: 'lat' }
		},
		{
			name: 'an unknown AC',
			text: 'ac_no,part_no,lat,lon\n999,1,26.47,80.33',
			error: { row: 2, column: 'ac_no' }
		},
		{
			name: 'an unknown booth',
			text: 'ac_no,part_no,lat,lon\n213,999,26.47,80.33',
			error: { row: 2, column: 'part_no' }
		},
		{
			name: 'a duplicate booth',
			text: 'ac_no,part_no,lat,lon\n213,1,26.4725,80.3335\n213,1,26.4725,80.3335',
			error: { row: 3, column: 'part_no' }
		},
		{
			name: 'swapped latitude and longitude',
			text: 'ac_no,part_no,lat,lon\n213,1,80.3335,26.4725',
			error: { row: 2, column: 'lat, lon' }
		},
		{
			name: 'a point in another city',
			text: 'ac_no,part_no,lat,lon\n213,1,26.85,80.95',
			error: { row: 2, column: 'lat, lon' }
		}
	])('reports $name by row and column, and returns nothing to store', ({ text, error }) => {
		const r = parseBoothCoords(text, 'bad.csv', ctx);
		expect(r.errors[0]).toMatchObject({ file: 'bad.csv', ...error });
		expect(r.errors.length).toBeGreaterThan(0);
	});

	it('decodes Excel UTF-16 files', () => {
		const text = 'ac_no,part_no,lat,lon\n213,1,26.4725,80.3335';
		const bytes = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
		expect(decodeText(bytes)).toBe(text);
	});
});

describe('real coordinates: Lucknow polling stations (2009 numbering) against LS2014 booths', () => {
	let db: Db;
	beforeAll(async () => {
		db = await openDb();
	});
	afterAll(() => db.close());

	it('accepts points inside (or within 500 m of) their AC and reports every other row', async () => {
		const raw = csvParse(
			readFileSync(
				new URL(
					'../../../data/raw/booth/polling_station_locations/susewind_upgis2009_booths-locality.csv',
					import.meta.url
				),
				'utf8'
			)
		).filter((r) => r.district_name === 'Lucknow');
		expect(raw).toHaveLength(2834);
		const csv = [
			'ac_no,part_no,lat,lon',
			...raw.map((r) => `${r.constituency},${r.booth},${r.latitude},${r.longitude}`)
		].join('\n');
		const parts = await db.query<{ ac_no: number; part_no: number }>(
			"SELECT ac_no, part_no FROM booths WHERE election_id = 'LS2014' AND ac_no BETWEEN 168 AND 176"
		);
		const booths = new Map<number, Set<number>>();
		for (const p of parts) booths.set(p.ac_no, (booths.get(p.ac_no) ?? new Set()).add(p.part_no));
		const r = parseBoothCoords(csv, 'lucknow.csv', { ...ctx, booths: (ac) => booths.get(ac) });
		// 23 stations have no coordinates in the source.
		const missing = r.errors.filter((e) => e.column === 'lat');
		expect(missing).toHaveLength(23);
		expect(missing[0].message).toContain('got ""');
		// The rest lie inside their AC or close to its (300 m-simplified) boundary, except a few.
		const outside = r.errors.filter((e) => e.column === 'lat, lon');
		expect(outside.length).toBeGreaterThan(0);
		expect(outside.length).toBeLessThan(100);
		expect(outside[0].message).toMatch(/km outside AC 1\d\d/);
		expect(r.errors.filter((e) => e.column === 'lon')).toHaveLength(23);
		expect(r.rows.length + new Set(r.errors.map((e) => e.row)).size).toBe(2834);
		expect(r.rows.length / 2834).toBeGreaterThan(0.95);
		expect(BOUNDARY_TOLERANCE_M).toBe(500);
	});
});
