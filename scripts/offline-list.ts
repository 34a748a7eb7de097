/**
 * Writes build/offline.json (src/lib/offline/caches.ts OfflineList): every file the site can keep
 * for offline use, with its size, its brotli copy's size and, for the pipeline's files, the sha256
 * the data manifest gives. Data files come from the data manifest (static/data/manifest.json), so
 * the size "keep all of Uttar Pradesh" says it takes follows the data, whatever its size. Run by
 * `npm run build` after scripts/precompress.ts.
 *
 *   tsx scripts/offline-list.ts [build]
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { ListedFile, OfflineList } from '../src/lib/offline/caches.ts';
import { dataVersion } from './data-version.ts';

function* walk(dir: string): Generator<string> {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) yield* walk(p);
		else yield p;
	}
}

export function offlineList(dir: string, manifestPath = 'static/data/manifest.json'): OfflineList {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
		files: { file: string; bytes: number; sha256: string }[];
	};
	const app = (
		JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as { version: string }
	).version;
	const size = (url: string) => statSync(join(dir, url)).size;
	const br = (url: string) => (existsSync(join(dir, `${url}.br`)) ? { br: size(`${url}.br`) } : {});
	const files: ListedFile[] = manifest.files.map((f) => ({
		url: `data/${f.file}`,
		bytes: f.bytes,
		...br(`data/${f.file}`),
		sha256: f.sha256,
		group: 'data'
	}));
	const listed = new Set(files.map((f) => f.url));
	for (const path of walk(dir)) {
		const url = relative(dir, path).split(sep).join('/');
		if (/\.(br|gz)$/.test(url) || listed.has(url)) continue;
		// the benchmark's pages, the update check, the worker (the browser keeps it) and this list
		// itself are not kept
		if (
			url.startsWith('dev/') ||
			['_app/version.json', 'service-worker.js', 'offline.json'].includes(url)
		)
			continue;
		let entry: ListedFile;
		if (url.endsWith('index.html'))
			entry = { url: url.slice(0, -'index.html'.length), bytes: size(url), group: 'page' };
		else if (url === '__data.json' || url.endsWith('/__data.json'))
			entry = { url, bytes: size(url), group: 'page' };
		else if (url.startsWith('data/'))
			entry = {
				url,
				bytes: size(url),
				group: url.startsWith('data/snapshot/ac/') ? 'derived' : 'data'
			};
		else if (url.endsWith('.wasm')) entry = { url, bytes: size(url), group: 'engine' };
		else entry = { url, bytes: size(url), group: 'shell' };
		files.push({ ...entry, ...br(url) });
	}
	files.sort((a, b) => a.url.localeCompare(b.url));
	return { app, data: dataVersion(), files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'build';
	const list = offlineList(dir);
	const body = Buffer.from(JSON.stringify(list));
	writeFileSync(join(dir, 'offline.json'), body);
	writeFileSync(
		join(dir, 'offline.json.br'),
		brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
	);
	writeFileSync(join(dir, 'offline.json.gz'), gzipSync(body, { level: 9 }));
	const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
	const by = new Map<string, number>();
	for (const f of list.files) by.set(f.group, (by.get(f.group) ?? 0) + f.bytes);
	console.log(
		`offline.json: ${list.files.length} files; ${[...by].map(([g, b]) => `${g} ${mb(b)}`).join(', ')}`
	);
}
