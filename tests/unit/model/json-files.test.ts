/**
 * The checks of the JSON files Kshetra reads (model/json-files.ts): the real files pass and come
 * back typed; a file that is not what it should be is an error naming the file and what is wrong.
 */
import { readFileSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	asDataManifest,
	asEmbedView,
	asFeatureCollection,
	parseJson
} from '../../../src/lib/model/json-files.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the shipped files', () => {
	it('ac.geojson: the 403 ACs of UP', () => {
		const fc = asFeatureCollection<Geometry, { ac_no: number }>(
			parseJson(read('static/data/ac.geojson'), 'data/ac.geojson'),
			'data/ac.geojson'
		);
		expect(fc.features).toHaveLength(403);
		expect(fc.features.find((f) => f.properties.ac_no === 213)).toBeDefined();
	});

	it('manifest.json: what npm run data wrote', () => {
		const m = asDataManifest(JSON.parse(read('static/data/manifest.json')), 'manifest.json');
		expect(m.rows.acs).toBe(403);
		expect(m.files.some((f) => f.file === 'ac.geojson')).toBe(true);
	});
});

describe('a file that is not what it should be', () => {
	it('text that is not JSON', () => {
		expect(() =>
			parseJson('{"type":"FeatureCollection","features":[{"type":', 'x.geojson')
		).toThrow(/^x\.geojson: not valid JSON \(/);
	});

	it.each([
		{ value: null, message: 'data/ac.geojson: not a GeoJSON FeatureCollection' },
		{ value: { type: 'Feature' }, message: 'data/ac.geojson: not a GeoJSON FeatureCollection' },
		{
			value: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {} }, 3] },
			message: 'data/ac.geojson: feature 2 is not a GeoJSON Feature with properties'
		}
	])('GeoJSON $value', ({ value, message }) =>
		expect(() => asFeatureCollection(value, 'data/ac.geojson')).toThrow(message)
	);

	it('a manifest without its file list', () => {
		expect(() =>
			asDataManifest(
				{ rows: {}, sources: [], shipped: [], checks: [], repairs: [], notes: [] },
				'manifest.json'
			)
		).toThrow('manifest.json: "files" is not a list');
	});

	it("a website's view.json of another version", () => {
		expect(() => asEmbedView({ version: 2 }, 'view.json')).toThrow(
			'view.json: version 2, this reader knows version 1'
		);
	});
});
