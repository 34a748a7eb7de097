/**
 * The benchmark's table: one row per measurement with its value, its target and whether the
 * target is met (✓/✗; "·" where there is no target). Times never make the benchmark fail.
 */
export type Status = '✓' | '✗' | '·';

export interface Row {
	id: string;
	name: string;
	value: string;
	target: string;
	status: Status;
	/** the raw numbers behind the row, for results.json */
	data?: unknown;
}

export const check = (ok: boolean | null): Status => (ok === null ? '·' : ok ? '✓' : '✗');

const width = (s: string) => [...s].length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** A Markdown table (readable in a terminal and pasteable into the README). */
export function table(rows: Row[]): string {
	const head = ['#', 'Measurement', 'Median (min–max, runs)', 'Target', ''];
	const cells = rows.map((r) => [r.id, r.name, r.value, r.target, r.status]);
	const w = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
	const line = (c: string[]) => `| ${c.map((x, i) => pad(x, w[i])).join(' | ')} |`;
	return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...cells.map(line)].join(
		'\n'
	);
}
