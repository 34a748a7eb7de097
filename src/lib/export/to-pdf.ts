/**
 * PDF of a view, as text a reader can select, search and copy (issue 17): page 1 holds the title,
 * subtitle, the map as a picture (with its labels and scale bar), the legend (vector swatches and
 * text), the source line and the caveats; the table behind the view follows, set as text, on as
 * many A4 landscape pages as it needs. Text is set in Noto Sans Devanagari (bundled with the site,
 * @fontsource/noto-sans-devanagari), its Devanagari and Latin subsets embedded as subsets, each
 * run of text in the subset that has its glyphs. Devanagari is shaped by fontkit's Indic shaper
 * (conjuncts, reph, pre-base matras); pdf-lib ignores GPOS mark offsets, so a few stacked marks
 * may sit slightly off, and a text extractor reads the glyphs in visual order (ि before its
 * consonant), as in most Hindi PDFs. @pdfme/pdf-lib (the maintained fork of pdf-lib 1.17) and
 * fontkit are loaded only when a PDF is made.
 */
import type { PDFFont, PDFPage } from '@pdfme/pdf-lib';
import { exportWord } from '$lib/i18n/messages/export.ts';
import type { ExportSpec } from './spec.ts';

/** The font files: Noto Sans Devanagari's Latin and Devanagari subsets, regular and bold (WOFF). */
export interface PdfFonts {
	latin: Uint8Array;
	latinBold: Uint8Array;
	deva: Uint8Array;
	devaBold: Uint8Array;
}

/** A4 landscape in points. */
const [W, H] = [841.89, 595.28];
const M = 28;
const INK = { r: 0.1, g: 0.1, b: 0.1 };
const GREY = { r: 0.29, g: 0.29, b: 0.29 };

/** Runs of Devanagari (with the spaces between its words) and of everything else. */
export function scriptRuns(text: string): { text: string; deva: boolean }[] {
	const re = /[\u0900-\u097F\u200C\u200D]+(?:\s+[\u0900-\u097F\u200C\u200D]+)*/g;
	const out: { text: string; deva: boolean }[] = [];
	let at = 0;
	for (const m of text.matchAll(re)) {
		if (m.index > at) out.push({ text: text.slice(at, m.index), deva: false });
		out.push({ text: m[0], deva: true });
		at = m.index + m[0].length;
	}
	if (at < text.length) out.push({ text: text.slice(at), deva: false });
	return out;
}

export async function specToPdf(
	spec: ExportSpec,
	mapPng: Blob | null,
	fontFiles: PdfFonts
): Promise<Blob> {
	const [{ PDFDocument, rgb }, fontkit] = await Promise.all([
		import('@pdfme/pdf-lib'),
		// fontkit's Indic shaper expects regenerator's runtime as a global.
		import('regenerator-runtime/runtime.js').then(() => import('@pdf-lib/fontkit'))
	]);
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit.default);
	doc.setTitle(spec.title);
	doc.setSubject(spec.source);
	doc.setLanguage(spec.lang);
	doc.setCreator('Kshetra');
	const embed = (b: Uint8Array) => doc.embedFont(b, { subset: true });
	const [latin, latinBold, deva, devaBold] = await Promise.all([
		embed(fontFiles.latin),
		embed(fontFiles.latinBold),
		embed(fontFiles.deva),
		embed(fontFiles.devaBold)
	]);
	const font = (d: boolean, bold: boolean): PDFFont =>
		d ? (bold ? devaBold : deva) : bold ? latinBold : latin;
	const width = (text: string, size: number, bold = false) =>
		scriptRuns(text).reduce((w, r) => w + font(r.deva, bold).widthOfTextAtSize(r.text, size), 0);
	const colour = (c: { r: number; g: number; b: number }) => rgb(c.r, c.g, c.b);
	function draw(
		page: PDFPage,
		text: string,
		x: number,
		y: number,
		size: number,
		{ bold = false, ink = INK, right = false } = {}
	) {
		if (right) x -= width(text, size, bold);
		for (const r of scriptRuns(text)) {
			const f = font(r.deva, bold);
			page.drawText(r.text, { x, y, size, font: f, color: colour(ink) });
			x += f.widthOfTextAtSize(r.text, size);
		}
	}
	/** Words into lines no wider than max. */
	function wrap(text: string, size: number, max: number, bold = false): string[] {
		const lines: string[] = [];
		let line = '';
		for (const word of text.split(/\s+/).filter(Boolean)) {
			const next = line ? `${line} ${word}` : word;
			if (line && width(next, size, bold) > max) {
				lines.push(line);
				line = word;
			} else line = next;
		}
		if (line) lines.push(line);
		return lines;
	}
	/** The text cut with … to fit max. */
	function fit(text: string, size: number, max: number): string {
		if (width(text, size) <= max) return text;
		let t = text;
		while (t.length > 1 && width(`${t}…`, size) > max) t = t.slice(0, -1);
		return `${t}…`;
	}

	// Page 1: title, map, legend, source and caveats.
	const page = doc.addPage([W, H]);
	let y = H - M - 18;
	draw(page, spec.title, M, y, 18, { bold: true });
	y -= 18;
	draw(page, spec.subtitle, M, y, 11, { ink: GREY });
	const legendW = 220;
	const foot = [
		...wrap(`${exportWord(spec.lang, 'export.source')}: ${spec.source}`, 8.5, W - 2 * M).map(
			(t) => ({ t, bold: false })
		),
		...spec.caveats.flatMap((c) => wrap(c, 8.5, W - 2 * M, true).map((t) => ({ t, bold: true })))
	];
	const footTop = M + foot.length * 11;
	const mapTop = y - 14;
	const box = { x: M, w: W - 2 * M - legendW - 16, h: mapTop - footTop - 10 };
	if (mapPng) {
		const img = await doc.embedPng(new Uint8Array(await mapPng.arrayBuffer()));
		const k = Math.min(box.w / img.width, box.h / img.height);
		page.drawImage(img, {
			x: box.x,
			y: mapTop - img.height * k,
			width: img.width * k,
			height: img.height * k
		});
	}
	const lx = W - M - legendW;
	let ly = mapTop - 12;
	for (const line of wrap(spec.legendTitle, 11, legendW, true)) {
		draw(page, line, lx, ly, 11, { bold: true });
		ly -= 14;
	}
	ly -= 4;
	for (const e of spec.legend.filter((x) => x.count > 0 || spec.legend.length <= 8)) {
		const hex = e.colour.replace('#', '');
		const c = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
		page.drawRectangle({
			x: lx,
			y: ly - 2,
			width: 16,
			height: 10,
			color: rgb(c[0], c[1], c[2]),
			borderColor: rgb(0.6, 0.6, 0.6),
			borderWidth: 0.4
		});
		draw(page, fit(e.label, 9.5, legendW - 60), lx + 22, ly, 9.5);
		draw(page, String(e.count), W - M, ly, 9.5, { ink: GREY, right: true });
		ly -= 14;
	}
	for (const line of wrap(spec.legendNote ?? '', 8, legendW)) {
		ly -= 2;
		draw(page, line, lx, ly, 8, { ink: GREY });
		ly -= 9;
	}
	let fy = footTop - 8;
	for (const l of foot) {
		draw(page, l.t, M, fy, 8.5, { bold: l.bold, ink: l.bold ? INK : GREY });
		fy -= 11;
	}

	// The table, as text, on as many pages as it needs.
	const { columns, rows } = spec.table;
	if (columns.length && rows.length) {
		const cell = (v: string | number | null) => (v == null ? '' : String(v));
		let size = 7.5;
		const natural = (s: number) =>
			columns.map((c) =>
				Math.min(150, Math.max(width(c, s, true), ...rows.map((r) => width(cell(r[c]), s))) + 6)
			);
		let widths = natural(size);
		const total = () => widths.reduce((a, b) => a + b, 0);
		while (total() > W - 2 * M && size > 5) widths = natural((size -= 0.5));
		const k = Math.min(1, (W - 2 * M) / total());
		widths = widths.map((w) => w * k);
		const line = size + 3.5;
		const perPage = Math.floor((H - 2 * M - 30) / line);
		for (let start = 0; start < rows.length; start += perPage) {
			const p = doc.addPage([W, H]);
			let ty = H - M - 10;
			draw(p, spec.title, M, ty, 10, { bold: true });
			ty -= 18;
			let x = M;
			for (const [i, c] of columns.entries()) {
				draw(p, fit(c, size, widths[i] - 4), x, ty, size, { bold: true });
				x += widths[i];
			}
			p.drawLine({
				start: { x: M, y: ty - 3 },
				end: { x: W - M, y: ty - 3 },
				thickness: 0.5,
				color: rgb(0.6, 0.6, 0.6)
			});
			for (const r of rows.slice(start, start + perPage)) {
				ty -= line;
				x = M;
				for (const [i, c] of columns.entries()) {
					const v = r[c];
					const t = fit(cell(v), size, widths[i] - 4);
					if (typeof v === 'number') draw(p, t, x + widths[i] - 4, ty, size, { right: true });
					else draw(p, t, x, ty, size);
					x += widths[i];
				}
			}
		}
	}
	const bytes = await doc.save();
	return new Blob([bytes], { type: 'application/pdf' });
}
