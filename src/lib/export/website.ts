/**
 * "Export as website": a zip of one view that works on its own: index.html, view.json (only this
 * view's units, values and texts) and the embed kit (built into /embed-kit/ of the site). Relative
 * paths throughout, so it opens from any sub-path of any static host and inside an iframe, with
 * no request to another origin. Browser only; `npm run export` writes the same folder from Node.
 */
import { zipSync, strToU8 } from 'fflate';
import { embedHtml, toEmbedView } from '../../embed/view.ts';
import type { ExportSpec } from './spec.ts';

/**
 * The embed's "Open the full view" link. `href` is the view's address on the site the export was
 * made from, whose root is `root` (origin and base path, e.g. 'http://localhost:5173/'); the part
 * below the root (e.g. 'seat/43/?e=AE2022') is put under `site`, the address the full site is
 * published at: absolute ('https://kshetra.example.org/'), or relative to the exported folder
 * ('../' when the folder sits in the site's root). An empty `site` gives no link at all: a link
 * to the exporting machine (often localhost) is wrong for every reader, so it is never written
 * unless the user says so (issue 17).
 */
export function fullViewLink(href: string, root: string, site: string): string {
	site = site.trim();
	if (!site) return '';
	const r = root.endsWith('/') ? root : `${root}/`;
	const path = href.startsWith(r) ? href.slice(r.length) : new URL(href).pathname.slice(1);
	const dir = site.endsWith('/') ? site : `${site}/`;
	return /^[a-z][a-z0-9+.-]*:/i.test(dir) ? new URL(path, dir).href : dir + path;
}

/**
 * The site's own address as the default for `fullViewLink`'s `site`: kept when the export is made
 * from a published site, left empty on the exporting machine itself (localhost, 127.x, ::1, file:)
 * so that no export links to it.
 */
export function defaultSite(root: string): string {
	const u = new URL(root);
	const local = u.protocol === 'file:' || /^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(u.hostname);
	return local ? '' : root;
}

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
	return new Blob([zipSync(files, { level: 6 })], { type: 'application/zip' });
}

/** The iframe code to paste into a page where the folder is published at `url`. */
export function embedSnippet(url: string, title: string): string {
	const esc = (s: string) => s.replace(/"/g, '&quot;');
	return `<iframe src="${esc(url)}" title="${esc(title)}" style="width:100%;aspect-ratio:16/10;border:0" loading="lazy"></iframe>`;
}
