/**
 * The JSON files Kshetra reads whose shape is not already checked by a reader of its own (the
 * snapshot, deck and stored-record readers have theirs): each shape has one function that takes
 * the parsed value and returns it typed, or throws an Error naming the file and what is wrong.
 * They check what the readers rely on (the containers and their keys), not every value: the
 * files are the site's own (written by `npm run data`) or GeoJSON whose properties the caller
 * names. Pure: no DOM, no Node.
 *
 *   asFeatureCollection<Area, { ac_no: number }>(JSON.parse(text), 'data/ac.geojson')
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { EmbedView } from '../../embed/view.ts';
import type { ShippedFiles, SourceInfo } from './types.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function bad(file: string, what: string): never {
	throw new Error(`${file}: ${what}`);
}

/** JSON text parsed; a syntax error names the file. */
export function parseJson(text: string, file: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch (e) {
		return bad(file, `not valid JSON (${(e as Error).message})`);
	}
}

/**
 * A GeoJSON FeatureCollection: `type` and a `features` array of Features, each with a
 * `properties` object. P is the properties the file's writer puts on every feature (not
 * checked feature by feature).
 */
export function asFeatureCollection<G extends Geometry = Geometry, P = Record<string, unknown>>(
	v: unknown,
	file: string
): FeatureCollection<G, P> {
	if (!isObject(v) || v.type !== 'FeatureCollection' || !Array.isArray(v.features))
		bad(file, 'not a GeoJSON FeatureCollection');
	v.features.forEach((f: unknown, i) => {
		if (!isObject(f) || f.type !== 'Feature' || !isObject(f.properties))
			bad(file, `feature ${i + 1} is not a GeoJSON Feature with properties`);
	});
	return v as unknown as FeatureCollection<G, P>;
}

/** static/data/manifest.json, as `npm run data` writes it (data/pipeline/run.ts). */
export interface DataManifest {
	generated_by: string;
	rows: Record<string, number>;
	files: { file: string; bytes: number; sha256: string }[];
	sources: SourceInfo[];
	shipped: ShippedFiles[];
	checks: { check: string; units: number }[];
	repairs: string[];
	notes: string[];
}

export function asDataManifest(v: unknown, file: string): DataManifest {
	if (!isObject(v)) bad(file, 'not a JSON object');
	for (const key of ['files', 'sources', 'shipped', 'checks', 'repairs', 'notes'])
		if (!Array.isArray(v[key])) bad(file, `"${key}" is not a list`);
	if (!isObject(v.rows)) bad(file, '"rows" is not an object');
	(v.files as unknown[]).forEach((f, i) => {
		if (!isObject(f) || typeof f.file !== 'string' || typeof f.sha256 !== 'string')
			bad(file, `files[${i}] has no file name and sha256`);
	});
	return v as unknown as DataManifest;
}

/** An exported website's view.json (src/embed/view.ts writes it, src/embed/main.ts draws it). */
export function asEmbedView(v: unknown, file: string): EmbedView {
	if (!isObject(v)) bad(file, 'not a JSON object');
	if (v.version !== 1) bad(file, `version ${String(v.version)}, this reader knows version 1`);
	asFeatureCollection(v.units, `${file} (units)`);
	for (const key of ['colours', 'labels', 'legend', 'caveats', 'values'])
		if (!Array.isArray(v[key])) bad(file, `"${key}" is not a list`);
	return v as unknown as EmbedView;
}
