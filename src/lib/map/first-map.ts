/**
 * The first map as HTML: the units, the outline and the labels of a map view drawn as inline SVG
 * at build time (the prerendered page holds it, so the map shows before any script has loaded,
 * and with scripts off). UnitsMap keeps it over MapLibre's canvas until MapLibre has painted the
 * same view, then removes it; the two line up because both are Web Mercator fitted to the same
 * bounds with the same padding: the SVG's viewBox is exactly the bounds (d3-geo's Mercator fitted
 * with fitExtent to the bounds' corners), and it sits `FIRST_MAP_PADDING` px inside the map box with
 * preserveAspectRatio "meet", which is what MapLibre's fitBounds does with that padding.
 *
 * Labels are SVG text in the site's font (the self-hosted Noto Sans Devanagari for Hindi), in
 * both languages (CSS shows the page's language), kept at screen size by CSS: each label is placed
 * with container-query units from its position in the viewBox, so text does not shrink with the
 * map on a phone. Pure: the page's build (src/lib/server/first-map.ts) calls it in Node.
 *
 *   firstMapSvg({ units, idProperty: 'ac_no', colours, bounds, labels }) → '<svg class="fm-shapes" …'
 */
import { geoMercator, geoPath, geoTransform } from 'd3';
import type { Feature, FeatureCollection } from 'geojson';
import { escapeXml } from '$lib/export/to-svg.ts';
import { PENDING_FILL } from './layers/units.ts';
import { declutter } from './declutter.ts';

/** MapLibre's fitBounds padding in UnitsMap; the SVG sits this far inside the map box. */
export const FIRST_MAP_PADDING = 24;
/** The viewBox's longer side, in its units: coordinates are whole units (about a pixel). */
const SIZE = 1000;
/**
 * Points closer than this to the line through their neighbours are left out (viewBox units; a
 * unit is about 0.5 px on a laptop's state map and 1.3 px on a projector's).
 */
const TOLERANCE = 0.8;

export interface FirstMapLabel {
	lngLat: [number, number];
	title: string;
	detail?: string;
}

export interface FirstMapInput {
	units: FeatureCollection;
	idProperty: string;
	colours: Map<number, string>;
	/** drawn on top as a dark line, as UnitsMap's outline layer */
	outline?: FeatureCollection | null;
	/** [west, south, east, north], the bounds MapLibre fits with the same padding */
	bounds: [number, number, number, number];
	/** the labels in each language; English is shown unless the page is in Hindi */
	labels?: { en: FirstMapLabel[]; hi: FirstMapLabel[] };
	/** map boxes (px) the labels are moved apart for: a laptop's, then a phone's */
	boxes?: { desktop: [number, number]; phone: [number, number] };
}

type Ring = [number, number][];

/** Douglas–Peucker on one ring (the first and last points kept). */
function simplify(ring: Ring, tol: number): Ring {
	if (ring.length <= 4) return ring;
	const keep = new Uint8Array(ring.length);
	keep[0] = keep[ring.length - 1] = 1;
	const stack: [number, number][] = [[0, ring.length - 1]];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		const [ax, ay] = ring[a];
		const [bx, by] = ring[b];
		const dx = bx - ax;
		const dy = by - ay;
		const len = Math.hypot(dx, dy);
		let [far, best] = [-1, tol];
		for (let i = a + 1; i < b; i++) {
			const [px, py] = ring[i];
			const d =
				len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dx * (ay - py) - dy * (ax - px)) / len;
			if (d > best) [far, best] = [i, d];
		}
		if (far >= 0) {
			keep[far] = 1;
			stack.push([a, far], [far, b]);
		}
	}
	return ring.filter((_, i) => keep[i]);
}

/** ' 5' or '-5': a number after another needs a space only when it has no minus sign. */
const num = (n: number) => (n < 0 ? String(n) : ` ${n}`);

/**
 * A ring as path text: the first point absolute, then whole-unit steps, relative and with the
 * lineto command written once ('M291 664l14 6 87-102z').
 */
function ringPath(ring: Ring): string {
	let out = '';
	let [lx, ly] = [0, 0];
	for (let i = 0; i < ring.length; i++) {
		const x = Math.round(ring[i][0]);
		const y = Math.round(ring[i][1]);
		if (i === 0) out += `M${x}${num(y)}l`;
		else if (x === lx && y === ly) continue;
		else out += `${num(x - lx)}${num(y - ly)}`;
		[lx, ly] = [x, y];
	}
	return out.replace('l ', 'l') + 'z';
}

/** d3-geo's Mercator fitted so that the bounds span the viewBox's longer side. */
export function firstMapProjection(bounds: [number, number, number, number]) {
	const [w, s, e, n] = bounds;
	const corners = {
		type: 'MultiPoint' as const,
		coordinates: [
			[w, s],
			[e, n]
		]
	};
	const projection = geoMercator().fitExtent(
		[
			[0, 0],
			[SIZE, SIZE]
		],
		corners
	);
	const [x0, y1] = projection([w, s])!;
	const [x1, y0] = projection([e, n])!;
	return { projection, viewBox: [x0, y0, x1 - x0, y1 - y0] as const };
}

/** Path text of a feature's rings in the fitted projection, simplified and rounded. */
function pathOf(f: Feature, project: (lon: number, lat: number) => [number, number]): string {
	const rings: Ring[] = [];
	let ring: Ring = [];
	// Planar streaming through the fitted projection: d3's spherical winding rules do not apply
	// to GeoJSON rings (which wind the other way), and the units are far too small to need them.
	const transform = geoTransform({
		point(lon: number, lat: number) {
			const [x, y] = project(lon, lat);
			this.stream.point(x, y);
		}
	});
	geoPath(transform, {
		moveTo: (x: number, y: number) => {
			if (ring.length) rings.push(ring);
			ring = [[x, y]];
		},
		lineTo: (x: number, y: number) => void ring.push([x, y]),
		closePath: () => {},
		arc: () => {}
	} as unknown as CanvasRenderingContext2D)(f);
	if (ring.length) rings.push(ring);
	return rings
		.map((r) => simplify(r, TOLERANCE))
		.filter((r) => r.length >= 3)
		.map(ringPath)
		.join('');
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Label width in px, estimated (about 8.5 px a character at 15 px bold, as the SVG export). */
const labelBox = (l: FirstMapLabel) => ({
	w: 8.5 * Math.max(l.title.length, l.detail?.length ?? 0) + 6,
	h: l.detail ? 34 : 18
});

/** The first map's SVG (shapes, then labels), to go inside UnitsMap's first-map box. */
export function firstMapSvg(x: FirstMapInput): string {
	const { projection, viewBox } = firstMapProjection(x.bounds);
	const [vx, vy, vw, vh] = viewBox;
	const project = (lon: number, lat: number) => projection([lon, lat])!;
	const fills = x.units.features
		.map((f) => {
			const id = Number(f.properties?.[x.idProperty]);
			const d = pathOf(f, project);
			return d
				? `<path data-id="${id}" fill="${x.colours.get(id) ?? PENDING_FILL}" d="${d}"/>`
				: '';
		})
		.join('');
	const outline = (x.outline?.features ?? []).map((f) => pathOf(f, project)).join('');
	const shapes =
		`<svg class="fm-shapes" xmlns="http://www.w3.org/2000/svg" viewBox="${r1(vx)} ${r1(vy)} ${r1(vw)} ${r1(vh)}" preserveAspectRatio="xMidYMid meet">` +
		`<g class="fm-units" stroke="#ffffff" stroke-width="1.2" stroke-linejoin="round">${fills}</g>` +
		(outline
			? `<path class="fm-outline" fill="none" stroke="#1a1a1a" stroke-width="2.5" stroke-linejoin="round" d="${outline}"/>`
			: '') +
		'</svg>';

	const en = x.labels?.en ?? [];
	const hi = x.labels?.hi ?? [];
	if (!en.length) return shapes;
	// Positions in the viewBox, from its middle; moved apart as UnitsMap's labels are, for a
	// laptop's and a phone's map box (the CSS picks one), with the wider of the two languages.
	const points = en.map((l) => {
		const [px, py] = project(l.lngLat[0], l.lngLat[1]);
		return [px - vx - vw / 2, py - vy - vh / 2];
	});
	const boxes = x.boxes ?? { desktop: [860, 500], phone: [390, 420] };
	const offsets = (box: [number, number]) => {
		const k = Math.min(
			(box[0] - 2 * FIRST_MAP_PADDING) / vw,
			(box[1] - 2 * FIRST_MAP_PADDING) / vh
		);
		return declutter(
			en.map((l, i) => {
				const [a, b] = [labelBox(l), labelBox(hi[i] ?? l)];
				return {
					x: points[i][0] * k,
					y: points[i][1] * k,
					w: Math.max(a.w, b.w),
					h: Math.max(a.h, b.h)
				};
			})
		);
	};
	const [desk, phone] = [offsets(boxes.desktop), offsets(boxes.phone)];
	const text = (l: FirstMapLabel, lang: string) =>
		`<g lang="${lang}"><text class="fm-t" dy="${l.detail ? '-0.25em' : '0.35em'}">${escapeXml(l.title)}</text>` +
		(l.detail ? `<text class="fm-d" dy="1.05em">${escapeXml(l.detail)}</text>` : '') +
		'</g>';
	const labels = en
		.map(
			(l, i) =>
				`<g class="fm-l" style="--x:${r1(points[i][0])};--y:${r1(points[i][1])};--dy:${Math.round(desk[i])}px;--dp:${Math.round(phone[i])}px">${text(l, 'en')}${hi[i] ? text(hi[i], 'hi') : ''}</g>`
		)
		.join('');
	return (
		shapes +
		`<svg class="fm-labels" xmlns="http://www.w3.org/2000/svg" style="--vw:${r1(vw)};--vh:${r1(vh)}">${labels}</svg>`
	);
}

/** The legend's entries as MapLegend draws them (its list), for the legend of the first map. */
export function firstLegendHtml(
	entries: { key: string; label: string; colour: string; count: number }[],
	count: (n: number) => string,
	lang: string
): string {
	return `<ul lang="${lang}">${entries
		.filter((e) => e.count > 0)
		.map(
			(e) =>
				`<li data-key="${escapeXml(e.key)}"><span class="swatch" style="background:${e.colour}"></span><span class="label">${escapeXml(e.label)}</span><span class="count">${escapeXml(count(e.count))}</span></li>`
		)
		.join('')}</ul>`;
}
