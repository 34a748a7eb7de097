/**
 * The sort of every sortable table (the 2027 target list, the backtest): rows by one column's
 * value, numbers numerically and texts in the interface's collation, rows that tie in the order
 * `tie` gives (a seat number, a rank) whichever way the column goes; and what a click on a column
 * header does: the same column turns round, another starts in its own first direction.
 *
 *   sortTable(rows, (r) => r.error, true, (a, b) => a.pc_no - b.pc_no)   → the worst miss first
 *   nextSort({ key: 'pc', desc: false }, 'error', (k) => k === 'error')  → { key: 'error', desc: true }
 */
export type SortValue = number | string;

export function sortTable<R>(
	rows: readonly R[],
	value: (r: R) => SortValue,
	desc: boolean,
	tie: (a: R, b: R) => number
): R[] {
	const sign = desc ? -1 : 1;
	return [...rows].sort((a, b) => {
		const [x, y] = [value(a), value(b)];
		const c =
			typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
		return c ? sign * c : tie(a, b);
	});
}

export interface SortState<K extends string> {
	key: K;
	desc: boolean;
}

/** A click on column k's header. */
export function nextSort<K extends string>(
	s: SortState<K>,
	k: K,
	firstDesc: (k: K) => boolean
): SortState<K> {
	return s.key === k ? { key: k, desc: !s.desc } : { key: k, desc: firstDesc(k) };
}
