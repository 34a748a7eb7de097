/**
 * Pairing TCPD's candidate rows (totals with postal ballots) with ElectionLens's records (EVM votes
 * by segment), and the bound on a plausible postal vote (data/pipeline/results.ts).
 */
import { describe, expect, it } from 'vitest';
import { pairTcpd, postalBound } from '../../../data/pipeline/results.ts';
import type { ElCandidate, TcpdRow } from '../../../data/pipeline/sources.ts';

const t = (candidate: string, party: string, votes: number): TcpdRow => ({
	line: 0,
	year: 2019,
	pc_no: 50,
	position: 0,
	candidate,
	party,
	votes,
	valid_votes: 0,
	electors: 0,
	turnout_pct: 0
});
const e = (name: string, party: string, votes: number): ElCandidate => ({
	name,
	party,
	votes,
	position: 0
});

describe('pairTcpd', () => {
	it('gives each of two namesakes of one party its own TCPD row (LS2019 PC 50)', () => {
		// TCPD: two independents named SHAILENDRA KUMAR, 26,967 and 8,011 votes; ElectionLens kept
		// only the 8,009-vote one.
		const big = t('SHAILENDRA KUMAR', 'IND', 26967);
		const small = t('SHAILENDRA KUMAR', 'IND', 8011);
		const el = e('SHAILENDRA KUMAR', 'IND', 8009);
		const { pairs, unpaired } = pairTcpd([big, small], [el]);
		expect(unpaired).toEqual([]);
		expect(pairs.find((p) => p.t === small)?.e).toBe(el);
		expect(pairs.find((p) => p.t === big)?.e).toBeNull();
	});

	it('pairs names one source shortened or spaced differently, and NOTA with NOTA', () => {
		const rows = [
			t('MANOJ KUMAR S/O RAM NARESH SINGH', 'IND', 1552),
			t('DR.MAHESH  SHARMA', 'BJP', 599702),
			t('NOTA', 'NOTA', 4284)
		];
		const els = [
			e('O RAM NARESH SINGH', 'IND', 1552),
			e('DR.MAHESH SHARMA', 'BJP', 599174),
			e('None of the Above', 'NOTA', 4277)
		];
		const { pairs, unpaired } = pairTcpd(rows, els);
		expect(unpaired).toEqual([]);
		expect(pairs.map((p) => [p.t.candidate, p.e?.name, p.by])).toEqual([
			['MANOJ KUMAR S/O RAM NARESH SINGH', 'O RAM NARESH SINGH', 'spelling'],
			['DR.MAHESH  SHARMA', 'DR.MAHESH SHARMA', 'name'],
			['NOTA', 'None of the Above', 'name']
		]);
	});

	it('leaves an ElectionLens candidate with no TCPD row unpaired', () => {
		const stray = e('SOMEONE ELSE', 'XYZ', 100);
		expect(pairTcpd([t('A B', 'BJP', 10)], [stray]).unpaired).toEqual([stray]);
	});
});

describe('postalBound', () => {
	it('is max(500, 3% of the votes)', () => {
		expect(postalBound(0)).toBe(500);
		expect(postalBound(16_666)).toBe(500);
		expect(postalBound(100_000)).toBe(3000);
		// LS2024's largest postal vote for one candidate: 3,518 of 5,27,005 (ECI, Basti).
		expect(3518).toBeLessThanOrEqual(postalBound(527005) * 0.25);
	});
});
