/**
 * The deterministic projection: a scenario prepared once over the state's units (its 403 ACs),
 * then applied to those units and to any others compiled with the same entities (booths), and
 * added up into contests where a contest has several units (a Lok Sabha seat's segments).
 *
 *   const f = prepareForecast(acUnits, { blocs, method: 'proportional', shares: { SP: 38 } });
 *   const acs = outcomes(f.state, applyMove(f));          // winner, margin per AC
 *   const booths = projectUnits(f, boothUnits);           // same move, every booth
 *   const pcs = aggregate(f.state, applyMove(f), pcIndexOfAc, 80);
 */
import { compile, entitiesFor, stateShares, type Compiled, type Entities } from './entities.ts';
import { apply, plan, type Move } from './swing.ts';
import { entityPrior } from './transition.ts';
import { NOTA, OTHER, type ForecastScenario, type UnitVotes } from './types.ts';

export interface Forecast {
	scenario: ForecastScenario;
	entities: Entities;
	/** the state's units, compiled */
	state: Compiled;
	move: Move;
	/** state-wide entity shares (0–1): the baseline's, and the scenario's */
	base: Float64Array;
	target: Float64Array;
}

/**
 * The state-wide target shares of the entities (0–1) from the scenario's shares in percent.
 * An entity's share is the one given under its id, else the sum of those given for its parties;
 * entities with nothing given keep their baseline shares, scaled to fill what is left of 100.
 * If everything is given, the shares are scaled to add up to 100 (polls rarely add up exactly).
 *
 * With a transition prior (prior[l * k + g]: the share of l's leavers that go to g, entityPrior),
 * the entities with nothing given are instead moved by the flows: what a given entity loses goes to
 * them in the prior's proportions (BSP −10 pts, its leavers 60/40 to SP and BJP: SP +6, BJP +4),
 * and what a given entity gains is taken from them in proportion to their leavers that go to it
 * (their share × prior[g * k + l]). Where that would take one below 0, it stops at 0 and the
 * others are scaled to fill what is left of 100.
 */
export function targetShares(
	e: Entities,
	base: Float64Array,
	shares: Record<string, number> | undefined,
	prior?: Float64Array
): Float64Array {
	const k = e.ids.length;
	const out = new Float64Array(k);
	const given = new Uint8Array(k);
	for (const [key, pct] of Object.entries(shares ?? {})) {
		if (!Number.isFinite(pct) || pct < 0 || pct > 100)
			throw new Error(`state-wide share of ${key} must be a number from 0 to 100, not ${pct}`);
		let j = e.ids.indexOf(key);
		if (j < 0) j = e.index.get(key) ?? e.other;
		// a bloc's own id overrides its parties' shares
		if (given[j] === 2) continue;
		if (e.ids[j] === key && e.isBloc[j]) {
			out[j] = 0;
			given[j] = 2;
		} else given[j] = 1;
		out[j] += pct / 100;
	}
	let fixed = 0;
	let free = 0;
	for (let j = 0; j < k; j++) {
		if (given[j]) fixed += out[j];
		else free += base[j];
	}
	if (fixed > 1 + 1e-9 && free > 0)
		throw new Error(
			`the state-wide shares given add up to ${(100 * fixed).toFixed(1)}%, more than 100%: lower some`
		);
	if (free > 0 && prior && given.some((g) => g)) flowToFree(given, base, out, fixed, prior);
	else if (free > 0) {
		for (let j = 0; j < k; j++) if (!given[j]) out[j] = (base[j] * (1 - fixed)) / free;
	} else if (fixed > 0) {
		for (let j = 0; j < k; j++) out[j] /= fixed;
	}
	return out;
}

/** targetShares' transition fill: the entities not given (given[j] 0) moved by the flows. */
function flowToFree(
	given: Uint8Array,
	base: Float64Array,
	out: Float64Array,
	fixed: number,
	prior: Float64Array
) {
	const k = base.length;
	const free = [...given.keys()].filter((j) => !given[j]);
	let freeBase = 0;
	for (const g of free) {
		out[g] = base[g];
		freeBase += base[g];
	}
	/** spreads `amount` over the free entities by weights w (their baseline shares if w is all 0) */
	const spread = (amount: number, w: (g: number) => number) => {
		let total = 0;
		for (const g of free) total += w(g);
		for (const g of free)
			out[g] += total > 0 ? (amount * w(g)) / total : (amount * base[g]) / freeBase;
	};
	for (let l = 0; l < k; l++) {
		if (!given[l]) continue;
		const d = out[l] - base[l];
		if (d < 0) spread(-d, (g) => prior[l * k + g]);
		else if (d > 0) spread(-d, (g) => base[g] * prior[g * k + l]);
	}
	let sum = 0;
	let cut = false;
	for (const g of free) {
		if (out[g] < 0) {
			out[g] = 0;
			cut = true;
		}
		sum += out[g];
	}
	if (!cut) return;
	for (const g of free)
		out[g] = sum > 0 ? (out[g] * (1 - fixed)) / sum : (base[g] * (1 - fixed)) / freeBase;
}

/**
 * A scenario's entities over the state's units, the units compiled to them and the baseline's
 * state-wide entity shares: the first half of prepareForecast, without planning the move.
 */
export function prepareEntities(
	stateUnits: UnitVotes[],
	scenario: ForecastScenario,
	opts: { entities?: Entities } = {}
): Pick<Forecast, 'entities' | 'state' | 'base'> {
	const named = Object.keys(scenario.shares ?? {}).filter(
		(p) => p !== OTHER && p !== NOTA && !scenario.blocs.some((b) => b.id === p)
	);
	const entities =
		opts.entities ?? entitiesFor(scenario.blocs, [stateUnits], { ours: scenario.ours, named });
	const state = compile(stateUnits, entities, scenario.blocs, scenario.transfer ?? 1);
	return { entities, state, base: stateShares(state) };
}

/** Prepares a scenario over the state's units (see the module comment). */
export function prepareForecast(
	stateUnits: UnitVotes[],
	scenario: ForecastScenario,
	opts: { entities?: Entities } = {}
): Forecast {
	const { entities, state, base } = prepareEntities(stateUnits, scenario, opts);
	const prior =
		scenario.method === 'transition' && scenario.matrix
			? entityPrior(state, scenario.matrix)
			: undefined;
	const target = targetShares(entities, base, scenario.shares, prior);
	const move = plan(state, target, scenario.method, prior);
	return { scenario, entities, state, move, base, target };
}

/** The move applied to the state's units: entity shares per unit (unit-major). */
export const applyMove = (f: Forecast, out?: Float64Array) => apply(f.state, f.move, out);

/** Per unit (or contest): who leads, who is second, and our margin over the best other. */
export interface Outcomes {
	n: number;
	k: number;
	/** entity shares (0–1), unit-major */
	shares: Float64Array;
	total: Float64Array;
	winner: Int32Array;
	/** our share minus the best other entity's (NOTA never counts), in points (0–100) */
	marginPts: Float64Array;
	/** the best entity other than ours */
	rival: Int32Array;
}

export function outcomes(
	c: Pick<Compiled, 'n' | 'k' | 'entities' | 'total'>,
	shares: Float64Array
): Outcomes {
	const { n, k, entities: e } = c;
	const winner = new Int32Array(n);
	const rival = new Int32Array(n);
	const marginPts = new Float64Array(n);
	for (let u = 0; u < n; u++) {
		const o = u * k;
		let w = -1;
		let r = -1;
		for (let j = 0; j < k; j++) {
			if (!e.canLead[j]) continue;
			if (w < 0 || shares[o + j] > shares[o + w]) w = j;
			if (j !== e.ours && (r < 0 || shares[o + j] > shares[o + r])) r = j;
		}
		winner[u] = w;
		rival[u] = r;
		marginPts[u] = 100 * (shares[o + e.ours] - (r >= 0 ? shares[o + r] : 0));
	}
	return { n, k, shares, total: c.total, winner, marginPts, rival };
}

/** A unit's projection as an object: what a table row shows. */
export function unitRow(f: Pick<Forecast, 'entities'>, o: Outcomes, u: number) {
	const ids = f.entities.ids;
	const shares: Record<string, number> = {};
	for (let j = 0; j < o.k; j++)
		if (o.shares[u * o.k + j] > 0) shares[ids[j]] = 100 * o.shares[u * o.k + j];
	return {
		winner: ids[o.winner[u]],
		rival: ids[o.rival[u]],
		marginPts: o.marginPts[u],
		marginVotes: (o.marginPts[u] / 100) * o.total[u],
		shares
	};
}

/** Other units (booths) compiled with the forecast's entities and moved by its plan. */
export function projectUnits(f: Forecast, units: UnitVotes[]): Outcomes {
	const c = compile(units, f.entities, f.scenario.blocs, f.scenario.transfer ?? 1, {
		partyTotals: false
	});
	return outcomes(c, apply(c, f.move));
}

/** Units added up into contests (segments into Lok Sabha seats): contestOf[u] in 0…m−1. */
export function aggregate(
	c: Pick<Compiled, 'n' | 'k' | 'entities' | 'total'>,
	shares: Float64Array,
	contestOf: Int32Array,
	m: number
): Outcomes {
	const { n, k } = c;
	const votes = new Float64Array(m * k);
	const total = new Float64Array(m);
	for (let u = 0; u < n; u++) {
		const i = contestOf[u];
		if (i < 0) continue;
		total[i] += c.total[u];
		for (let j = 0; j < k; j++) votes[i * k + j] += shares[u * k + j] * c.total[u];
	}
	for (let i = 0; i < m; i++)
		if (total[i] > 0) for (let j = 0; j < k; j++) votes[i * k + j] /= total[i];
	return outcomes({ n: m, k, entities: c.entities, total }, votes);
}

/** Seats won by each entity. */
export function seats(o: Outcomes): Int32Array {
	const out = new Int32Array(o.k);
	for (let u = 0; u < o.n; u++) if (o.total[u] > 0) out[o.winner[u]]++;
	return out;
}
