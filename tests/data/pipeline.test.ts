/**
 * The pipeline (npm run data): re-running it reproduces the committed static/data byte for byte,
 * and a broken source makes it fail with a message naming the unit, writing nothing.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckFailed, Report } from '../../data/pipeline/report.ts';
import { int } from '../../data/pipeline/sources.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'kshetra-pipeline-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function pipeline(out: string, env: Record<string, string> = {}) {
	return run('npx', ['tsx', 'data/pipeline/run.ts', '--out', out], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		maxBuffer: 1 << 24
	});
}

describe('npm run data', () => {
	it('reproduces the committed static/data exactly', { timeout: 120_000 }, async () => {
		const out = join(tmp, 'again');
		await pipeline(out);
		const committed = JSON.parse(readFileSync(join(ROOT, 'static/data/manifest.json'), 'utf8'));
		const fresh = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(fresh).toEqual(committed);
		for (const f of committed.files as { file: string; sha256: string }[]) {
			const hash = createHash('sha256')
				.update(readFileSync(join(ROOT, 'static/data', f.file)))
				.digest('hex');
			expect(hash, `static/data/${f.file} is not what the pipeline writes; run npm run data`).toBe(
				f.sha256
			);
		}
	});

	it(
		'fails naming the PC and candidate when segment votes stop adding up',
		{ timeout: 120_000 },
		async () => {
			const raw = join(tmp, 'raw');
			cpSync(join(ROOT, 'data/raw/results'), join(raw, 'results'), { recursive: true });
			cpSync(join(ROOT, 'data/raw/boundaries'), join(raw, 'boundaries'), { recursive: true });
			const file = join(raw, 'results/electionlens_up/pc_UP_2024.json');
			const data = JSON.parse(readFileSync(file, 'utf8'));
			const awasthi = data['UP-43'].candidates.find(
				(c: { name: string }) => c.name === 'RAMESH AWASTHI'
			);
			awasthi.acWiseVotes[1].votes += 1000; // Sishamau
			writeFileSync(file, JSON.stringify(data));
			const out = join(tmp, 'broken-out');
			const failure = await pipeline(out, { KSHETRA_RAW: raw }).then(
				() => null,
				(e: { code: number; stderr: string }) => e
			);
			expect(failure?.code).toBe(1);
			expect(failure?.stderr).toContain('LS2024');
			expect(failure?.stderr).toContain('PC 43 candidate RAMESH AWASTHI');
			expect(failure?.stderr).toContain('segments sum to 441609, PC EVM votes 440609');
			expect(existsSync(join(out, 'results.parquet'))).toBe(false);
		}
	);
});

describe('pipeline checks', () => {
	it('name every failing unit', () => {
		const report = new Report();
		const run = () =>
			report.check(
				'winners agree',
				[212, 213, 214],
				(ac) => `AC ${ac}`,
				(ac) => (ac === 212 ? null : `differs in ${ac}`)
			);
		expect(run).toThrow(CheckFailed);
		expect(run).toThrow(
			/failed for AC 213: differs in 213\n {2}and 1 more: AC 214 \(differs in 214\)/
		);
		expect(report.checks).toEqual([]);
	});

	it('parse whole numbers with Indian grouping and say where a bad cell is', () => {
		expect(int('16,11,248', 'x')).toBe(1611248);
		expect(() => int('SHS', 'candidates-2012.csv row 916 column TOTVOTPOLL')).toThrow(
			'candidates-2012.csv row 916 column TOTVOTPOLL: expected a whole number, got "SHS"'
		);
	});
});
