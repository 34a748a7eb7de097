import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	AE2017_KANPUR_ACS,
	FORM20_AE2017_DIR,
	checkAe2017AgainstResults,
	readAe2017Form20,
	type Ae2017Booth
} from '../../../data/pipeline/form20-ae2017.ts';

const RAW = join(import.meta.dirname, '..', '..', '..', 'data', 'raw');
const booths = new Map<number, Ae2017Booth[]>(
	AE2017_KANPUR_ACS.map((ac) => [ac, readAe2017Form20(ac, RAW)])
);
const sum = (ac: number, party: string) =>
	booths.get(ac)!.reduce((s, b) => s + b.votes.find((v) => v.party === party)!.votes, 0);

describe('readAe2017Form20', () => {
	it.each([
		{ ac: 212, rows: 345 },
		{ ac: 213, rows: 253 },
		{ ac: 214, rows: 249 },
		{ ac: 215, rows: 319 },
		{ ac: 216, rows: 312 }
	])('AC $ac has $rows polling stations, numbered 1…n', ({ ac, rows }) => {
		const b = booths.get(ac)!;
		expect(b).toHaveLength(rows);
		expect(b.map((x) => x.part_no)).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
		expect(b.every((x) => x.ac_no === ac)).toBe(true);
	});

	it('finds 1,478 polling stations in all', () => {
		expect([...booths.values()].reduce((s, b) => s + b.length, 0)).toBe(1478);
	});

	it('gives every booth one vote entry per candidate column with ElectionLens parties, NOTA last', () => {
		for (const b of booths.values()) {
			const cols = b[0].votes.map((v) => `${v.candidate}|${v.party}`);
			for (const x of b) expect(x.votes.map((v) => `${v.candidate}|${v.party}`)).toEqual(cols);
			expect(b[0].votes.at(-1)).toMatchObject({ candidate: 'None of the Above', party: 'NOTA' });
			expect(b.every((x) => x.total === x.votes.reduce((s, v) => s + v.votes, 0))).toBe(true);
		}
		expect(booths.get(213)![0].votes.map((v) => v.party)).toEqual([
			'SP',
			'BSP',
			'BJP',
			'BKS',
			'BHAIP',
			'RUC',
			'BPA',
			'UPRP',
			'IND',
			'NOTA'
		]);
	});

	it('converts the Kruti Dev names of 212–214 and keeps the raw string; 215–216 stay English', () => {
		const b213 = booths.get(213)!;
		expect(b213[0]).toMatchObject({
			name_raw: 'ysnj ofdZax bLVhV~;wV lwVjxat',
			name: 'लेदर वर्किंग इस्टीट्यूट सूटरगंज', // "Leather Working Institute, Soutarganj"
			name_lang: 'hi'
		});
		expect(b213[16].name).toBe('दयानन्द हंसमुखी देवी गर्ल्स इ.का. 12/481 मकराबर्टगंज कक्ष सं. 3');
		expect(booths.get(212)![344].name).toBe('सिंधी संघ धर्मशाला कक्ष सं. 8');
		expect(booths.get(212)![0].ac_no).toBe(212); // blank AC cell in 212
		expect(booths.get(215)![0]).toMatchObject({
			name_lang: 'en',
			name: booths.get(215)![0].name_raw
		});
		for (const ac of [212, 213, 214])
			expect(
				booths.get(ac)!.every((x) => /[\u0900-\u097F]/.test(x.name) && !/[a-zA-Z]/.test(x.name))
			).toBe(true);
	});

	it('reads the numbers of a booth row (213 PS 1, as printed in the file)', () => {
		const b = booths.get(213)![0];
		expect(b).toMatchObject({
			electors: 908,
			voters_male: 229,
			voters_female: 179,
			voters_other: 0,
			voters_total: 408,
			tendered: 0,
			rejected: 0, // blank in every 213 row
			total: 408,
			total_printed: 727 // 213's printed total column does not add up
		});
		expect(b.votes.map((v) => v.votes)).toEqual([93, 37, 268, 2, 0, 2, 0, 1, 3, 2]);
	});
});

describe('checkAe2017AgainstResults', () => {
	it.each(AE2017_KANPUR_ACS)('AC %i: booth sums reconcile with the declared result', (ac) => {
		const check = checkAe2017AgainstResults(ac, booths.get(ac)!, RAW);
		expect(check.problems).toEqual([]);
		// the declared result includes postal ballots, the booth rows do not
		for (const d of check.postal) expect(d.booth_sum + d.postal).toBe(d.declared);
		expect(check.known).toEqual(
			ac === 213
				? [
						{
							candidate: 'None of the Above',
							party: 'NOTA',
							booth_sum: 786,
							postal: 0,
							declared: 791
						}
					]
				: []
		);
	});

	it('Sishamau (213): SP HAZI IRFAN SOLANKI wins with 72,509 booth votes + 521 postal = 73,030 declared', () => {
		const check = checkAe2017AgainstResults(213, booths.get(213)!, RAW);
		expect(check.postal.find((d) => d.party === 'SP')).toEqual({
			candidate: 'HAZI IRFAN SOLANKI',
			party: 'SP',
			booth_sum: 72509,
			postal: 521,
			declared: 73030
		});
		expect(sum(213, 'SP')).toBeGreaterThan(sum(213, 'BJP')); // 72,509 vs 66,697
		const winner = booths
			.get(213)![0]
			.votes.map((v) => v.party)
			.sort((a, b) => sum(213, b) - sum(213, a))[0];
		expect(winner).toBe('SP');
	});

	it('reports a changed booth as a problem naming the AC and the candidate column', () => {
		const tampered = booths
			.get(214)!
			.map((b, i) =>
				i === 0
					? { ...b, votes: b.votes.map((v, k) => (k === 2 ? { ...v, votes: v.votes + 1 } : v)) }
					: b
			);
		expect(checkAe2017AgainstResults(214, tampered, RAW).problems).toEqual([
			'AC 214 column "votes of candidate 3" (SALIL VISHNOI, BJP): booth sum 64898 ≠ 64897 in the file\'s "TOTAL EVM Votes" row',
			'AC 214 column "votes of candidate 3" (SALIL VISHNOI, BJP): booth sum 64898 + postal 373 ≠ declared 65270'
		]);
	});
});

describe('a corrupted copy of the file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'form20-ae2017-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	cpSync(join(RAW, FORM20_AE2017_DIR), join(dir, FORM20_AE2017_DIR), { recursive: true });
	cpSync(
		join(RAW, 'results', 'electionlens_up', 'ac_UP_2017.json'),
		join(dir, 'results', 'electionlens_up', 'ac_UP_2017.json')
	);

	it('names the file, page, row and column of a vote cell that is not a number', () => {
		// 213: candidate 3's "Votes Secured" column is at x=1982; page 4 has no header rows, so its
		// 12th row of cells is its 12th polling station.
		const file = join(dir, FORM20_AE2017_DIR, '213.xml');
		const xml = readFileSync(file, 'utf8');
		const cells = [
			...xml.matchAll(/<cell h="\d+" p="4" w="\d+" x="1982" y="2060">\s*\d+\s*<\/cell>/g)
		];
		const target = cells[11];
		writeFileSync(
			file,
			xml.slice(0, target.index) +
				target[0].replace(/>\s*\d+\s*</, '>l3<') +
				xml.slice(target.index + target[0].length)
		);
		expect(() => readAe2017Form20(213, dir)).toThrow(
			'form20_ae2017_kanpur_raw/213.xml page 4 row 12 column "votes of candidate 3": expected a whole number, got "l3"'
		);
	});
});
