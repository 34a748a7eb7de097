/**
 * The file an exported website carries (view.json): everything one view needs to draw itself,
 * with no database and no other file but the embed kit. Written by the site's "export as
 * website" and by `npm run export`; read by src/embed/main.ts.
 */
import type { FeatureCollection } from 'geojson';
import type { LegendEntry } from '$lib/model/metrics.ts';
import type { ExportSpec } from '$lib/export/spec.ts';
import { exportWord } from '$lib/i18n/messages/export.ts';

export interface EmbedView {
	version: 1;
	title: string;
	subtitle: string;
	lang: 'en' | 'hi';
	units: FeatureCollection;
	idProperty: string;
	/** [unit id, colour] */
	colours: [number, string][];
	outline: FeatureCollection | null;
	labels: { lngLat: [number, number]; title: string; detail?: string }[];
	legendTitle: string;
	legend: LegendEntry[];
	legendNote?: string;
	source: string;
	caveats: string[];
	/** [unit id, values shown on hover] */
	values: [number, Record<string, string | number | null>][];
	/** the full view on the Kshetra site, or '' when unknown */
	link: string;
}

export function toEmbedView(spec: ExportSpec): EmbedView {
	return {
		version: 1,
		title: spec.title,
		subtitle: spec.subtitle,
		lang: spec.lang,
		units: spec.units,
		idProperty: spec.idProperty,
		colours: [...spec.colours],
		outline: spec.outline ?? null,
		labels: spec.labels,
		legendTitle: spec.legendTitle,
		legend: spec.legend,
		legendNote: spec.legendNote,
		source: spec.source,
		caveats: spec.caveats,
		values: [...spec.values],
		link: spec.link
	};
}

/** The page of an exported website: relative paths only, so it works from any sub-path. */
export function embedHtml(view: EmbedView): string {
	const esc = (s: string) =>
		s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
	return `<!doctype html>
<html lang="${view.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; font-src 'self' data:">
<title>${esc(view.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./embed.css">
</head>
<body>
<main id="app"><h1>${esc(view.title)}</h1><p>${esc(exportWord(view.lang, 'export.embedLoading'))}</p></main>
<script type="module" src="./embed.js"></script>
</body>
</html>
`;
}
