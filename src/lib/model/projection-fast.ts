/**
 * The projection of projection.ts for many units at once (every booth of a seat, or all of UP's),
 * fast enough to run on every slider move; the winnability view and the backtest use only this.
 * It rests on one property of the model: the partner leak, the swing and the turnout change move
 * every other bloc in proportion to its votes, so the order of the other blocs never changes and
 * the leader is known from the baseline. Each unit is compiled once per choice of side, rivals
 * and baseline into a few numbers; a recompute is then plain arithmetic over typed arrays, and
 * gives everything the interface shows per unit: shares of our side and the leader, margin in
 * points and votes, votes needed by persuasion and by new voters, and (given an organisation
 * score per unit) the winnability group.
 * tests/unit/model/projection-fast.test.ts checks it against project() on real booths, and
 * tests/unit/property/projection-fast.test.ts on random ones (with shiftBooth()).
 *
 *   const c = compile(baselines, scenario);               // once per side/rivals/baseline
 *   const r = recompute(c, { transfer: { INC: 0.8 }, swing: 2, turnout: 0 }, scores, q);
 *   r.marginPts[i], r.persuade[i], GROUPS[r.group[i]], numbersAt(c, r, i)
 */
import { blocLabel, NOTA, type Baseline, type Scenario, type UnitNumbers } from './projection.ts';
import { GROUPS, type Group, type QuadrantSettings } from './winnability.ts';
import type { UnitSink } from './contest/units.ts';

export interface Compiled {
	n: number;
	/** our side's parties (the scenario's order) */
	parties: string[];
	/** votes of each of our parties, one array per party */
	sideVotes: Float64Array[];
	/** per unit, the index in `parties` of the lead party (it transfers fully) */
	lead: Uint8Array;
	/** baseline votes of the strongest other bloc (NOTA excluded) */
	leaderBase: Float64Array;
	leaderName: string[];
	/** the other bloc first by name: the leader when every other bloc had 0 votes and gets a leak */
	firstName: string[];
	/** all other blocs but NOTA, and how many there are */
	otherTotal: Float64Array;
	otherCount: Uint16Array;
	nota: Float64Array;
	valid: Float64Array;
	/** NaN where electors are unknown */
	electors: Float64Array;
}

/** The slider settings: transfer rate (0–1) per party of our side, swing, turnout, lean (points). */
export interface Move {
	transfer: Record<string, number>;
	swing: number;
	turnout: number;
	lean?: number;
}

export interface Recomputed {
	ours: Float64Array;
	leader: Float64Array;
	valid: Float64Array;
	/** margin in votes (ours − leader) */
	margin: Float64Array;
	marginPts: Float64Array;
	/** percent of valid votes */
	share: Float64Array;
	leaderShare: Float64Array;
	/** votes needed (0 where we lead): voters persuaded from the leader, or new voters for us */
	persuade: Float64Array;
	newVoters: Float64Array;
	/** index in GROUPS (NO_GROUP without scores) */
	group: Uint8Array;
}

export const NO_GROUP = 255;

/**
 * `leads[i]`: the lead party of unit i as an index in s.side (default 0, s.side[0] for all), for
 * callers whose units each put their own biggest party first (the backtest's seats).
 */
export function compile(
	units: Baseline[],
	s: Pick<Scenario, 'side' | 'rivals' | 'rivalNames'>,
	leads?: ArrayLike<number>
): Compiled {
	const b = new Compiler(units.length, s, leads);
	for (let i = 0; i < units.length; i++) {
		const u = units[i];
		for (const party in u.votes) b.add(i, party, u.votes[party]);
		b.finish(i, u.valid, u.electors);
	}
	return b.compiled;
}

/**
 * Compiles units handed over one at a time, for callers that compute each unit's votes on the fly
 * (contest/units.ts: a booth moved by its segment's swing) and so need no Baseline object per
 * unit. A UnitSink: unit(i, parties, votes, m, valid, electors); or add(i, party, votes) for each
 * party, then finish(i, valid, electors).
 */
export class Compiler implements UnitSink {
	readonly compiled: Compiled;
	#inSide: Map<string, number>;
	#blocOf = new Map<string, string>();
	/**
	 * The current unit's other blocs, summed without a Map of boxed numbers per unit (all of UP's
	 * 138,761 booths allocated about 190 MB of garbage per compile that way): each bloc has a
	 * slot for the compiler's life, `#order` lists the slots the unit touched in the order a Map
	 * would have kept them, and `#seen` marks a slot as touched by the current unit (#unit).
	 */
	#slotOf = new Map<string, number>();
	#names: string[] = [];
	#sums = new Float64Array(32);
	#seen = new Int32Array(32);
	#order: number[] = [];
	#count = 0;
	#unit = 1;

	constructor(
		n: number,
		s: Pick<Scenario, 'side' | 'rivals' | 'rivalNames'>,
		leads?: ArrayLike<number>
	) {
		const inSide = (this.#inSide = new Map(s.side.map((p, j) => [p, j])));
		s.rivals.forEach((r, i) => {
			const label = s.rivalNames?.[i] ?? blocLabel(r.filter((x) => !inSide.has(x)));
			for (const p of r) if (!inSide.has(p)) this.#blocOf.set(p, label);
		});
		this.compiled = {
			n,
			parties: [...s.side],
			sideVotes: s.side.map(() => new Float64Array(n)),
			lead: new Uint8Array(n),
			leaderBase: new Float64Array(n),
			leaderName: new Array<string>(n),
			firstName: new Array<string>(n),
			otherTotal: new Float64Array(n),
			otherCount: new Uint16Array(n),
			nota: new Float64Array(n),
			valid: new Float64Array(n),
			electors: new Float64Array(n)
		};
		if (leads) this.compiled.lead.set(leads);
	}

	add(i: number, party: string, v: number) {
		const j = this.#inSide.get(party);
		if (j !== undefined) this.compiled.sideVotes[j][i] += v;
		else if (party === NOTA) this.compiled.nota[i] += v;
		else {
			const key = this.#blocOf.get(party) ?? party;
			let slot = this.#slotOf.get(key);
			if (slot === undefined) {
				slot = this.#names.length;
				this.#slotOf.set(key, slot);
				this.#names.push(key);
				if (slot === this.#sums.length) {
					const sums = new Float64Array(slot * 2);
					sums.set(this.#sums);
					this.#sums = sums;
					const seen = new Int32Array(slot * 2);
					seen.set(this.#seen);
					this.#seen = seen;
				}
			}
			if (this.#seen[slot] !== this.#unit) {
				this.#seen[slot] = this.#unit;
				this.#sums[slot] = 0 + v;
				this.#order[this.#count++] = slot;
			} else this.#sums[slot] += v;
		}
	}

	/** Unit i whole: its parties' votes, then finish. */
	readonly unit: UnitSink['unit'] = (i, parties, votes, m, valid, electors) => {
		for (let k = 0; k < m; k++) this.add(i, parties[k], votes[k]);
		this.finish(i, valid, electors);
	};

	finish(i: number, valid: number, electors: number | null) {
		const c = this.compiled;
		let name = '';
		let first = '';
		let best = 0;
		let total = 0;
		for (let t = 0; t < this.#count; t++) {
			const slot = this.#order[t];
			const k = this.#names[slot];
			const v = this.#sums[slot];
			total += v;
			if (v > best || (v === best && k < name)) {
				name = k;
				best = v;
			}
			if (first === '' || k < first) first = k;
		}
		c.leaderBase[i] = best;
		c.leaderName[i] = name;
		c.firstName[i] = first;
		c.otherTotal[i] = total;
		c.otherCount[i] = this.#count;
		c.valid[i] = valid;
		c.electors[i] = electors ?? NaN;
		this.#count = 0;
		this.#unit++;
	}
}

export function allocate(n: number): Recomputed {
	return {
		ours: new Float64Array(n),
		leader: new Float64Array(n),
		valid: new Float64Array(n),
		margin: new Float64Array(n),
		marginPts: new Float64Array(n),
		share: new Float64Array(n),
		leaderShare: new Float64Array(n),
		persuade: new Float64Array(n),
		newVoters: new Float64Array(n),
		group: new Uint8Array(n)
	};
}

/**
 * Two sets of result arrays for `n` units, handed out by turns: each call gives the set the call
 * before did not. A view that shows one move while the next is computed (a slider) then allocates
 * nothing per move (a new set is 73 bytes a unit: 10 MB a move for all UP's 140,000 booths), and
 * each move still gets another object than the one on screen. A move's arrays are written over by
 * the move after next, so a caller keeps only the latest move's (or copies what it keeps).
 */
export function byTurns(n: number): () => Recomputed {
	const sets = [allocate(n), allocate(n)];
	let last = 1;
	return () => sets[(last ^= 1)];
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Every unit projected with the move (as project() does), and its group when `scores` (the
 * organisation score per unit, 0–100) and the quadrant thresholds are given. `out` is reused
 * when given (no allocation per move).
 */
export function recompute(
	c: Compiled,
	m: Move,
	scores?: ArrayLike<number> | null,
	q?: QuadrantSettings,
	out?: Recomputed
): Recomputed {
	const r = out ?? allocate(c.n);
	const k = c.parties.length;
	const rates = c.parties.map((p) => clamp01(m.transfer[p] ?? 1));
	const lean = m.lean ?? 0;
	const swing = m.swing / 100;
	const turnout = m.turnout / 100;
	const withGroups = !!scores && !!q;
	const qm = q?.margin ?? 0;
	const qc = q?.coverage ?? 0;
	for (let i = 0; i < c.n; i++) {
		let ours = 0;
		let leak = 0;
		const li = c.lead[i];
		for (let j = 0; j < k; j++) {
			const v = c.sideVotes[j][i];
			const rate = j === li ? 1 : rates[j];
			ours += v * rate;
			leak += v * (1 - rate);
		}
		let leader = c.leaderBase[i];
		let others = c.otherTotal[i];
		if (leak > 0 && c.otherCount[i] > 0) {
			leader += others > 0 ? leak * (leader / others) : leak / c.otherCount[i];
			others += leak;
		}
		const valid = c.valid[i];
		const pool = others + c.nota[i];
		const moved = Math.max(-ours, Math.min(pool, swing * valid));
		ours += moved;
		if (pool > 0) leader = moved === pool ? 0 : leader - moved * (leader / pool);
		const e = c.electors[i];
		const extra = e === e ? turnout * e : 0; // e !== e: NaN, electors unknown
		const factor = valid > 0 ? Math.max(0, (valid + extra) / valid) : 1;
		const newValid = valid * factor;
		if (lean === 0 || valid <= 0) {
			ours *= factor;
			leader *= factor;
		} else {
			const added = newValid - valid;
			const qq = clamp01(ours / valid + lean / 100);
			const rest = valid - ours;
			ours = Math.max(0, ours + added * qq);
			leader =
				rest > 0 ? Math.max(0, leader + (added * (1 - qq) * leader) / rest) : leader * factor;
		}
		const margin = ours - leader;
		r.ours[i] = ours;
		r.leader[i] = leader;
		r.valid[i] = newValid;
		r.margin[i] = margin;
		const pts = newValid > 0 ? (100 * margin) / newValid : 0;
		r.marginPts[i] = pts;
		r.share[i] = newValid > 0 ? (100 * ours) / newValid : 0;
		r.leaderShare[i] = newValid > 0 ? (100 * leader) / newValid : 0;
		if (margin > 0) {
			r.persuade[i] = 0;
			r.newVoters[i] = 0;
		} else {
			const deficit = Math.max(0, Math.floor(leader) - Math.floor(ours));
			r.newVoters[i] = deficit + 1;
			r.persuade[i] = Math.ceil((deficit + 1) / 2);
		}
		if (withGroups) {
			const votes = pts >= qm;
			const org = scores[i] >= qc;
			r.group[i] = votes ? (org ? 0 : 1) : org ? 2 : 3; // GROUPS' order
		} else r.group[i] = NO_GROUP;
	}
	return r;
}

/** The leader's name of unit i after a recompute (as project() names it). */
export function leaderAt(c: Compiled, r: Recomputed, i: number): string {
	return r.leader[i] > 0 ? (c.leaderBase[i] > 0 ? c.leaderName[i] : c.firstName[i]) : '';
}

export function groupAt(r: Recomputed, i: number): Group | null {
	return r.group[i] === NO_GROUP ? null : GROUPS[r.group[i]];
}

/** Unit i's numbers as one object (for the few units a table shows). */
export function numbersAt(c: Compiled, r: Recomputed, i: number): UnitNumbers {
	const e = c.electors[i];
	return {
		ours: r.ours[i],
		leader: leaderAt(c, r, i),
		leaderVotes: r.leader[i],
		valid: r.valid[i],
		electors: Number.isNaN(e) ? null : e,
		share: r.share[i],
		leaderShare: r.leaderShare[i],
		marginVotes: r.margin[i],
		marginPts: r.marginPts[i],
		winning: r.margin[i] > 0,
		neededTurnout: r.newVoters[i],
		neededPersuasion: r.persuade[i],
		nonVoters: e ? Math.max(0, e - r.valid[i]) : null // as project(): none without electors (NaN, 0)
	};
}
