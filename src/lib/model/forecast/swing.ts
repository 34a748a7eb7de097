/**
 * From baseline shares to the state-wide shares of a scenario, unit by unit. A plan is made once
 * from the state's units (the 403 ACs) and then applied to any units compiled with the same
 * entities (the ACs, their booths):
 *
 * - uniform: every unit's entity share moves by the same points (the state-wide change); shares
 *   cut at 0 are renormalised, and the change is iterated until the state-wide shares are met;
 * - proportional: every unit's entity share is multiplied by the same ratio (renormalised,
 *   iterated likewise); an entity with no baseline votes gets its target share uniformly;
 * - transition: an entity that loses state-wide loses the same fraction of its votes in every
 *   unit, and those votes go to the entities that gain in set proportions: a prior matrix of
 *   where each entity's lost votes go (transition.ts: estimated from past elections, or edited),
 *   fitted by iterative proportional fitting so that every loser gives exactly what it loses and
 *   every gainer receives exactly what it gains state-wide. Units keep their totals; where a
 *   loser was strong, its gainers gain most.
 *
 *   plan(c, target, 'transition', prior) → move;  apply(c, move) → shares[u * k + j]
 */
import type { Compiled } from './entities.ts';
import type { SwingMethod } from './types.ts';

export interface Move {
	method: SwingMethod;
	k: number;
	/** uniform: points (0–1) added per entity */
	delta: Float64Array;
	/** proportional: ratio per entity; entities with no baseline get `delta` instead */
	ratio: Float64Array;
	/** transition: fraction of its votes each entity keeps (1 for gainers) */
	keep: Float64Array;
	/** transition: flow[l * k + g], share of l's losses that go to g */
	flow: Float64Array;
	/** the state-wide shares the move was planned for */
	target: Float64Array;
}

/** Iterations to meet the target state-wide after cuts at 0 and renormalisation. */
const MAX_ITER = 100;
const TOLERANCE = 1e-10;

export function plan(
	c: Compiled,
	target: Float64Array,
	method: SwingMethod,
	prior?: Float64Array
): Move {
	const { k } = c;
	const base = statewide(c, null);
	const move: Move = {
		method,
		k,
		delta: new Float64Array(k),
		ratio: new Float64Array(k).fill(1),
		keep: new Float64Array(k).fill(1),
		flow: new Float64Array(k * k),
		target: Float64Array.from(target)
	};
	if (method === 'transition') {
		const loss = new Float64Array(k);
		const gain = new Float64Array(k);
		for (let j = 0; j < k; j++) {
			const d = target[j] - base[j];
			if (d < 0 && base[j] > 0) {
				loss[j] = -d;
				move.keep[j] = target[j] / base[j];
			} else if (d > 0) gain[j] = d;
		}
		const f = fitFlows(loss, gain, prior ?? new Float64Array(k * k).fill(1));
		for (let l = 0; l < k; l++)
			if (loss[l] > 0) for (let g = 0; g < k; g++) move.flow[l * k + g] = f[l * k + g] / loss[l];
		return move;
	}
	for (let j = 0; j < k; j++) {
		if (method === 'uniform' || base[j] <= 0) move.delta[j] = target[j] - base[j];
		else move.ratio[j] = target[j] / base[j];
		if (method === 'proportional' && base[j] <= 0) move.ratio[j] = 0;
	}
	// meet the target state-wide despite cuts at 0 and renormalisation
	for (let it = 0; it < MAX_ITER; it++) {
		const got = statewide(c, move);
		let worst = 0;
		for (let j = 0; j < k; j++) worst = Math.max(worst, Math.abs(got[j] - target[j]));
		if (worst < TOLERANCE) break;
		for (let j = 0; j < k; j++) {
			if (method === 'proportional' && base[j] > 0) {
				if (got[j] > 0) move.ratio[j] *= target[j] / got[j];
			} else move.delta[j] += target[j] - got[j];
		}
	}
	return move;
}

/** Applies a move to every unit: entity shares (0–1), unit-major, into `out` if given. */
export function apply(
	c: Compiled,
	move: Move,
	out: Float64Array = new Float64Array(c.n * c.k)
): Float64Array {
	const { n, k, votes, total } = c;
	const { method, delta, ratio, keep, flow } = move;
	for (let u = 0; u < n; u++) {
		const o = u * k;
		const t = total[u];
		if (t <= 0) {
			out.fill(0, o, o + k);
			continue;
		}
		if (method === 'transition') {
			for (let j = 0; j < k; j++) out[o + j] = (votes[o + j] / t) * keep[j];
			for (let l = 0; l < k; l++) {
				const lost = (votes[o + l] / t) * (1 - keep[l]);
				if (lost > 0) for (let g = 0; g < k; g++) out[o + g] += lost * flow[l * k + g];
			}
			continue;
		}
		let sum = 0;
		for (let j = 0; j < k; j++) {
			const s0 = votes[o + j] / t;
			const s = method === 'uniform' ? s0 + delta[j] : s0 * ratio[j] + delta[j];
			const v = s > 0 ? s : 0;
			out[o + j] = v;
			sum += v;
		}
		if (sum > 0) for (let j = 0; j < k; j++) out[o + j] /= sum;
	}
	return out;
}

/** State-wide shares of the units, moved (or as they are with move null). */
function statewide(c: Compiled, move: Move | null): Float64Array {
	const out = new Float64Array(c.k);
	const s = move ? apply(c, move) : null;
	let t = 0;
	for (let u = 0; u < c.n; u++) {
		t += c.total[u];
		for (let j = 0; j < c.k; j++) out[j] += s ? s[u * c.k + j] * c.total[u] : c.votes[u * c.k + j];
	}
	if (t > 0) for (let j = 0; j < c.k; j++) out[j] /= t;
	return out;
}

/**
 * Iterative proportional fitting of the flows from losers to gainers: starting from the prior
 * (plus a small floor so that every loser can reach every gainer), rows are scaled to each
 * loser's loss and columns to each gainer's gain until both hold. Returns flows in share points.
 */
export function fitFlows(
	loss: Float64Array,
	gain: Float64Array,
	prior: Float64Array
): Float64Array {
	const k = loss.length;
	const f = new Float64Array(k * k);
	let maxPrior = 0;
	for (let i = 0; i < k * k; i++) maxPrior = Math.max(maxPrior, prior[i]);
	// the floor: 0.1% of the largest prior flow, so that a zero in the prior cannot make the
	// margins unreachable (IPF converges only if the pattern of non-zero cells allows them)
	const floor = 1e-3 * (maxPrior || 1);
	for (let l = 0; l < k; l++)
		if (loss[l] > 0)
			for (let g = 0; g < k; g++)
				if (gain[g] > 0 && g !== l) f[l * k + g] = prior[l * k + g] + floor;
	for (let it = 0; it < 1000; it++) {
		let worst = 0;
		for (let l = 0; l < k; l++) {
			if (loss[l] <= 0) continue;
			let r = 0;
			for (let g = 0; g < k; g++) r += f[l * k + g];
			if (r > 0) for (let g = 0; g < k; g++) f[l * k + g] *= loss[l] / r;
		}
		for (let g = 0; g < k; g++) {
			if (gain[g] <= 0) continue;
			let col = 0;
			for (let l = 0; l < k; l++) col += f[l * k + g];
			worst = Math.max(worst, Math.abs(col - gain[g]));
			if (col > 0) for (let l = 0; l < k; l++) f[l * k + g] *= gain[g] / col;
		}
		if (worst < 1e-13) break;
	}
	return f;
}
