/**
 * The one CSV writer (d3-dsv's RFC 4180 quoting) for every CSV Kshetra writes: a view's table,
 * the priority list, the organisation data, the problems of an import. Field teams open these in
 * Excel, and some cells come from imported files, so a text cell that a spreadsheet would run as
 * a formula (one starting with =, +, -, @, a tab or a carriage return: OWASP "CSV injection") is
 * written with a leading apostrophe, which shows it as text. Numbers stay numbers: a number, or a
 * text that is only a number ('-12.5'), is written as it is. No byte-order mark here: the one
 * Excel needs is added where the text becomes a file's bytes (downloadText).
 *
 *   csvRows([['name', 'margin'], ['=HYPERLINK("http://x")', -12.5]])
 *   → 'name,margin\n"\'=HYPERLINK(""http://x"")",-12.5\n'
 */
import { dsvFormat } from 'd3-dsv';

const csv = dsvFormat(',');

/** A plain number as text: '-12.5', '+3', '1e5' (not a formula, and a spreadsheet reads it as one). */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** What starts a formula in Excel, LibreOffice or Google Sheets. */
const FORMULA = /^[=+\-@\t\r]/;

/** Text as a cell: with an apostrophe before it if a spreadsheet would run it as a formula. */
export function safeText(s: string): string {
	return FORMULA.test(s) && !NUMBER.test(s) ? `'${s}` : s;
}

export type CsvValue = string | number | boolean | null | undefined;

/** A value as a cell: whole numbers as they are, fractions to 2 places, text made safe. */
export function csvValue(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number')
		return Number.isFinite(v) ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : '';
	// Any other value (a Date, a bigint) is written as its own text, as it always was.
	// eslint-disable-next-line @typescript-eslint/no-base-to-string
	return safeText(String(v));
}

/** Rows of cells as CSV text, one line per row. */
export function csvRows(rows: unknown[][]): string {
	return csv.formatRows(rows.map((r) => r.map(csvValue))) + '\n';
}

/**
 * A table as CSV: optional lines first that say what it is, where it comes from and what in it
 * is estimated or demo data, then the header and the rows.
 *
 *   toCsv([{ a: 1, b: 'x,y' }], ['a', 'b']) → 'a,b\n1,"x,y"\n'
 */
export function toCsv<T extends Record<string, unknown>>(
	rows: T[],
	columns: (keyof T)[],
	preamble: string[] = []
): string {
	return csvRows([
		...preamble.map((p) => [p]),
		columns,
		...rows.map((r) => columns.map((c) => r[c]))
	]);
}
