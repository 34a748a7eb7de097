/**
 * Snapshots: the shipped files answer exactly what DuckDB answers for the same query, and a
 * SnapshotDb serves a seat's first view without the database. Expected seat numbers are the
 * official results (ECI), typed in by hand.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db.ts';
import {
	SNAPSHOT_ELECTION,
	SNAPSHOT_PARTY,
	SNAPSHOT_PLAN,
	SnapshotDb,
	fromAnswer,
	parseSnapshot,
	snapshotKey,
	type Snapshot
} from '../../../src/lib/db/snapshot.ts';
import { queries, run } from '../../../src/lib/sql/index.ts';
import { DEFAULT_VIEW } from '../../../src/lib/state/view.ts';
import { openDb } from '../../sql/helpers.ts';

const load = (name: string): Snapshot =>
	parseSnapshot(JSON.parse(readFileSync(`static/data/snapshot/${name}.json`, 'utf8')));

let db: Db;
beforeAll(async () => {
	db = await openDb();
});
afterAll(() => db.close());

const noDatabase = () => Promise.reject(new Error('the database was asked'));

describe('the shipped snapshot files', () => {
	it('open on the view the site opens on', () => {
		expect(SNAPSHOT_ELECTION).toBe(DEFAULT_VIEW.election);
		expect(SNAPSHOT_PARTY).toBe(DEFAULT_VIEW.party);
	});

	for (const [name, plan] of [
		['common', SNAPSHOT_PLAN.common()],
		['elections', SNAPSHOT_PLAN.elections()],
		['seats', SNAPSHOT_PLAN.seats(Array.from({ length: 80 }, (_, i) => i + 1))],
		['seat/43', SNAPSHOT_PLAN.seat(43)],
		['seat/1', SNAPSHOT_PLAN.seat(1)]
	] as const) {
		it(`${name}.json holds its plan, each answer equal to DuckDB's rows`, async () => {
			const s = load(name);
			expect(Object.keys(s.answers).sort()).toEqual(
				plan.map((q) => snapshotKey(q.name, q.params)).sort()
			);
			for (const q of plan) {
				const fromDuckDb = await db.query(queries[q.name].text, q.params);
				expect(fromAnswer(s.answers[snapshotKey(q.name, q.params)]), q.name).toEqual(fromDuckDb);
			}
		});
	}
});

describe('SnapshotDb', () => {
	it("answers Kanpur's first view from the snapshots alone: declared results and segments", async () => {
		const snap = new SnapshotDb([load('common'), load('seat/43')], queries, noDatabase);
		const results = await run<
			{
				election_id: string;
				winner: string;
				winner_party: string;
				winner_votes: number;
				runner_up: string;
				runner_up_votes: number;
			},
			'pc_no'
		>(snap, queries.seatResults, { pc_no: 43 });
		const ls2019 = results.find((r) => r.election_id === 'LS2019')!;
		expect([ls2019.winner_party, ls2019.winner_votes]).toEqual(['BJP', 468937]);
		const ls2024 = results.find((r) => r.election_id === 'LS2024')!;
		expect([ls2024.winner_votes, ls2024.runner_up_votes]).toEqual([443055, 422087]);
		const segs = await run<{ election_id: string; ac_no: number; winner_party: string }, 'pc_no'>(
			snap,
			queries.seatSegments,
			{ pc_no: 43 }
		);
		// AE2022: SP won Sishamau (213), Arya Nagar (214), Kanpur Cantt. (216); BJP the other two.
		const ae2022 = segs
			.filter((r) => r.election_id === 'AE2022')
			.map((r) => [r.ac_no, r.winner_party]);
		expect(ae2022.sort()).toEqual([
			[212, 'BJP'],
			[213, 'SP'],
			[214, 'SP'],
			[215, 'BJP'],
			[216, 'SP']
		]);
		expect(snap.stats).toEqual({ hits: 2, misses: 0 });
	});

	it("answers Kanpur's trend chart and the state view's seat panel with no database", async () => {
		const snap = new SnapshotDb(
			[load('common'), load('seats'), load('seat/43')],
			queries,
			noDatabase
		);
		const totals = await run<{ election_id: string; party: string; votes: number }, 'pc_no'>(
			snap,
			queries.seatPartyTotals,
			{ pc_no: 43 }
		);
		const vote = (e: string, p: string) =>
			totals.find((r) => r.election_id === e && r.party === p)?.votes;
		// Kanpur 2024 as declared, with postal ballots: BJP 4,43,055, INC 4,22,087; 2019: BJP 4,68,937
		expect([vote('LS2024', 'BJP'), vote('LS2024', 'INC'), vote('LS2019', 'BJP')]).toEqual([
			443055, 422087, 468937
		]);
		// Lucknow (PC 35) 2024, from seats.json: Rajnath Singh, BJP, 6,12,709 votes
		const lucknow = await run<
			{ election_id: string; winner_party: string; winner_votes: number },
			'pc_no'
		>(snap, queries.seatResults, { pc_no: 35 });
		const l24 = lucknow.find((r) => r.election_id === 'LS2024')!;
		expect([l24.winner_party, l24.winner_votes]).toEqual(['BJP', 612709]);
		expect(snap.stats).toEqual({ hits: 2, misses: 0 });
	});

	it('asks the database for anything else, with the same statement and parameters', async () => {
		const snap = new SnapshotDb([load('common')], queries, async () => db);
		const rows = await run(snap, queries.seatResults, { pc_no: 44 });
		expect(rows).toEqual(await run(db, queries.seatResults, { pc_no: 44 }));
		expect(snap.stats).toEqual({ hits: 0, misses: 1 });
	});

	it('waits for a snapshot still on its way before asking the database', async () => {
		const snap = new SnapshotDb([load('common')], queries, noDatabase);
		let arrive: (s: Snapshot) => void = () => {};
		snap.addLater(new Promise((r) => (arrive = r)));
		const asked = run(snap, queries.unitResults, {
			election_id: 'LS2024',
			unit: 'AC',
			level: 'SEG',
			party: 'SP'
		});
		arrive(load('elections'));
		expect((await asked).length).toBe(403);
		expect(snap.stats.misses).toBe(0);
	});

	it('rejects a file that is not a snapshot', () => {
		expect(() => parseSnapshot({ version: 9, answers: {} })).toThrow('not a version 1 snapshot');
		expect(() => parseSnapshot('<html>')).toThrow();
	});
});
