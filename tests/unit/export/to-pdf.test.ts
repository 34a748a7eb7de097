/**
 * The PDF export (issue 17): its title, subtitle, legend (labels and counts), source line, caveats
 * and table are text a reader can select and search, read back with pdf.js's text extraction, in
 * English and in Hindi (Noto Sans Devanagari embedded); A4 landscape; the title in the metadata.
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from '@pdfme/pdf-lib';
import { describe, expect, it } from 'vitest';
import { scriptRuns, specToPdf, type PdfFonts } from '../../../src/lib/export/to-pdf.ts';
import type { ExportSpec } from '../../../src/lib/export/spec.ts';

/** A 1 × 1 PNG (one opaque pixel). */
const PIXEL = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);
const dir = 'node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-';
const fonts: PdfFonts = {
	latin: readFileSync(`${dir}latin-400-normal.woff`),
	latinBold: readFileSync(`${dir}latin-700-normal.woff`),
	deva: readFileSync(`${dir}devanagari-400-normal.woff`),
	devaBold: readFileSync(`${dir}devanagari-700-normal.woff`)
};

function spec(lang: 'en' | 'hi', over: Partial<ExportSpec>): ExportSpec {
	return {
		fileBase: 'kanpur-pc-43-AE2022-winner',
		title: 'Kanpur (PC 43): Vidhan Sabha 2022',
		subtitle: 'Assembly segments coloured by winner',
		units: { type: 'FeatureCollection', features: [] },
		idProperty: 'ac_no',
		colours: new Map(),
		labels: [],
		legendTitle: 'Winner',
		legend: [
			{ key: 'SP', label: 'Samajwadi Party', colour: '#d7191c', count: 3 },
			{ key: 'BJP', label: 'Bharatiya Janata Party', colour: '#f7941d', count: 2 }
		],
		source: 'Election Commission of India, Form 20; TCPD',
		caveats: ['Booth areas are approximate: estimated from booth numbers, not real locations.'],
		table: {
			columns: ['ac_no', 'ac_name', 'winner', 'votes'],
			rows: [
				{ ac_no: 213, ac_name: 'Sishamau', winner: 'HAJI IRFAN SOLANKI', votes: 79163 },
				{ ac_no: 214, ac_name: 'Arya Nagar', winner: 'AMITABH BAJPAI', votes: 71585 }
			]
		},
		values: new Map(),
		link: '',
		hasPrivate: false,
		lang,
		...over
	};
}

async function text(blob: Blob): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(await blob.arrayBuffer()) }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const tc = await (await doc.getPage(i)).getTextContent();
		// pdf.js gives the gaps between runs as empty items: read them as spaces.
		const strs = tc.items.map((it) => ('str' in it ? it.str || ' ' : ''));
		pages.push(strs.join('').replace(/\s+/g, ' '));
	}
	return pages;
}

describe('specToPdf', () => {
	it('sets the title, legend, source, caveats and table as extractable text', async () => {
		const blob = await specToPdf(spec('en', {}), new Blob([PIXEL]), fonts);
		expect(blob.type).toBe('application/pdf');
		const pages = await text(blob);
		expect(pages).toHaveLength(2);
		for (const s of [
			'Kanpur (PC 43): Vidhan Sabha 2022',
			'Assembly segments coloured by winner',
			'Samajwadi Party',
			'Source: Election Commission of India, Form 20; TCPD',
			'Booth areas are approximate'
		])
			expect(pages[0]).toContain(s);
		expect(pages[0]).toContain('Samajwadi Party 3 Bharatiya Janata Party 2');
		expect(pages[1]).toContain('213 Sishamau HAJI IRFAN SOLANKI 79163');
		const doc = await PDFDocument.load(new Uint8Array(await blob.arrayBuffer()));
		const { width, height } = doc.getPage(0).getSize();
		expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
		expect(doc.getTitle()).toBe('Kanpur (PC 43): Vidhan Sabha 2022');
	});

	it('sets Hindi in the Devanagari font: the words come back as Hindi, not boxes', async () => {
		const blob = await specToPdf(
			spec('hi', {
				title: 'कानपुर (लोकसभा 43): विधानसभा 2022',
				legendTitle: 'विजेता',
				legend: [{ key: 'SP', label: 'सपा', colour: '#d7191c', count: 3 }],
				table: { columns: ['क्षेत्र', 'विजेता'], rows: [{ क्षेत्र: 'सीसामऊ', विजेता: 'सपा' }] }
			}),
			new Blob([PIXEL]),
			fonts
		);
		const pages = await text(blob);
		// (a pre-base ि comes back before its consonant, in visual order, as in most Hindi PDFs)
		expect(pages[0]).toContain('कानपुर (लोकसभा 43):');
		expect(pages[0]).toContain('सपा 3');
		expect(pages[0]).toMatch(/स्रोत ?: Election Commission of India/);
		expect(pages[1]).toContain('सीसामऊ');
		expect(pages.join('')).not.toContain('\u0000'); // no glyph missing from the fonts
	});

	it('splits text into Devanagari and other runs', () => {
		expect(scriptRuns('कानपुर (PC 43): सपा जीती')).toEqual([
			{ text: 'कानपुर', deva: true },
			{ text: ' (PC 43): ', deva: false },
			{ text: 'सपा जीती', deva: true }
		]);
	});
});
