/** The exporters' pure serializers: SVG structure and colours, CSV quoting, GeoJSON properties, private data. */
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { withoutPrivate, type ExportSpec } from '../../../src/lib/export/spec.ts';
import { tableCsv } from '../../../src/lib/export/table-csv.ts';
import { csvValue, toCsv } from '../../../src/lib/export/csv.ts';
import { toGeoJson } from '../../../src/lib/export/to-geojson.ts';
import { asFeatureCollection } from '../../../src/lib/model/json-files.ts';
import { escapeXml, toSvg, wrap } from '../../../src/lib/export/to-svg.ts';

const square = (x: number, id: number) => ({
	type: 'Feature' as const,
	properties: { ac_no: id },
	geometry: {
		type: 'Polygon' as const,
		coordinates: [
			[
				[x, 26],
				[x + 0.01, 26],
				[x + 0.01, 26.01],
				[x, 26.01],
				[x, 26]
			]
		]
	}
});
const units: FeatureCollection = {
	type: 'FeatureCollection',
	features: [square(80.3, 212), square(80.31, 213)]
};
const HOSTILE = '<img src=x onerror=alert(1)>';

const spec: ExportSpec = {
	fileBase: 'test',
	title: `Kanpur & ${HOSTILE}`,
	subtitle: 'Segments',
	units,
	idProperty: 'ac_no',
	colours: new Map([
		[212, '#f7941d'],
		[213, '#d7191c']
	]),
	labels: [{ lngLat: [80.315, 26.005], title: HOSTILE, detail: 'SP +7.9 pts' }],
	legendTitle: 'Winner',
	legend: [{ key: 'SP', label: 'Samajwadi Party', colour: '#d7191c', count: 1 }],
	source: 'Vidhan Sabha 2022',
	caveats: ['Booth areas are approximate.'],
	table: {
		columns: ['ac_no', 'name', 'org_score'],
		rows: [{ ac_no: 213, name: 'Sishamau, "old"', org_score: 61 }]
	},
	values: new Map([[213, { winner: 'HAJI IRFAN SOLANKI', org_score: 61 }]]),
	link: '',
	hasPrivate: true,
	lang: 'en'
};

describe('toSvg', () => {
	const svg = toSvg(spec);
	it('draws one path per unit, in its colour', () => {
		expect(svg.match(/<path data-id="\d+"/g)).toHaveLength(2);
		expect(svg).toMatch(/data-id="213" d="M[^"]+" fill="#d7191c"/);
		expect(svg).toMatch(/data-id="212" d="M[^"]+" fill="#f7941d"/);
	});
	it('writes the legend, the source and the caveats as text', () => {
		expect(svg).toContain('>Samajwadi Party<');
		expect(svg).toContain('Source: Vidhan Sabha 2022');
		expect(svg).toMatch(/font-weight="700">Booth areas are approximate\.</);
	});
	it('escapes every text: names are data, never markup', () => {
		expect(svg).not.toContain('<img');
		expect(svg).toContain(escapeXml(HOSTILE));
		expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
	});
	it('wraps long lines', () => {
		expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
	});
});

describe('CSV', () => {
	it.each([
		{ input: 'plain', expected: 'plain' },
		{ input: 'a,b', expected: '"a,b"' },
		{ input: 'say "hi"', expected: '"say ""hi"""' },
		{ input: 12.345, expected: '12.35' },
		{ input: 443055, expected: '443055' },
		{ input: null, expected: '' }
	])('cell $input → $expected', ({ input, expected }) =>
		expect(csvValue(input) === '' ? '' : toCsv([{ a: input }], ['a']).split('\n')[1]).toBe(expected)
	);

	it('heads the table with what it is, its source and caveats', () => {
		const csv = tableCsv(spec);
		const lines = csv.trim().split('\n');
		expect(lines[0]).toContain('Kanpur');
		expect(lines[1]).toBe('Source: Vidhan Sabha 2022');
		expect(lines[2]).toBe('Booth areas are approximate.');
		expect(lines[3]).toBe('ac_no,name,org_score');
		expect(lines[4]).toBe('213,"Sishamau, ""old""",61');
		expect(toCsv([{ a: 1 }], ['a'])).toBe('a\n1\n');
	});
});

describe('GeoJSON', () => {
	it("keeps geometry and id, adds the view's values and colour", () => {
		const text = toGeoJson(spec);
		const g = asFeatureCollection(JSON.parse(text), 'the export');
		expect(g.type).toBe('FeatureCollection');
		expect((JSON.parse(text) as { caveats: unknown }).caveats).toEqual([
			'Booth areas are approximate.'
		]);
		expect(g.features[1].properties).toEqual({
			ac_no: 213,
			winner: 'HAJI IRFAN SOLANKI',
			org_score: 61,
			fill: '#d7191c'
		});
		expect(g.features[1].geometry.type).toBe('Polygon');
	});
});

describe('private organisation data', () => {
	it('is left out unless chosen, and the export says so', () => {
		const pub = withoutPrivate(spec);
		expect(pub.table.columns).toEqual(['ac_no', 'name']);
		expect(tableCsv(pub)).not.toContain('org_score');
		expect(
			asFeatureCollection(JSON.parse(toGeoJson(pub)), 'the export').features[1].properties
		).not.toHaveProperty('org_score');
		expect(pub.caveats).toContain('Organisation data left out of this export.');
	});
	it('uses the public variant where the map itself depends on it', () => {
		const variant = { ...spec, title: 'public', hasPrivate: false };
		expect(withoutPrivate({ ...spec, publicVariant: () => variant }).title).toBe('public');
	});
	it('leaves specs without private data unchanged', () => {
		const plain = { ...spec, hasPrivate: false };
		expect(withoutPrivate(plain)).toBe(plain);
	});
});
