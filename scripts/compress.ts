/**
 * npm run build ends here: writes a brotli (.br) and a gzip (.gz) copy next to every text, JSON,
 * GeoJSON and wasm file of build/ (not Parquet, see below), for hosts that serve precompressed files
 * (scripts/serve.ts, nginx gzip_static/brotli_static, see the README's deployment notes).
 *
 *   npx tsx scripts/compress.ts [build]   → "build/: 2,130 files, 118.2 MB → br 21.0 MB, gz 27.9 MB …"
 *
 * A copy is skipped when it saves less than 5% (a host then sends the file itself). Parquet gets
 * no copies: its pages are ZSTD already (measured: the small tables save under 4%, the two booth
 * files 7–8% with brotli, 3% with gzip), the site only ever reads it by byte ranges (which
 * browsers ask for uncompressed), and a host that serves precompressed copies (nginx
 * gzip_static) answers HEAD with the copy's length, where the Parquet reader then looks for the
 * footer ("footer != PAR1"). So Parquet is always sent as it is.
 *
 * Build time: files up to 1 MB (the pages, the app's chunks, the GeoJSON a map draws first) get
 * brotli quality 10: measured over the app's 76 JS chunks, q11 is 1.437 MB in 14.1 s of CPU, q10
 * 1.469 MB in 6.6 s, q9 1.557 MB in 1.3 s (the GeoJSON: 155, 166, 226 kB in 2.7, 1.2, 0.3 s), so
 * q11 doubled the step's time for 2% fewer bytes. Larger files (DuckDB's 34 MB wasm) quality 9:
 * on the wasm q5 is 6.19 MB in 1.8 s of CPU, q7 6.01 MB in 4.4 s, q9 5.92 MB in 9.4 s, q11 over a
 * minute; a cold booth view received 8.24 MB with the q5 wasm (target 8 MB), so q9, once per
 * build (the cache below keeps it). gzip: level 9 up to 1 MB, else 6 (the wasm: 7.68 MB at 9 in
 * 1.7 s, 7.71 MB at 6 in 1.1 s). The work runs in zlib's thread pool (both cores).
 *
 * Copies are cached by content in node_modules/.cache/kshetra-compress/ (a rebuild with the same
 * files compresses nothing again; entries this command did not use are removed), off with
 * KSHETRA_COMPRESS_CACHE=0. A fresh clone (CI) starts without it.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The files a host should send compressed (Parquet: see above, none). */
export const COMPRESSIBLE =
	/\.(html|js|mjs|css|json|geojson|svg|wasm|csv|txt|xml|webmanifest|map)$/;
/** A copy that saves less than this share of the file is not written. */
export const MIN_SAVING = 0.05;

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Brotli quality by size: the best for what a first visit needs, cheaper for multi-MB files. */
export function brotliQuality(bytes: number): number {
	return bytes <= 1 << 20 ? 10 : 9;
}
export const gzipLevel = (bytes: number) => (bytes <= 1 << 20 ? 9 : 6);

export interface Compressed {
	file: string;
	raw: number;
	/** null: no copy written (it saved less than MIN_SAVING) */
	br: number | null;
	gz: number | null;
}

const CACHE = 'node_modules/.cache/kshetra-compress';

async function encode(
	data: Buffer,
	kind: 'br' | 'gz',
	cache: string | null,
	used: Set<string>
): Promise<Buffer> {
	const level = kind === 'br' ? brotliQuality(data.length) : gzipLevel(data.length);
	const key = cache
		? join(cache, `${createHash('sha256').update(data).digest('hex').slice(0, 32)}.${kind}${level}`)
		: null;
	if (key) {
		used.add(key);
		if (existsSync(key)) return readFileSync(key);
	}
	const out =
		kind === 'br'
			? await br(data, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: level,
						[constants.BROTLI_PARAM_SIZE_HINT]: data.length
					}
				})
			: await gz(data, { level });
	if (key) writeFileSync(key, out);
	return out;
}

/** Every compressible file under `dir` (not the copies themselves). */
function filesOf(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
		.map((e) => join(e.parentPath, e.name));
}

/** Writes file.br and file.gz next to each compressible file of `dir`; removes stale copies. */
export async function compressDir(
	dir: string,
	o: { cache?: boolean; concurrency?: number; prune?: boolean } = {}
): Promise<Compressed[]> {
	const cache = (o.cache ?? process.env.KSHETRA_COMPRESS_CACHE !== '0') ? CACHE : null;
	if (cache) mkdirSync(cache, { recursive: true });
	const used = new Set<string>();
	// Largest first, so the wasm does not start last while the other core idles.
	const files = filesOf(dir).sort((a, b) => statSync(b).size - statSync(a).size);
	const results: Compressed[] = [];
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const file = files[next++];
			const data = readFileSync(file);
			const r: Compressed = { file: relative(dir, file), raw: data.length, br: null, gz: null };
			for (const kind of ['br', 'gz'] as const) {
				const copy = `${file}.${kind}`;
				const out = await encode(data, kind, cache, used);
				if (out.length <= data.length * (1 - MIN_SAVING)) {
					writeFileSync(copy, out);
					r[kind] = out.length;
				} else rmSync(copy, { force: true });
			}
			results.push(r);
		}
	};
	await Promise.all(
		Array.from({ length: o.concurrency ?? Math.max(2, availableParallelism()) }, worker)
	);
	if (cache && o.prune)
		for (const name of readdirSync(cache))
			if (!used.has(join(cache, name))) rmSync(join(cache, name), { force: true });
	return results.sort((a, b) => b.raw - a.raw);
}

const MB = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'build';
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const results = await compressDir(dir, { prune: true });
	const cpu = process.cpuUsage(cpu0);
	const sum = (f: (r: Compressed) => number) => results.reduce((s, r) => s + f(r), 0);
	console.log(
		`${dir}/: ${results.length.toLocaleString('en')} files, ${MB(sum((r) => r.raw))} → ` +
			`br ${MB(sum((r) => r.br ?? r.raw))}, gz ${MB(sum((r) => r.gz ?? r.raw))} ` +
			`(${results.filter((r) => r.br === null).length} without .br, ` +
			`${results.filter((r) => r.gz === null).length} without .gz: they save < ${MIN_SAVING * 100}%), ` +
			`${((performance.now() - t0) / 1000).toFixed(1)} s, ` +
			`${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`
	);
	if (process.env.KSHETRA_COMPRESS_REPORT)
		for (const r of results.slice(0, Number(process.env.KSHETRA_COMPRESS_REPORT)))
			console.log(`  ${r.file}\t${r.raw}\tbr ${r.br ?? '-'}\tgz ${r.gz ?? '-'}`);
}
