/**
 * The GeoJSON files tests read from disk (static/data, as the site serves it, and the raw
 * sources), checked and typed by the site's own check of the shape (model/json-files.ts).
 *
 *   acPolygons().get(213)        → Sishamau's polygon as the site ships it
 *   seatSegment(43, 213)         → the same AC in Kanpur's seat file, with its label point
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Area } from '../../src/lib/model/booth-areas.ts';
import { asFeatureCollection } from '../../src/lib/model/json-files.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A FeatureCollection file, by its path from the repository's root. */
export function readFeatureCollection<G extends Geometry = Geometry, P = Record<string, unknown>>(
	path: string
): FeatureCollection<G, P> {
	return asFeatureCollection<G, P>(JSON.parse(readFileSync(ROOT + path, 'utf8')), path);
}

/** The AC polygons the site ships (static/data/ac.geojson, simplified), by AC number. */
export function acPolygons(): Map<number, Feature<Area, { ac_no: number }>> {
	const fc = readFeatureCollection<Area, { ac_no: number }>('static/data/ac.geojson');
	return new Map(fc.features.map((f) => [f.properties.ac_no, f]));
}

/** A segment of a seat file: an AC's polygon and its label point. */
export interface SegmentProps {
	ac_no: number;
	label_lon: number;
	label_lat: number;
}

/** The segments of a seat file (static/data/seat/<pc>.geojson), without its PC outline. */
export function seatSegments(pc: number): Feature<Area, SegmentProps>[] {
	const file = `static/data/seat/${pc}.geojson`;
	const fc = readFeatureCollection<Area, SegmentProps & { kind?: string }>(file);
	return fc.features.filter((f) => f.properties.kind !== 'pc');
}

/** One segment of a seat file. */
export function seatSegment(pc: number, ac: number): Feature<Area, SegmentProps> {
	const f = seatSegments(pc).find((x) => x.properties.ac_no === ac);
	if (!f) throw new Error(`static/data/seat/${pc}.geojson: no segment ${ac}`);
	return f;
}
