/**
 * The first map as SVG, drawn when a page is prerendered (src/lib/server/first-map.ts) from the
 * same geometry and snapshot numbers the live map uses, so that the page's HTML alone shows the
 * map, its labels and its legend before any script runs (FirstMap.svelte); MapLibre then takes
 * over in place.
 *
 * "In place" means the same projection and fit as MapLibre's: Web Mercator, the bounds fitted
 * into the map box less a padding of PADDING px on each side, centred (fitBounds with padding 24).
 * The SVG's viewBox is the Mercator box of the bounds; CSS fits it into the map box the same way
 * (FirstMap.svelte), and labels are placed at the same points in per cent of that box.
 *
 *   const fit = fitBounds([80.2, 26.3, 80.5, 26.6]);        // { width: 2000, height: 2236, project }
 *   svgPath(feature.geometry, fit.project)                  // 'M812 310l4-3…Z'
 */
import type { Geometry, Position } from 'geojson';
import { byLang } from '$lib/i18n/names.ts';
import { declutter } from './declutter.ts';
import type { LegendEntry } from '$lib/model/metrics.ts';
import type { BoothCoverageRow, ElectionRow } from '$lib/model/types.ts';

/** MapLibre's fitBounds padding in the views (UnitsMap.svelte). */
export const PADDING = 24;
/** The longer side of the viewBox, in its units: fine enough for a 4K screen's map box. */
export const VIEWBOX = 2000;

/** Web Mercator, as MapLibre projects: x, y in [0, 1] across the world. */
export function mercator(lon: number, lat: number): [number, number] {
	const x = (lon + 180) / 360;
	const s = Math.sin((lat * Math.PI) / 180);
	const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
	return [x, y];
}

export interface Fit {
	width: number;
	height: number;
	/** lon, lat → viewBox units */
	project: (lon: number, lat: number) => [number, number];
}

/** The viewBox of `bounds` ([west, south, east, north]) in Web Mercator, longer side VIEWBOX. */
export function fitBounds(bounds: [number, number, number, number], size = VIEWBOX): Fit {
	const [w, s, e, n] = bounds;
	const [x0, y0] = mercator(w, n);
	const [x1, y1] = mercator(e, s);
	const k = size / Math.max(x1 - x0, y1 - y0);
	return {
		width: Math.round((x1 - x0) * k * 100) / 100,
		height: Math.round((y1 - y0) * k * 100) / 100,
		project: (lon, lat) => {
			const [x, y] = mercator(lon, lat);
			return [(x - x0) * k, (y - y0) * k];
		}
	};
}

/**
 * An SVG path of a polygon or multipolygon: whole viewBox units, each point relative to the one
 * before ('l dx dy'), points that round onto the one before left out. Short, and exact to a
 * fraction of a pixel at the sizes the map is shown.
 */
export function svgPath(g: Geometry, project: Fit['project']): string {
	const polys: Position[][][] =
		g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	let out = '';
	let [cx, cy] = [0, 0];
	for (const poly of polys)
		for (const ring of poly) {
			let n = 0;
			let part = '';
			for (const [lon, lat] of ring) {
				const [x, y] = project(lon, lat).map(Math.round);
				if (n === 0) part += `M${x} ${y}`;
				else if (x === cx && y === cy) continue;
				else {
					const [dx, dy] = [x - cx, y - cy];
					part += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
				}
				[cx, cy] = [x, y];
				n++;
			}
			// a ring smaller than a unit is not drawn
			if (n >= 3) out += `${part}z`;
		}
	return out;
}

/**
 * Where the SVG goes in the page (FirstMap.svelte renders it with {@html}): src/hooks.server.ts
 * puts the map's SVG in its place when the page is prerendered, so the paths are in the HTML once
 * and not also in the page's data (which the browser would download a second time to hydrate, and
 * again with every client-side navigation, where MapLibre draws the map within a moment anyway).
 */
export const FIRST_MAP_SLOT = '<!--kshetra-first-map-->';

/** The map's SVG: its units' paths filled with their colours, the dark outline over them. */
export function firstMapSvg(
	width: number,
	height: number,
	units: { id: number; d: string; fill: string }[],
	outline: string | null
): string {
	return (
		`<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid meet" aria-hidden="true">` +
		units.map((u) => `<path d="${u.d}" fill="${u.fill}" data-id="${u.id}"/>`).join('') +
		(outline ? `<path class="outline" d="${outline}"/>` : '') +
		'</svg>'
	);
}

/** What the prerendered page draws: a view of units, in the live map's colours. */
export interface FirstMapData {
	/** the view it shows, as the URL gives it (e, m, p, u, pc …): hidden when the URL asks another */
	view: Record<string, string>;
	width: number;
	height: number;
	/** labels at their points, in per cent of the box; the names in both languages */
	labels: {
		id: number;
		x: number;
		y: number;
		en: string;
		hi: string | null;
		/**
		 * vertical offset in px that keeps it clear of its neighbours (declutter.ts), estimated for
		 * a laptop's map box; the running page measures the labels and sets the live map's offsets
		 */
		dy: number;
		/** what the label's second line is made from (labelDetail), when it has one */
		detail?: {
			winner_party: string;
			runner_up_party: string | null;
			margin_pct: number;
		};
	}[];
	/** the legend, in both languages */
	legend: { key: string; colour: string; count: number; en: string; hi: string }[];
	/** a message key said over the map (an AC page: its booths come with the live map) */
	note?: 'booths.approx' | 'firstMap.boothsLater';
	/**
	 * What the page around the map shows before its data has loaded (names, the election list, an
	 * AC's siblings and booth coverage), so that the prerendered page has the same layout as the
	 * running one and the map does not move when it starts.
	 */
	page: {
		elections: ElectionRow[];
		/** the place: the seat (state and seat pages) or the AC */
		name: Name;
		/** an AC page's seat */
		seat?: Name;
		siblings?: (Name & { ac_no: number })[];
		coverage?: BoothCoverageRow[];
	};
}

export interface Name {
	en: string;
	hi: string | null;
}

/** A name in the interface language. */
export const nameOf = (n: Name) => byLang(n.en, n.hi);

/** The map box the labels' offsets are estimated for (the seat page's at 1280×800), in px. */
const REFERENCE_BOX = { width: 872, height: 495 };

/**
 * Offsets that keep the labels apart in a map box of REFERENCE_BOX, with their sizes estimated
 * from their text (bold 15 px names, 13 px details: UnitsMap's .map-label at that width).
 */
export function estimateOffsets(
	fit: Fit,
	labels: { x: number; y: number; title: string; detail?: string }[]
): number[] {
	const k = Math.min(
		(REFERENCE_BOX.width - 2 * PADDING) / fit.width,
		(REFERENCE_BOX.height - 2 * PADDING) / fit.height
	);
	return declutter(
		labels.map((l) => ({
			x: (l.x / 100) * fit.width * k,
			y: (l.y / 100) * fit.height * k,
			w: Math.max(l.title.length * 9, (l.detail?.length ?? 0) * 7.4),
			h: l.detail ? 35 : 17
		}))
	);
}

/** A label's place in per cent of the box. */
export function percentOf(fit: Fit, lon: number, lat: number): { x: number; y: number } {
	const [x, y] = fit.project(lon, lat);
	return {
		x: Math.round((x / fit.width) * 10000) / 100,
		y: Math.round((y / fit.height) * 10000) / 100
	};
}

/** The URL asks for the view the first map shows (a parameter it leaves out is the default). */
export function firstMatches(
	map: FirstMapData | null | undefined,
	params: URLSearchParams
): boolean {
	return !!map && Object.entries(map.view).every(([k, v]) => (params.get(k) ?? v) === v);
}

/** The first map's legend in the interface language, as the view's own legend gives it. */
export function firstLegend(map: FirstMapData | null | undefined): LegendEntry[] {
	return (map?.legend ?? []).map((e) => ({
		key: e.key,
		colour: e.colour,
		count: e.count,
		label: byLang(e.en, e.hi)
	}));
}
