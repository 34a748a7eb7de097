/**
 * Hindi party names: every party that mattered in Uttar Pradesh has one. The list is computed
 * from the results themselves (top 3 in any AC, assembly segment or PC, or ≥ 1% of the state's
 * votes, in any of the 7 elections); the names are the hand-written table
 * data/pipeline/party-names-hi.ts (and KNOWN_PARTIES in parties.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/db.ts';
import { PARTY_NAMES_HI, UNIDENTIFIED_PARTIES } from '../../data/pipeline/party-names-hi.ts';
import { openDb } from './helpers.ts';

let db: Db;
beforeAll(async () => {
	db = await openDb();
});
afterAll(() => db.close());

const MATTERED = `
WITH ranked AS (
	SELECT party, row_number() OVER (
		PARTITION BY election_id, level, pc_no, ac_no ORDER BY votes DESC
	) AS pos
	FROM results WHERE party <> 'NOTA'
),
share AS (
	SELECT election_id, party, sum(votes) / sum(sum(votes)) OVER (PARTITION BY election_id) AS s
	FROM results
	WHERE level = CASE WHEN election_id LIKE 'AE%' THEN 'AC' ELSE 'PC' END
	GROUP BY election_id, party
)
SELECT DISTINCT party FROM ranked WHERE pos <= 3 AND party <> 'IND'
UNION
SELECT DISTINCT party FROM share WHERE s >= 0.01 AND party NOT IN ('NOTA', 'IND')
ORDER BY party`;

interface Party {
	party: string;
	name_en: string;
	name_hi: string | null;
}

describe('Hindi party names', () => {
	it('every party in the top 3 of a UP unit or with ≥ 1% state-wide has one', async () => {
		const list = (await db.query<{ party: string }>(MATTERED)).map((r) => r.party);
		// 41 parties (2009–2024); the big ones must be among them.
		expect(list).toHaveLength(41);
		expect(list).toEqual(expect.arrayContaining(['BJP', 'SP', 'BSP', 'INC', 'RLD', 'PECP']));
		const parties = await db.query<Party>('SELECT party, name_en, name_hi FROM parties');
		const missing = list.filter((p) => !parties.find((x) => x.party === p)?.name_hi);
		// Only the two codes whose party could not be identified (listed with where they came top 3).
		expect(missing).toEqual(UNIDENTIFIED_PARTIES.map((u) => u.party));
	});

	it('the table gives Devanagari names and the English names the site shows', async () => {
		const parties = await db.query<Party>('SELECT party, name_en, name_hi FROM parties');
		for (const p of PARTY_NAMES_HI) {
			const row = parties.find((x) => x.party === p.party);
			expect(row, p.party).toEqual({ party: p.party, name_en: p.name_en, name_hi: p.name_hi });
			expect(p.name_hi, p.party).toMatch(/^[\u0900-\u097F ()\-–]+$/);
		}
	});
});

describe('one code, one party', () => {
	it("AE2022's Vikassheel Insaan Party is VSIP, not the VIP (Vanchitsamaj Insaaf Party) of LS2024", async () => {
		// The audit's count of ElectionLens's AE2022 "VIP" candidates: 53, with 1,26,744 votes.
		const vsip = await db.query<{ election_id: string; n: number; votes: number }>(
			`SELECT election_id, count(*)::INTEGER AS n, sum(votes)::INTEGER AS votes FROM results
			WHERE party IN ('VIP', 'VSIP') AND level = 'AC' AND election_id = 'AE2022'
			GROUP BY election_id, party ORDER BY party`
		);
		expect(vsip).toEqual([{ election_id: 'AE2022', n: 53, votes: 126744 }]);
		const names = await db.query<{ party: string; name_en: string }>(
			"SELECT party, name_en FROM parties WHERE party IN ('VIP', 'VSIP') ORDER BY party"
		);
		expect(names).toEqual([
			{ party: 'VIP', name_en: 'Vanchitsamaj Insaaf Party' },
			{ party: 'VSIP', name_en: 'Vikassheel Insaan Party' }
		]);
	});
});
