import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { benchLeaks } from '../../../scripts/check-build.ts';

/** A site build in a temporary folder: path → content. */
function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'kshetra-check-build-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	dirs.push(dir);
	return dir;
}
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('check-build: the site build has no benchmark pages', () => {
	it('passes a build of the site’s own pages', () => {
		const dir = site({
			'index.html': '<a href="./seat/43/">Kanpur</a>',
			'seat/43/index.html': '<title>Kanpur (PC 43) · Kshetra</title>',
			'_app/immutable/entry/app.js': 'const routes = ["/seat/[pc]", "/2027"];',
			'data/meta.parquet': 'PAR1 /dev/bench (binary data is not read)'
		});
		expect(benchLeaks(dir)).toEqual({ leaks: [], read: 3 });
	});

	it('names the page folder and the client manifest that carry a /dev/bench route', () => {
		const dir = site({
			'index.html': '<title>Kshetra</title>',
			'dev/bench/bare/index.html': '<title>Benchmark: bare MapLibre · Kshetra</title>',
			'_app/immutable/entry/app.js': 'const routes = ["/seat/[pc]", "/dev/bench/whatif"];'
		});
		expect(benchLeaks(dir).leaks.sort()).toEqual(['_app/immutable/entry/app.js', 'dev/']);
	});
});
