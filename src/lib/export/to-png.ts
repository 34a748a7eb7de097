/**
 * PNG of a view as on screen: the MapLibre canvas (re-rendered at a higher pixel ratio for print
 * sizes), with the title, map labels, legend, a scale bar, the source line and the caveats drawn
 * around it, at screen size or a given width (e.g. 3000 px for print). Browser only.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { exportWord } from '$lib/i18n/messages/export.ts';
import type { ExportSpec } from './spec.ts';
import { declutter } from '$lib/map/declutter.ts';
import { wrap } from './to-svg.ts';

const FONT = "system-ui, 'Noto Sans', 'Noto Sans Devanagari', sans-serif";
const LEGEND_W = 360;
const HEADER = 92;

/** A round distance (1, 2 or 5 × 10ⁿ metres) whose bar is at most maxPx long. */
export function scaleBar(
	metresPerPixel: number,
	maxPx: number
): { metres: number; px: number; label: string } {
	const max = metresPerPixel * maxPx;
	const pow = 10 ** Math.floor(Math.log10(max));
	const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= max) ?? pow;
	return {
		metres,
		px: metres / metresPerPixel,
		label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
	};
}

function waitIdle(map: MlMap): Promise<void> {
	return new Promise((ok) => {
		map.once('idle', () => ok());
		map.triggerRepaint();
	});
}

/**
 * width: output width in pixels, or null for screen size (device pixel ratio). mapOnly: the map
 * with its labels and scale bar alone, for the PDF, which sets the title, legend and source as
 * text around it.
 */
export async function toPng(
	map: MlMap,
	spec: ExportSpec,
	width: number | null,
	{ mapOnly = false } = {}
): Promise<Blob> {
	await document.fonts?.ready;
	const container = map.getContainer();
	const mapW = container.clientWidth;
	const mapH = container.clientHeight;
	const cssW = mapOnly ? mapW : mapW + LEGEND_W;
	const HEADER_H = mapOnly ? 0 : HEADER;
	const k = width ? width / cssW : window.devicePixelRatio || 1;

	const before = map.getPixelRatio();
	let mapImage: HTMLCanvasElement;
	try {
		if (Math.abs(k - before) > 1e-6) map.setPixelRatio(k);
		await waitIdle(map);
		const src = map.getCanvas();
		mapImage = document.createElement('canvas');
		mapImage.width = src.width;
		mapImage.height = src.height;
		mapImage.getContext('2d')!.drawImage(src, 0, 0);
	} finally {
		if (Math.abs(k - before) > 1e-6) map.setPixelRatio(before);
	}

	const ctx0 = document.createElement('canvas').getContext('2d')!;
	ctx0.font = `14px ${FONT}`;
	const footLines = [
		...wrap(
			`${exportWord(spec.lang, 'export.source')}: ${spec.source}`,
			Math.floor(cssW / 7.2)
		).map((text) => ({
			text,
			bold: false
		})),
		...spec.caveats.flatMap((c) =>
			wrap(c, Math.floor(cssW / 7.6)).map((text) => ({ text, bold: true }))
		)
	];
	const cssH = mapOnly ? mapH : HEADER_H + mapH + 16 + footLines.length * 20 + 12;

	const out = document.createElement('canvas');
	out.width = Math.round(cssW * k);
	out.height = Math.round(cssH * k);
	const ctx = out.getContext('2d')!;
	ctx.scale(k, k);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, cssW, cssH);
	ctx.fillStyle = '#1a1a1a';
	ctx.textBaseline = 'alphabetic';
	if (!mapOnly) {
		ctx.font = `700 28px ${FONT}`;
		ctx.fillText(spec.title, 16, 40);
		ctx.font = `17px ${FONT}`;
		ctx.fillStyle = '#4a4a4a';
		ctx.fillText(spec.subtitle, 16, 70);
	}

	// The map as on screen, then its labels (HTML overlays on screen, so drawn here).
	ctx.drawImage(mapImage, 0, HEADER_H, mapW, mapH);
	ctx.strokeStyle = '#d9d5cc';
	ctx.strokeRect(0.5, HEADER_H + 0.5, mapW - 1, mapH - 1);
	ctx.textAlign = 'center';
	ctx.lineJoin = 'round';
	// Labels moved apart as on screen (declutter), measured with the fonts they are drawn in.
	const boxes = spec.labels.map((l) => {
		const p = map.project(l.lngLat);
		ctx.font = `700 15px ${FONT}`;
		const w1 = ctx.measureText(l.title).width;
		ctx.font = `600 13px ${FONT}`;
		const w2 = l.detail ? ctx.measureText(l.detail).width : 0;
		return { x: p.x, y: p.y, w: Math.max(w1, w2) + 6, h: l.detail ? 34 : 18 };
	});
	const offsets = declutter(boxes);
	for (const [i, l] of spec.labels.entries()) {
		const p = { x: boxes[i].x, y: boxes[i].y + offsets[i] };
		if (p.x < 0 || p.y < 0 || p.x > mapW || p.y > mapH) continue;
		for (const [text, font, dy] of [
			[l.title, `700 15px ${FONT}`, 0],
			[l.detail ?? '', `600 13px ${FONT}`, 16]
		] as const) {
			if (!text) continue;
			ctx.font = font;
			ctx.lineWidth = 4;
			ctx.strokeStyle = '#ffffff';
			ctx.strokeText(text, p.x, HEADER_H + p.y + dy);
			ctx.fillStyle = '#111111';
			ctx.fillText(text, p.x, HEADER_H + p.y + dy);
		}
	}
	ctx.textAlign = 'left';

	// Scale bar (Web Mercator: 512-px tiles).
	const centre = map.getCenter();
	const mpp = (40075016.686 * Math.cos((centre.lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
	const bar = scaleBar(mpp, 140);
	const bx = 16;
	const by = HEADER_H + mapH - 18;
	ctx.fillStyle = 'rgba(255,255,255,0.85)';
	ctx.fillRect(bx - 6, by - 20, bar.px + 70, 30);
	ctx.fillStyle = '#1a1a1a';
	ctx.fillRect(bx, by, bar.px, 4);
	ctx.font = `13px ${FONT}`;
	ctx.fillText(bar.label, bx + bar.px + 8, by + 5);

	if (mapOnly) return encode(out);

	// Legend.
	const lx = mapW + 20;
	let ly = HEADER_H + 22;
	ctx.font = `700 17px ${FONT}`;
	ctx.fillText(spec.legendTitle, lx, ly);
	ly += 12;
	for (const e of spec.legend.filter((x) => x.count > 0 || spec.legend.length <= 8)) {
		ctx.fillStyle = e.colour;
		ctx.fillRect(lx, ly, 24, 16);
		ctx.strokeStyle = 'rgba(0,0,0,0.3)';
		ctx.strokeRect(lx + 0.5, ly + 0.5, 23, 15);
		ctx.fillStyle = '#1a1a1a';
		ctx.font = `14px ${FONT}`;
		ctx.fillText(e.label, lx + 32, ly + 13, LEGEND_W - 90);
		ctx.fillStyle = '#4a4a4a';
		ctx.textAlign = 'right';
		ctx.fillText(String(e.count), cssW - 16, ly + 13);
		ctx.textAlign = 'left';
		ly += 24;
	}
	ctx.font = `12px ${FONT}`;
	ctx.fillStyle = '#4a4a4a';
	for (const line of wrap(spec.legendNote ?? '', 46)) {
		ly += 16;
		ctx.fillText(line, lx, ly);
	}

	// Source line and caveats.
	let fy = HEADER_H + mapH + 28;
	for (const l of footLines) {
		ctx.font = `${l.bold ? '700 ' : ''}14px ${FONT}`;
		ctx.fillStyle = l.bold ? '#1a1a1a' : '#4a4a4a';
		ctx.fillText(l.text, 16, fy);
		fy += 20;
	}

	return encode(out);
}

function encode(out: HTMLCanvasElement): Promise<Blob> {
	return new Promise((ok, fail) =>
		out.toBlob(
			(b) => (b ? ok(b) : fail(new Error('the browser could not encode the PNG'))),
			'image/png'
		)
	);
}
