/**
 * Property tests (fast-check): the fast path the app uses (the contest model's booths: shiftedBooths
 * through the blocSwing projector, i.e. projection-fast.ts's compile/recompute) gives, for random booths, segment
 * swings, sides, rivals, transfer rates, swing, turnout, new-voter lean, organisation scores and
 * quadrant thresholds, what the reference gives: project(shiftBooth(booth, from, to)) and
 * quadrant(). Continuous numbers agree to 1e-9 (relative); counts of votes needed agree exactly
 * except where the reference's floor() sits within rounding of an integer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	project,
	shiftBooth,
	type Baseline,
	type Scenario
} from '../../../src/lib/model/projection.ts';
import { compile, numbersAt, recompute } from '../../../src/lib/model/projection-fast.ts';
import { GROUPS, quadrant } from '../../../src/lib/model/winnability.ts';
import { boothsOf } from '../../../src/lib/model/contest/contest.ts';
import { boothScores } from '../../../src/lib/model/contest/org.ts';
import { blocSwing } from '../../../src/lib/model/contest/projector.ts';
import { moveOf } from '../../../src/lib/model/contest/settings.ts';
import { boothVotesOf } from '../../../src/lib/model/contest/booth-votes.ts';
import { shiftedBooths } from '../../../src/lib/model/contest/units.ts';
import { DEFAULT_SCORE } from '../../../src/lib/model/org-score.ts';

const PARTIES = ['SP', 'INC', 'AITC', 'BJP', 'RLD', 'ADAL', 'BSP', 'IND', 'NOTA'];

const votes = fc.oneof(
	{ weight: 3, arbitrary: fc.integer({ min: 0, max: 3000 }) },
	// blended votes are fractions, but not below a thousandth of a vote
	{ weight: 1, arbitrary: fc.double({ min: 0.001, max: 3000, noNaN: true }) },
	{ weight: 1, arbitrary: fc.constant(0) }
);
const baseline: fc.Arbitrary<Baseline> = fc
	.tuple(
		fc.subarray(PARTIES, { minLength: 1 }),
		fc.array(votes, { minLength: PARTIES.length, maxLength: PARTIES.length }),
		fc.option(fc.double({ min: 1, max: 3, noNaN: true }), { nil: null }),
		fc.double({ min: 0.9, max: 1.1, noNaN: true })
	)
	.map(([ps, vs, electorsPerVoter, validSlack]) => {
		const v = Object.fromEntries(ps.map((p, i) => [p, vs[i]]));
		const sum = Object.values(v).reduce((a, b) => a + b, 0);
		// valid votes need not equal the sum of party votes (booth scrapes that do not add up)
		const valid = Math.round(sum * validSlack);
		return {
			votes: v,
			valid,
			electors: electorsPerVoter === null ? null : Math.round(valid * electorsPerVoter)
		};
	});

const scenario: fc.Arbitrary<Scenario> = fc
	.record({
		side: fc.shuffledSubarray(['SP', 'INC', 'AITC', 'BSP'], { minLength: 1 }),
		rivals: fc.constantFrom<string[][]>(
			[],
			[['BJP', 'RLD', 'ADAL']],
			[['BJP'], ['BSP', 'IND']],
			[['BJP', 'SP']]
		),
		named: fc.boolean(),
		rates: fc.array(fc.double({ min: -0.2, max: 1.2, noNaN: true }), {
			minLength: 4,
			maxLength: 4
		}),
		swing: fc.double({ min: -30, max: 30, noNaN: true }),
		turnout: fc.double({ min: -30, max: 30, noNaN: true }),
		lean: fc.oneof(fc.constant(0), fc.double({ min: -25, max: 25, noNaN: true }))
	})
	.map(({ side, rivals, named, rates, swing, turnout, lean }) => ({
		side,
		rivals,
		rivalNames: named ? rivals.map((_, i) => `R${i}`) : undefined,
		transfer: Object.fromEntries(side.slice(1).map((p, i) => [p, rates[i]])),
		swing,
		turnout,
		lean
	}));

const near = (a: number, b: number) =>
	Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
/** within rounding of an integer: floor() may go either way */
const onEdge = (x: number) => Math.abs(x - Math.round(x)) <= 1e-7 * Math.max(1, Math.abs(x));

describe('the fast path equals project(shiftBooth()) and quadrant()', () => {
	it('booths of two ACs, every number and group', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(baseline, fc.double({ min: 0, max: 100, noNaN: true })), {
					minLength: 1,
					maxLength: 12
				}),
				baseline,
				baseline,
				scenario,
				fc.record({
					margin: fc.integer({ min: -20, max: 20 }),
					coverage: fc.integer({ min: 0, max: 100 })
				}),
				(booths, from, to, s, q) => {
					// two ACs: the first half of the booths in AC 1, the rest in AC 2 (same segment swing)
					const half = Math.ceil(booths.length / 2);
					const acOf = (i: number) => (i < half ? 1 : 2);
					const bases = new Map<number, Map<number, Baseline>>([
						[1, new Map()],
						[2, new Map()]
					]);
					booths.forEach(([b], i) => bases.get(acOf(i))!.set(i + 1, b));
					const bu = shiftedBooths(
						new Map([...bases].map(([ac, m]) => [ac, boothVotesOf('AE2017', m)])),
						() => ({ from, to })
					);
					const sb = { ...bu, compiled: blocSwing.compile(bu.units, s) };
					// organisation scores through the app's own path: rows whose score is the drawn one
					const scoreOf = new Map(booths.map(([, sc], i) => [i + 1, sc]));
					const org = boothScores(sb, () => new Map(), DEFAULT_SCORE, '2026-11-25');
					for (let i = 0; i < sb.compiled.n; i++) org.scores[i] = scoreOf.get(sb.part[i])!;
					const r = blocSwing.recompute(sb.compiled, moveOf(s), org.scores, q);
					const rows = [
						...boothsOf(sb, r, org, 1, blocSwing),
						...boothsOf(sb, r, org, 2, blocSwing)
					];
					expect(rows).toHaveLength(booths.length);
					for (const row of rows) {
						const [booth, score] = booths[row.part_no - 1];
						const ref = project(shiftBooth(booth, from, to), s);
						const got = row.projection;
						for (const k of [
							'ours',
							'leaderVotes',
							'valid',
							'share',
							'leaderShare',
							'marginVotes',
							'marginPts'
						] as const)
							expect(near(got[k], ref[k]), `${k}: ${got[k]} vs ${ref[k]}`).toBe(true);
						expect(got.electors).toBe(ref.electors);
						if (ref.nonVoters === null) expect(got.nonVoters).toBeNull();
						else expect(near(got.nonVoters!, ref.nonVoters)).toBe(true);
						expect(got.leader).toBe(ref.leader);
						if (!near(ref.marginVotes, 0)) expect(got.winning).toBe(ref.winning);
						if (!onEdge(ref.ours) && !onEdge(ref.leaderVotes) && !near(ref.marginVotes, 0)) {
							expect(got.neededPersuasion).toBe(ref.neededPersuasion);
							expect(got.neededTurnout).toBe(ref.neededTurnout);
						} else {
							expect(Math.abs(got.neededTurnout - ref.neededTurnout)).toBeLessThanOrEqual(1);
						}
						expect(row.score).toBe(score);
						if (!near(ref.marginPts, q.margin))
							expect(row.group).toBe(quadrant(ref.marginPts, score, q));
					}
				}
			),
			{ numRuns: 400 }
		);
	});

	it('a lead party per unit is the same as that party first in the side', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(baseline, fc.nat()), { minLength: 1, maxLength: 10 }),
				scenario,
				(units, s) => {
					const leads = units.map(([, k]) => k % s.side.length);
					const c = compile(
						units.map(([u]) => u),
						s,
						leads
					);
					const r = recompute(c, moveOf(s));
					units.forEach(([u], i) => {
						const lead = s.side[leads[i]];
						const ref = project(u, { ...s, side: [lead, ...s.side.filter((p) => p !== lead)] });
						const got = numbersAt(c, r, i);
						expect(near(got.marginVotes, ref.marginVotes)).toBe(true);
						expect(near(got.ours, ref.ours)).toBe(true);
						// Two rivals level within float noise (BJP 2999.9999999999945, RLD
						// 2999.999999999995 after a transfer) may be named either way; any other
						// leader must be the same party.
						if (got.leader !== ref.leader)
							expect(near(got.leaderVotes, ref.leaderVotes), `${got.leader} vs ${ref.leader}`).toBe(
								true
							);
					});
				}
			),
			{ numRuns: 300 }
		);
	});

	it('without scores there are no groups', () => {
		const c = compile([{ votes: { SP: 1, BJP: 2 }, valid: 3, electors: null }], {
			side: ['SP'],
			rivals: []
		});
		expect(recompute(c, { transfer: {}, swing: 0, turnout: 0 }).group[0]).toBe(255);
		expect(GROUPS).toHaveLength(4);
	});
});
