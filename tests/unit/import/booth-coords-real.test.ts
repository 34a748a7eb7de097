/**
 * Real booth locations, imported as a user would: the 10,444 polling stations of six districts in
 * the 2009 UP GIS scrape (data/raw/booth/polling_station_locations, see data/raw/SOURCES.md),
 * one file per district, against the LS2014 booth numbers of Form 20 and the AC polygons Kshetra
 * ships. For each district: how many rows are accepted and why the others are not, rows whose
 * outcome follows from a known fact of the raw files, and a cell on the map for every accepted
 * booth.
 *
 * Where the expected numbers come from: the row counts are those of SOURCES.md; value, unknown
 * booth and duplicate counts are recounted below from the raw files alone (the GIS CSV and the
 * Form 20 CSVs, without the importer); "outside" depends on the shipped, simplified polygons, so
 * its counts are pinned and explained by named rows and by the raw (unsimplified) boundaries:
 * Bareilly's points mostly lie in AC 114 Bilsi (Budaun) and AC 123 Bithari Chainpur instead of
 * their own ACs 118–126, some points lie outside Uttar Pradesh or have a mistyped longitude.
 */
import { readFileSync } from 'node:fs';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { csvParse, csvParseRows } from 'd3-dsv';
import type { Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { acPolygons, readFeatureCollection } from '../../helpers/geojson-files.ts';
import { boothAreas, metresOutside } from '../../../src/lib/model/booth-areas.ts';
import {
	BOUNDARY_TOLERANCE_M,
	CoordsReader,
	parseBoothCoords,
	type BoothCoord,
	type CoordsContext,
	type RejectReason
} from '../../../src/lib/import/booth-coords.ts';
import { textToCells } from '../../../src/lib/import/csv-cells.ts';

const RAW = new URL('../../../data/raw/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, RAW), 'utf8');

const gis = csvParse(
	read('booth/polling_station_locations/susewind_upgis2009_booths-locality.csv')
);

/** The booth numbers of an AC's LS2014 Form 20 ("Part No", from row 3 on). */
const form20 = new Map<number, Set<number>>();
const partsOf = (ac: number) => {
	if (!form20.has(ac))
		form20.set(
			ac,
			new Set(
				csvParseRows(read(`booth/form20_ls2014_up/${ac}.csv`))
					.slice(2)
					.filter((r) => r[0]?.trim())
					.map((r) => Number(r[0]))
			)
		);
	return form20.get(ac)!;
};

/** The AC polygons the site ships (simplified), as the import checks against them. */
const shipped = acPolygons();
const ctx: CoordsContext = {
	booths: (ac) => (ac >= 1 && ac <= 403 ? partsOf(ac) : undefined),
	metresOutside: (ac, lon, lat) =>
		shipped.has(ac) ? metresOutside(shipped.get(ac)!, lon, lat) : Infinity
};

/** The raw HT Labs boundaries, unsimplified: the ACs whose polygons hold a point. */
const rawLayer = readFeatureCollection<Geometry, { AC_NO: string }>(
	'data/raw/boundaries/ht_shapefiles/uttarpradesh_AC.geojson'
).features;
const polygonsOf = (g: Geometry): Polygon[] =>
	g.type === 'Polygon'
		? [g]
		: g.type === 'MultiPolygon'
			? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
			: g.type === 'GeometryCollection'
				? g.geometries.flatMap(polygonsOf)
				: [];
const rawPolygons = rawLayer.flatMap((f) =>
	polygonsOf(f.geometry).map((g) => ({ ac: Number(f.properties.AC_NO), g }))
);
const rawAcsAt = (lon: number, lat: number) => [
	...new Set(rawPolygons.filter((p) => booleanPointInPolygon([lon, lat], p.g)).map((p) => p.ac))
];

type GisRow = (typeof gis)[number];
const csvOf = (rows: GisRow[]) =>
	[
		'ac_no,part_no,lat,lon',
		...rows.map((r) => `${r.constituency},${r.booth},${r.latitude},${r.longitude}`)
	].join('\n');

function importRows(rows: GisRow[], file: string) {
	const reader = new CoordsReader(file, ctx);
	const { cells, lines } = textToCells(csvOf(rows));
	reader.push(cells, lines);
	const result = reader.result();
	return { result, accepted: [...reader.acceptedRows] as BoothCoord[] };
}

/** Each district's file imported once (the Bareilly test below looks at its import again). */
const imports = new Map<string, ReturnType<typeof importRows>>();
const importDistrict = (district: string) => {
	if (!imports.has(district))
		imports.set(
			district,
			importRows(
				gis.filter((r) => r.district_name === district),
				`${district}.csv`
			)
		);
	return imports.get(district)!;
};

const none: Record<RejectReason, number> = {
	value: 0,
	unknownAc: 0,
	unknownBooth: 0,
	duplicate: 0,
	outside: 0
};

const DISTRICTS = [
	{
		district: 'Lucknow',
		acs: [168, 169, 170, 171, 172, 173, 174, 175, 176],
		rows: 2834,
		accepted: 2697,
		// value: 23 rows without coordinates + 17 auxiliary booths ("105A", "159 A")
		rejected: { ...none, value: 40, unknownBooth: 38, outside: 59 },
		nearEdge: 163
	},
	{
		district: 'Firozabad',
		acs: [96, 97, 98, 99],
		rows: 1355,
		accepted: 1174,
		rejected: { ...none, outside: 181 },
		nearEdge: 75
	},
	{
		district: 'Faizabad',
		acs: [273, 276],
		rows: 567,
		accepted: 547,
		rejected: { ...none, outside: 20 },
		nearEdge: 20
	},
	{
		district: 'Gonda',
		acs: [295, 296, 297, 298, 299, 300, 301],
		rows: 2036,
		accepted: 1907,
		rejected: { ...none, outside: 129 },
		nearEdge: 85
	},
	{
		district: 'Chandauli',
		acs: [380, 381, 382, 383],
		rows: 1243,
		accepted: 1172,
		rejected: { ...none, outside: 71 },
		nearEdge: 53
	},
	{
		district: 'Bareilly',
		acs: [118, 119, 120, 121, 122, 123, 124, 125, 126],
		rows: 2409,
		// only rows of 122, 123 and 126 lie in or next to their own AC (see below)
		accepted: 352,
		rejected: { ...none, outside: 2057 },
		nearEdge: 30
	}
];

describe.each(DISTRICTS)('real locations: $district', (d) => {
	const rows = gis.filter((r) => r.district_name === d.district);
	const { result, accepted } = importDistrict(d.district);

	it(`has ${d.rows} rows in ACs ${d.acs.join(', ')}; ${d.accepted} accepted, the rest rejected by reason`, () => {
		expect(rows).toHaveLength(d.rows);
		expect([...new Set(rows.map((r) => Number(r.constituency)))].sort((a, b) => a - b)).toEqual(
			d.acs
		);
		expect(result.accepted).toBe(d.accepted);
		expect(accepted).toHaveLength(d.accepted);
		expect(result.rejected).toEqual(d.rejected);
		expect(d.accepted + Object.values(d.rejected).reduce((s, n) => s + n, 0)).toBe(d.rows);
		expect(result.nearEdge).toHaveLength(d.nearEdge);
		expect(result.nearEdge.every((n) => n.metres > 0 && n.metres <= BOUNDARY_TOLERANCE_M)).toBe(
			true
		);
		// a file with any rejected row stores nothing
		expect(result.rows).toEqual([]);
		expect(result.errors.length).toBeGreaterThan(0);
	});

	it('rejects exactly the rows the raw files make bad numbers, unknown booths or duplicates', () => {
		// Recounted from the GIS CSV and the Form 20 CSVs alone.
		const whole = (s: string) => /^\s*\d+\s*$/.test(s);
		const number = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));
		const good = rows.filter((r) => whole(r.booth) && number(r.latitude) && number(r.longitude));
		const known = good.filter((r) => partsOf(Number(r.constituency)).has(Number(r.booth)));
		const keys = known.map((r) => `${Number(r.constituency)}:${Number(r.booth)}`);
		expect(result.rejected.value).toBe(rows.length - good.length);
		expect(result.rejected.unknownBooth).toBe(good.length - known.length);
		expect(result.rejected.duplicate).toBe(keys.length - new Set(keys).size);
		expect(result.rejected.unknownAc).toBe(0);
	});

	it('draws every accepted booth: one cell each, inside its AC', () => {
		for (const ac of d.acs) {
			const located = accepted.filter((r) => r.ac_no === ac);
			if (!located.length) continue;
			const cells = boothAreas(shipped.get(ac)!, located, 'reported');
			expect(
				cells.features.map((f) => f.properties.part_no).sort((a, b) => a - b),
				`AC ${ac}`
			).toEqual(located.map((r) => r.part_no).sort((a, b) => a - b));
			const empty = cells.features.filter((f) => !(area(f) > 0));
			expect(
				empty.map((f) => f.properties.part_no),
				`AC ${ac}`
			).toEqual([]);
			// the features keep the points as reported
			const at = new Map(located.map((r) => [r.part_no, r]));
			for (const f of cells.features)
				expect(f.properties.lat).toBeCloseTo(at.get(f.properties.part_no)!.lat, 4);
		}
	});
});

/**
 * Named rows and what the import does with them, each imported on its own. `rawAcs`: the ACs of
 * the raw boundary layer whose polygons hold the point ([] = none: outside Uttar Pradesh).
 */
const EXAMPLES: {
	district: string;
	ac: number;
	booth: string;
	outcome: RejectReason | 'inside' | 'nearEdge';
	/** the error text, or the metres outside for nearEdge */
	detail?: string | number;
	rawAcs?: number[];
	why: string;
}[] = [
	{
		district: 'Lucknow',
		ac: 168,
		booth: '139',
		outcome: 'value',
		detail: 'got ""',
		why: 'no coordinates in the source (one of 23)'
	},
	{
		district: 'Lucknow',
		ac: 170,
		booth: '105A',
		outcome: 'value',
		detail: 'got "105A"',
		why: 'an auxiliary booth, not a Form 20 number'
	},
	{
		district: 'Lucknow',
		ac: 175,
		booth: '241',
		outcome: 'unknownBooth',
		detail: 'AC 175 has no booth 241',
		why: "AC 175's 2014 Form 20 has 240 booths; the 2009 list runs to 273"
	},
	{
		district: 'Lucknow',
		ac: 172,
		booth: '1063',
		outcome: 'unknownBooth',
		detail: 'AC 172 has no booth 1063',
		why: 'a mistyped number (AC 172 has 339 booths)'
	},
	{
		district: 'Lucknow',
		ac: 169,
		booth: '164',
		outcome: 'outside',
		detail: 'which lies 5.1 km outside it',
		rawAcs: [168],
		why: 'the point is in Lucknow West'
	},
	{
		district: 'Lucknow',
		ac: 173,
		booth: '16',
		outcome: 'inside',
		rawAcs: [173],
		why: 'rooms 13–19 of one building, less than a metre apart'
	},
	{
		district: 'Firozabad',
		ac: 98,
		booth: '10',
		outcome: 'outside',
		detail: 'which lies 104.7 km outside it',
		rawAcs: [],
		why: 'the point is outside Uttar Pradesh'
	},
	{
		district: 'Firozabad',
		ac: 99,
		booth: '262',
		outcome: 'outside',
		detail: 'which lies 84.1 km outside it',
		rawAcs: [113],
		why: 'the point is in another district'
	},
	{
		district: 'Firozabad',
		ac: 96,
		booth: '6',
		outcome: 'nearEdge',
		detail: 33,
		rawAcs: [106],
		why: 'just across the boundary'
	},
	{
		district: 'Faizabad',
		ac: 276,
		booth: '190',
		outcome: 'outside',
		detail: 'which lies 5304.3 km outside it',
		rawAcs: [],
		why: 'longitude 28.28 (82.28 mistyped?)'
	},
	{
		district: 'Faizabad',
		ac: 273,
		booth: '255',
		outcome: 'nearEdge',
		detail: 75,
		rawAcs: [274],
		why: 'just across the boundary'
	},
	{
		district: 'Gonda',
		ac: 300,
		booth: '118',
		outcome: 'outside',
		detail: 'which lies 107.4 km outside it',
		rawAcs: [315],
		why: 'the point is in another district'
	},
	{
		district: 'Gonda',
		ac: 295,
		booth: '171',
		outcome: 'nearEdge',
		detail: 448,
		why: 'the audit found it accepted but not drawn'
	},
	{
		district: 'Gonda',
		ac: 295,
		booth: '302',
		outcome: 'nearEdge',
		detail: 290,
		why: 'the audit found it accepted but not drawn'
	},
	{
		district: 'Chandauli',
		ac: 382,
		booth: '222',
		outcome: 'outside',
		detail: 'which lies 202.1 km outside it',
		rawAcs: [],
		why: 'the point is in Bihar'
	},
	{
		district: 'Chandauli',
		ac: 380,
		booth: '25',
		outcome: 'nearEdge',
		detail: 338,
		rawAcs: [381],
		why: 'the audit found it accepted but not drawn'
	},
	{
		district: 'Chandauli',
		ac: 380,
		booth: '268',
		outcome: 'nearEdge',
		detail: 163,
		why: 'the audit found it accepted but not drawn'
	},
	{
		district: 'Bareilly',
		ac: 118,
		booth: '69',
		outcome: 'outside',
		detail: 'which lies 80.3 km outside it',
		rawAcs: [114],
		why: 'Baheri booths lie in Bilsi (Budaun)'
	},
	{
		district: 'Bareilly',
		ac: 125,
		booth: '1',
		outcome: 'outside',
		rawAcs: [123],
		why: 'Bareilly Cantt. booths lie in Bithari Chainpur'
	}
];

describe('named rows of the real files', () => {
	it.each(EXAMPLES)('$district AC $ac booth $booth: $outcome ($why)', (x) => {
		const row = gis.find(
			(r) =>
				r.district_name === x.district &&
				Number(r.constituency) === x.ac &&
				r.booth.trim() === x.booth
		)!;
		expect(row).toBeDefined();
		const r = parseBoothCoords(csvOf([row]), 'one.csv', ctx);
		if (x.outcome === 'inside' || x.outcome === 'nearEdge') {
			expect(r.errors).toEqual([]);
			expect(r.rows).toHaveLength(1);
			expect(r.nearEdge.map((n) => n.metres)).toEqual(x.outcome === 'nearEdge' ? [x.detail] : []);
			// and it is drawn, even next to the other booths of its AC
			const cells = boothAreas(shipped.get(x.ac)!, r.rows, 'reported');
			expect(cells.features).toHaveLength(1);
		} else {
			expect(r.rejected[x.outcome]).toBe(1);
			expect(r.accepted).toBe(0);
			if (x.detail) expect(r.errors[0].message).toContain(x.detail);
			// named by the file's own columns (csvOf writes ac_no,part_no,lat,lon)
			if (x.outcome === 'outside')
				expect(r.errors[0]).toMatchObject({
					column: 'C "lat", D "lon"',
					// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any
					message: expect.stringContaining(
						`expected a point inside AC ${x.ac} or within ${BOUNDARY_TOLERANCE_M} m of it, got ${row.latitude}, ${row.longitude}`
					)
				});
			if (x.outcome === 'unknownBooth') expect(r.errors[0].column).toBe('B "part_no"');
			if (x.outcome === 'value') expect(r.errors[0].column).toMatch(/^[BCD] "(part_no|lat|lon)"$/);
		}
		if (x.rawAcs)
			expect(rawAcsAt(Number(row.longitude), Number(row.latitude)).sort()).toEqual(x.rawAcs);
	});
});

describe("Bareilly's source fault", () => {
	it('puts most points in AC 114 Bilsi and AC 123 Bithari Chainpur of the raw boundaries, not in 118–126', () => {
		const bareilly = gis.filter((r) => r.district_name === 'Bareilly');
		const inAc = (ac: number) => {
			const polys = rawPolygons.filter((p) => p.ac === ac);
			return (r: GisRow) =>
				polys.some((p) => booleanPointInPolygon([Number(r.longitude), Number(r.latitude)], p.g));
		};
		const in114 = inAc(114);
		const in123 = inAc(123);
		const byAc = Object.fromEntries(
			[118, 119, 120, 121, 122, 123, 124, 125, 126].map((ac) => {
				const rows = bareilly.filter((r) => Number(r.constituency) === ac);
				return [ac, [rows.length, rows.filter(in114).length, rows.filter(in123).length]];
			})
		);
		// AC: [rows, in raw AC 114, in raw AC 123]
		expect(byAc).toEqual({
			118: [331, 331, 0], // Baheri: every row in Bilsi, 80 km away
			119: [294, 294, 0], // Meerganj
			120: [253, 253, 0], // Bhojipura
			121: [291, 0, 260], // Nawabganj
			122: [294, 0, 42], // Faridpur
			123: [160, 0, 95], // Bithari Chainpur itself: 95 of 160
			124: [280, 280, 0], // Bareilly
			125: [244, 0, 244], // Bareilly Cantt.
			126: [262, 0, 9] // Aonla
		});
		const total = Object.values(byAc).reduce((s, [, a, b]) => s + a + b, 0);
		expect(total).toBe(1808); // of 2,409
		// so whole ACs are rejected: nothing of 118–121, 124 or 125 is accepted
		const { accepted } = importDistrict('Bareilly');
		expect([...new Set(accepted.map((r) => r.ac_no))].sort()).toEqual([122, 123, 126]);
	});
});
