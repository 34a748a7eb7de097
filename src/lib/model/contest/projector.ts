/**
 * How a contest's units are projected: the seam between the contest model and a projection.
 * A projector is prepared once per side and baseline (the slow part: every unit's baseline votes
 * by party read once) and then run per move (a slider: plain arithmetic over typed arrays). Its
 * output is the same for every projector: per unit our side's votes, the strongest other bloc's,
 * the margin, the votes needed and (given organisation scores) the winnability group, which is
 * all the contest model, its views and its exports read.
 *
 * blocSwing (projection-fast.ts) regroups parties into the coming contest's blocs and applies a
 * uniform swing, a turnout change and the new voters' lean. A projection from state-wide party
 * shares (src/lib/model/forecast/) plugs in as another Projector: it reads the same UnitVotes
 * (every party of every unit), takes its own move (party shares), and fills the same Recomputed.
 *
 *   const c = blocSwing.compile(unitsOf(baselines), scenario);
 *   const r = blocSwing.recompute(c, { transfer: {}, swing: 2, turnout: 0 });
 *   blocSwing.numbersAt(c, r, 0)  → { ours, leader, marginPts, neededPersuasion, … }
 */
import type { Scenario, UnitNumbers } from '../projection.ts';
import {
	Compiler,
	leaderAt,
	numbersAt,
	recompute,
	type Compiled,
	type Move,
	type Recomputed
} from '../projection-fast.ts';
import type { QuadrantSettings } from '../winnability.ts';
import type { UnitVotes } from './units.ts';

/** Our side and the rival blocs: what a projector is prepared for. */
export type Side = Pick<Scenario, 'side' | 'rivals' | 'rivalNames'>;

export interface Projector<M, C extends { n: number } = { n: number }> {
	/**
	 * The units prepared for a side. `leads[i]`: unit i's lead party as an index in side.side
	 * (default: the first), for callers whose units each lead with their own biggest party.
	 */
	compile(units: UnitVotes, side: Side, leads?: ArrayLike<number>): C;
	/**
	 * Every unit's numbers for a move; with organisation scores (0–100) and the quadrant
	 * thresholds, its group too. `out` is reused when given.
	 */
	recompute(
		c: C,
		move: M,
		scores?: ArrayLike<number> | null,
		q?: QuadrantSettings,
		out?: Recomputed
	): Recomputed;
	/** Unit i as one object (for the few units a table shows). */
	numbersAt(c: C, r: Recomputed, i: number): UnitNumbers;
	/** The name of unit i's strongest other bloc after a recompute. */
	leaderAt(c: C, r: Recomputed, i: number): string;
}

/** Regrouped into blocs, uniform swing, turnout and lean (projection.ts, fast path). */
export const blocSwing: Projector<Move, Compiled> = {
	compile(units, side, leads) {
		const b = new Compiler(units.n, side, leads);
		units.feed(b);
		return b.compiled;
	},
	recompute,
	numbersAt,
	leaderAt
};
