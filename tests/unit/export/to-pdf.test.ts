/**
 * The PDF export (@pdfme/pdf-lib): one A4 landscape page per picture, the picture fitted inside
 * the margins and centred, the view's title and source in the document's metadata. Read back
 * with the same library.
 */
import { PDFDocument } from '@pdfme/pdf-lib';
import { describe, expect, it } from 'vitest';
import { pngsToPdf } from '../../../src/lib/export/to-pdf.ts';

/** A 1 × 1 PNG (one opaque pixel). */
const PIXEL = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

describe('pngsToPdf', () => {
	it('two pictures → two A4 landscape pages with the title and subject in the metadata', async () => {
		const png = new Blob([PIXEL], { type: 'image/png' });
		const blob = await pngsToPdf(
			[
				{ png, title: 'Kanpur (PC 43)' },
				{ png, title: 'Sishamau (AC 213)' }
			],
			{ title: 'Kanpur (PC 43): winner, Vidhan Sabha 2022', subject: 'Source: ECI' }
		);
		expect(blob.type).toBe('application/pdf');
		const bytes = new Uint8Array(await blob.arrayBuffer());
		expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
		const doc = await PDFDocument.load(bytes);
		expect(doc.getPageCount()).toBe(2);
		const { width, height } = doc.getPage(0).getSize();
		expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
		expect(doc.getTitle()).toBe('Kanpur (PC 43): winner, Vidhan Sabha 2022');
		expect(doc.getSubject()).toBe('Source: ECI');
		expect(doc.getCreator()).toBe('Kshetra');
	});
});
