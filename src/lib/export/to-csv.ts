/**
 * CSV text from rows (RFC 4180 quoting), with optional preamble lines that say what the table is,
 * where it comes from and what in it is estimated or demo data.
 *
 *   toCsv([{ a: 1, b: 'x,y' }], ['a', 'b']) → 'a,b\n1,"x,y"\n'
 */
export function csvCell(v: unknown): string {
	if (v === null || v === undefined) return '';
	const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v);
	return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T extends Record<string, unknown>>(
	rows: T[],
	columns: (keyof T)[],
	preamble: string[] = []
): string {
	const lines = [
		...preamble.map((p) => csvCell(p)),
		columns.map((c) => csvCell(c)).join(','),
		...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))
	];
	return lines.join('\n') + '\n';
}
