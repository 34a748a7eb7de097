/**
 * GeoJSON of the shown units with their values, for GIS users: each feature keeps its geometry
 * and id, gains the values of the view (winner, margin, shares …) and its colour, and the
 * collection carries the title, source and caveats as foreign members.
 *
 *   toGeoJson(spec) → '{"type":"FeatureCollection","title":"…","features":[{…"properties":{"ac_no":213,"winner":"SP",…}}]}'
 */
import type { ExportSpec } from './spec.ts';

export function toGeoJson(spec: ExportSpec): string {
	return JSON.stringify({
		type: 'FeatureCollection',
		title: spec.title,
		subtitle: spec.subtitle,
		source: spec.source,
		caveats: spec.caveats,
		features: spec.units.features.map((f) => {
			const id = Number(f.properties?.[spec.idProperty]);
			return {
				type: 'Feature',
				geometry: f.geometry,
				properties: {
					...f.properties,
					...(spec.values.get(id) ?? {}),
					fill: spec.colours.get(id) ?? null
				}
			};
		})
	});
}
