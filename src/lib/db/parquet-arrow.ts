/**
 * Reads a Parquet file with hyparquet (pure JS; DuckDB-wasm would have to download its parquet
 * extension from the internet, which Kshetra never does) into an Apache Arrow table with the
 * column types of tables.ts, ready for DuckDB-wasm's insertArrowTable. Runs in Node too, which is
 * how tests check that the browser sees the same rows as Node's DuckDB.
 *
 *   const table = await parquetToArrow(file, TABLES[0]);   // file: a hyparquet AsyncBuffer
 *   table.numRows → 45064
 */
import { parquetReadObjects, type AsyncBuffer } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Float64, Int32, Table, Utf8, vectorFromArray, type DataType } from 'apache-arrow';
import type { ColumnType, TableDef } from './tables.ts';

const arrowType = (t: ColumnType): DataType =>
	t === 'INTEGER' ? new Int32() : t === 'DOUBLE' ? new Float64() : new Utf8();

export async function parquetToArrow(file: AsyncBuffer, def: TableDef): Promise<Table> {
	const names = Object.keys(def.columns);
	const rows = (await parquetReadObjects({ file, columns: names, compressors })) as Record<
		string,
		unknown
	>[];
	const vectors = Object.fromEntries(
		names.map((name) => {
			const values = rows.map((r) => {
				const v = r[name];
				if (v === undefined)
					throw new Error(`${def.file}: column "${name}" is missing; re-run npm run data`);
				return typeof v === 'bigint' ? Number(v) : v;
			});
			return [name, vectorFromArray(values, arrowType(def.columns[name]))];
		})
	);
	return new Table(vectors);
}
