/**
 * Reading a user's spreadsheet, shared by the importers (booth locations, party organisation
 * data): CSV/TSV text into a grid of cells, and the values in those cells as Indian users write
 * them.
 *
 * Text: decodes the bytes (UTF-8, or UTF-16 as Excel's "Unicode text" writes it), drops a
 * byte-order mark, picks the delimiter (comma, semicolon or tab, whichever the first line uses
 * most) and remembers on which line each record starts, so that a problem is reported by the
 * line number an editor shows even when a quoted cell spans several lines.
 *
 * Values: whole numbers with Devanagari digits (०-९) or Indian grouping (1,23,456), yes/no in
 * English, Hindi and Hinglish (हाँ, nahi), and dates in the many ways they are typed, day first.
 *
 *   textToCells('\uFEFFac;part\n213;"a\nb"\n213;2')
 *   → { cells: [['ac', 'part'], ['213', 'a\nb'], ['213', '2']], lines: [1, 2, 4] }
 *   wholeNumber('१,२३४') → { value: 1234 };  parseIndianDate('5/3/24') → '2024-03-05'
 */
import { dsvFormat } from 'd3';

/** Text of a file's bytes: UTF-16 (with its byte-order mark, as Excel writes it) or UTF-8. */
export function decodeText(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	// UTF-16 without a byte-order mark: ASCII text then has a zero in every other byte.
	if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0)
		return new TextDecoder('utf-16le').decode(bytes);
	return new TextDecoder('utf-8').decode(bytes);
}

export type Delimiter = ',' | ';' | '\t';

/** The delimiter the first non-empty line uses most (a comma when it uses none). */
export function detectDelimiter(text: string): Delimiter {
	const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
	let best: Delimiter = ',';
	let most = 0;
	for (const d of [',', ';', '\t'] as const) {
		const n = first.split(d).length - 1;
		if (n > most) [best, most] = [d, n];
	}
	return best;
}

export interface TextCells {
	/** the records, each a list of cell texts (not trimmed) */
	cells: string[][];
	/** lines[i] is the 1-based line of the file on which record i starts */
	lines: number[];
}

/** Splits CSV/TSV text into records and cells (RFC 4180 quoting), with each record's line. */
export function textToCells(text: string): TextCells {
	const body = text.replace(/^\uFEFF/, '');
	const cells = dsvFormat(detectDelimiter(body)).parseRows(body);
	const lines: number[] = [];
	let line = 1;
	for (const record of cells) {
		lines.push(line);
		// A record takes one line plus one for every line break inside its (quoted) cells.
		line += 1 + record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
	}
	return { cells, lines };
}

export type Cell = string | number | boolean | Date | null | undefined;

/** A header's spelling compared without case, separators, zero-width marks or a "(…)" suffix. */
export const headerKey = (s: string) =>
	s
		.normalize('NFC')
		.toLowerCase()
		.replace(/\(.*\)\s*$/, '')
		.replace(/[\s_.\-–:#\u200B-\u200D\uFEFF]+/g, '');

/**
 * For each field, the index of the header cell spelled like one of its names (-1 if none). Names
 * earlier in a field's list win, and no cell serves two fields.
 */
export function headerColumns<K extends string>(header: Cell[], names: Record<K, string[]>) {
	const cells = header.map((c) => headerKey(cellText(c)));
	const used = new Set<number>();
	const col = {} as Record<K, number>;
	for (const key of Object.keys(names) as K[]) {
		const i = names[key]
			.map((n) => cells.indexOf(headerKey(n)))
			.find((i) => i >= 0 && !used.has(i));
		col[key] = i ?? -1;
		if (i !== undefined) used.add(i);
	}
	return col;
}

/** CSV text for Excel: a byte-order mark (so that it reads UTF-8 and Hindi shows), then the rows. */
export function cellsToCsv(rows: (string | number | null)[][]): string {
	return (
		'\uFEFF' +
		dsvFormat(',').formatRows(rows.map((r) => r.map((c) => (c == null ? '' : String(c))))) +
		'\n'
	);
}

export const devanagariDigits = (s: string) =>
	s.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x966));
export const clean = (s: string) => s.replace(/^[\s\u200B\uFEFF]+|[\s\u200B\uFEFF]+$/g, '');
/** A cell holding only a dash means "nothing" in many hand-kept sheets. */
export const blank = (s: string) => s === '' || /^[-–—]+$/.test(s);
/** A cell's text in quotes for a message, shortened when long. */
export const quote = (s: string) => `"${s.length > 60 ? s.slice(0, 57) + '…' : s}"`;

/** A cell's text, trimmed; a Date as its ISO day. */
export function cellText(c: unknown): string {
	if (c == null) return '';
	if (c instanceof Date) return parseIndianDate(c) ?? '';
	return clean(String(c));
}

const YES = 'yes y true 1 हाँ हां हा ha haan han haa'.normalize('NFC').split(' ');
const NO = 'no n false 0 नहीं नही nahi nahin'.normalize('NFC').split(' ');
/** true/false for the ways of writing yes and no; undefined for anything else. */
export function yesNo(s: string): boolean | undefined {
	const t = devanagariDigits(s)
		.normalize('NFC')
		.toLowerCase()
		.replace(/[.!]+$/, '');
	return YES.includes(t) ? true : NO.includes(t) ? false : undefined;
}

export type Parsed<T> = { value: T } | { problem: string };

/** A whole number ≥ 0, null for an empty cell, or a problem saying what the cell held. */
export function wholeNumber(c: Cell): Parsed<number | null> {
	const raw = cellText(c);
	if (c instanceof Date)
		return {
			problem: `expected a whole number, got the date ${raw} (did Excel turn it into a date?)`
		};
	if (blank(raw)) return { value: null };
	const s = devanagariDigits(raw);
	if (/^\d+$|^\d{1,3}(,\d{3})+$|^\d{1,2}(,\d{2})*,\d{3}$/.test(s)) {
		const n = Number(s.replace(/,/g, ''));
		if (Number.isSafeInteger(n)) return { value: n };
	}
	return { problem: `expected a whole number, got ${quote(raw)}` };
}

const MONTHS =
	'january february march april may june july august september october november december'.split(
		' '
	);
const HINDI_MONTHS =
	'जनवरी|फरवरी फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर सितम्बर|अक्टूबर अक्तूबर|नवंबर नवम्बर|दिसंबर दिसम्बर'
		.split('|')
		.map((names) => names.normalize('NFC').split(' '));
/** 1–12 for an English month name or its first three or more letters, or a Hindi name; else 0. */
function month(name: string): number {
	const n = name.normalize('NFC').toLowerCase();
	const hindi = HINDI_MONTHS.findIndex((names) => names.includes(n));
	if (hindi >= 0) return hindi + 1;
	return n.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(n)) + 1 : 0;
}

/** The ISO date y-m-d, or null when there is no such day (or the year is implausible). */
function ymd(y: number, m: number, d: number): string | null {
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
	if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const SEP = '[\\s\\-/.,]+';
const WORD = '([^\\d\\s\\-/.,]+)\\.?';
const DAY_MONTH_YEAR = new RegExp(
	`^(\\d{1,2})(?:st|nd|rd|th)?${SEP}${WORD}${SEP}(\\d{4}|\\d{2})$`,
	'i'
);
const MONTH_DAY_YEAR = new RegExp(`^${WORD}${SEP}(\\d{1,2})(?:st|nd|rd|th)?[\\s,]+(\\d{4})$`, 'i');
const DAY = 86_400_000;
const fromSerial = (n: number) => new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * DAY);
const year = (s: string) => (s.length === 2 ? 2000 + Number(s) : Number(s));

/**
 * The ISO date (yyyy-mm-dd) a cell means, or null when it is not a date. Slashed dates are read
 * day first, as in India. Accepts Excel serial day numbers (20000–80000, also as 5-digit text)
 * and Date objects (read as UTC when at UTC midnight, as spreadsheet readers make them, else local).
 */
export function parseIndianDate(s: string | number | Date): string | null {
	if (s instanceof Date) {
		const t = s.getTime();
		if (Number.isNaN(t)) return null;
		if (((t % DAY) + DAY) % DAY === 0)
			return ymd(s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate());
		return ymd(s.getFullYear(), s.getMonth() + 1, s.getDate());
	}
	if (typeof s === 'number')
		return s >= 20000 && s <= 80000 ? parseIndianDate(fromSerial(s)) : null;
	if (typeof s !== 'string') return null;
	const t = devanagariDigits(clean(s))
		.replace(/\s+/g, ' ')
		.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[ap]\.?m\.?)?(z|[+-]\d{2}:?\d{2})?$/i, '');
	let m: RegExpMatchArray | null;
	if (/^\d{5}$/.test(t)) return parseIndianDate(Number(t));
	if ((m = t.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/))) return ymd(+m[1], +m[2], +m[3]);
	if ((m = t.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/)))
		return ymd(year(m[3]), +m[2], +m[1]);
	if ((m = t.match(DAY_MONTH_YEAR)))
		return month(m[2]) ? ymd(year(m[3]), month(m[2]), +m[1]) : null;
	if ((m = t.match(MONTH_DAY_YEAR))) return month(m[1]) ? ymd(+m[3], month(m[1]), +m[2]) : null;
	return null;
}
