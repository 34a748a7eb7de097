/**
 * The first maps of the prerendered pages, computed while the site is built: the state map (/),
 * each seat map (/seat/43/) and each AC page's map (/seat/43/ac/213/), in the view a page opens
 * on (DEFAULT_VIEW: Vidhan Sabha 2022, winner). The numbers come from the same snapshot the
 * browser paints its first map from (static/data/snapshot/common.json), through the same Db
 * interface (SnapshotDb), loaders (loadMeta, loadUnitResults, seatRows) and colouring (colourWith,
 * segmentLabels) as the views; the geometry from the same GeoJSON files. Each file is read once
 * per build (module-level caches), so 484 pages cost a few reads and one projection each.
 *
 * An AC page's map in the browser is its booths, which need the booth tables and their areas
 * (DuckDB-wasm, seconds of work per AC): far too heavy for a build. Its first map is the AC's own
 * outline in the colour of the segment's result, said so in the legend; the booths replace it.
 *
 * hooks.server.ts puts the results into the pages (fillFirstMaps), so the SVG is in the HTML once
 * and not also in the page's data for hydration.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { withBlocs } from '$lib/data/blocs.ts';
import { bboxOf, type AcProps, type PcProps } from '$lib/data/geo.ts';
import { loadMeta, type Meta } from '$lib/data/meta.ts';
import { loadUnitResults, type UnitResult } from '$lib/data/results.ts';
import { parseSnapshot, SnapshotDb } from '$lib/db/snapshot.ts';
import { i18n, t, type Lang } from '$lib/i18n/lang.svelte.ts';
import { electionLabel, pcName } from '$lib/i18n/names.ts';
import { colourWith } from '$lib/map/colouring.ts';
import { escapeXml } from '$lib/export/to-svg.ts';
import { firstLegendHtml, firstMapSvg, type FirstMapLabel } from '$lib/map/first-map.ts';
import { UP_BOUNDS } from '$lib/map/layers/units.ts';
import type { Colouring } from '$lib/model/metrics.ts';
import { seatRows } from '$lib/model/seat.ts';
import { segmentLabels } from '$lib/seat/segment-labels.ts';
import { queries } from '$lib/sql/index.ts';
import { DEFAULT_VIEW } from '$lib/state/view.ts';

const DATA = 'static/data';

const files = new Map<string, unknown>();
function readJson<T>(file: string): T {
	if (!files.has(file)) files.set(file, JSON.parse(readFileSync(`${DATA}/${file}`, 'utf8')));
	return files.get(file) as T;
}

interface Common {
	meta: Meta;
	/** the default election's AC results with the default party */
	rows: UnitResult[];
}
let common: Promise<Common> | null = null;
function loadCommon(): Promise<Common> {
	common ??= (async () => {
		const snapshot = parseSnapshot(readJson('snapshot/common.json'));
		const db = new SnapshotDb([snapshot], queries, () =>
			Promise.reject(new Error('the first map needs only the common snapshot'))
		);
		const { election, party } = DEFAULT_VIEW;
		const [meta, rows] = await Promise.all([
			loadMeta(db),
			loadUnitResults(db, election, 'ac', party)
		]);
		return { meta, rows };
	})();
	return common;
}

/** Runs `f` with the interface language set to `lang` (synchronous: nothing else runs between). */
function inLang<T>(lang: Lang, f: () => T): T {
	const before = i18n.lang;
	i18n.lang = lang;
	try {
		return f();
	} finally {
		i18n.lang = before;
	}
}
const bothLangs = (f: () => FirstMapLabel[]) => ({ en: inLang('en', f), hi: inLang('hi', f) });

export interface FirstMap {
	/** what goes inside UnitsMap's first-map box */
	svg: string;
	/** what goes inside MapLegend's first-legend box: its entries (and note) in both languages */
	legend: string;
}

/**
 * The legend's entries in both languages, as the labels (MapLegend's CSS shows the page's):
 * `make` colours the units and says the note in the language it runs in.
 */
const legendOf = (
	make: () => { colouring: Colouring; note?: string },
	unit: 'seats' | 'segments'
) =>
	(['en', 'hi'] as const)
		.map((lang) =>
			inLang(lang, () => {
				const { colouring, note } = make();
				return (
					firstLegendHtml(colouring.legend, (n) => t(`legend.${unit}`, { n }), lang) +
					(note ? `<p class="note" lang="${lang}">${escapeXml(note)}</p>` : '')
				);
			})
		)
		.join('');

const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

async function stateMap(): Promise<FirstMap> {
	const { meta, rows } = await loadCommon();
	const { election, party, pc } = DEFAULT_VIEW;
	const colour = () => ({
		colouring: colourWith({ ...meta, ...withBlocs(meta, election) }, 'winner', rows, { party })
	});
	const { colouring } = colour();
	const seat = readJson<FeatureCollection>('pc.geojson').features.filter(
		(f) => f.properties?.pc_no === pc
	);
	return {
		svg: firstMapSvg({
			units: readJson<FeatureCollection>('ac.geojson'),
			idProperty: 'ac_no',
			colours: colouring.colours,
			outline: collection(seat),
			bounds: UP_BOUNDS,
			labels: bothLangs(() =>
				seat.map((f) => {
					const p = f.properties as PcProps;
					return { lngLat: [p.label_lon, p.label_lat], title: pcName(p) };
				})
			),
			boxes: { desktop: [880, 590], phone: [390, 520] }
		}),
		legend: legendOf(colour, 'seats')
	};
}

function seatGeo(pc: number) {
	const fc = readJson<FeatureCollection>(`seat/${pc}.geojson`);
	return {
		segments: fc.features.filter((f) => f.properties?.kind !== 'pc'),
		outline: fc.features.filter((f) => f.properties?.kind === 'pc')
	};
}

async function seatMap(pc: number): Promise<FirstMap> {
	const { meta, rows: all } = await loadCommon();
	const { party } = DEFAULT_VIEW;
	const { segments, outline } = seatGeo(pc);
	const rows = seatRows(all, meta.acs, pc);
	const colour = () => ({ colouring: colourWith(meta, 'winner', rows, { party }) });
	const { colouring } = colour();
	const units = collection(segments);
	return {
		svg: firstMapSvg({
			units,
			idProperty: 'ac_no',
			colours: colouring.colours,
			outline: collection(outline),
			bounds: bboxOf(units),
			labels: bothLangs(() => segmentLabels(segments, rows, 'winner', party)),
			boxes: { desktop: [880, 500], phone: [390, 520] }
		}),
		legend: legendOf(colour, 'segments')
	};
}

async function acMap(pc: number, ac: number): Promise<FirstMap> {
	const { meta, rows: all } = await loadCommon();
	const { election, party } = DEFAULT_VIEW;
	const feature = seatGeo(pc).segments.find((f) => (f.properties as AcProps).ac_no === ac);
	if (!feature) throw new Error(`data/seat/${pc}.geojson has no AC ${ac}`);
	const rows = all.filter((r) => r.unit_no === ac);
	const colour = () => ({
		colouring: colourWith(meta, 'winner', rows, { party }),
		note: t('map.firstAc', { election: electionLabel(meta.election(election)) })
	});
	const { colouring } = colour();
	const units = collection([feature]);
	return {
		svg: firstMapSvg({
			units,
			idProperty: 'ac_no',
			colours: colouring.colours,
			outline: units,
			bounds: bboxOf(units),
			labels: bothLangs(() => segmentLabels([feature], rows, 'winner', party)),
			boxes: { desktop: [830, 500], phone: [390, 520] }
		}),
		legend: legendOf(colour, 'segments')
	};
}

const made = new Map<string, Promise<FirstMap>>();

/** The first map of a page by its key ('state', 'seat:43', 'ac:43:213'), made once per build. */
export function firstMap(key: string): Promise<FirstMap> {
	let p = made.get(key);
	if (!p) {
		const m = /^(?:state|seat:(\d+)|ac:(\d+):(\d+))$/.exec(key);
		if (!m) throw new Error(`unknown first map ${key}`);
		p = m[1] ? seatMap(Number(m[1])) : m[2] ? acMap(Number(m[2]), Number(m[3])) : stateMap();
		made.set(key, p);
	}
	return p;
}

/**
 * The page with its first maps in place: UnitsMap's `<div … data-first-map="KEY"></div>` gets the
 * SVG, MapLegend's `data-first-legend="KEY"` the legend's entries.
 */
export async function fillFirstMaps(html: string): Promise<string> {
	const re = /(<div[^>]*\sdata-first-(map|legend)="([^"]+)"[^>]*>)(<\/div>)/g;
	const keys = [...new Set([...html.matchAll(re)].map((m) => m[3]))];
	if (!keys.length) return html;
	const maps = new Map(await Promise.all(keys.map(async (k) => [k, await firstMap(k)] as const)));
	return html.replace(re, (_, open: string, kind: string, key: string, close: string) => {
		const m = maps.get(key)!;
		return open + (kind === 'map' ? m.svg : m.legend) + close;
	});
}
