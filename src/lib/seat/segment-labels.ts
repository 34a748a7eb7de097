/**
 * The labels on a seat map: each segment's name in the interface language at its label point, and
 * under it what the metric says (Kidwai Nagar 2022: "BJP +18.3 pts over INC"). The seat view
 * (seat/page.svelte.ts) and the seat map slide draw the same labels from these.
 */
import type { Feature } from 'geojson';
import type { AcProps } from '$lib/data/geo.ts';
import type { UnitResult } from '$lib/data/results.ts';
import { labelDetail } from '$lib/export/specs.ts';
import { acName } from '$lib/i18n/names.ts';
import type { Metric } from '$lib/model/metrics.ts';

/** A label as UnitsMap draws it (its MapLabel). */
export interface SegmentLabel {
	id: number;
	lngLat: [number, number];
	title: string;
	detail?: string;
}

export function segmentLabels(
	features: readonly Feature[],
	rows: readonly UnitResult[],
	metric: Metric,
	party: string
): SegmentLabel[] {
	const byAc = new Map(rows.map((r) => [r.unit_no, r]));
	return features.map((f) => {
		const p = f.properties as AcProps;
		const r = byAc.get(p.ac_no);
		return {
			id: p.ac_no,
			lngLat: [p.label_lon, p.label_lat],
			title: acName(p),
			detail: r ? labelDetail(metric, r, party) : undefined
		};
	});
}
