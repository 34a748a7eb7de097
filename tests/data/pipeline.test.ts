/**
 * The pipeline (npm run data): re-running it reproduces the committed static/data byte for byte,
 * and a broken source (LS2024 segment votes, an LS2014 Form 20 booth column) makes it fail with a
 * message naming the unit, writing nothing.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
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

	it(
		'fails naming the AC and column when an LS2014 booth column stops adding up, and writes nothing',
		{ timeout: 180_000 },
		async () => {
			// A copy of data/raw whose Sishamau (AC 213) Form 20 gives booth 1 one more vote for Joshi
			// (252 → 253) and one more in its "Total Votes Secured" (364 → 365), so the row itself still
			// adds up and only the booth sum against the segment result can notice.
			const raw = join(tmp, 'raw-ls2014');
			for (const dir of ['results', 'boundaries', 'booth/form20_ls2014_up'])
				cpSync(join(ROOT, 'data/raw', dir), join(raw, dir), { recursive: true });
			const file = join(raw, 'booth/form20_ls2014_up/213.csv');
			const lines = readFileSync(file, 'utf8').split('\n');
			const booth1 = '1,"LEATHER WORKING INSTITUTE SOUTERGANJ ROOM 1",484,366,0,850,205,159,0,364,288,0,';
			expect(lines[2]).toBe(`${booth1}252,23,6,69,2,0,0,1,0,5,0,0,0,0,1,2,2,0,0,0,0,1,364`);
			lines[2] = `${booth1}253,23,6,69,2,0,0,1,0,5,0,0,0,0,1,2,2,0,0,0,0,1,365`;
			writeFileSync(file, lines.join('\n'));
			// A previous output in the target, which a failed run must leave as it was.
			const out = join(tmp, 'ls2014-out');
			mkdirSync(out);
			writeFileSync(join(out, 'previous.txt'), 'kept');
			const failure = await pipeline(out, { KSHETRA_RAW: raw }).then(
				() => null,
				(e: { code: number; stderr: string }) => e
			);
			expect(failure?.code).toBe(1);
			// Joshi's Sishamau EVM votes: 67,668 in ElectionLens (pc_UP_2014.json, UP-43 acWiseVotes)
			// and in the untouched Form 20; the copy sums to 67,669.
			expect(failure?.stderr).toContain(
				'LS2014 AC 213: booth/form20_ls2014_up/213.csv column "1 - DR.MURLI MANOHAR JOSHI" adds up to 67669 over 252 booths, but the segment result is 67668 (not in the reviewed baseline)'
			);
			expect(readdirSync(out)).toEqual(['previous.txt']);
			expect(readFileSync(join(out, 'previous.txt'), 'utf8')).toBe('kept');
			const partial = `${out}.partial`;
			expect(existsSync(partial) ? readdirSync(partial, { recursive: true }) : []).toEqual([]);
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
