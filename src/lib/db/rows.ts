/**
 * The one place where database values become plain JavaScript: BigInt (DuckDB BIGINT/HUGEINT) to
 * number, so that components and tests never see two kinds of integer.
 *
 *   plainRow({ n: 3n, name: 'Sishamau' }) → { n: 3, name: 'Sishamau' }
 */
export function plainValue(v: unknown): unknown {
	if (typeof v === 'bigint') {
		if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
			throw new RangeError(`integer ${v} is too large for a JavaScript number`);
		return Number(v);
	}
	return v;
}

export function plainRow<T>(row: Record<string, unknown>): T {
	const out: Record<string, unknown> = {};
	for (const k in row) out[k] = plainValue(row[k]);
	return out as T;
}

/** What Kshetra reads of an Arrow row (a StructRow): its values by column name. */
export interface ArrowRow {
	toJSON(): Record<string, unknown>;
}

/**
 * The rows of an Arrow table as plain objects of the shape the query's SQL names (the one
 * place an Arrow result becomes typed rows; duckdb-wasm types its results as `Table<any>`).
 */
export function arrowRows<T>(table: { toArray(): ArrowRow[] }): T[] {
	return table.toArray().map((r) => plainRow<T>(r.toJSON()));
}
