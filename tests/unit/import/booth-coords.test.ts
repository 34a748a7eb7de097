/**
 * Importing booth locations: every problem is reported by file, row and the column as the file
 * names it (its letter and header text), with what was expected, and a file with problems yields
 * no rows to store. The real files (six districts of the 2009 UP GIS scrape) are in
 * booth-coords-real.test.ts; files as users send them in tests/unit/import/awkward.test.ts.
 */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { acPolygons } from '../../helpers/geojson-files.ts';
import { importText } from '../../../src/lib/i18n/messages/imports.ts';
import { metresOutside, type Area } from '../../../src/lib/model/booth-areas.ts';
import {
	decodeText,
	parseBoothCoords,
	type CoordsContext
} from '../../../src/lib/import/booth-coords.ts';
import { orgProblemsCsv } from '../../../src/lib/import/org-import.ts';

const polygons: Map<number, Feature<Area>> = acPolygons();
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
			name: 'empty rows, and rows of commas, above the header',
			text: '\n'.repeat(6) + ',,,\n'.repeat(6) + 'ac_no,part_no,lat,lon\n213,5,26.47,80.335\n',
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
			name: 'a bad number',
			text: 'ac_no,part_no,lat,lon\n213,1,abc,80.33',
			error: {
				row: 2,
				column: 'C "lat"',
				field: 'lat',
				message: 'expected a number from -90 to 90, got "abc"'
			}
		},
		{
			name: 'an unknown AC',
			text: 'AC No,Part No,Latitude,Longitude\n999,1,26.47,80.33',
			error: {
				row: 2,
				column: 'A "AC No"',
				field: 'ac_no',
				message: 'expected an AC with booth results in this election, got AC 999'
			}
		},
		{
			name: 'an unknown booth',
			text: 'AC No,Part No,Latitude,Longitude\n213,999,26.47,80.33',
			error: {
				row: 2,
				column: 'B "Part No"',
				field: 'part_no',
				message:
					'AC 213 has no booth 999 in this election (expected one of its 252 booths, 1 to 252)'
			}
		},
		{
			name: 'a duplicate booth',
			text: 'Booth;AC;Lat;Lng\n1;213;26.4725;80.3335\n1;213;26.4725;80.3335',
			error: {
				row: 3,
				column: 'A "Booth"',
				field: 'part_no',
				message: 'expected each booth once, got booth 1 of AC 213 again (first on row 2)'
			}
		},
		{
			name: 'swapped latitude and longitude',
			text: 'ac_no,part_no,lat,lon\n213,1,80.3335,26.4725',
			error: {
				row: 2,
				column: 'C "lat", D "lon"',
				field: 'lat, lon',
				message:
					"expected a point inside AC 213 or within 500 m of it, got 80.3335, 26.4725, which lies 6461.6 km outside it (are latitude and longitude swapped, or is it another AC's booth?)"
			}
		},
		{
			name: 'a point in another city',
			text: 'ac_no,part_no,lat,lon\n213,1,26.85,80.95',
			error: {
				row: 2,
				column: 'C "lat", D "lon"',
				field: 'lat, lon',
				message:
					"expected a point inside AC 213 or within 500 m of it, got 26.85, 80.95, which lies 72.9 km outside it (are latitude and longitude swapped, or is it another AC's booth?)"
			}
		}
	])('reports $name by row and column, and returns nothing to store', ({ text, error }) => {
		const r = parseBoothCoords(text, 'bad.csv', ctx);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ file: 'bad.csv', ...error });
		expect(r.rows).toEqual([]);
	});

	const EXPECTED_HEADER =
		'the AC number (e.g. "AC No" or "विधानसभा संख्या"), the booth number (e.g. "Booth No" or "बूथ संख्या"), the latitude (e.g. "lat", "Latitude" or "अक्षांश") and the longitude (e.g. "lon", "Longitude" or "देशांतर")';
	it.each([
		{
			name: 'the longitude',
			text: 'Sl,ac_no,part_no,lat\n1,213,1,26.47',
			errors: [
				{
					field: 'lon',
					message:
						'expected a header naming the longitude (e.g. "lon", "Longitude" or "देशांतर"); got A "Sl", B "ac_no", C "part_no", D "lat"'
				}
			]
		},
		{
			name: 'the booth and the point',
			text: 'विधानसभा संख्या,मतदान केंद्र,X,Y\n213,1,26.47,80.33',
			errors: [
				'booth number (e.g. "Booth No" or "बूथ संख्या")',
				'latitude (e.g. "lat", "Latitude" or "अक्षांश")',
				'longitude (e.g. "lon", "Longitude" or "देशांतर")'
			].map((what, i) => ({
				field: ['part_no', 'lat', 'lon'][i],
				message: `expected a header naming the ${what}; got A "विधानसभा संख्या", B "मतदान केंद्र", C "X", D "Y"`
			}))
		},
		{
			name: 'any of its columns',
			text: '213,1,26.47,80.33',
			errors: [
				{
					field: 'ac_no, part_no, lat, lon',
					message: `expected a header naming ${EXPECTED_HEADER}; got A "213", B "1", C "26.47", D "80.33"`
				}
			]
		},
		{
			name: 'anything: an empty file',
			text: '\n\n',
			errors: [
				{
					field: 'ac_no, part_no, lat, lon',
					message: `expected a header naming ${EXPECTED_HEADER}; got an empty file`
				}
			]
		}
	])(
		'a header lacking $name says what it expected and lists what it has, by letter',
		({ text, errors }) => {
			const r = parseBoothCoords(text, 'head.csv', ctx);
			expect(r.rows).toEqual([]);
			expect(
				r.errors.map(({ file, row, column, field, message }) => ({
					file,
					row,
					column,
					field,
					message
				}))
			).toEqual(errors.map((e) => ({ file: 'head.csv', row: 1, column: '', ...e })));
		}
	);

	it('says in Hindi what was expected, naming the Hindi column as the file has it', () => {
		const r = parseBoothCoords(
			'विधानसभा संख्या,बूथ संख्या,अक्षांश,देशांतर\n213,1,26.4725,80.3335\n213,1,26.4725,80.3335\n213,2,,80.33',
			'hi.csv',
			ctx
		);
		expect(r.errors.map((e) => [e.row, e.column, importText(e, 'hi')])).toEqual([
			[
				3,
				'B "बूथ संख्या"',
				'हर बूथ एक ही बार होना चाहिए था, विधानसभा क्षेत्र 213 का बूथ 1 फिर मिला (पहली बार पंक्ति 2 पर)'
			],
			[4, 'C "अक्षांश"', '-90 से 90 तक की संख्या होनी चाहिए थी, मिला ""']
		]);
	});

	it('keeps every problem, and writes them as CSV as the organisation import does', () => {
		const text = [
			'AC No,Part No,Latitude,Longitude',
			...Array.from({ length: 300 }, (_, i) => `213,${i + 1},26.85,80.95`)
		].join('\n');
		const r = parseBoothCoords(text, 'far.csv', ctx);
		// booths 253–300 do not exist in AC 213; the other 252 points lie in Lucknow
		expect(r.errors).toHaveLength(300);
		expect(r.rejected).toMatchObject({ unknownBooth: 48, outside: 252 });
		const csv = orgProblemsCsv(r.errors, 'far.csv', 'en').split('\n');
		expect(csv).toHaveLength(302); // the header, a line per problem, and the last line's end
		expect(csv[0]).toBe('File,Row,Column,Problem');
		expect(csv[1]).toBe(
			`far.csv,2,"C ""Latitude"", D ""Longitude""","expected a point inside AC 213 or within 500 m of it, got 26.85, 80.95, which lies 72.9 km outside it (are latitude and longitude swapped, or is it another AC's booth?)"`
		);
		expect(csv[300]).toBe(
			'far.csv,301,"B ""Part No""","AC 213 has no booth 300 in this election (expected one of its 252 booths, 1 to 252)"'
		);
		expect(orgProblemsCsv(r.errors, 'far.csv', 'hi').split('\n')[0]).toBe('फाइल,पंक्ति,कॉलम,समस्या');
	});

	it('names the column of the Kruti Dev names it converted as the file has it', () => {
		const r = parseBoothCoords(
			[
				'AC No,Part No,Latitude,Longitude,Polling Station Name',
				'213,1,26.4725,80.3335,izkFkfed fo|ky; lhlkeÅ',
				"213,2,26.4725,80.3335,jes'k pUnz xqIrk",
				'213,3,26.4725,80.3335,fouhr feJk'
			].join('\n'),
			'kruti.csv',
			ctx
		);
		expect(r.errors).toEqual([]);
		expect(r.notices.map((n) => n.message)).toEqual([
			'column E "Polling Station Name": 3 cells looked like Kruti Dev (a legacy Hindi font) and were converted to Unicode Hindi, e.g. "izkFkfed fo|ky; lhlkeÅ" → "प्राथमिक विद्यालय सीसामऊ"'
		]);
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
