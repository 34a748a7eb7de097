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
import type { ImportMessage } from '$lib/i18n/messages/imports.ts';

/**
 * What a file's first bytes say it is. People pick the wrong file, or rename one: a PDF of the
 * booth list, a photo of the register, an old .xls saved as ".csv". Anything else is read as text.
 */
export type FileKind = 'empty' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'ole' | 'zip' | 'text';
export function sniffBytes(bytes: Uint8Array): FileKind {
	const b = bytes;
	const starts = (...sig: number[]) => sig.every((x, i) => b[i] === x);
	if (b.length === 0) return 'empty';
	if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
	if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
	if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
	if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif'; // GIF8
	if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'ole'; // .xls, .doc (Office 97–2003)
	if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip'; // .xlsx (or another zip)
	return 'text';
}

/** Text with control characters that no spreadsheet text holds: the bytes were not text. */
export const looksBinary = (text: string) =>
	// eslint-disable-next-line no-control-regex -- control characters are what this looks for
	/[\u0000-\u0008\u000E-\u001A]/.test(text.slice(0, 4096));

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding a file's first bytes show: UTF-16 (with or without a byte-order mark) or UTF-8. */
export function encodingOf(bytes: Uint8Array): Exclude<TextEncoding, 'windows-1252'> {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	// UTF-16 without a byte-order mark: ASCII text then has a zero in every other byte.
	if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0)
		return 'utf-16le';
	return 'utf-8';
}

/**
 * Decodes a file piece by piece (a character split between two pieces is kept whole). UTF-8 that
 * turns out not to be UTF-8 before any non-ASCII character was read is read as Windows-1252:
 * Excel's plain "CSV" on Windows writes that, and Kruti Dev sheets need its characters (¡, Å, ‚).
 * A byte-order mark is dropped.
 */
export class TextStream {
	encoding: TextEncoding | null = null;
	private decoder: TextDecoder | null = null;
	private nonAscii = false;

	decode(bytes: Uint8Array, last: boolean): string {
		if (!this.decoder) {
			this.encoding = encodingOf(bytes);
			this.decoder = new TextDecoder(this.encoding, { fatal: this.encoding === 'utf-8' });
		}
		const stream = { stream: !last };
		if (this.encoding !== 'utf-8' || !this.decoder.fatal) return this.decoder.decode(bytes, stream);
		try {
			const text = this.decoder.decode(bytes, stream);
			// eslint-disable-next-line no-control-regex -- the range starts at U+0000: "not ASCII"
			if (!this.nonAscii) this.nonAscii = /[^\u0000-\u007f]/.test(text);
			return text;
		} catch {
			// Not UTF-8. Before any non-ASCII byte both readings agree, so the rest is Windows-1252;
			// after, the file mixes encodings and the bad bytes become U+FFFD.
			if (!this.nonAscii) this.encoding = 'windows-1252';
			this.decoder = new TextDecoder(this.encoding);
			return this.decoder.decode(bytes, stream);
		}
	}
}

/** Text of a file's bytes: UTF-16 (with its byte-order mark, as Excel writes it), UTF-8 or Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
	return new TextStream().decode(bytes, true);
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

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Splits CSV/TSV text into records and cells (RFC 4180 quoting), piece by piece, so that a file
 * of any size can be read in chunks: push() returns the records complete so far and keeps the
 * rest (a record cut by the chunk's end, a quoted cell spanning lines). The delimiter is the one
 * the first non-empty line uses most; a byte-order mark at the start is dropped.
 *
 * Why not csv-parse (tried 2026-12-06, csv-parse 7.0.3, issue 16): on the awkward-file corpus
 * (tests/fixtures/awkward, all 11 text files) it gives the same cells and, from its info.lines,
 * the same record lines. It was not adopted because, measured against this reader:
 * - a quoted cell with a CRLF line break inside counts as two lines (info.lines), so every later
 *   problem would be reported one line too far down in a Windows file;
 * - it is 20–30× slower on the import's path: a 20 MB booth-location file (711,041 records) in
 *   64 KB pieces took 45 s through its stream API against 1.4 s here (Node 20, load average 18);
 * - its browser build bundles Node's stream for that API: 86.7 kB minified (24.6 kB gzip), or
 *   52.1 kB (14.2 kB gzip) for the sync-only build, against 3.1 kB (1.4 kB gzip) for this reader;
 * - a file whose last quote never closes throws ("Quote Not Closed") where this reader keeps the
 *   rest as the cell, so the row is reported, not the whole file; and `"Sishamau" east` keeps its
 *   quotes with relax_quotes, where a spreadsheet reads Sishamau east as here.
 * What no library does stays here either way: Indian numbers and dates, Devanagari digits, yes/no
 * in Hindi and English, Kruti Dev, UTF-16 without a byte-order mark.
 */
export class CsvReader {
	delimiter: Delimiter | null = null;
	private pending = '';
	private line = 1;
	private started = false;

	push(chunk: string, last = false): TextCells {
		let text = this.pending + chunk;
		const out: TextCells = { cells: [], lines: [] };
		if (!this.started && text.length) {
			text = text.replace(/^\uFEFF/, '');
			this.started = true;
		}
		if (this.delimiter === null) {
			if (!last && !/\S[^\n]*\n/.test(text)) {
				this.pending = text;
				return out;
			}
			this.delimiter = detectDelimiter(text.slice(0, 1 << 16));
		}
		const end = splitRecords(text, this.delimiter.charCodeAt(0), last, this.line, out);
		this.pending = end.pos < text.length ? text.slice(end.pos) : '';
		this.line = end.line;
		return out;
	}
}

/**
 * Splits text into records from its start; stops before a record the text ends inside (unless
 * last). Returns where it stopped and the line there. One plain loop with no closures: this runs
 * over every character of a 100 MB file.
 */
function splitRecords(text: string, D: number, last: boolean, line: number, out: TextCells) {
	const N = text.length;
	let pos = 0;
	records: while (pos < N) {
		const start = pos;
		const cells: string[] = [];
		let breaks = 0;
		for (;;) {
			let value: string;
			let e: number;
			if (text.charCodeAt(pos) === QUOTE) {
				let p = pos + 1;
				let quoted = '';
				for (;;) {
					const q = text.indexOf('"', p);
					if (q < 0 || (q + 1 === N && !last)) {
						if (!last) {
							pos = start;
							break records;
						}
						quoted += text.slice(p);
						p = N;
						break;
					}
					if (text.charCodeAt(q + 1) === QUOTE) {
						quoted += text.slice(p, q + 1);
						p = q + 2;
						continue;
					}
					quoted += text.slice(p, q);
					p = q + 1;
					break;
				}
				// Anything between the closing quote and the delimiter stays in the cell.
				e = p;
				while (e < N) {
					const c = text.charCodeAt(e);
					if (c === D || c === LF || c === CR) break;
					e++;
				}
				if (e === N && !last) {
					pos = start;
					break records;
				}
				value = p < e ? quoted + text.slice(p, e) : quoted;
				if (value.includes('\n') || value.includes('\r'))
					breaks += (value.match(/\r\n?|\n/g) ?? []).length;
			} else {
				e = pos;
				while (e < N) {
					const c = text.charCodeAt(e);
					if (c === D || c === LF || c === CR) break;
					e++;
				}
				if (e === N && !last) {
					pos = start;
					break records;
				}
				value = text.slice(pos, e);
			}
			cells.push(value);
			if (e >= N) {
				pos = N;
				break;
			}
			const c = text.charCodeAt(e);
			if (c === D) {
				pos = e + 1;
				if (pos < N) continue;
				if (!last) {
					pos = start;
					break records;
				}
				cells.push('');
				break;
			}
			if (c === CR) {
				if (e + 1 === N && !last) {
					pos = start;
					break records;
				}
				pos = text.charCodeAt(e + 1) === LF ? e + 2 : e + 1;
			} else pos = e + 1;
			breaks++;
			break;
		}
		out.cells.push(cells);
		out.lines.push(line);
		line += breaks;
	}
	return { pos, line };
}

/** Splits CSV/TSV text into records and cells (RFC 4180 quoting), with each record's line. */
export function textToCells(text: string): TextCells {
	return new CsvReader().push(text, true);
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
	return headerColumnsOf(
		header.map((c) => [cellText(c)]),
		names
	);
}

/**
 * headerColumns for a header whose columns may each be called several things: a header of two
 * rows (merged cells) names column C both "Name" and "Booth President Name".
 */
export function headerColumnsOf<K extends string>(
	candidates: string[][],
	names: Record<K, string[]>
) {
	const keys = candidates.map((c) => new Set(c.map(headerKey).filter((k) => k !== '')));
	const used = new Set<number>();
	const col = {} as Record<K, number>;
	for (const key of Object.keys(names) as K[]) {
		let found = -1;
		for (const n of names[key]) {
			const k = headerKey(n);
			found = keys.findIndex((set, i) => !used.has(i) && set.has(k));
			if (found >= 0) break;
		}
		col[key] = found;
		if (found >= 0) used.add(found);
	}
	return col;
}

/** A column's letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA. */
export function columnLetter(index: number): string {
	let s = '';
	for (let n = Math.max(0, Math.floor(index)) + 1; n > 0; n = Math.floor((n - 1) / 26))
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

/**
 * A column as an importer's message names it: its spreadsheet letter and its header text as the
 * file has it, e.g. D "समिति सदस्य" (the letter alone when the header cell is empty).
 */
export const columnName = (index: number, header: string) =>
	header ? `${columnLetter(index)} ${quote(header)}` : columnLetter(index);

export const devanagariDigits = (s: string) =>
	s.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x966));
/**
 * A cell's text without surrounding spaces, zero-width spaces and byte-order marks, and without
 * the apostrophe Kshetra's own CSV writer puts before text a spreadsheet would run as a formula
 * (export/csv.ts): a file exported here reads back as it was.
 */
export const clean = (s: string) =>
	s.replace(/^[\s\u200B\uFEFF]+|[\s\u200B\uFEFF]+$/g, '').replace(/^'(?=[=+\-@\t\r])/, '');
/** A cell holding only a dash means "nothing" in many hand-kept sheets. */
export const blank = (s: string) => s === '' || /^[-–—]+$/.test(s);
/** A cell's text in quotes for a message, shortened when long. */
export const quote = (s: string) => `"${s.length > 60 ? s.slice(0, 57) + '…' : s}"`;

/** A cell's text, trimmed; a Date as its ISO day. */
export function cellText(c: unknown): string {
	if (c == null) return '';
	if (c instanceof Date) return parseIndianDate(c) ?? '';
	// A spreadsheet cell is text, a number or a boolean; anything else is written as its own text.
	// eslint-disable-next-line @typescript-eslint/no-base-to-string
	return clean(String(c));
}

const YES = new Set('yes y true 1 हाँ हां हा ha haan han haa'.normalize('NFC').split(' '));
const NO = new Set('no n false 0 नहीं नही nahi nahin'.normalize('NFC').split(' '));
/** true/false for the ways of writing yes and no; undefined for anything else. */
export function yesNo(s: string): boolean | undefined {
	let t = s.toLowerCase();
	// eslint-disable-next-line no-control-regex -- the range starts at U+0000: "not ASCII"
	if (/[^\x00-\x7f]/.test(t)) t = devanagariDigits(t).normalize('NFC');
	if (t.endsWith('.') || t.endsWith('!')) t = t.replace(/[.!]+$/, '');
	return YES.has(t) ? true : NO.has(t) ? false : undefined;
}

export type Parsed<T> = { value: T } | { problem: ImportMessage };

const WHOLE = /^(\d+|\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})*,\d{3})(\.0+)?$/;

/**
 * A whole number ≥ 0, null for an empty cell, or a problem saying what the cell held. Accepts
 * Devanagari digits, Indian (1,23,456) and international (123,456) grouping, and the ".0" or
 * ".00" that Excel number formats and pandas exports add to whole numbers.
 */
export function wholeNumber(c: Cell): Parsed<number | null> {
	const raw = cellText(c);
	if (c instanceof Date) return { problem: { key: 'imp.wholeNumberDate', vars: { date: raw } } };
	if (blank(raw)) return { value: null };
	const s = devanagariDigits(raw);
	if (WHOLE.test(s)) {
		const n = Number(s.replace(/,/g, ''));
		if (Number.isSafeInteger(n)) return { value: n };
	}
	return { problem: { key: 'imp.wholeNumber', vars: { got: quote(raw) } } };
}

/** Characters of Windows-1252 above ASCII: Kruti Dev uses many of them (¡ ँ, Å ऊ, ƒ १). */
const CP1252_HIGH =
	'\u00A1-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122';
const NOT_KRUTI = new RegExp(`[^\\x20-\\x7E\\u00A0${CP1252_HIGH}]`);
const KRUTI_MARKS = [
	// punctuation next to a letter, where Kruti Dev keeps letters: ; य, [ ख्, { क्ष्, 'k श, "k ष,
	// /k ध, and the Windows-1252 letters: ¡ ँ, Å ऊ
	new RegExp(`[A-Za-z][;\\[{|~+=\\\\^%]|[;\\[{|~+=\\\\^%][A-Za-z]|['"/]k|[${CP1252_HIGH}]`),
	// a capital inside a lower-case word: xqIrk गुप्ता, oekZ वर्मा
	/[a-z][A-Z]/,
	// the ा stroke (k) after a consonant key at a word's start or end, or before र (kj): jke राम,
	// feJk मिश्रा, frokjh तिवारी. English names have k there only after a vowel (Ashok, Deepak).
	/(^|[^A-Za-z])[bcdfghjlmnpqrtvwxyz]k|[bdfghjlmpqtvwxyz]k([^A-Za-z]|$)|kj/,
	// four consonants and no vowel in a row: lhrk सीता, xhrk गीता
	/(^|[^a-z])[bcdfghjklmnpqrstvwxz]{4,}([^a-z]|$)/,
	// ि typed first: fnus'k दिनेश, flag सिंह (English has only fl-, fr-)
	/(^|[^a-z])f[bcdghjkmnpqstvwxz]/
];

/**
 * Whether a cell's text looks like Kruti Dev: Hindi typed in the legacy Kruti Dev font, which a
 * CSV keeps as the Latin letters of the keys ("jke yky" for राम लाल). Decided per column
 * (several cells), since one short cell can be either.
 */
export function looksKrutiDev(s: string): boolean {
	if (!/[A-Za-z]/.test(s) || NOT_KRUTI.test(s)) return false;
	return KRUTI_MARKS.some((re) => re.test(s));
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
	let m: RegExpMatchArray | null;
	// The usual case first: 05/03/2024, day first.
	if ((m = s.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/)))
		return ymd(year(m[3]), +m[2], +m[1]);
	const t = devanagariDigits(clean(s))
		.replace(/\s+/g, ' ')
		.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[ap]\.?m\.?)?(z|[+-]\d{2}:?\d{2})?$/i, '');
	if (/^\d{5}$/.test(t)) return parseIndianDate(Number(t));
	if ((m = t.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/))) return ymd(+m[1], +m[2], +m[3]);
	if ((m = t.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/)))
		return ymd(year(m[3]), +m[2], +m[1]);
	if ((m = t.match(DAY_MONTH_YEAR)))
		return month(m[2]) ? ymd(year(m[3]), month(m[2]), +m[1]) : null;
	if ((m = t.match(MONTH_DAY_YEAR))) return month(m[1]) ? ymd(+m[3], month(m[1]), +m[2]) : null;
	return null;
}
