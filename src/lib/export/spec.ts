/**
 * What an export of a view contains, whatever its format: the shown units with their colours and
 * values, the title, the legend, the source line and the caveats (approximate booth areas, demo
 * organisation data). Each view builds one ExportSpec; the PNG, SVG, PDF, CSV, GeoJSON and
 * website exporters all read from it, so every format says the same thing.
 */
import type { FeatureCollection } from 'geojson';
import { exportWord } from '$lib/i18n/messages/export.ts';
import type { LegendEntry } from '$lib/model/metrics.ts';

export interface ExportLabel {
	lngLat: [number, number];
	title: string;
	detail?: string;
}

export interface ExportTable {
	columns: string[];
	rows: Record<string, string | number | null>[];
}

export interface ExportSpec {
	/** file names start with this, e.g. 'kanpur-pc43-AE2022-winner' */
	fileBase: string;
	title: string;
	subtitle: string;
	/** the units drawn, each with the id property named by idProperty */
	units: FeatureCollection;
	idProperty: string;
	colours: Map<number, string>;
	/** drawn on top as a dark line (the seat outline around its segments, the AC around its booths) */
	outline?: FeatureCollection | null;
	labels: ExportLabel[];
	legendTitle: string;
	legend: LegendEntry[];
	legendNote?: string;
	/** one line: election, data sources, licence */
	source: string;
	/** e.g. 'Booth areas are approximate (estimated).', 'Organisation data: demo (invented).' */
	caveats: string[];
	/** the table behind the view (CSV) */
	table: ExportTable;
	/** values joined to each unit's properties in the GeoJSON export, by unit id */
	values: Map<number, Record<string, string | number | null>>;
	/** the same view on the full site, for the link in an embedded copy */
	link: string;
	/** whether the view shows the party's private organisation data */
	hasPrivate: boolean;
	/** lang attribute of the text: 'en' or 'hi' */
	lang: 'en' | 'hi';
	/**
	 * The same view without the party's data, where the map itself depends on it (winnability
	 * groups need organisation scores): used when the user does not tick "include".
	 */
	publicVariant?: () => ExportSpec;
}

/**
 * Columns holding (or derived from) the party's private organisation data are named org_…; they
 * are left out of exports unless the user chooses to include them.
 */
export const PRIVATE_COLUMNS = /^org_/;

/** The spec without the party's private data: private columns and values removed, and said so. */
export function withoutPrivate(spec: ExportSpec): ExportSpec {
	if (!spec.hasPrivate) return spec;
	if (spec.publicVariant) {
		const v = spec.publicVariant();
		return {
			...v,
			hasPrivate: false,
			caveats: [...v.caveats, exportWord(v.lang, 'export.privateLeftOut')]
		};
	}
	const keep = spec.table.columns.filter((c) => !PRIVATE_COLUMNS.test(c));
	return {
		...spec,
		table: {
			columns: keep,
			rows: spec.table.rows.map((r) => Object.fromEntries(keep.map((c) => [c, r[c]])))
		},
		values: new Map(
			[...spec.values].map(([id, v]) => [
				id,
				Object.fromEntries(Object.entries(v).filter(([k]) => !PRIVATE_COLUMNS.test(k)))
			])
		),
		caveats: [...spec.caveats, exportWord(spec.lang, 'export.privateLeftOut')]
	};
}
