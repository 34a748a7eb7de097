/**
 * Many elections around the projection, to say how sure it is. Each simulated election draws, on
 * the log of every entity's share (so a 40% bloc moves more points than a 2% party, and no share
 * goes below 0):
 *   a state-wide error per entity (sd `state`: how far the state-wide shares may be off),
 *   a regional error per entity and region (sd `region`, e.g. per district: swings that run
 *   together in neighbouring seats), and
 *   an error per entity and unit (sd `unit`),
 * then renormalises each unit's shares to 1 and sees who leads; units can be added up into
 * contests (segments into a Lok Sabha seat) before that. The spreads come from the backtests
 * (spreads.ts), never from a guess. Seeded: the same input gives the same draws, everywhere.
 *
 *   const s = simulate({ shares, total, k, canLead, ours, region, regions, sims: 1000, seed: 1,
 *                        sd: { state: 0.3, region: 0.1, unit: 0.15 } });
 *   s.chance[u * k + ours] → our chance of leading unit u; seatSummary(s, ours) → median, 80% range
 */
import { rng } from './prng.ts';

export interface ErrorSpreads {
	/** standard deviations on the log of a share */
	state: number;
	region: number;
	unit: number;
}

export interface SimulationInput {
	/** entity shares (0–1), unit-major (n × k) */
	shares: Float64Array;
	/** each unit's votes (weights when units add up into contests) */
	total: Float64Array;
	k: number;
	/** 0 for entities that never lead (NOTA) */
	canLead: Uint8Array;
	/** each unit's region (0…regions−1) */
	region: Int32Array;
	regions: number;
	/** each unit's contest (0…contests−1); absent: every unit is a contest */
	contestOf?: Int32Array;
	contests?: number;
	sims: number;
	seed: number;
	sd: ErrorSpreads;
}

export interface Simulation {
	sims: number;
	contests: number;
	k: number;
	/** chance[c * k + j]: the share of simulations in which entity j leads contest c */
	chance: Float64Array;
	/** seats[s * k + j]: contests entity j leads in simulation s */
	seats: Int32Array;
}

export function simulate(input: SimulationInput): Simulation {
	const { shares, total, k, canLead, region, regions, sims, sd } = input;
	const n = total.length;
	const contestOf = input.contestOf;
	const m = contestOf ? (input.contests ?? 0) : n;
	const r = rng(input.seed);
	const logp = new Float64Array(n * k);
	for (let i = 0; i < n * k; i++) logp[i] = shares[i] > 0 ? Math.log(shares[i]) : -Infinity;
	const wins = new Float64Array(m * k);
	const seats = new Int32Array(sims * k);
	const zState = new Float64Array(k);
	const zRegion = new Float64Array(regions * k);
	const x = new Float64Array(k);
	const acc = new Float64Array(m * k);
	for (let s = 0; s < sims; s++) {
		for (let j = 0; j < k; j++) zState[j] = sd.state * r.normal();
		for (let i = 0; i < regions * k; i++) zRegion[i] = sd.region * r.normal();
		if (contestOf) acc.fill(0);
		for (let u = 0; u < n; u++) {
			if (total[u] <= 0) continue;
			const o = u * k;
			const g = region[u] * k;
			let max = -Infinity;
			for (let j = 0; j < k; j++) {
				const lp = logp[o + j];
				if (lp === -Infinity) {
					x[j] = -Infinity;
					continue;
				}
				const v = lp + zState[j] + zRegion[g + j] + sd.unit * r.normal();
				x[j] = v;
				if (v > max) max = v;
			}
			if (contestOf) {
				let sum = 0;
				for (let j = 0; j < k; j++) sum += x[j] === -Infinity ? 0 : Math.exp(x[j] - max);
				if (contestOf[u] < 0) continue;
				const c = contestOf[u] * k;
				for (let j = 0; j < k; j++)
					if (x[j] !== -Infinity) acc[c + j] += (Math.exp(x[j] - max) / sum) * total[u];
			} else {
				// the leader of a unit is the entity with the largest x (renormalising keeps the order)
				let w = -1;
				for (let j = 0; j < k; j++) if (canLead[j] && (w < 0 || x[j] > x[w])) w = j;
				if (w >= 0 && x[w] !== -Infinity) {
					wins[u * k + w]++;
					seats[s * k + w]++;
				}
			}
		}
		if (contestOf)
			for (let c = 0; c < m; c++) {
				let w = -1;
				for (let j = 0; j < k; j++)
					if (canLead[j] && (w < 0 || acc[c * k + j] > acc[c * k + w])) w = j;
				if (w >= 0 && acc[c * k + w] > 0) {
					wins[c * k + w]++;
					seats[s * k + w]++;
				}
			}
	}
	for (let i = 0; i < m * k; i++) wins[i] /= sims;
	return { sims, contests: m, k, chance: wins, seats };
}

export interface SeatSummary {
	/** median and the 80% range (10th and 90th percentiles, nearest rank) of seats won */
	median: number;
	lo: number;
	hi: number;
	mean: number;
	/** distribution[x]: simulations with x seats */
	distribution: number[];
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p of them ≤ it. */
export const percentile = (sorted: ArrayLike<number>, p: number) =>
	sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

export function seatSummary(s: Simulation, entity: number): SeatSummary {
	const xs = new Int32Array(s.sims);
	for (let i = 0; i < s.sims; i++) xs[i] = s.seats[i * s.k + entity];
	xs.sort();
	const distribution = new Array(s.contests + 1).fill(0);
	let sum = 0;
	for (const x of xs) {
		distribution[x]++;
		sum += x;
	}
	return {
		median: percentile(xs, 0.5),
		lo: percentile(xs, 0.1),
		hi: percentile(xs, 0.9),
		mean: sum / s.sims,
		distribution
	};
}
