/**
 * Fetches the site's own GeoJSON files (static/data), once each. Geometry stays GeoJSON (DuckDB-wasm's
 * spatial extension would have to be downloaded from the internet).
 *
 * A failure is a LoadError naming the file ('data/seat/43.geojson: HTTP 404, …'; a truncated file
 * is "incomplete or damaged"), and is not remembered: the next call fetches again. The call reads
 * loads.attempt, so an $effect that fetches a map runs again when the user presses Retry.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { dataUrl } from '$lib/db/index.ts';
import { loads } from './faults.svelte.ts';
import { LoadError, loadFetch } from '$lib/db/load-error.ts';

const cache = new Map<string, Promise<FeatureCollection>>();

export function fetchGeoJson<G extends Geometry = Geometry, P = Record<string, unknown>>(
	file: string
): Promise<FeatureCollection<G, P>> {
	void loads.attempt;
	let p = cache.get(file);
	if (!p) {
		const name = `data/${file}`;
		p = loadFetch(name, dataUrl(file)).then(async (res) => {
			let text: string;
			try {
				text = await res.text();
			} catch (e) {
				throw new LoadError(name, { kind: 'network', detail: String(e) });
			}
			let fc: unknown;
			try {
				fc = JSON.parse(text);
			} catch (e) {
				throw new LoadError(name, { kind: 'damaged', detail: (e as Error).message });
			}
			const features = (fc as { features?: unknown } | null)?.features;
			if (!Array.isArray(features))
				throw new LoadError(name, { kind: 'damaged', detail: 'not a GeoJSON FeatureCollection' });
			return fc as FeatureCollection;
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
