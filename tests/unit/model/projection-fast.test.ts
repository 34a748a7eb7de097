/** The fast projection must give project()'s numbers, unit by unit, on real and random baselines. */
import { randomLcg } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db.ts';
import { project, type Baseline, type Scenario } from '../../../src/lib/model/projection.ts';
import {
	byTurns,
	compile,
	leaderAt,
	recompute,
	type Recomputed
} from '../../../src/lib/model/projection-fast.ts';
import { DEFAULT_QUADRANT } from '../../../src/lib/model/winnability.ts';
import { openDb } from '../../sql/helpers.ts';

const scenarios: Scenario[] = [
	{
		side: ['SP', 'INC'],
		transfer: { INC: 0.8 },
		rivals: [['BJP', 'RLD']],
		rivalNames: ['NDA'],
		swing: 2,
		turnout: 1.5
	},
	{
		side: ['SP', 'INC', 'BSP'],
		transfer: { INC: 0, BSP: 0.5 },
		rivals: [['BJP']],
		swing: -4,
		turnout: -3,
		lean: 8
	},
	{ side: ['BSP'], transfer: {}, rivals: [], swing: 10, turnout: 0 }
];

function check(units: Baseline[], s: Scenario) {
	const c = compile(units, s);
	const r = recompute(c, {
		transfer: s.transfer,
		swing: s.swing,
		turnout: s.turnout,
		lean: s.lean
	});
	units.forEach((u, i) => {
		const p = project(u, s);
		expect(r.ours[i]).toBeCloseTo(p.ours, 6);
		expect(r.leader[i]).toBeCloseTo(p.leaderVotes, 6);
		expect(r.margin[i]).toBeCloseTo(p.marginVotes, 6);
		expect(r.marginPts[i]).toBeCloseTo(p.marginPts, 9);
		expect(leaderAt(c, r, i)).toBe(p.leader);
	});
}

describe('compile + recompute = project', () => {
	it.each(scenarios.map((s, i) => ({ i, s })))('random baselines, scenario $i', ({ s }) => {
		const rnd = randomLcg(0.42);
		const parties = ['SP', 'INC', 'BJP', 'RLD', 'BSP', 'AIMIM', 'IND', 'NOTA'];
		const units: Baseline[] = Array.from({ length: 300 }, () => {
			const votes = Object.fromEntries(
				parties.filter(() => rnd() > 0.25).map((p) => [p, Math.floor(rnd() * 500)])
			);
			const valid = Object.values(votes).reduce((a, b) => a + b, 0);
			return { votes, valid, electors: rnd() > 0.2 ? valid * 1.8 : null };
		});
		check(
			units.filter((u) => u.valid > 0),
			s
		);
	});

	let db: Db;
	beforeAll(async () => {
		db = await openDb();
	});
	afterAll(() => db.close());

	it("Kanpur's 1,478 LS2014 booths", async () => {
		const rows = await db.query<{
			ac_no: number;
			part_no: number;
			party: string;
			votes: number;
			valid_votes: number;
			electors: number;
		}>(
			"SELECT r.ac_no, r.part_no, r.party, r.votes, b.valid_votes, b.electors FROM booth_results r JOIN booths b USING (election_id, ac_no, part_no) WHERE r.election_id = 'LS2014' AND r.ac_no BETWEEN 212 AND 216"
		);
		const units = new Map<string, Baseline>();
		for (const r of rows) {
			const k = `${r.ac_no}:${r.part_no}`;
			if (!units.has(k)) units.set(k, { votes: {}, valid: r.valid_votes, electors: r.electors });
			units.get(k)!.votes[r.party] = r.votes;
		}
		expect(units.size).toBe(1478);
		for (const s of scenarios) check([...units.values()], s);
	});
});

describe("byTurns: a slider's result arrays", () => {
	const units: Baseline[] = [
		{ votes: { SP: 400, BJP: 500, INC: 60 }, valid: 960, electors: 1600 },
		{ votes: { SP: 700, BJP: 300, BSP: 90 }, valid: 1090, electors: null }
	];
	const c = compile(units, scenarios[0]);
	const moves = [-4, 2, 7, -1].map((swing) => ({ transfer: { INC: 0.8 }, swing, turnout: 1 }));
	const copy = (r: Recomputed) => ({
		ours: [...r.ours],
		margin: [...r.margin],
		group: [...r.group]
	});

	it('gives another set than the last call, and the one before that again', () => {
		const next = byTurns(2);
		const [a, b, c2, d] = [next(), next(), next(), next()];
		expect(a).not.toBe(b);
		expect(c2).toBe(a);
		expect(d).toBe(b);
		expect(a.ours).toHaveLength(2);
	});

	it('each move written by turns reads as the same move into new arrays', () => {
		const next = byTurns(c.n);
		for (const m of moves) {
			const turned = recompute(c, m, [30, 80], DEFAULT_QUADRANT, next());
			expect(copy(turned)).toEqual(copy(recompute(c, m, [30, 80], DEFAULT_QUADRANT)));
		}
	});
});
