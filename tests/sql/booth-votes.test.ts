/**
 * An AC's booths by columns (model/contest/booth-votes.ts) as the site loads them
 * (data/baselines.ts loadBoothBaselines): Sishamau (AC 213) in AE2017, every booth and party
 * checked against plain SQL over the booth tables, and stand-ins counted by columns the same as
 * side.ts counts them booth by booth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBoothBaselines } from '../../src/lib/data/baselines.ts';
import type { Db } from '../../src/lib/db/db.ts';
import {
	baselineAt,
	withStandInColumns,
	type BoothBaselines
} from '../../src/lib/model/contest/booth-votes.ts';
import { countStandIns } from '../../src/lib/model/side.ts';
import { openDb } from './helpers.ts';

let db: Db;
let b: BoothBaselines;
beforeAll(async () => {
	db = await openDb();
	b = await loadBoothBaselines(db, 'AE2017', 213);
});
afterAll(() => db.close());

describe('Sishamau AE2017 booths by columns', () => {
	it('every booth, in part order, with its valid votes and electors from the booths table', async () => {
		const rows = await db.query<{ part_no: number; valid: number; electors: number | null }>(
			`SELECT part_no, valid_votes AS valid, electors FROM booths
			WHERE election_id = 'AE2017' AND ac_no = 213 AND part_no IN
				(SELECT part_no FROM booth_results WHERE election_id = 'AE2017' AND ac_no = 213)
			ORDER BY part_no`
		);
		expect(rows.length).toBeGreaterThan(200);
		expect([...b.parts]).toEqual(rows.map((r) => r.part_no));
		expect([...b.valid]).toEqual(rows.map((r) => r.valid));
		expect([...b.electors].map((e) => (Number.isNaN(e) ? null : e))).toEqual(
			rows.map((r) => r.electors)
		);
	});

	it("every booth's votes for every party as SQL sums them, and no entry where it has none", async () => {
		const rows = await db.query<{ part_no: number; party: string; votes: number }>(
			`SELECT part_no, party, sum(votes)::INTEGER AS votes FROM booth_results
			WHERE election_id = 'AE2017' AND ac_no = 213 GROUP BY part_no, party`
		);
		const want = new Map(rows.map((r) => [`${r.part_no}|${r.party}`, r.votes]));
		expect(new Set(b.parties)).toEqual(new Set(rows.map((r) => r.party)));
		let cells = 0;
		b.parties.forEach((p, j) =>
			b.parts.forEach((part, i) => {
				const got = b.votes[j][i];
				const w = want.get(`${part}|${p}`);
				if (w === undefined) expect(got, `${part} ${p}`).toBeNaN();
				else {
					expect(got, `${part} ${p}`).toBe(w);
					cells++;
				}
			})
		);
		expect(cells).toBe(rows.length);
		// one booth as an object: its parties only
		const i = b.parts.indexOf(rows[0].part_no);
		expect(baselineAt(b, i).votes).toEqual(
			Object.fromEntries(
				rows.filter((r) => r.part_no === rows[0].part_no).map((r) => [r.party, r.votes])
			)
		);
	});

	it('INC counted as SP in every booth, as countStandIns counts each booth', () => {
		const c = { ...b, ...withStandInColumns(b, 'SP', ['INC']) };
		expect(c.parties).not.toContain('INC');
		for (let i = 0; i < b.parts.length; i++)
			expect(baselineAt(c, i).votes).toEqual(countStandIns(baselineAt(b, i).votes, 'SP', ['INC']));
	});
});
