/**
 * The LS2014 Form 20 reader on a tampered copy of one AC's file. The booth-sum check against the
 * segment results (booths.ts) is tested on a whole pipeline run in tests/data/pipeline.test.ts;
 * here, the row check that comes first: one vote more for a candidate, without the row's total.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORM20_LS2014_DIR, readForm20Ls2014 } from '../../../data/pipeline/form20-ls2014.ts';

const RAW = join(import.meta.dirname, '..', '..', '..', 'data', 'raw');

describe('a tampered copy of 213.csv (Sishamau)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'form20-ls2014-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	cpSync(join(RAW, FORM20_LS2014_DIR, '213.csv'), join(dir, FORM20_LS2014_DIR, '213.csv'));

	it('reads the untouched copy: 252 booths, booth 1 Joshi 252 of 364', () => {
		const f = readForm20Ls2014(213, dir);
		expect(f.booths).toHaveLength(252);
		expect(f.candidates[0]).toEqual({ serial: 1, name: 'DR.MURLI MANOHAR JOSHI', nota: false });
		expect(f.booths[0]).toMatchObject({ part_no: 1, total: 364 });
		expect(f.booths[0].votes[0]).toBe(252);
	});

	it('names the file, row and column when a candidate column no longer adds up to the total', () => {
		const file = join(dir, FORM20_LS2014_DIR, '213.csv');
		const text = readFileSync(file, 'utf8');
		const row =
			'1,"LEATHER WORKING INSTITUTE SOUTERGANJ ROOM 1",484,366,0,850,205,159,0,364,288,0,252,';
		expect(text).toContain(row);
		writeFileSync(file, text.replace(row, row.replace(/252,$/, '253,')));
		expect(() => readForm20Ls2014(213, dir)).toThrow(
			'booth/form20_ls2014_up/213.csv row 3 column "Total Votes Secured": 364, but the candidate columns add up to 365'
		);
	});
});
