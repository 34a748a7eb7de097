import { describe, expect, it } from 'vitest';
import { qualityOf } from '../../../scripts/precompress.ts';

// The brotli quality decides most of the build's time (scripts/precompress.ts: quality 10-11 on
// the 1,200 pages and 403 AC snapshots took minutes); these are the files of a real build.
describe('precompress qualityOf', () => {
	it('compresses the many small files that change with each build fast', () => {
		expect(qualityOf('seat/43/ac/213/index.html', 17_786)).toBe(5);
		expect(qualityOf('seat/43/__data.json', 3_702)).toBe(5);
		expect(qualityOf('index.html', 147_539)).toBe(5);
		expect(qualityOf('data/snapshot/ac/213.json', 86_209)).toBe(5);
	});
	it('keeps Parquet at 6, wasm at 9, the app at 10-11', () => {
		expect(qualityOf('data/booths.parquet', 4_010_000)).toBe(6);
		expect(qualityOf('_app/immutable/assets/duckdb-eh.wasm', 34_200_000)).toBe(9);
		expect(qualityOf('_app/immutable/chunks/Cyj9Z3sn.js', 1_106_830)).toBe(11);
		expect(qualityOf('_app/immutable/chunks/Z5mkRBLf.js', 572_260)).toBe(11);
		expect(qualityOf('data/snapshot/common.json', 20_000)).toBe(10);
	});
});
