/**
 * The projection of projection.ts for many units at once (all of UP's booths), fast enough to run
 * on every slider move. It rests on one property of the model: the partner leak and the swing
 * change every other bloc in proportion to its votes, so the order of the other blocs never
 * changes and the leader is known from the baseline. Each unit is compiled once per choice of side
 * and rivals into a few numbers; a recompute is then plain arithmetic over typed arrays.
 * tests/unit/model/projection-fast.test.ts checks it against project() unit by unit.
 *
 *   const c = compile(baselines, scenario);       // once per side/rivals/baseline
 *   const r = recompute(c, [0.8], 2, 0);           // per slider move: transfer per partner, swing, turnout
 *   r.margin[i], r.ours[i], r.leader[i]
 */
import { blocLabel, NOTA, type Baseline, type Scenario } from './projection.ts';

export interface Compiled {
	n: number;
	partners: string[];
	lead: Float64Array;
	/** votes of each partner, one array per partner */
	partnerVotes: Float64Array[];
	/** baseline votes of the strongest other bloc (NOTA excluded) */
	leaderBase: Float64Array;
	leaderName: string[];
	/** all other blocs but NOTA, and how many there are */
	otherTotal: Float64Array;
	otherCount: Uint16Array;
	nota: Float64Array;
	valid: Float64Array;
	/** NaN where electors are unknown */
	electors: Float64Array;
}

export interface Recomputed {
	ours: Float64Array;
	leader: Float64Array;
	valid: Float64Array;
	margin: Float64Array;
}

export function compile(
	units: Baseline[],
	s: Pick<Scenario, 'side' | 'rivals' | 'rivalNames'>
): Compiled {
	const n = units.length;
	const inSide = new Set(s.side);
	const blocOf = new Map<string, string>();
	s.rivals.forEach((r, i) => {
		const label = s.rivalNames?.[i] ?? blocLabel(r.filter((x) => !inSide.has(x)));
		for (const p of r) if (!inSide.has(p)) blocOf.set(p, label);
	});
	const partners = s.side.slice(1);
	const c: Compiled = {
		n,
		partners,
		lead: new Float64Array(n),
		partnerVotes: partners.map(() => new Float64Array(n)),
		leaderBase: new Float64Array(n),
		leaderName: new Array(n),
		otherTotal: new Float64Array(n),
		otherCount: new Uint16Array(n),
		nota: new Float64Array(n),
		valid: new Float64Array(n),
		electors: new Float64Array(n)
	};
	const blocs = new Map<string, number>();
	units.forEach((u, i) => {
		blocs.clear();
		for (const [party, v] of Object.entries(u.votes)) {
			if (party === s.side[0]) c.lead[i] += v;
			else if (inSide.has(party)) c.partnerVotes[partners.indexOf(party)][i] += v;
			else if (party === NOTA) c.nota[i] += v;
			else {
				const key = blocOf.get(party) ?? party;
				blocs.set(key, (blocs.get(key) ?? 0) + v);
			}
		}
		let name = '';
		let best = 0;
		let total = 0;
		for (const [k, v] of blocs) {
			total += v;
			if (v > best || (v === best && k < name)) [name, best] = [k, v];
		}
		c.leaderBase[i] = best;
		c.leaderName[i] = name;
		c.otherTotal[i] = total;
		c.otherCount[i] = blocs.size;
		c.valid[i] = u.valid;
		c.electors[i] = u.electors ?? NaN;
	});
	return c;
}

/** transfer[j] is the rate (0–1) of partners[j]; swing and turnout in points as in project(). */
export function recompute(
	c: Compiled,
	transfer: number[],
	swing: number,
	turnout: number,
	out?: Recomputed
): Recomputed {
	const r = out ?? {
		ours: new Float64Array(c.n),
		leader: new Float64Array(c.n),
		valid: new Float64Array(c.n),
		margin: new Float64Array(c.n)
	};
	const rates = c.partners.map((_, j) => Math.max(0, Math.min(1, transfer[j] ?? 1)));
	for (let i = 0; i < c.n; i++) {
		let ours = c.lead[i];
		let leak = 0;
		for (let j = 0; j < rates.length; j++) {
			const v = c.partnerVotes[j][i];
			ours += v * rates[j];
			leak += v * (1 - rates[j]);
		}
		let leader = c.leaderBase[i];
		let others = c.otherTotal[i];
		if (leak > 0 && c.otherCount[i] > 0) {
			leader += others > 0 ? (leak * leader) / others : leak / c.otherCount[i];
			others += leak;
		}
		const valid = c.valid[i];
		const pool = others + c.nota[i];
		const moved = Math.max(-ours, Math.min(pool, (swing / 100) * valid));
		ours += moved;
		if (pool > 0) leader -= (moved * leader) / pool;
		const e = c.electors[i];
		const extra = Number.isNaN(e) ? 0 : (turnout / 100) * e;
		const factor = valid > 0 ? Math.max(0, (valid + extra) / valid) : 1;
		r.ours[i] = ours * factor;
		r.leader[i] = leader * factor;
		r.valid[i] = valid * factor;
		r.margin[i] = r.ours[i] - r.leader[i];
	}
	return r;
}
