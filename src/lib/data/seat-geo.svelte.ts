/**
 * A Lok Sabha seat's geometry as runes: its assembly segments and its outline
 * (static/data/seat/<pc>.geojson), fetched in the browser when the seat changes, with the error
 * that stopped it (a LoadError naming the file; Retry fetches again, see fetchGeoJson). The seat,
 * booth and winnability views share it.
 *
 *   const geo = new SeatGeo(() => pc);   geo.segments, geo.outline, geo.segment(213)
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Area } from '$lib/model/booth-areas.ts';
import { follow } from './follow.ts';
import { fetchGeoJson, type AcProps } from './geo.ts';

export type SegmentFeature = Feature<Area, AcProps>;

export class SeatGeo {
	geo = $state.raw<FeatureCollection | null>(null);
	error = $state.raw<unknown>(null);
	#pc: number | null = null;

	constructor(pc: () => number) {
		$effect(() => {
			const p = pc();
			if (p !== this.#pc) [this.geo, this.#pc] = [null, p];
			return follow(
				fetchGeoJson(`seat/${p}.geojson`),
				(g) => ([this.geo, this.error] = [g, null]),
				(e) => (this.error = e)
			);
		});
	}

	/** the seat's assembly segments */
	segments = $derived(
		(this.geo?.features ?? []).filter((f) => f.properties?.kind !== 'pc') as SegmentFeature[]
	);

	/** the seat's own outline, as a collection (null until loaded) */
	outline = $derived.by((): FeatureCollection | null => {
		const pc = this.geo?.features.find((f) => f.properties?.kind === 'pc');
		return pc ? { type: 'FeatureCollection', features: [pc] } : null;
	});

	segment(ac: number): SegmentFeature | undefined {
		return this.segments.find((f) => f.properties.ac_no === ac);
	}
}
