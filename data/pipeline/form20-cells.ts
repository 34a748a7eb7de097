/**
 * The cells of a PDF-table extraction (the 2017 Vidhan Sabha Form 20 files, see
 * form20-ae2017.ts): each file is several XML documents glued together, one
 * `<?xml …?><table src="N.pdf">` per PDF page, each holding flat `<cell p x y w h>text</cell>`
 * elements (empty cells are `<cell …/>`). `x`..`y` is a cell's horizontal extent and `w`..`h` its
 * vertical one (top to bottom), so the cells with the same `(p, w, h)` are one table row.
 *
 *   readCells('<cell h="9" p="1" w="5" x="10" y="40">1,270</cell>')
 *     → [{ p: 1, x: 10, y: 40, w: 5, h: 9, text: '1,270' }]
 */

export interface Cell {
	/** PDF page, from 1 */
	p: number;
	/** left edge */
	x: number;
	/** right edge */
	y: number;
	/** top edge */
	w: number;
	/** bottom edge */
	h: number;
	text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const decode = (s: string) =>
	s.includes('&')
		? s.replace(
				/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|apos|amp));/gi,
				(_, hex?: string, dec?: string, name?: string) =>
					name
						? ENTITIES[name.toLowerCase()]
						: String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec))
			)
		: s;

/** All `<cell>` elements of all concatenated documents, text decoded and whitespace collapsed. */
export function readCells(xml: string, file: string): Cell[] {
	const out: Cell[] = [];
	// Every cell of the 403 files writes its attributes in this order; one regular expression
	// for the whole element is several times faster than reading attributes one by one.
	const re = /<cell h="(\d+)" p="(\d+)" w="(\d+)" x="(\d+)" y="(\d+)"\s*(?:\/>|>([^<]*)<\/cell>)/g;
	let count = 0;
	for (let m = re.exec(xml); m; m = re.exec(xml)) {
		const raw = m[6];
		const text = raw ? decode(raw.trim()).replace(/\s+/g, ' ') : '';
		out.push({ p: +m[2], x: +m[4], y: +m[5], w: +m[3], h: +m[1], text });
		count++;
	}
	let all = 0;
	for (let i = xml.indexOf('<cell'); i >= 0; i = xml.indexOf('<cell', i + 5)) all++;
	if (count !== all)
		throw new Error(`${file}: ${all - count} of ${all} <cell> elements are not <cell h p w x y>`);
	return out;
}

/** Rows of cells grouped by (page, top, bottom), top to bottom, each sorted by x. */
export function groupRows(cells: Cell[]): Cell[][] {
	const rows = new Map<string, Cell[]>();
	for (const c of cells) {
		const key = `${c.p}|${c.w}|${c.h}`;
		const row = rows.get(key);
		if (row) row.push(c);
		else rows.set(key, [c]);
	}
	return [...rows.values()]
		.map((r) => r.sort((a, b) => a.x - b.x))
		.sort((a, b) => a[0].p - b[0].p || a[0].w - b[0].w || a[0].h - b[0].h);
}

/** How much of [a0, a1] lies in [b0, b1]. */
export const overlap = (a0: number, a1: number, b0: number, b1: number) =>
	Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
