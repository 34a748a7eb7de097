/**
 * The fonts the PDF export sets its text in: Noto Sans Devanagari (Latin and Devanagari subsets,
 * regular and bold), bundled with the site by @fontsource, fetched from the site itself only
 * when a PDF is made.
 */
import latin from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-latin-400-normal.woff?url';
import latinBold from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-latin-700-normal.woff?url';
import deva from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff?url';
import devaBold from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff?url';
import type { PdfFonts } from './to-pdf.ts';

async function bytes(url: string): Promise<Uint8Array> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`font ${url}: the server answered ${res.status}`);
	return new Uint8Array(await res.arrayBuffer());
}

export async function pdfFonts(): Promise<PdfFonts> {
	const [a, b, c, d] = await Promise.all([latin, latinBold, deva, devaBold].map(bytes));
	return { latin: a, latinBold: b, deva: c, devaBold: d };
}
