/**
 * Importing booth locations: every problem is reported by file, row and column, and a file with
 * problems yields no rows to store. The real files (six districts of the 2009 UP GIS scrape) are
 * in booth-coords-real.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { metresOutside, type Area } from '../../../src/lib/model/booth-areas.ts';
import {
	decodeText,
	parseBoothCoords,
	type CoordsContext
} from '../../../src/lib/model/booth-coords.ts';

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
		expect(r.rows).toEqual([]);
	});

	it('counts the rows it accepted and those it rejected, by reason, and the points just outside', () => {
		const r = parseBoothCoords(
			[
				'ac_no,part_no,lat,lon',
				'213,1,26.4725,80.3335', // accepted
				'213,2,,80.33', // value: no latitude
				'999,1,26.47,80.33', // unknown AC
				'213,999,26.47,80.33', // unknown booth
				'213,1,26.4725,80.3335', // duplicate of row 2
				'213,3,26.85,80.95', // outside: Lucknow
				'213,4,26.4725,80.3335'
			].join('\n'),
			'mixed.csv',
			{
				...ctx,
				metresOutside: (ac, lon, lat) => (lat === 26.85 ? 60_000 : lon === 80.3335 ? 0 : 200)
			}
		);
		expect(r.rows).toEqual([]);
		expect(r.accepted).toBe(2);
		expect(r.rejected).toEqual({
			value: 1,
			unknownAc: 1,
			unknownBooth: 1,
			duplicate: 1,
			outside: 1
		});
		expect(r.nearEdge).toEqual([]);
		const near = parseBoothCoords('ac_no,part_no,lat,lon\n213,5,26.47,80.33', 'near.csv', {
			...ctx,
			metresOutside: () => 212.4
		});
		expect(near.errors).toEqual([]);
		expect(near.rows).toHaveLength(1);
		expect(near.nearEdge).toEqual([{ row: 2, ac_no: 213, part_no: 5, metres: 213 }]);
	});

	it('decodes Excel UTF-16 files', () => {
		const text = 'ac_no,part_no,lat,lon\n213,1,26.4725,80.3335';
		const bytes = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
		expect(decodeText(bytes)).toBe(text);
	});
});
