/**
 * PDF of a view: one A4 landscape page holding the print-size PNG (title, map, legend, source and
 * caveats all drawn by the browser, so Hindi text is shaped correctly), with the title and source
 * in the document's metadata. @pdfme/pdf-lib (the maintained fork of pdf-lib 1.17, same API) is loaded only when a PDF is
 * made.
 */
export async function pngsToPdf(
	pages: { png: Blob; title: string }[],
	meta: { title: string; subject: string }
): Promise<Blob> {
	const { PDFDocument } = await import('@pdfme/pdf-lib');
	const doc = await PDFDocument.create();
	doc.setTitle(meta.title);
	doc.setSubject(meta.subject);
	doc.setCreator('Kshetra');
	// A4 landscape in points.
	const [W, H] = [841.89, 595.28];
	const margin = 24;
	for (const p of pages) {
		const img = await doc.embedPng(new Uint8Array(await p.png.arrayBuffer()));
		const page = doc.addPage([W, H]);
		const k = Math.min((W - 2 * margin) / img.width, (H - 2 * margin) / img.height);
		page.drawImage(img, {
			x: (W - img.width * k) / 2,
			y: (H - img.height * k) / 2,
			width: img.width * k,
			height: img.height * k
		});
	}
	const bytes = await doc.save();
	return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
