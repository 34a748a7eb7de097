/**
 * Fetches the site's own GeoJSON files (static/data), once each. Geometry stays GeoJSON (DuckDB-wasm's
 * spatial extension would have to be downloaded from the internet).
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { dataUrl } from '$lib/db/index.ts';

const cache = new Map<string, Promise<FeatureCollection>>();

export function fetchGeoJson<G extends Geometry = Geometry, P = Record<string, unknown>>(
	file: string
): Promise<FeatureCollection<G, P>> {
	let p = cache.get(file);
	if (!p) {
		p = fetch(dataUrl(file)).then(async (res) => {
			if (!res.ok) throw new Error(`${file}: the server answered ${res.status} ${res.statusText}`);
			return (await res.json()) as FeatureCollection;
		});
		p.catch(() => cache.delete(file));
		cache.set(file, p);
	}
	return p as Promise<FeatureCollection<G, P>>;
}

export interface AcProps {
	ac_no: number;
	pc_no: number;
	ac_name: string;
	ac_name_hi: string;
	label_lon: number;
	label_lat: number;
	kind?: undefined;
}

export interface PcProps {
	pc_no: number;
	pc_name: string;
	pc_name_hi: string;
	label_lon: number;
	label_lat: number;
	kind?: 'pc';
}

/** [west, south, east, north] of a feature collection. */
export function bboxOf(fc: FeatureCollection): [number, number, number, number] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	const walk = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			const [x, y] = c as number[];
			w = Math.min(w, x);
			s = Math.min(s, y);
			e = Math.max(e, x);
			n = Math.max(n, y);
		} else if (Array.isArray(c)) c.forEach(walk);
	};
	for (const f of fc.features)
		if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
	return [w, s, e, n];
}
