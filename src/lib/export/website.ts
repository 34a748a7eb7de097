/**
 * "Export as website": a zip of one view that works on its own: index.html, view.json (only this
 * view's units, values and texts) and the embed kit (built into /embed-kit/ of the site). Relative
 * paths throughout, so it opens from any sub-path of any static host and inside an iframe, with
 * no request to another origin. Browser only; `npm run export` writes the same folder from Node.
 */
import { zipSync, strToU8 } from 'fflate';
import { embedHtml, toEmbedView } from '../../embed/view.ts';
import type { ExportSpec } from './spec.ts';

export async function websiteZip(
	spec: ExportSpec,
	kitUrl: (file: string) => string
): Promise<Blob> {
	const manifest = (await (await fetch(kitUrl('manifest.json'))).json()) as { files: string[] };
	const files: Record<string, Uint8Array> = {};
	for (const f of manifest.files) {
		const res = await fetch(kitUrl(f));
		if (!res.ok) throw new Error(`embed kit file ${f}: the server answered ${res.status}`);
		files[`${spec.fileBase}/${f}`] = new Uint8Array(await res.arrayBuffer());
	}
	const view = toEmbedView(spec);
	files[`${spec.fileBase}/view.json`] = strToU8(JSON.stringify(view));
	files[`${spec.fileBase}/index.html`] = strToU8(embedHtml(view));
	return new Blob([zipSync(files, { level: 6 }) as BlobPart], { type: 'application/zip' });
}

/** The iframe code to paste into a page where the folder is published at `url`. */
export function embedSnippet(url: string, title: string): string {
	const esc = (s: string) => s.replace(/"/g, '&quot;');
	return `<iframe src="${esc(url)}" title="${esc(title)}" style="width:100%;aspect-ratio:16/10;border:0" loading="lazy"></iframe>`;
}
