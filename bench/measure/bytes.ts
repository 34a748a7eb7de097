/**
 * Row 4: bytes received before the first map and by the time the page is interactive, split into
 * code (js/css/html), wasm, data (Parquet/GeoJSON/CSV/JSON under /data/), fonts and other. The
 * static server (scripts/serve.ts) sends files uncompressed; `gzipEstimate` says what the same
 * files would weigh from a host that gzips (as most static hosts do), for the slow-network row.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CATEGORIES, categorize, type Category } from '../lib/net.ts';
import { mb } from '../lib/stats.ts';
import type { SeatVisit } from './first-map.ts';

export type Bytes = Record<Category | 'total', number>;

/** "37.5 MB: code 2.4 MB, wasm 34.2 MB, …" */
export function describe(b: Bytes): string {
	return `${mb(b.total)} (${CATEGORIES.filter((c) => b[c])
		.map((c) => `${c} ${mb(b[c])}`)
		.join(', ')})`;
}

const gzCache = new Map<string, number>();

/** Bytes of what was fetched before the first map if every whole-file response were gzipped. */
export function gzipEstimate(visit: SeatVisit, buildDir: string): Bytes {
	const out: Bytes = { code: 0, wasm: 0, data: 0, fonts: 0, other: 0, total: 0 };
	for (const f of visit.fetchedFirstMap) {
		let bytes = f.bytes;
		const file = join(
			buildDir,
			decodeURIComponent(f.path),
			f.path.endsWith('/') ? 'index.html' : ''
		);
		if (f.status === 200 && existsSync(file) && statSync(file).isFile()) {
			if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 6 }).length);
			bytes = Math.min(bytes, gzCache.get(file)!);
		}
		const c = categorize(f.path);
		out[c] += bytes;
		out.total += bytes;
	}
	return out;
}
