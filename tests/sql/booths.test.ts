/**
 * Booth tables against Form 20 as published (CEO Uttar Pradesh) and the official segment results.
 * Expected numbers are typed from the sources, not computed by the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/db.ts';
import { queries, run } from '../../src/lib/sql/index.ts';
import { openDb } from './helpers.ts';

let db: Db;
beforeAll(async () => {
	db = await openDb();
});
afterAll(() => db.close());

describe('LS2014 booths of Kanpur (PC 43, ACs 212–216)', () => {
	it('1,478 polling stations, 16,10,615 electors, Murli Manohar Joshi 4,74,487 EVM votes', async () => {
		const [t] = await db.query<{ booths: number; electors: number }>(
			"SELECT count(*)::INTEGER AS booths, sum(electors)::INTEGER AS electors FROM booths WHERE election_id = 'LS2014' AND ac_no BETWEEN 212 AND 216"
		);
		expect(t).toEqual({ booths: 1478, electors: 1610615 });
		const [j] = await db.query<{ votes: number }>(
			"SELECT sum(votes)::INTEGER AS votes FROM booth_results WHERE election_id = 'LS2014' AND ac_no BETWEEN 212 AND 216 AND candidate = 'DR.MURLI MANOHAR JOSHI'"
		);
		expect(j.votes).toBe(474487);
	});

	it('booth counts per AC as in the Form 20 files: 344, 252, 251, 330, 301', async () => {
		const rows = await db.query<{ ac_no: number; n: number }>(
			"SELECT ac_no, count(*)::INTEGER AS n FROM booths WHERE election_id = 'LS2014' AND ac_no BETWEEN 212 AND 216 GROUP BY ac_no ORDER BY ac_no"
		);
		expect(rows.map((r) => r.n)).toEqual([344, 252, 251, 330, 301]);
	});

	it('every Kanpur AC adds up exactly to its declared segment result', async () => {
		for (const ac of [212, 213, 214, 215, 216]) {
			const rows = await run<{ election_id: string; status: string; abs_diff: number }, 'ac_no'>(
				db,
				queries.boothCoverage,
				{ ac_no: ac }
			);
			expect(
				rows.find((c) => c.election_id === 'LS2014'),
				`AC ${ac}`
			).toMatchObject({ status: 'exact', abs_diff: 0 });
		}
	});

	it('Sishamau booth 1 (Leather Working Institute, Souterganj, room 1): Joshi 252, Jaiswal 69 of 364', async () => {
		const rows = await run<Record<string, unknown>, 'election_id' | 'ac_no' | 'ours'>(
			db,
			queries.acBooths,
			{
				election_id: 'LS2014',
				ac_no: 213,
				ours: 'INC'
			}
		);
		expect(rows).toHaveLength(252);
		expect(rows[0]).toMatchObject({
			part_no: 1,
			booth_name: 'LEATHER WORKING INSTITUTE SOUTERGANJ ROOM 1',
			electors: 850,
			voters: 364,
			valid_votes: 364,
			turnout_pct: 42.82,
			winner_party: 'BJP',
			winner_votes: 252,
			runner_up_party: 'INC',
			runner_up_votes: 69,
			margin: 183,
			ours_votes: 69,
			best_other_party: 'BJP',
			best_other_votes: 252,
			geometry_source: 'estimated'
		});
		expect(rows[0].top3).toBe('BJP 252 · INC 69 · BSP 23');
	});

	it("an alliance's parties are summed (SP and BSP here)", async () => {
		const rows = await run<
			{ part_no: number; ours_votes: number },
			'election_id' | 'ac_no' | 'ours'
		>(db, queries.acBooths, {
			election_id: 'LS2014',
			ac_no: 213,
			ours: 'SP,BSP'
		});
		// Booth 1: BSP (Saleem Ahmad) 23 + SP (Surendra Mohan Agarwal) 6.
		expect(rows[0].ours_votes).toBe(29);
	});
});

describe('AE2017 booths of Kanpur (Form 20, Kruti Dev names converted)', () => {
	it('1,478 polling stations: 345, 253, 249, 319, 312', async () => {
		const rows = await db.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM booths WHERE election_id = 'AE2017' GROUP BY ac_no ORDER BY ac_no"
		);
		expect(rows.map((r) => r.n)).toEqual([345, 253, 249, 319, 312]);
	});

	it("booth votes plus postal ballots are the declared result: Sishamau's Irfan Solanki 72,509 + 521 = 73,030", async () => {
		const [b] = await db.query<{ v: number }>(
			"SELECT sum(votes)::INTEGER AS v FROM booth_results WHERE election_id = 'AE2017' AND ac_no = 213 AND candidate = 'HAZI IRFAN SOLANKI'"
		);
		expect(b.v).toBe(72509);
		const [d] = await db.query<{ v: number }>(
			"SELECT votes AS v FROM results WHERE election_id = 'AE2017' AND level = 'AC' AND ac_no = 213 AND party = 'SP'"
		);
		expect(d.v).toBe(73030);
		const cov = await run<
			{ election_id: string; status: string; postal_votes: number; abs_diff: number },
			'ac_no'
		>(db, queries.boothCoverage, { ac_no: 213 });
		expect(cov.find((c) => c.election_id === 'AE2017')).toMatchObject({
			status: 'close',
			postal_votes: 1260,
			abs_diff: 5
		});
	});

	it('every AC but Sishamau reconciles exactly (Sishamau: NOTA 786 in Form 20, 791 declared)', async () => {
		const rows = await db.query<{ ac_no: number; status: string }>(
			"SELECT ac_no, status FROM booth_coverage WHERE election_id = 'AE2017' ORDER BY ac_no"
		);
		expect(rows.map((r) => r.status)).toEqual(['exact', 'close', 'exact', 'exact', 'exact']);
	});

	it('Sishamau booth names are Devanagari', async () => {
		const [b] = await db.query<{ booth_name_hi: string }>(
			"SELECT booth_name_hi FROM booths WHERE election_id = 'AE2017' AND ac_no = 213 AND part_no = 1"
		);
		expect(b.booth_name_hi).toMatch(/^लेदर वर्किंग/);
	});
});

describe('booth coverage across UP', () => {
	it('classifies all 403 ACs', async () => {
		const rows = await db.query<{ status: string; n: number }>(
			"SELECT status, count(*)::INTEGER AS n FROM booth_coverage WHERE election_id = 'LS2014' GROUP BY status ORDER BY status"
		);
		expect(rows.reduce((s, r) => s + r.n, 0)).toBe(403);
		// AC 170 Sarojini Nagar: the 2014 scrape has every vote cell as 0.
		const [sarojini] = await run<{ election_id: string; status: string }, 'ac_no'>(
			db,
			queries.boothCoverage,
			{ ac_no: 170 }
		);
		expect(sarojini.election_id).toBe('LS2014');
		expect(sarojini.status).toBe('empty');
	});

	it('gives LS2014 segments electors from Form 20 where the booths add up', async () => {
		const [s] = await db.query<{ electors: number; turnout_pct: number }>(
			"SELECT electors, turnout_pct FROM contests WHERE election_id = 'LS2014' AND level = 'SEG' AND ac_no = 213"
		);
		// Σ electors of Sishamau's 252 booths in Form 20.
		const [b] = await db.query<{ e: number }>(
			"SELECT sum(electors)::INTEGER AS e FROM booths WHERE election_id = 'LS2014' AND ac_no = 213"
		);
		expect(s.electors).toBe(b.e);
		expect(s.turnout_pct).toBeGreaterThan(40);
	});
});
