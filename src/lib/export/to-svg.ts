/**
 * A true vector SVG of a view for print shops and designers: the units drawn from the same
 * geometry and colours as the map (planar projection fitted to the units, d3-geo), labels,
 * title, legend, source line and caveats as real text. Pure: runs in the browser and in Node.
 * All text is escaped: names are data, never markup.
 *
 *   toSvg(spec) → '<svg xmlns="http://www.w3.org/2000/svg" …><path data-id="213" fill="#d7191c" …/>…</svg>'
 */
import { fittedPath } from '$lib/charts/geo-path.ts';
import { declutter } from '$lib/map/declutter.ts';
import { exportWord } from '$lib/i18n/messages/export.ts';
import type { ExportSpec } from './spec.ts';

export function escapeXml(s: string): string {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

export interface SvgLayout {
	width: number;
	mapHeight: number;
	legendWidth: number;
}

export const DEFAULT_LAYOUT: SvgLayout = { width: 1400, mapHeight: 820, legendWidth: 380 };

const FONT = "system-ui, 'Noto Sans', 'Noto Sans Devanagari', sans-serif";
const round = (x: number) => Math.round(x * 100) / 100;

/** Wraps text into lines of at most `chars` characters (for the source line and notes). */
export function wrap(text: string, chars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > chars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export function toSvg(spec: ExportSpec, layout: SvgLayout = DEFAULT_LAYOUT): string {
	const { width, mapHeight, legendWidth } = layout;
	const top = 96;
	const mapWidth = width - legendWidth - 24;
	const path = fittedPath(spec.outline ?? spec.units, mapWidth, mapHeight, 16);
	const [px, py] = [16, top];
	const t = (x: number, y: number) => `translate(${round(x)} ${round(y)})`;

	const units = spec.units.features
		.map((f) => {
			const id = Number(f.properties?.[spec.idProperty]);
			const fill = spec.colours.get(id) ?? '#e9e9e9';
			return `<path data-id="${id}" d="${path(f)}" fill="${fill}" stroke="#ffffff" stroke-width="1"/>`;
		})
		.join('');
	const outline = (spec.outline?.features ?? [])
		.map((f) => `<path d="${path(f)}" fill="none" stroke="#1a1a1a" stroke-width="2.5"/>`)
		.join('');
	// Labels moved apart as on screen; widths estimated at 8.5 px a character (15 px bold).
	const points = spec.labels.map((l) => path.project(l.lngLat[0], l.lngLat[1]));
	const offsets = declutter(
		spec.labels.map((l, i) => ({
			x: points[i][0],
			y: points[i][1],
			w: 8.5 * Math.max(l.title.length, l.detail?.length ?? 0) + 6,
			h: l.detail ? 34 : 18
		}))
	);
	const labels = spec.labels
		.map((l, i) => {
			const [x, y] = [points[i][0], points[i][1] + offsets[i]];
			const halo = 'paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"';
			return `<g transform="${t(x, y)}" text-anchor="middle"><text font-size="15" font-weight="700" ${halo}>${escapeXml(l.title)}</text>${
				l.detail
					? `<text y="17" font-size="13" font-weight="600" ${halo}>${escapeXml(l.detail)}</text>`
					: ''
			}</g>`;
		})
		.join('');

	const lx = width - legendWidth;
	let ly = top + 8;
	const legend: string[] = [
		`<text x="${lx}" y="${ly}" font-size="18" font-weight="700">${escapeXml(spec.legendTitle)}</text>`
	];
	ly += 14;
	for (const e of spec.legend.filter((x) => x.count > 0 || spec.legend.length <= 8)) {
		legend.push(
			`<g data-legend="${escapeXml(e.key)}" transform="${t(lx, ly)}"><rect width="26" height="18" fill="${e.colour}" stroke="#00000040"/><text x="34" y="14" font-size="15">${escapeXml(e.label)}</text><text x="${legendWidth - 16}" y="14" font-size="15" text-anchor="end" fill="#4a4a4a">${e.count}</text></g>`
		);
		ly += 26;
	}
	for (const line of wrap(spec.legendNote ?? '', 44)) {
		ly += 18;
		legend.push(
			`<text x="${lx}" y="${ly}" font-size="13" fill="#4a4a4a">${escapeXml(line)}</text>`
		);
	}

	const footY = top + mapHeight + 28;
	// The source line, then each caveat in bold: caveats must not be missed in a printed map.
	const lines = [
		...wrap(`${exportWord(spec.lang, 'export.source')}: ${spec.source}`, 170).map((text) => ({
			text,
			bold: false
		})),
		...spec.caveats.flatMap((c) => wrap(c, 170).map((text) => ({ text, bold: true })))
	];
	const foot = lines.map(
		(l, i) =>
			`<text x="16" y="${footY + i * 20}" font-size="14"${l.bold ? ' font-weight="700"' : ' fill="#4a4a4a"'}>${escapeXml(l.text)}</text>`
	);
	const height = footY + foot.length * 20 + 12;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" lang="${spec.lang}">`,
		`<title>${escapeXml(spec.title)}</title>`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		`<text x="16" y="40" font-size="30" font-weight="700">${escapeXml(spec.title)}</text>`,
		`<text x="16" y="72" font-size="18" fill="#4a4a4a">${escapeXml(spec.subtitle)}</text>`,
		`<g class="map" transform="${t(px, py)}"><rect width="${mapWidth}" height="${mapHeight}" fill="#eef1f4"/>${units}${outline}${labels}</g>`,
		`<g class="legend">${legend.join('')}</g>`,
		`<g class="source">${foot.join('')}</g>`,
		'</svg>'
	].join('\n');
}
