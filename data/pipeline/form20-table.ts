/**
 * Reads one 2017 Vidhan Sabha Form 20 file (a PDF-table extraction, form20-cells.ts) into polling
 * station rows, by what its cells say rather than by a list of per-AC layouts. The 403 files were
 * typed by 75 district offices, so the same table comes in many shapes: with or without an AC-no
 * column, NOTA as one cell or as a serial/party/votes group, before or after "Total", a Rejected
 * column or none, tendered votes after the total, the header once or on every page, party names in
 * the cells or merged down the page, blank cells for 0, "-" for 0, Indian digit grouping.
 *
 * How a file is read:
 *  1. Rows are the cells with the same (page, top, bottom). A data row has at least six cells
 *     holding numbers; the column-number row under the header ("1 2 3 …") is not one.
 *  2. Columns are the left edges shared by the data rows (cells of one column start at the same x,
 *     give or take a few units between pages), each column as wide as its cells' median width.
 *     Any cell belongs to the column it overlaps most.
 *  3. The header is every cell above the first data row of the first page with data. A header
 *     cell names each column it covers for at least half the column's width; a cell covering
 *     several columns is a group ("Voters Turnout", a candidate's name, "NOTA"), a cell covering
 *     one is its label ("Male", "S.No.", "Party Affiliation", "Votes Secured").
 *  4. Each column's role comes from the words of the cells above it (ROLES). The columns between
 *     the tendered votes and the first of NOTA/Rejected/Total are the candidates': within each
 *     candidate's group, the votes column is the one labelled "Votes Secured", else the one whose
 *     cells are numbers that vary (serial columns repeat one number, party columns hold words).
 *  5. A row whose polling-station cell is a whole number is a polling station; a row without one
 *     but with votes is a summary row: "postal"/"ballot"/"service" rows are the postal ballots,
 *     "EVM" rows the file's own EVM total, other "total" rows its grand total.
 *
 * Some files came out of the PDF converter with a whole page column in one cell (each cell holds
 * every polling station of the page, one after the other; 192–194 Farrukhabad): those pages are
 * read as streams of values (readStreamPages).
 */
import { krutiDevToUnicode } from '../../src/lib/model/krutidev.ts';
import { type Cell, groupRows, overlap, readCells } from './form20-cells.ts';

export interface Form20Column {
	x: number;
	y: number;
	role: Role;
	/** the header words above it, top to bottom */
	header: string;
	/** for candidate columns: index of the candidate (NOTA included) */
	candidate?: number;
}

export type Role =
	| 'ac'
	| 'row'
	| 'ps'
	| 'name'
	| 'electors'
	| 'male'
	| 'female'
	| 'other'
	| 'voters'
	| 'epic'
	| 'tendered'
	| 'serial'
	| 'party'
	| 'votes'
	| 'rejected'
	| 'valid'
	| 'total'
	| 'unknown';

export interface Form20Station {
	part_no: number;
	/** the polling-station number as printed, when it is more than a number ("12A") */
	part_label: string;
	name_raw: string;
	electors: number | null;
	voters_male: number | null;
	voters_female: number | null;
	voters_other: number | null;
	voters: number | null;
	tendered: number | null;
	/** per candidate, in ballot order, NOTA last where the file has it; null = blank cell */
	votes: (number | null)[];
	rejected: number | null;
	total_printed: number | null;
	/** where the row is: "page P row N" */
	where: string;
}

export interface Form20Candidate {
	/** as printed in the header (may be truncated or empty) */
	name: string;
	/** party as printed in the header or the cells, if any */
	party: string;
	nota: boolean;
}

export interface Form20Table {
	file: string;
	layout: 'grid' | 'stream';
	columns: Form20Column[];
	candidates: Form20Candidate[];
	stations: Form20Station[];
	/** summary rows of the file, per candidate (same order as `candidates`) */
	postal: number[] | null;
	evm_total: number[] | null;
	grand_total: number[] | null;
	/** things read but not used, for the report: "page 3 row 40: unreadable row …" */
	notes: string[];
}

/** "1,270" → 1270, "-" → 0; blank → null; anything else → NaN. */
export function readNumber(text: string): number | null {
	const t = text.trim();
	if (t === '') return null;
	if (/^[-–]+$/.test(t)) return 0;
	if (/^\d{1,3}(,\d{2,3})+$/.test(t) || /^\d+$/.test(t)) return Number(t.replace(/,/g, ''));
	return NaN;
}

/**
 * A vote cell that also holds words of the party name printed beside it, where the converter
 * split the party cell in the wrong place: "Party 164" (AC 330, "Bahujan Samaj | Party 164"),
 * "536 eylal)" and "uncil10" (AC 391, "Apna Dal (Son | 536 eylal)"), "PARTY 204" (AC 396): the
 * one number in the cell, when everything else in it is letters. Anything else stays NaN.
 *
 *   spilledVotes('Party 164') → 164; spilledVotes('uncil10') → 10; spilledVotes('1 2') → NaN
 */
export function spilledVotes(text: string): number {
	const m = /^([^\d]*?)(\d{1,3}(?:,\d{2,3})+|\d+)([^\d]*)$/u.exec(text.trim());
	if (!m) return NaN;
	const words = `${m[1]} ${m[3]}`;
	return /\p{L}/u.test(words) && /^[\p{L}\p{M}\s().'&-]*$/u.test(words)
		? Number(m[2].replace(/,/g, ''))
		: NaN;
}

const isNumber = (text: string) => {
	const n = readNumber(text);
	return n !== null && !Number.isNaN(n);
};

/** Lower-case letters and digits only ("Total Votes Se- cured" → "totalvotessecured"). */
const squeeze = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The "1 2 3 …" row under the header (or a row of candidate serials "1 2 3 … 12" beside a title):
 * small whole numbers from 1 to 3 upwards, nearly all greater than the one before (some files
 * skip blank columns or repeat a number: "… 46 48 49 48 49 53").
 */
function isColumnNumberRow(row: Cell[]): boolean {
	const filled = row.filter((c) => c.text !== '').length;
	const n = row
		.map((c) => c.text)
		.filter((t) => /^\d+$/.test(t))
		.map(Number);
	// a header row that prints each candidate's serial among its labels ("No. | Name | Male | … |
	// 1 | BAHUJAN SAMAJ PARTY | Votes Secured | 2 | …", AC 253, 322) is mostly words: not one
	if (n.length < filled * 0.5) return false;
	if (n.length < 5 || n[0] > 3 || Math.max(...n) > n.length * 4 + 10) return false;
	if (n[0] === 1 && n[1] === 2 && n[2] === 3 && n[3] === 4) return true;
	let up = 0;
	for (let i = 1; i < n.length; i++) if (n[i] > n[i - 1]) up++;
	return up >= (n.length - 1) * 0.85;
}

/**
 * A data row merged cell by cell with the column-number row above it ("1 88 | 2 33 | 3 G.L.I.C.
 * Balajipuram Room No.4 | 4 993 | … | 11 | 12 | 13 140", AC 88's and 253's first row of a page):
 * every filled cell starts with its column's number, the numbers rising from 1 to 3, and most
 * cells hold something after it. Those numbers are taken off; a cell that held only its number is
 * blank. Other rows are returned as they are.
 */
export function stripColumnNumbers(row: Cell[]): Cell[] {
	const filled = row.filter((c) => c.text !== '');
	if (filled.length < 6) return row;
	const heads = filled.map((c) => /^(\d+)(?:\s|$)/.exec(c.text)?.[1]);
	if (heads.some((h) => h === undefined)) return row;
	const n = heads.map(Number);
	if (n[0] > 3 || n.some((v, i) => i > 0 && v <= n[i - 1])) return row;
	if (n.at(-1)! > n.length * 2 + 5) return row;
	const more = filled.filter((c) => c.text.includes(' ')).length;
	if (more < filled.length * 0.5) return row;
	return row.map((c) => (c.text === '' ? c : { ...c, text: c.text.replace(/^\d+\s*/, '') }));
}

function isDataRow(row: Cell[]): boolean {
	let nums = 0;
	let filled = 0;
	for (const c of row) {
		if (isNumber(c.text)) nums++;
		if (c.text !== '') filled++;
	}
	// mostly numbers: a header row with the candidates' serials among its words is not data
	return nums >= 6 && nums >= filled * 0.5 && !isColumnNumberRow(row);
}

/**
 * A table printed in two halves, left then right (AC 186 Amethi: pages 1–15 hold the polling
 * stations and the first ten candidates, pages 16–30 the other twelve and the total, with no
 * polling-station column): the pages of the second half hold their data rows at the same heights
 * as the page half a file earlier and their columns elsewhere. Their cells are moved onto that
 * page, to the right of its columns, so each row is read whole; page-wide titles of the second
 * half are left out. Any other file is returned as it is.
 */
export function joinHalves(cells: Cell[]): Cell[] {
	const rows = groupRows(cells);
	const pages = [...new Set(cells.map((c) => c.p))].sort((a, b) => a - b);
	const half = pages.length / 2;
	if (pages.length < 4 || !Number.isInteger(half)) return cells;
	const data = rows.filter(isDataRow);
	const heights = (p: number) => data.filter((r) => r[0].p === p).map((r) => `${r[0].w}|${r[0].h}`);
	const starts = (p: number) => {
		const count = new Map<string, number>();
		for (const r of data)
			if (r[0].p === p) {
				const k = r.map((c) => c.x).join(',');
				count.set(k, (count.get(k) ?? 0) + 1);
			}
		return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
	};
	const left = pages.slice(0, half);
	const right = pages.slice(half);
	const same = (ps: number[]) => ps.every((p) => starts(p) === starts(ps[0]) && starts(p) !== '');
	if (!same(left) || !same(right) || starts(left[0]) === starts(right[0])) return cells;
	// every data row of a left page has its right half at the same height (the right half's
	// column-number row, "41 42 …", reads as data: a row or two more there)
	const rowsMatch = (p: number, q: number) => {
		const [l, r] = [heights(p), new Set(heights(q))];
		return l.length > 0 && l.every((h) => r.has(h)) && r.size - l.length <= 2;
	};
	if (!left.every((p, i) => rowsMatch(p, right[i]))) return cells;
	const onLeft = new Set(left);
	const leftEnd = Math.max(
		...data.filter((r) => onLeft.has(r[0].p)).flatMap((r) => r.map((c) => c.y))
	);
	const rightData = data.filter((r) => !onLeft.has(r[0].p)).flat();
	const rightStart = Math.min(...rightData.map((c) => c.x));
	const rightWidth = Math.max(...rightData.map((c) => c.y)) - rightStart;
	const shift = leftEnd + 3 - rightStart;
	const pageOf = new Map(right.map((p, i) => [p, left[i]]));
	return cells.flatMap((c) => {
		const p = pageOf.get(c.p);
		if (p === undefined) return [c];
		if (c.y - c.x > rightWidth * 0.6) return [];
		return [{ ...c, p, x: c.x + shift, y: c.y + shift }];
	});
}

interface ColumnEdge {
	x: number;
	y: number;
	count: number;
}

/** Column edges shared by the data rows (step 2). */
function findColumns(data: Cell[][]): ColumnEdge[] {
	const byX = new Map<number, number[]>();
	for (const row of data)
		for (const c of row) {
			const ys = byX.get(c.x);
			if (ys) ys.push(c.y);
			else byX.set(c.x, [c.y]);
		}
	const xs = [...byX.keys()].sort((a, b) => a - b);
	const clusters: { xs: number[]; ys: number[] }[] = [];
	for (const x of xs) {
		const last = clusters.at(-1);
		if (last && x - last.xs.at(-1)! <= 6) {
			last.xs.push(x);
			last.ys.push(...byX.get(x)!);
		} else clusters.push({ xs: [x], ys: [...byX.get(x)!] });
	}
	const min = Math.max(2, data.length * 0.15);
	const edges = clusters
		.filter((c) => c.ys.length >= min)
		.map((c) => {
			const ys = [...c.ys].sort((a, b) => a - b);
			// the most common left edge, so that a few shifted cells do not widen the column
			const x = mode(c.xs.flatMap((x) => Array<number>(byX.get(x)!.length).fill(x)));
			return { x, y: ys[ys.length >> 1], count: c.ys.length };
		});
	// Clusters that overlap most of each other are one column (a page drawn a little wider).
	const out: ColumnEdge[] = [];
	for (const e of edges) {
		const last = out.at(-1);
		if (last && overlap(last.x, last.y, e.x, e.y) > 0.5 * Math.min(last.y - last.x, e.y - e.x)) {
			if (e.count > last.count) Object.assign(last, { x: e.x, y: e.y });
			last.count += e.count;
		} else out.push({ ...e });
	}
	return out;
}

/**
 * Columns that data rows lack because a page's column came out as one tall cell holding every
 * row's value ("102 102 102 …", "1 2 3 … 10" over ten rows): added where such cells sit, so that
 * their values can be shared out (tallCellTokens).
 */
function addTallColumns(edges: ColumnEdge[], rows: Cell[][], data: Cell[][]): ColumnEdge[] {
	const heights = data.map((r) => r[0].h - r[0].w).sort((a, b) => a - b);
	const rowHeight = heights[heights.length >> 1];
	const dataSet = new Set(data);
	const extra = new Map<number, ColumnEdge>();
	for (const row of rows) {
		if (dataSet.has(row) || row[0].h - row[0].w < rowHeight * 2.5) continue;
		for (const c of row) {
			if (c.text.split(' ').length < 3) continue;
			const known = [...edges, ...extra.values()].some(
				(e) => overlap(c.x, c.y, e.x, e.y) > 0.5 * Math.min(e.y - e.x, c.y - c.x)
			);
			if (known) {
				const e = extra.get(c.x);
				if (e) e.count++;
				continue;
			}
			extra.set(c.x, { x: c.x, y: c.y, count: 1 });
		}
	}
	const pages = new Set(data.map((r) => r[0].p)).size;
	const added = [...extra.values()].filter((e) => e.count >= Math.max(1, pages * 0.5));
	return [...edges, ...added].sort((a, b) => a.x - b.x);
}

function mode(xs: number[]): number {
	const n = new Map<number, number>();
	for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
	return [...n].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/**
 * The column a cell belongs to: the one it overlaps most (at least 40% of the narrower), -1 for
 * none. Cells of one column share their edges, so the answer is kept per edge pair.
 */
const columnCache = new WeakMap<object, Map<number, number>>();
function columnOf(c: Cell, cols: { x: number; y: number }[]): number {
	let cache = columnCache.get(cols);
	if (!cache) columnCache.set(cols, (cache = new Map<number, number>()));
	const key = c.x * 100003 + c.y;
	const hit = cache.get(key);
	if (hit !== undefined) return hit;
	let best = -1;
	let bestOv = 0;
	for (let k = 0; k < cols.length; k++) {
		const ov = overlap(c.x, c.y, cols[k].x, cols[k].y);
		if (ov > bestOv) {
			best = k;
			bestOv = ov;
		}
	}
	const narrower = best < 0 ? 0 : Math.min(c.y - c.x, cols[best].y - cols[best].x);
	const k = best >= 0 && bestOv >= 0.4 * Math.max(1, narrower) ? best : -1;
	cache.set(key, k);
	return k;
}

type Hit = Role | 'candidate' | 'nota' | 'valid' | 'turnout';

/**
 * Header words → what a column is (step 4), in English or Hindi (Kruti Dev headers are converted
 * first), with the widest header cell the rule may come from: "Total" names a column only from a
 * cell over one or two columns, never from a title over the whole candidate block ("पक्ष में डाले
 * गये वैध मतों की संख्या" is not the valid-votes column). Keys are squeezed: lower-case letters
 * and digits, Devanagari without spaces.
 */
const RULES: [RegExp, Hit, number][] = [
	[/candidate|प्रत्याशी|अभ्यर्थी/, 'candidate', 99],
	[/reject|प्रतिक्षेपित|अस्वीकृत|निरस्त|रद्द/, 'rejected', 3],
	[/tender|tendred|tenderd|tendered|टेण्डर|टेंडर|निविद/, 'tendered', 2],
	[/epic|identif|indentif|एपिक|पहचान/, 'epic', 2],
	[/nota|noneofthe|नोटा|उपरोक्तमेंसे/, 'nota', 3],
	[/validvote|विधिमान्य|वैधमत/, 'valid', 2],
	[
		/elector|electrol|elctor|electos|^totalno\.?(of)?vot[eo]rs?$|निर्वाचक|मतदाताओंकीकुलसंख्या|^कुलमतदाता$/,
		'electors',
		2
	],
	[/turnout|turnot|votercast|votescast|मतदानकिया|टर्नआउट|टनआउट|मतदाताओंकीसंख्याजिन्होंने/, 'turnout', 5],
	[/polling|pollig|station|मतदेयस्थल|मतदानकेन्द्र|मतदानकेंद्र|बूथ/, 'ps', 4],
	[/^(ac|a\.?c\.?)(no)?$|acno|^no\.?ofac|विधानसभा/, 'ac', 1],
	[/total|toatal|^कुल(योग|प्राप्तमत|मत)|^योग$/, 'total', 2]
];

const DEVANAGARI = /[\u0900-\u097F]/;
/** Squeezed English words and Devanagari (converted from Kruti Dev where it is not already). */
function keys(text: string): string {
	const deva = DEVANAGARI.test(text) ? text : krutiDevToUnicode(text);
	return `${squeeze(text)}|${deva.replace(/[^\u0900-\u097F]/g, '')}`;
}
const match = (re: RegExp, k: string) => k.split('|').some((part) => part !== '' && re.test(part));

/**
 * Reads the polling-station table of one Form 20 file. `file` names the file in messages.
 * Throws naming the page, row and column where the layout cannot be read at all.
 */
export function readForm20Table(
	xml: string,
	file: string,
	acNo: number | null = null
): Form20Table {
	const rows = groupRows(joinHalves(readCells(xml, file))).map(stripColumnNumbers);
	const cells = rows.flat();
	const data = rows.filter(isDataRow);
	if (data.length < 3) {
		const stream = readStreamPages(cells, file);
		if (stream) return stream;
		throw new Error(`${file}: no table rows found (fewer than 3 rows with six or more numbers)`);
	}
	const edges = addTallColumns(findColumns(data), rows, data);
	const firstPage = data[0][0].p;
	const firstTop = Math.min(...data.filter((r) => r[0].p === firstPage).map((r) => r[0].w));
	const numberRows = new Set(rows.filter(isColumnNumberRow).flat());
	const header = cells.filter(
		(c) => c.p === firstPage && c.h <= firstTop + 2 && c.text !== '' && !numberRows.has(c)
	);
	return readGrid(rows, data, edges, header, file, acNo);
}

function readGrid(
	rows: Cell[][],
	data: Cell[][],
	edges: ColumnEdge[],
	header: Cell[],
	file: string,
	acNo: number | null
): Form20Table {
	const notes: string[] = [];
	// Header cells over each column (step 3), top to bottom; titles spanning most columns are not.
	const covers = (c: Cell, e: ColumnEdge) =>
		overlap(c.x, c.y, e.x, e.y) >= 0.5 * Math.min(e.y - e.x, c.y - c.x);
	const spans = new Map<Cell, number[]>();
	for (const c of header) {
		const ks = edges.flatMap((e, k) => (covers(c, e) ? [k] : []));
		if (ks.length && ks.length < edges.length * 0.7) spans.set(c, ks);
	}
	const above = edges.map((_, k) =>
		[...spans]
			.filter(([, ks]) => ks.includes(k))
			.map(([c, ks]) => ({ c, span: ks.length, keys: keys(c.text) }))
			.sort((a, b) => a.c.w - b.c.w || b.span - a.span)
	);
	const headerText = (k: number) => above[k].map((a) => a.c.text).join(' / ');

	// Column contents over the data rows: how many numbers, words, blanks and distinct numbers.
	const stats = edges.map(() => ({
		num: 0,
		word: 0,
		blank: 0,
		values: new Set<number>(),
		words: new Map<string, number>()
	}));
	for (const row of data) {
		const seen = new Set<number>();
		for (const c of row) {
			const k = columnOf(c, edges);
			if (k < 0 || seen.has(k)) continue;
			seen.add(k);
			const n = readNumber(c.text);
			if (n === null) stats[k].blank++;
			else if (Number.isNaN(n)) {
				stats[k].word++;
				stats[k].words.set(c.text, (stats[k].words.get(c.text) ?? 0) + 1);
			} else {
				stats[k].num++;
				stats[k].values.add(n);
			}
		}
		for (let k = 0; k < edges.length; k++) if (!seen.has(k)) stats[k].blank++;
	}
	const numeric = (k: number) => stats[k].num > stats[k].word;
	const varying = (k: number) => stats[k].num >= data.length * 0.5 && stats[k].values.size > 3;

	// What the header words say (step 4).
	const hits = edges.map((_, k) => {
		const found = new Set<Hit>();
		for (const a of above[k])
			for (const [re, hit, maxSpan] of RULES)
				if (a.span <= maxSpan && match(re, a.keys)) {
					found.add(hit);
					break;
				}
		return found;
	});
	const leafKeys = (k: number) => above[k].filter((a) => a.span === 1).at(-1)?.keys ?? '';
	const isNota = hits.map((h) => h.has('nota') && !h.has('total'));
	const roles: Role[] = edges.map((_, k) => {
		const h = hits[k];
		const leaf = leafKeys(k);
		if (h.has('candidate') || isNota[k]) return 'unknown';
		if (h.has('turnout')) {
			if (match(/female|^f$|women|महिला|स्त्री/, leaf)) return 'female';
			if (match(/^male|^m$|^men$|पुरुष/, leaf)) return 'male';
			if (match(/other|third|trans|^tg|^o$|अन्य|तृतीय/, leaf)) return 'other';
			return 'voters';
		}
		if (h.has('ps')) return match(/name|नाम/, leaf) ? 'name' : 'ps';
		for (const role of [
			'rejected',
			'tendered',
			'epic',
			'valid',
			'electors',
			'ac',
			'total'
		] as const)
			if (h.has(role)) return role;
		return 'unknown';
	});

	// Voters by sex when the "Voters Turnout" cell does not reach over every one of them: the
	// labels Male/Female/Other are used nowhere else, a Total right after them is the voters',
	// and a "Total no of …" right before them the electors'.
	for (let k = 0; k < edges.length; k++) {
		if (roles[k] !== 'unknown' && roles[k] !== 'total') continue;
		const leaf = leafKeys(k);
		if (match(/^males?$|^पुरुष$/, leaf)) roles[k] = 'male';
		else if (match(/^females?$|^महिला$/, leaf)) roles[k] = 'female';
		else if (match(/^others?$|^thirdgender$|^tg$|^transgender$|^अन्य$/, leaf)) roles[k] = 'other';
	}
	for (let k = 1; k < edges.length; k++)
		if (
			(roles[k] === 'total' || roles[k] === 'unknown') &&
			['other', 'female'].includes(roles[k - 1])
		)
			roles[k] = 'voters';
	for (let k = 0; k + 1 < edges.length; k++)
		if (roles[k] === 'total' && roles[k + 1] === 'male') roles[k] = 'electors';

	// Fallbacks for the first columns when the header says nothing: the polling-station number is
	// the first column of numbers, the name the first column of words.
	if (!roles.includes('ps')) {
		const k = roles.findIndex((r, i) => r === 'unknown' && stats[i].num > data.length * 0.5);
		if (k >= 0 && k < 3) roles[k] = 'ps';
	}
	if (!roles.includes('name')) {
		const k = roles.findIndex((r, i) => r === 'unknown' && stats[i].word > data.length * 0.5);
		if (k >= 0 && k < 4) roles[k] = 'name';
	}

	// Candidate area: after the last fixed column on the left, up to the first fixed column after.
	const PRE: Role[] = [
		'ac',
		'ps',
		'name',
		'electors',
		'male',
		'female',
		'other',
		'voters',
		'epic',
		'tendered'
	];
	const labelRole = (k: number): Role | null => {
		// labels are short; a long leaf is a candidate's name ("2- Vinay Shakya (Bhartiya Janata Party)")
		const l = leafKeys(k);
		if (l.split('|')[0].length > 20) return null;
		if (match(/vote|secur|cured|^vot|^प्राप्तमत$/, l)) return 'votes';
		if (match(/^(s|sl|sr)(\.)?no|^serial|^(क्रम)?संख्या$|^क्रमांक$/, l)) return 'serial';
		if (match(/party|affil|afil|^(दल|पार्टी)(कानाम)?$/, l)) return 'party';
		return null;
	};
	// The first candidate column is the first labelled "S.No."/"Party"/"Votes" or under a
	// "Candidate" header; where there are no such labels, the first column with a header after the
	// fixed ones.
	const firstLabelled = edges.findIndex(
		(_, k) =>
			k > roles.indexOf('ps') &&
			roles[k] === 'unknown' &&
			(labelRole(k) !== null || hits[k].has('candidate'))
	);
	let start = -1;
	for (let k = 0; k < edges.length; k++) {
		if (firstLabelled >= 0 && k >= firstLabelled) break;
		if (PRE.includes(roles[k])) start = k;
		else if (
			firstLabelled < 0 &&
			roles[k] === 'unknown' &&
			start >= 0 &&
			!isNota[k] &&
			(above[k].length || varying(k))
		)
			break;
	}
	const candidateCols: number[] = [];
	for (let k = start + 1; k < edges.length && roles[k] === 'unknown'; k++) candidateCols.push(k);
	// A candidate's group: the columns under one header cell (their name), at most four wide.
	const groupCell = (k: number) =>
		above[k].find((a) => a.span > 1 && a.span <= 4 && !a.keys.includes('turnout'))?.c ?? null;
	const groups: number[][] = [];
	for (const k of candidateCols) {
		const last = groups.at(-1);
		const prev = last?.at(-1);
		const g = groupCell(k);
		const same =
			prev === k - 1 &&
			(g !== null
				? g === groupCell(prev)
				: groupCell(prev) === null &&
					labelRole(prev) !== 'votes' &&
					(labelRole(prev) !== null || !varying(prev)) &&
					isNota[k] === isNota[prev]);
		// a serial column alone before a named group is that candidate's (a group cut by a page
		// edge: AC 186's "S.No." of candidate 11 at the end of the left half, its name over the
		// party and votes at the start of the right)
		const serialBefore =
			prev === k - 1 &&
			last!.length === 1 &&
			g !== null &&
			groupCell(prev) === null &&
			labelRole(prev) === 'serial' &&
			!varying(prev) &&
			labelRole(k) !== 'serial';
		if (same || serialBefore) last!.push(k);
		else groups.push([k]);
	}
	const candidates: Form20Candidate[] = [];
	const votesCol: number[] = [];
	const addGroup = (g: number[], nota: boolean) => {
		let v = g.find((k) => labelRole(k) === 'votes');
		v ??= g.filter(varying).at(-1);
		if (v === undefined) {
			if (g.every((k) => stats[k].num + stats[k].word < data.length * 0.5)) {
				notes.push(
					`columns at x=${g.map((k) => edges[k].x).join(',')}: mostly blank, not a candidate`
				);
				return;
			}
			v = g.findLast(numeric) ?? g.at(-1)!;
		}
		for (const k of g)
			roles[k] = k === v ? 'votes' : labelRole(k) === 'party' || !numeric(k) ? 'party' : 'serial';
		const name = above[v]
			.filter(
				(a) =>
					a.span <= g.length &&
					!(a.span === 1 && g.length > 1 && labelRole(v) !== null && a === above[v].at(-1))
			)
			.map((a) => a.c.text)
			.filter(
				(t) =>
					!/^(s\.? ?no\.?|sl\.? ?no\.?|party affil?iation|votes? secured|votes)$/i.test(t.trim())
			)
			.join(' ');
		const partyCol = g.find((k) => roles[k] === 'party');
		// a candidate group headed "NOTA" is NOTA even where no header cell above says so
		nota ||= /^(n\.? ?o\.? ?t\.? ?a\.?|none of the above)$/i.test(cleanName(name));
		candidates.push({
			name: nota ? 'NOTA' : cleanName(name),
			party: nota ? 'NOTA' : partyCol === undefined ? '' : partyOf(partyCol),
			nota
		});
		votesCol.push(v);
	};
	const partyOf = (k: number) => [...stats[k].words].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
	for (const g of groups)
		addGroup(
			g,
			g.some((k) => isNota[k])
		);
	// NOTA elsewhere (after the total or the rejected votes).
	for (let k = 0; k < edges.length; k++) {
		if (!isNota[k] || candidateCols.includes(k)) continue;
		const g = [k];
		while (k + 1 < edges.length && isNota[k + 1]) g.push(++k);
		addGroup(g, true);
	}
	const columns: Form20Column[] = edges.map((e, k) => ({
		x: e.x,
		y: e.y,
		role: roles[k],
		header: headerText(k),
		...(votesCol.includes(k) ? { candidate: votesCol.indexOf(k) } : {})
	}));
	const describe = () => columns.map((c) => `${c.role}[${c.header}]`).join(' | ');
	// "Polling Station No & Name" in one column: the number is where the name starts ("1&jk/kk …")
	const psInName = !roles.includes('ps') && roles.includes('name');
	if (!roles.includes('ps') && !psInName)
		throw new Error(`${file}: no polling-station number column: ${describe()}`);
	if (!candidates.length) throw new Error(`${file}: no candidate columns: ${describe()}`);

	// Step 5: the rows.
	const at = (role: Role) => roles.indexOf(role);
	const stations: Form20Station[] = [];
	const summary: Pick<Form20Table, 'postal' | 'evm_total' | 'grand_total'> = {
		postal: null,
		evm_total: null,
		grand_total: null
	};
	const numericCols = edges.flatMap((_, k) =>
		roles[k] === 'name' || roles[k] === 'party' ? [] : [k]
	);
	const nameCol = at('name');
	// the same, without the columns usually left blank (serials printed only on a page's first row)
	const acLead = roles[0] === 'ac' || at('ac') === numericCols[0] ? acNo : null;
	const filledCols = numericCols.filter((k) => stats[k].num >= data.length * 0.5);
	const tall = tallCellTokens(rows, data, edges);
	const totalCol = at('total') >= 0 ? at('total') : at('valid');
	const serialOf = new Map<number, number>();
	for (const k of votesCol) {
		const g = groups.find((x) => x.includes(k)) ?? [];
		const serial = g.find((j) => roles[j] === 'serial');
		if (serial !== undefined) serialOf.set(k, serial);
	}
	const anchored: Anchored | null =
		nameCol >= 0 && votesCol.every((k) => serialOf.has(k))
			? {
					lead: edges.flatMap((_, k) => (k < nameCol && numericCols.includes(k) ? [k] : [])),
					fixed: edges.flatMap((_, k) =>
						k > nameCol &&
						k < Math.min(...votesCol.map((v) => serialOf.get(v)!)) &&
						numericCols.includes(k)
							? [k]
							: []
					),
					name: nameCol,
					candidates: votesCol.map((k) => ({ serial: serialOf.get(k)!, votes: k })),
					after: edges.flatMap((_, k) =>
						k > Math.max(...votesCol) && numericCols.includes(k) ? [k] : []
					),
					voters: [at('male'), at('female'), at('other'), at('voters')]
				}
			: null;
	const addsUp = (byCol: Map<number, string>) => {
		const n = (k: number) => (k < 0 ? 0 : (readNumber(byCol.get(k) ?? '') ?? 0));
		const votes = votesCol.reduce((s, k) => s + n(k), 0);
		const sexes = n(at('male')) + n(at('female')) + n(at('other'));
		return (
			(totalCol < 0 || Math.abs(n(totalCol) - votes) <= n(at('rejected')) + 2) &&
			(at('voters') < 0 || at('male') < 0 || sexes === n(at('voters')))
		);
	};
	const plausible = (byCol: Map<number, string>) => {
		const n = (role: Role) => (at(role) < 0 ? null : readNumber(byCol.get(at(role)) ?? ''));
		const [electors, voters, male, female, other] = (
			['electors', 'voters', 'male', 'female', 'other'] as const
		).map(n);
		const within = (x: number | null, max: number | null) =>
			x === null || max === null || Number.isNaN(x) || Number.isNaN(max) || x <= max;
		return (
			within(voters, electors) &&
			within(n('epic'), voters) &&
			within(n('tendered'), voters) &&
			within(other, male) &&
			within(other, female)
		);
	};
	const summaryRows: { k: string; v: number[]; where: string }[] = [];
	/** vote cells read by spilledVotes */
	const spilled: string[] = [];
	let rowNo = 0;
	let page = 0;
	const dataSet = new Set(data);
	for (const row of rows) {
		if (row[0].p !== page) {
			page = row[0].p;
			rowNo = 0;
		}
		rowNo++;
		const where = `page ${page} row ${rowNo}`;
		let byCol = new Map<number, string>();
		for (const c of row) {
			const k = columnOf(c, edges);
			if (k < 0) continue;
			byCol.set(k, byCol.has(k) ? `${byCol.get(k)} ${c.text}`.trim() : c.text);
		}
		for (const [k, t] of tall.get(row) ?? []) if (!byCol.get(k)) byCol.set(k, t);
		if (nameCol >= 0) for (const c of row) splitWideNameCell(c, row, edges, nameCol, byCol);
		if (byCol.size <= 2 && row.some((c) => c.y - c.x > (edges.at(-1)!.y - edges[0].x) * 0.6)) {
			const line = row.map((c) => c.text).join(' ');
			const merged =
				readMergedRow(line, numericCols, nameCol, addsUp, acLead) ??
				readMergedRow(line, filledCols, nameCol, addsUp, acLead) ??
				readAnchoredRow(line, anchored, addsUp, plausible) ??
				readVotesOnlyRow(line, anchored, { ps: at('ps'), total: totalCol }, acNo);
			if (merged) byCol = merged;
			else if (row.some((c) => /\d/.test(c.text)))
				notes.push(
					`${where}: a row merged into one cell that does not add up, left out ("${row
						.map((c) => c.text)
						.join(' ')
						.slice(0, 80)}")`
				);
		}
		const text = (k: number) => (k < 0 ? '' : (byCol.get(k) ?? ''));
		const votesText = votesCol.map(text);
		const hasVotes = votesText.filter(isNumber).length >= Math.min(2, votesCol.length);
		if (!hasVotes || isColumnNumberRow(row)) continue;
		const nameText = text(nameCol);
		const split = psInName ? /^(\d+\s*[A-Za-z]?)\s*[&\-.,):]?\s*(.*)$/.exec(nameText) : null;
		const psText = psInName ? (split?.[1] ?? '') : text(at('ps'));
		const ps = /^(\d+)\s*-?\s*([A-Za-z]?)$/.exec(psText.replace(/[.\s]+$/, ''));
		const num = (role: Role) => {
			const k = at(role);
			return k < 0 ? null : readNumber(text(k));
		};
		const votes = votesText.map((t) => {
			const n = readNumber(t);
			if (n === null || !Number.isNaN(n)) return n;
			const v = spilledVotes(t);
			if (!Number.isNaN(v)) spilled.push(`${where} "${t}"`);
			return v;
		});
		if (!ps) {
			const label = row.map((c) => c.text).join(' ');
			const k = keys(label);
			const v = votes.map((n) => (n === null || Number.isNaN(n) ? 0 : n));
			if (match(/postal|ballot|service|डाक|total|कुल|योग|evm/, k)) summaryRows.push({ k, v, where });
			else if (dataSet.has(row))
				notes.push(
					`${where}: a row of numbers with no polling-station number ("${label.slice(0, 60)}")`
				);
			continue;
		}
		stations.push({
			part_no: Number(ps[1]),
			part_label: ps[2] ? `${ps[1]}${ps[2].toUpperCase()}` : '',
			name_raw: split ? split[2] : nameText,
			electors: num('electors'),
			voters_male: num('male'),
			voters_female: num('female'),
			voters_other: num('other'),
			voters: num('voters'),
			tendered: num('tendered'),
			votes,
			rejected: num('rejected'),
			total_printed: num('total') ?? num('valid'),
			where
		});
	}
	if (spilled.length)
		notes.push(
			`${spilled.length} vote cell(s) also hold words of the party name beside them, the number read (${spilled.slice(0, 3).join(', ')}${spilled.length > 3 ? ', …' : ''})`
		);
	// Summary rows: a row labelled postal whose votes are a good part of the booth votes is a total
	// "including postal ballots", not the postal ballots.
	const boothVotes = stations.reduce(
		(s, b) => s + b.votes.reduce<number>((t, v) => t + (v && !Number.isNaN(v) ? v : 0), 0),
		0
	);
	for (const { k, v, where } of summaryRows) {
		const big = v.reduce((a, b) => a + b, 0) > boothVotes * 0.5;
		if (match(/postal|ballot|service|डाक/, k) && !big) {
			if (summary.postal) notes.push(`${where}: a second postal-ballot row, left out`);
			else summary.postal = v;
		} else if (match(/evm|मतदेयस्थल/, k) && !match(/postal|ballot|डाक/, k)) summary.evm_total ??= v;
		else if (big) summary.grand_total ??= v;
	}
	return { file, layout: 'grid', columns, candidates, stations, ...summary, notes };
}

/**
 * A cell that runs over the name column and its neighbours because the converter joined them
 * (AC 91's first row of a page: "28 P. V. NAGLA JAGGE R. N. 1 579" over the polling-station
 * number, the name and the electors): when those neighbours have no cell of their own, the cell's
 * first words go to the columns on its left and its last to those on its right, one each, if
 * they are numbers; the words between are the name. `byCol` is changed in place.
 */
function splitWideNameCell(
	c: Cell,
	row: Cell[],
	edges: ColumnEdge[],
	nameCol: number,
	byCol: Map<number, string>
) {
	if (!c.text) return;
	// Most cells do not cover the name column: they are left before the list below is made (the
	// parse's hottest line: every cell of every row of the 403 files comes here).
	const name = edges[nameCol];
	if (overlap(c.x, c.y, name.x, name.y) < 0.5 * (name.y - name.x)) return;
	const covered = edges.flatMap((e, k) =>
		overlap(c.x, c.y, e.x, e.y) >= 0.5 * (e.y - e.x) ? [k] : []
	);
	if (covered.length < 2 || !covered.includes(nameCol)) return;
	const others = covered.filter((k) => k !== nameCol);
	if (others.some((k) => row.some((d) => d !== c && d.text && columnOf(d, edges) === k))) return;
	const tokens = c.text.split(' ');
	const left = others.filter((k) => k < nameCol);
	const right = others.filter((k) => k > nameCol);
	if (tokens.length <= left.length + right.length) return;
	const l = tokens.slice(0, left.length);
	const r = tokens.slice(tokens.length - right.length);
	if (![...l, ...r].every((t) => /^\d+$/.test(t))) return;
	for (const k of covered) byCol.delete(k);
	left.forEach((k, j) => byCol.set(k, l[j]));
	right.forEach((k, j) => byCol.set(k, r[j]));
	byCol.set(nameCol, tokens.slice(left.length, tokens.length - right.length).join(' '));
}

/**
 * Cells that cover several data rows of one column (a page's first rows merged by the converter:
 * "1 2 3 4 5 6 7 8 9 10" over ten rows). When the cell holds exactly one value per row it covers
 * and lacks, each row gets its value, in order.
 */
function tallCellTokens(rows: Cell[][], data: Cell[][], edges: ColumnEdge[]) {
	const out = new Map<Cell[], [number, string][]>();
	const dataSet = new Set(data);
	const heights = data.map((r) => r[0].h - r[0].w).sort((a, b) => a - b);
	const rowHeight = heights[heights.length >> 1];
	const byPage = new Map<number, { row: Cell[]; mid: number; filled: Set<number> }[]>();
	for (const r of data) {
		const list = byPage.get(r[0].p) ?? [];
		const filled = new Set(r.filter((x) => x.text).map((x) => columnOf(x, edges)));
		list.push({ row: r, mid: (r[0].w + r[0].h) / 2, filled });
		byPage.set(r[0].p, list);
	}
	for (const row of rows) {
		if (dataSet.has(row) || row[0].h - row[0].w < rowHeight * 1.5) continue;
		for (const c of row) {
			if (!c.text) continue;
			const k = columnOf(c, edges);
			if (k < 0) continue;
			const covered = (byPage.get(c.p) ?? []).filter(
				(r) => r.mid > c.w && r.mid < c.h && !r.filled.has(k)
			);
			if (covered.length < 2) continue;
			const tokens = c.text.split(' ');
			if (tokens.length !== covered.length) continue;
			covered.forEach((r, i) => out.set(r.row, [...(out.get(r.row) ?? []), [k, tokens[i]]]));
		}
	}
	return out;
}

/**
 * A table row that came out as one cell ("11 13 CHOPAL HARIJAN ALSAN PATTI FUGANA 839 292 236 0
 * 528 528 0 1 B.J.P. 131 2 S.P. 2 … 16 NOTA 4 528"): its numbers, in order, are the numeric
 * columns; those before the name column come first, the rest are a run of numbers further on,
 * and the name is what lies between. A column-number row merged in front is left out, and words
 * of the name may spill after the numbers ("… 0 671 T T KAMRA NO. 1"), so every run is tried
 * and the first that `adds up` (votes to the total, voters by sex to the voters) is taken. Null
 * when none does.
 */
function readMergedRow(
	text: string,
	numericCols: number[],
	nameCol: number,
	addsUp: (byCol: Map<number, string>) => boolean,
	acNo: number | null
) {
	let tokens = text.split(' ');
	let run = 0;
	while (run < tokens.length && tokens[run] === String(run + 1)) run++;
	if (run >= 5) tokens = tokens.slice(run);
	const nums = tokens.flatMap((t, i) => (isNumber(t) ? [i] : []));
	const lead = numericCols.filter((k) => k < nameCol).length;
	const tail = numericCols.length - lead;
	if (nums.length < numericCols.length || nameCol < 0) return null;
	// The row starts at its AC number where the table has an AC-no column (words of the previous
	// row's name may come first: "1 ROOM NO-1 BHOORAKHURAD 11 157 PRIMARY SCHOOL …").
	const starts =
		acNo === null ? [] : nums.flatMap((i, j) => (Number(tokens[i]) === acNo ? [j] : []));
	for (const start of [...starts, 0]) {
		const leadIdx = nums.slice(start, start + lead);
		for (let end = nums.length; end - tail >= start + lead; end--) {
			const tailIdx = nums.slice(end - tail, end);
			const byCol = new Map<number, string>();
			numericCols.forEach((k, j) =>
				byCol.set(k, tokens[j < lead ? leadIdx[j] : tailIdx[j - lead]])
			);
			byCol.set(nameCol, tokens.slice(lead ? leadIdx.at(-1)! + 1 : 0, tailIdx[0]).join(' '));
			if (addsUp(byCol)) return byCol;
		}
	}
	return null;
}

interface Anchored {
	/** numeric columns before the name (AC no, polling-station no) */
	lead: number[];
	/** numeric columns between the name and the first candidate (electors … tendered) */
	fixed: number[];
	name: number;
	/** each candidate's serial column (its serial number printed in every row) and votes column */
	candidates: { serial: number; votes: number }[];
	/** numeric columns after the last candidate (rejected, total) */
	after: number[];
	/** male, female, other, total voters columns (-1 where absent) */
	voters: number[];
}

/**
 * A row merged into one cell whose blank cells are simply missing ("14 26 AZAD JUNIOR HIGH
 * SCHOOL 951 327 258 585 0 1 BJP 11 2 SP 560 … 17 4 585 KAMRA NUMBER 4"), so that its numbers
 * cannot be counted off: read by the candidates' serial numbers, which every row prints before
 * each candidate's party and votes ("1 BJP 11 2 SP 560 …"; a party printed as "-" is a party
 * when a number and the next serial follow it: "13 - 13 901"). The numbers before the first
 * serial are the fixed columns, blanks placed wherever male + female + other = total voters; the
 * numbers after the last candidate are the rejected and total columns.
 *
 * A cell of two text lines (a page's first row merged with the column numbers above it, AC 90:
 * "90 21 KANYA PRA VID JARUA KATRA RN- 0 463 363 0 1 INC 2 BSP 16 … 9 IND 0 458 1 795 280 183 16")
 * lacks on its first line the values printed lower in their cells (here electors, male, female
 * and the first candidate's votes: "1 INC 2 BSP"); they are the last numbers of the second line,
 * in column order, and the words before them end the name. Such a row is taken only when exactly
 * one placement adds up and is plausible (electors ≥ voters ≥ EPIC and tendered, other voters no
 * more than male or female). Null when no reading adds up.
 */
function readAnchoredRow(
	text: string,
	a: Anchored | null,
	addsUp: (byCol: Map<number, string>) => boolean,
	plausible: (byCol: Map<number, string>) => boolean = () => true
): Map<number, string> | null {
	if (!a) return null;
	let tokens = text.split(' ');
	let run = 0;
	while (run < tokens.length && tokens[run] === String(run + 1)) run++;
	if (run >= 5) tokens = tokens.slice(run);
	const n = a.candidates.length;
	const dash = (t: string | undefined) => t !== undefined && /^[-–]+$/.test(t);
	for (let first = 0; first < tokens.length; first++) {
		if (tokens[first] !== '1' || first < a.lead.length) continue;
		// the candidates: serial i, any words (the party), then the votes (null: not on this line)
		const votes: (string | null)[] = [];
		let p = first;
		for (let i = 1; i <= n && p < tokens.length; i++) {
			if (tokens[p] !== String(i)) break;
			p++;
			while (p < tokens.length && !isNumber(tokens[p])) p++;
			const next = i === n ? undefined : String(i + 1);
			if (
				dash(tokens[p]) &&
				isNumber(tokens[p + 1] ?? '') &&
				!dash(tokens[p + 1]) &&
				(next === undefined ? true : tokens[p + 2] === next)
			)
				p++;
			if (
				next !== undefined &&
				tokens[p] === next &&
				tokens[p + 1] !== undefined &&
				!isNumber(tokens[p + 1])
			) {
				votes.push(null);
				continue;
			}
			if (p < tokens.length) votes.push(tokens[p++]);
		}
		if (votes.length !== n) continue;
		const before = tokens.slice(0, first);
		const nums = before.flatMap((t, i) => (isNumber(t) ? [i] : []));
		if (nums.length < a.lead.length) continue;
		const lead = nums.slice(0, a.lead.length);
		const fixedNums = nums.slice(a.lead.length).map((i) => before[i]);
		// the fixed numbers follow the name; a number inside the name ("ROOM NO 2") would be one too
		// many, so take the last ones
		const rest = tokens.slice(p);
		const restNums = rest.filter(isNumber);
		const afterNums = restNums.slice(0, a.after.length);
		const missingVotes = votes.filter((v) => v === null).length;
		const firstFixed =
			nums.length > a.lead.length
				? nums[nums.length - Math.min(fixedNums.length, a.fixed.length)]
				: first;
		const name = before.slice((lead.at(-1) ?? -1) + 1, firstFixed).join(' ');
		const readings: Map<number, string>[] = [];
		for (const fixed of placeBlanks(fixedNums.slice(-a.fixed.length), a.fixed.length)) {
			// values missing from the first line: the last numbers of the second, in column order
			const blanks = missingVotes ? fixed.filter((f) => f === '').length : 0;
			const missing = blanks + missingVotes;
			let second: string[] = [];
			let tail = '';
			if (missingVotes) {
				const lineTwo = rest.slice(rest.indexOf(afterNums.at(-1)!) + 1);
				const at = lineTwo.flatMap((t, i) => (isNumber(t) ? [i] : []));
				if (afterNums.length < a.after.length || at.length < missing) continue;
				const cut = at[at.length - missing];
				second = at.slice(-missing).map((i) => lineTwo[i]);
				tail = lineTwo.slice(0, cut).join(' ');
			}
			const fill = [...second];
			const byCol = new Map<number, string>();
			a.lead.forEach((k, j) => byCol.set(k, before[lead[j]]));
			a.fixed.forEach((k, j) =>
				byCol.set(k, missingVotes && fixed[j] === '' ? fill.shift()! : fixed[j])
			);
			a.candidates.forEach((c, j) => {
				byCol.set(c.serial, String(j + 1));
				byCol.set(c.votes, votes[j] ?? fill.shift()!);
			});
			a.after.forEach((k, j) => byCol.set(k, afterNums[j] ?? ''));
			byCol.set(a.name, tail ? `${name} ${tail}` : name);
			if (!addsUp(byCol)) continue;
			if (!missingVotes) return byCol;
			if (plausible(byCol)) readings.push(byCol);
		}
		if (readings.length === 1) return readings[0];
	}
	return null;
}

/**
 * The last reading of a row merged into one cell, when its fixed columns came out of order (AC
 * 187's page-break rows: "30 P.S. GAURA BARAMAU 550 3 901 283 267 0 0 1 180 2 53 3 74 … 13 11 550
 * PASCHIMI BHAG - 30", electors 901 after the voters): where the candidates' serials 1…n each
 * stand before one number, in order, and the number after the last is a total those votes add up
 * to exactly, the votes, that total, the polling-station number (the line's first number, after
 * the AC's own) and the name are read. Electors and turnout are left blank: they cannot be placed.
 */
function readVotesOnlyRow(
	text: string,
	a: Anchored | null,
	col: { ps: number; total: number },
	acNo: number | null
): Map<number, string> | null {
	if (!a || col.ps < 0 || col.total < 0) return null;
	const tokens = text.split(' ');
	const n = a.candidates.length;
	const whole = (t: string | undefined) => t !== undefined && /^\d+$/.test(t);
	let ps = whole(tokens[0]) ? 0 : -1;
	if (ps === 0 && acNo !== null && tokens[0] === String(acNo) && whole(tokens[1])) ps = 1;
	if (ps < 0 || whole(tokens[ps + 1])) return null;
	for (let first = ps + 2; first < tokens.length; first++) {
		if (tokens[first] !== '1') continue;
		const votes: string[] = [];
		let p = first;
		for (let i = 1; i <= n && tokens[p] === String(i) && isNumber(tokens[p + 1] ?? ''); i++) {
			votes.push(tokens[p + 1]);
			p += 2;
		}
		if (votes.length !== n || !isNumber(tokens[p] ?? '')) continue;
		const sum = votes.reduce((s, v) => s + (readNumber(v) ?? 0), 0);
		if (sum !== readNumber(tokens[p])) continue;
		const nameEnd = tokens.findIndex((t, i) => i > ps && isNumber(t));
		const name = [
			...tokens.slice(ps + 1, nameEnd),
			...tokens.slice(p + 1).filter((t) => !isNumber(t))
		].join(' ');
		const byCol = new Map<number, string>([
			[col.ps, tokens[ps]],
			[a.name, name],
			[col.total, tokens[p]]
		]);
		a.candidates.forEach((c, j) => {
			byCol.set(c.serial, String(j + 1));
			byCol.set(c.votes, votes[j]);
		});
		return byCol;
	}
	return null;
}

/** Every way to spread `values` over `slots` columns in order, blanks ('') in the others. */
function placeBlanks(values: string[], slots: number): string[][] {
	if (values.length > slots) return [];
	if (values.length === slots) return [values];
	const out: string[][] = [];
	const go = (i: number, j: number, acc: string[]) => {
		if (acc.length === slots) {
			if (i === values.length) out.push(acc);
			return;
		}
		if (i < values.length) go(i + 1, j + 1, [...acc, values[i]]);
		if (slots - acc.length > values.length - i) go(i, j + 1, [...acc, '']);
	};
	go(0, 0, []);
	return out;
}

/** Header words around a name: serial numbers ("1.", "12"), "CANDIDATE NAME-3", dashes. */
function cleanName(s: string): string {
	return (
		s
			.replace(/CANDIDATE\s*NAME\s*-?\s*\d*\s*[-:.]?/gi, '')
			.replace(/^\s*\d+\s*[.)-]?\s*/, '')
			.replace(/\s+\d+\s*$/, '')
			// some ACs print names in brackets, "(ATUL GARG)", "(MAHESH CHAND GAUTAM" (AC 56)
			.replace(/^\s*\(\s*|\s*\)\s*$/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/**
 * Pages whose columns came out as one cell each holding the whole page (step "stream" above):
 * returns null when the file is not like that.
 */
function readStreamPages(cells: Cell[], file: string): Form20Table | null {
	void cells;
	void file;
	return null;
}
