/**
 * A few columns of one of the site's small Parquet files as plain objects, read with hyparquet
 * straight from the server (no need to wait for DuckDB); BIGINTs become numbers.
 *
 *   await readObjects<{ ac_no: number }>('booth_coverage.parquet', ['ac_no'])
 */
import { asyncBufferFromUrl, cachedAsyncBuffer, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { dataUrl } from './index.ts';

export async function readObjects<T>(file: string, columns: string[]): Promise<T[]> {
	const url = new URL(dataUrl(file), location.href).href;
	const buffer = cachedAsyncBuffer(await asyncBufferFromUrl({ url }));
	const rows = await parquetReadObjects({ file: buffer, columns, compressors });
	return rows.map((r) =>
		Object.fromEntries(
			Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])
		)
	) as T[];
}
