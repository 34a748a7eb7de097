/** unit_results.sql: the numbers behind the state map and its tooltips. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/db.ts';
import { queries, run } from '../../src/lib/sql/index.ts';
import { openDb } from './helpers.ts';

let db: Db;
beforeAll(async () => {
	db = await openDb();
});
afterAll(() => db.close());

interface UnitRow {
	unit_no: number;
	winner_party: string;
	winner: string | null;
	winner_votes: number;
	runner_up_party: string;
	margin: number;
	party_share: number;
	turnout_pct: number | null;
}

const unitResults = (election_id: string, unit: string, level: string, party = 'SP') =>
	run<UnitRow, 'election_id' | 'unit' | 'level' | 'party'>(db, queries.unitResults, {
		election_id,
		unit,
		level,
		party
	});

const tally = (rows: UnitRow[]) =>
	rows.reduce<Record<string, number>>(
		(t, r) => ({ ...t, [r.winner_party]: (t[r.winner_party] ?? 0) + 1 }),
		{}
	);

describe('unit_results', () => {
	it('AE2022 by AC: 403 ACs; BJP 255, SP 111 (ECI seat tally)', async () => {
		const rows = await unitResults('AE2022', 'AC', 'AC');
		expect(rows).toHaveLength(403);
		const t = tally(rows);
		expect(t.BJP).toBe(255);
		expect(t.SP).toBe(111);
		expect(t.RLD).toBe(8);
		expect(t.INC).toBe(2);
		expect(t.BSP).toBe(1);
	});

	it('LS2024 by PC: SP 37, BJP 33, INC 6, RLD 2 (ECI seat tally)', async () => {
		const rows = await unitResults('LS2024', 'PC', 'PC');
		expect(rows).toHaveLength(80);
		expect(tally(rows)).toMatchObject({ SP: 37, BJP: 33, INC: 6, RLD: 2, ADAL: 1, ASPKR: 1 });
		const kanpur = rows.find((r) => r.unit_no === 43)!;
		expect(kanpur).toMatchObject({ winner: 'RAMESH AWASTHI', winner_votes: 443055, margin: 20968 });
	});

	it('LS2019 by PC: BJP 62, BSP 10, SP 5 (ECI seat tally)', async () => {
		expect(tally(await unitResults('LS2019', 'PC', 'PC'))).toMatchObject({
			BJP: 62,
			BSP: 10,
			SP: 5,
			INC: 1,
			ADAL: 2
		});
	});

	it('LS2014 by PC: BJP 71 of 80', async () => {
		expect(tally(await unitResults('LS2014', 'PC', 'PC')).BJP).toBe(71);
	});

	it("reports the chosen party's share: SP in Sishamau 2022 was 50.68%", async () => {
		const rows = await unitResults('AE2022', 'AC', 'AC', 'SP');
		expect(rows.find((r) => r.unit_no === 213)!.party_share).toBe(50.68);
	});

	it('LS segments by AC have no turnout (no segment electors in the sources)', async () => {
		const rows = await unitResults('LS2019', 'AC', 'SEG');
		expect(rows).toHaveLength(403);
		expect(rows.every((r) => r.turnout_pct === null)).toBe(true);
	});
});
