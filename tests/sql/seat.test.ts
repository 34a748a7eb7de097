/**
 * The seat queries against the pipeline's real output. Expected numbers are the official results
 * (ECI, as published; see data/raw/SOURCES.md), typed in by hand — never computed by the code.
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

interface SegmentRow {
	election_id: string;
	ac_no: number;
	ac_name: string;
	winner: string;
	winner_party: string;
	winner_votes: number;
	runner_up: string;
	runner_up_party: string;
	runner_up_votes: number;
	margin: number;
	valid_votes: number;
	electors: number | null;
	turnout_pct: number | null;
	sp_share: number | null;
	bjp_share: number;
	inc_share: number;
	bsp_share: number;
}

describe('seat_segments: Kanpur (PC 43)', () => {
	it('AE2022: SP won Sishamau, Arya Nagar and Kanpur Cantt.; BJP won Govind Nagar and Kidwai Nagar, Congress second there', async () => {
		const rows = (await run<SegmentRow, 'pc_no'>(db, queries.seatSegments, { pc_no: 43 })).filter(
			(r) => r.election_id === 'AE2022'
		);
		expect(rows.map((r) => [r.ac_no, r.winner_party, r.runner_up_party])).toEqual([
			[212, 'BJP', 'SP'],
			[213, 'SP', 'BJP'],
			[214, 'SP', 'BJP'],
			[215, 'BJP', 'INC'],
			[216, 'SP', 'BJP']
		]);
		const sishamau = rows.find((r) => r.ac_no === 213)!;
		// ECI 2022, AC 213 Sishamau: Haji Irfan Solanki (SP) 79,163; Salil Vishnoi (BJP) 66,897;
		// electors 2,74,629; total valid votes 1,56,209.
		expect(sishamau).toMatchObject({
			winner: 'HAJI IRFAN SOLANKI',
			winner_votes: 79163,
			runner_up: 'SALIL VISHNOI',
			runner_up_votes: 66897,
			margin: 12266,
			valid_votes: 156209,
			electors: 274629,
			turnout_pct: 56.88,
			sp_share: 50.68
		});
	});

	it('LS2024 segments: Alok Misra (INC) led in Sishamau, Arya Nagar and Cantt., Ramesh Awasthi (BJP) in the other two', async () => {
		const rows = (await run<SegmentRow, 'pc_no'>(db, queries.seatSegments, { pc_no: 43 })).filter(
			(r) => r.election_id === 'LS2024'
		);
		expect(rows.map((r) => [r.ac_no, r.winner_party])).toEqual([
			[212, 'BJP'],
			[213, 'INC'],
			[214, 'INC'],
			[215, 'BJP'],
			[216, 'INC']
		]);
		// Segment (EVM) votes, ECI Form 21E: Govind Nagar Awasthi 1,12,400 vs Misra 71,560.
		expect(rows[0]).toMatchObject({
			winner_votes: 112400,
			runner_up_votes: 71560,
			turnout_pct: null
		});
		// SP had no candidate in Kanpur in 2024 (INDIA's candidate was INC's): no share, not 0%.
		expect(rows.map((r) => r.sp_share)).toEqual([null, null, null, null, null]);
		// The five segments add up to Awasthi's EVM total, 4,40,609.
		const bjpSeg = await db.query<{ v: number }>(
			"SELECT sum(votes)::INTEGER AS v FROM results WHERE election_id = 'LS2024' AND level = 'SEG' AND pc_no = 43 AND party = 'BJP'"
		);
		expect(bjpSeg[0].v).toBe(440609);
	});

	it('has every segment for every one of the 7 elections', async () => {
		const rows = await run<SegmentRow, 'pc_no'>(db, queries.seatSegments, { pc_no: 43 });
		expect(rows).toHaveLength(7 * 5);
	});
});

interface SeatRow {
	election_id: string;
	winner: string | null;
	winner_party: string;
	winner_votes: number;
	runner_up: string | null;
	runner_up_party: string;
	runner_up_votes: number;
	margin: number;
	electors: number;
	postal_votes: number | null;
	postal_source: string | null;
}

describe('seat_results: Kanpur (PC 43) as declared', () => {
	it('matches the declared Lok Sabha results, postal ballots included', async () => {
		const rows = await run<SeatRow, 'pc_no'>(db, queries.seatResults, { pc_no: 43 });
		const by = Object.fromEntries(rows.map((r) => [r.election_id, r]));
		// 2024 (ECI): Ramesh Awasthi (BJP) 4,43,055 vs Alok Misra (INC) 4,22,087; electors 16,64,794.
		expect(by.LS2024).toMatchObject({
			winner: 'RAMESH AWASTHI',
			winner_party: 'BJP',
			winner_votes: 443055,
			runner_up: 'ALOK MISRA',
			runner_up_party: 'INC',
			runner_up_votes: 422087,
			margin: 20968,
			electors: 1664794
		});
		// 2019 (ECI/TCPD): Satyadev Pachauri (BJP) 4,68,937 vs Sriprakash Jaiswal (INC) 3,13,003.
		expect(by.LS2019).toMatchObject({
			winner: 'Satyadev Pachauri',
			winner_party: 'BJP',
			winner_votes: 468937,
			runner_up_votes: 313003,
			electors: 1632983
		});
		// 2014 (ECI): Murli Manohar Joshi (BJP) 4,74,712.
		expect(by.LS2014).toMatchObject({
			winner_party: 'BJP',
			winner_votes: 474712,
			runner_up_party: 'INC'
		});
		// 2009 (ECI): Sriprakash Jaiswal (INC) won Kanpur.
		expect(by.LS2009).toMatchObject({ winner_party: 'INC' });
		// Postal ballots: reported by the ECI in 2024; earlier, derived (TCPD total − EVM votes),
		// which the seat view says; none for assembly sums.
		expect(by.LS2024.postal_source).toBe('reported');
		for (const e of ['LS2019', 'LS2014', 'LS2009']) expect(by[e].postal_source).toBe('derived');
		expect(by.AE2022.postal_source).toBeNull();
	});

	it('sums assembly results by party over the five segments', async () => {
		const rows = await run<SeatRow, 'pc_no'>(db, queries.seatResults, { pc_no: 43 });
		const ae2022 = rows.find((r) => r.election_id === 'AE2022')!;
		expect(ae2022.winner).toBeNull();
		// BJP's five 2022 candidates polled more votes in total than SP's, though SP won 3 of 5 seats.
		expect(ae2022.winner_party).toBe('BJP');
		expect(ae2022.runner_up_party).toBe('SP');
	});
});
