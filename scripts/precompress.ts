/**
 * Writes a brotli (.br) and a gzip (.gz) copy next to every text, JSON, wasm and Parquet file of
 * the built site, so that a host (scripts/serve.ts, nginx gzip_static/brotli_static, Caddy
 * `precompressed`; README "Deploying") sends the smaller copy without compressing on the fly.
 * Run by `npm run build` after `vite build`.
 *
 *   tsx scripts/precompress.ts [build]
 *
 * Brotli quality, chosen for CI's time budget (a fresh clone builds everything once; node:zlib
 * on this machine, idle):
 *   - 5 for the pages (index.html, __data.json) and the per-AC snapshots (data/snapshot/ac/):
 *     over a thousand files, new with every build. An AC page of 39 kB: 11.3 kB at 5 in 3 ms,
 *     9.7 kB at 10 in 220 ms; an AC snapshot of 86 kB: 20.3 kB at 5 in 25 ms, 17.0 kB at 11 in
 *     0.7 s (under load). At 10–11 they took minutes of the build.
 *   - 9 for wasm (DuckDB's 34.2 MB engine: 5.89 MB in 9 s; 11 gives 5.19 MB but takes 67 s, every
 *     time in CI, whose clone has no cache).
 *   - 11 for the other text, JSON and JS/CSS of the app (10 under 32 kB); copies over 32 kB kept
 *     in node_modules/.cache/kshetra/precompress/ by content hash.
 *   - 6 for Parquet: its pages are already zstd-compressed (booths.parquet 4.01 MB: 3.62 MB at 6
 *     in 0.1 s, 3.58 MB at 11 in 11 s).
 * gzip at level 9 for all. A copy is written only when it is smaller than the file. Copies are
 * written for files of at least 1 kB (below that, headers outweigh the saving).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** The files a host should send compressed, by extension. */
export const COMPRESSED_TYPES =
	/\.(html|js|mjs|css|json|geojson|svg|webmanifest|csv|txt|xml|wasm|parquet)$/;
const MIN_BYTES = 1024;
const CACHE_OVER = 32_000;
const CACHE = 'node_modules/.cache/kshetra/precompress';

function* walk(dir: string): Generator<string> {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) yield* walk(p);
		else if (COMPRESSED_TYPES.test(e.name)) yield p;
	}
}

/** Pages and per-AC snapshots: many, and new with every build (see the top of this file). */
const MANY = /(^|\/)(index\.html|__data\.json)$|(^|\/)data\/snapshot\/ac\//;

/** The brotli quality of a file (see the top of this file). */
export function qualityOf(file: string, bytes: number): number {
	if (file.endsWith('.parquet')) return 6;
	if (MANY.test(file)) return 5;
	if (file.endsWith('.wasm')) return 9;
	return bytes < CACHE_OVER ? 10 : 11;
}

async function brotli(body: Buffer, quality: number): Promise<Buffer> {
	const params = {
		[constants.BROTLI_PARAM_QUALITY]: quality,
		[constants.BROTLI_PARAM_SIZE_HINT]: body.length,
		[constants.BROTLI_PARAM_LGWIN]: 24
	};
	if (body.length < CACHE_OVER || quality < 10) return br(body, { params });
	const key = createHash('sha256').update(body).digest('hex');
	const cached = join(CACHE, `${key}-q${quality}.br`);
	if (existsSync(cached)) return readFileSync(cached);
	const out = await br(body, { params });
	mkdirSync(CACHE, { recursive: true });
	writeFileSync(cached, out);
	return out;
}

export interface Compressed {
	file: string;
	bytes: number;
	br: number | null;
	gz: number | null;
}

/** Writes the copies; returns each file's size and its copies' sizes (null: not written). */
export async function precompress(dir: string): Promise<Compressed[]> {
	const files = [...walk(dir)].filter((f) => statSync(f).size >= MIN_BYTES);
	const out: Compressed[] = [];
	// zlib's async calls run on libuv's thread pool: a few at a time keeps both cores busy.
	const queue = files.slice().sort((a, b) => statSync(b).size - statSync(a).size);
	const worker = async () => {
		for (let f = queue.shift(); f; f = queue.shift()) {
			const body = readFileSync(f);
			const [b, g] = await Promise.all([
				brotli(body, qualityOf(relative(dir, f), body.length)),
				gz(body, { level: 9 })
			]);
			const row: Compressed = { file: relative(dir, f), bytes: body.length, br: null, gz: null };
			if (b.length < body.length) {
				writeFileSync(`${f}.br`, b);
				row.br = b.length;
			}
			if (g.length < body.length) {
				writeFileSync(`${f}.gz`, g);
				row.gz = g.length;
			}
			out.push(row);
		}
	};
	await Promise.all([worker(), worker(), worker()]);
	return out.sort((a, b) => a.file.localeCompare(b.file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'build';
	const t = Date.now();
	const rows = await precompress(dir);
	const sum = (k: 'bytes' | 'br' | 'gz') => rows.reduce((s, r) => s + (r[k] ?? r.bytes), 0);
	const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
	console.log(
		`precompress: ${rows.length} files in ${dir}/, ${mb(sum('bytes'))} → brotli ${mb(sum('br'))}, gzip ${mb(sum('gz'))} (${((Date.now() - t) / 1000).toFixed(1)} s)`
	);
}
