/**
 * The contest model on real data: Kanpur (PC 43) as a Lok Sabha contest of five segments, and
 * Sishamau (AC 213) as an assembly contest of its own, each with its booths (AE2017, the
 * numbering of the Kanpur demo organisation file). Expected numbers come from plain SQL over the
 * results and booth tables, and from the declared result (Sishamau 2022, ECI: SP's Haji Irfan
 * Solanki 79,163, BJP 66,897; INC 5,616).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContest } from '../../src/lib/data/contest.ts';
import type { Db } from '../../src/lib/db/db.ts';
import { contestNumbers, type SideContext } from '../../src/lib/model/contest/contest.ts';
import type { OrgInUse } from '../../src/lib/model/contest/org.ts';
import { DEFAULT_WHATIF, sameAsOf } from '../../src/lib/model/contest/settings.ts';
import { parseOrgText } from '../../src/lib/import/org-import.ts';
import type { AllianceRow, PartyRow } from '../../src/lib/model/types.ts';
import { queries, run } from '../../src/lib/sql/index.ts';
import { DATA_DIR, openDb } from './helpers.ts';

let db: Db;
let ctx: SideContext;
let org: OrgInUse;
const KANPUR = [212, 213, 214, 215, 216];
const TODAY = '2026-11-25';
beforeAll(async () => {
	db = await openDb();
	ctx = {
		alliances: await run<AllianceRow, never>(db, queries.alliances, {}),
		sameAs: sameAsOf(await run<PartyRow, never>(db, queries.parties, {}))
	};
	const file = 'kanpur-organisation-demo.csv';
	const any = { has: () => true } as unknown as Set<number>;
	const rows = parseOrgText(readFileSync(`${DATA_DIR}demo/${file}`, 'utf8'), file, {
		booths: () => any
	}).rows;
	org = { demo: true, file, numbering: 'AE2017', rows };
});
afterAll(() => db.close());

const one = async <T>(sql: string, params: (string | number)[] = []) =>
	(await db.query<T>(sql, params))[0];

describe('Kanpur as a Lok Sabha contest and Sishamau as an assembly contest', () => {
	it('the seat: five segments, booths numbered as the organisation file (AE2017), SP + INC + AITC of 2022', async () => {
		const data = await loadContest(db, { kind: 'pc', pc: 43 }, KANPUR, org);
		expect([...data.areas.keys()].sort()).toEqual(KANPUR);
		expect([...data.booths.values()].map((b) => b.election)).toEqual(KANPUR.map(() => 'AE2017'));
		const n = contestNumbers(data, org, DEFAULT_WHATIF, ctx, TODAY);
		const { ours } = await one<{ ours: number }>(
			`SELECT sum(votes)::INTEGER AS ours FROM results WHERE election_id = 'AE2022'
			AND level = 'AC' AND pc_no = 43 AND party IN ('SP', 'INC', 'AITC')`
		);
		expect(n.total!.ours).toBeCloseTo(ours, 6);
		expect(n.areas.map((a) => a.ac_no)).toEqual(KANPUR);
		const { booths } = await one<{ booths: number }>(
			`SELECT count(*)::INTEGER AS booths FROM booths WHERE election_id = 'AE2017' AND ac_no BETWEEN 212 AND 216`
		);
		expect([...n.booths.values()].reduce((k, b) => k + b.length, 0)).toBe(booths);
		expect(n.covered.booths).toBe(booths);
		// the demo file has rows for Kanpur's booths: some are covered
		expect(n.covered.covered).toBeGreaterThan(0);
		expect(n.groups.size).toBe(5);
	});

	it('Sishamau alone: SP 79,163 + INC 5,616 against BJP 66,897 and its NDA partners, its booths only', async () => {
		const data = await loadContest(db, { kind: 'ac', pc: 43, ac: 213 }, [213], org);
		expect([...data.areas.keys()]).toEqual([213]);
		expect([...data.booths.keys()]).toEqual([213]);
		const n = contestNumbers(data, org, DEFAULT_WHATIF, ctx, TODAY);
		const { aitc } = await one<{ aitc: number }>(
			`SELECT coalesce(sum(votes), 0)::INTEGER AS aitc FROM results WHERE election_id = 'AE2022'
			AND level = 'AC' AND ac_no = 213 AND party = 'AITC'`
		);
		expect(n.total!.ours).toBeCloseTo(79163 + 5616 + aitc, 6);
		expect(n.total!.leader).toBe('NDA');
		const { nda, bjp } = await one<{ nda: number; bjp: number }>(
			`SELECT sum(r.votes)::INTEGER AS nda,
				(sum(r.votes) FILTER (WHERE r.party = 'BJP'))::INTEGER AS bjp
			FROM results r LEFT JOIN parties p USING (party)
			JOIN alliances a ON a.election_id = 'LS2024' AND a.alliance = 'NDA'
				AND a.party = coalesce(p.same_as, r.party)
			WHERE r.election_id = 'AE2022' AND r.level = 'AC' AND r.ac_no = 213`
		);
		expect(bjp).toBe(66897);
		expect(n.total!.leaderVotes).toBeCloseTo(nda, 6);
		expect(n.total!.winning).toBe(true);
		expect(n.areas).toHaveLength(1);
		// every booth of AE2017 in Sishamau, each with its own valid votes (no turnout change)
		const b = await one<{ n: number; valid: number }>(
			`SELECT count(*)::INTEGER AS n, sum(valid_votes)::INTEGER AS valid FROM booths
			WHERE election_id = 'AE2017' AND ac_no = 213`
		);
		const list = n.booths.get(213)!;
		expect(list).toHaveLength(b.n);
		expect(list.reduce((s, x) => s + x.projection.valid, 0)).toBeCloseTo(b.valid, 6);
		// the same arithmetic as the seat's row for Sishamau
		const seat = contestNumbers(
			await loadContest(db, { kind: 'pc', pc: 43 }, KANPUR, org),
			org,
			DEFAULT_WHATIF,
			ctx,
			TODAY
		);
		const row = seat.areas.find((a) => a.ac_no === 213)!.projection;
		expect(n.total!.marginPts).toBeCloseTo(row.marginPts, 9);
		expect(n.booths.get(213)!.map((x) => x.projection.marginPts)).toEqual(
			seat.booths.get(213)!.map((x) => x.projection.marginPts)
		);
	});
});
