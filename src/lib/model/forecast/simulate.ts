/**
 * Many elections around the projection, to say how sure it is. Each simulated election adds to
 * every entity's share p in every unit an error in share points scaled by √(p(1 − p)) (the size of
 * a sampling error: a 40% bloc moves about 3 times as many points as a 2% party), made of
 *   a state-wide part per entity (sd `state`: how far the state-wide shares may be off),
 *   a part per entity and division (sd `division`, optional: one of UP's 18 divisions, groups of
 *   neighbouring districts, divisions.ts; swings that run together across a whole region),
 *   a regional part per entity and region (sd `region`, e.g. per district: swings that run
 *   together in neighbouring seats), and
 *   a part per entity and unit (sd `unit`; normal, or bootstrapped from the earlier residuals when
 *   `unitPool` is given),
 * then cuts shares at 0, renormalises each unit to 1 and sees who leads; units can be added up
 * into contests (segments into a Lok Sabha seat) first. An entity with no votes in a unit (no
 * candidate) stays at 0. The spreads come from the backtests (spreads.ts), never from a guess;
 * the scale was chosen because the backtest residuals are about equally large on it for big and
 * small parties, which they are not on the log scale (docs/FORECAST.md). Seeded: the same input
 * gives the same draws, everywhere.
 *
 *   const s = simulate({ shares, total, k, canLead, region, regions, sims: 1000, seed: 1,
 *                        sd: { state: 0.3, region: 0.1, unit: 0.15 } });
 *   s.chance[u * k + ours] → our chance of leading unit u; seatSummary(s, ours) → median, 80% range
 */
import { rng } from './prng.ts';

/**
 * The scale errors are drawn on. 'binomial': an error in share (0–1) divided by √(p(1 − p)),
 * added to p. 'log': an error in the log of a share, p × e^z (a party's share moves in proportion
 * to itself, so a 5% party cannot jump like a 40% bloc; docs/FORECAST.md §2 for why and how it was
 * chosen).
 */
export type ErrorScale = 'binomial' | 'log';

export interface ErrorSpreads {
	/** standard deviations of an error on `scale` (default 'binomial') */
	state: number;
	/** per division (input.division); absent or 0: no division layer */
	division?: number;
	region: number;
	unit: number;
	scale?: ErrorScale;
	/**
	 * heavier tails for the AC part: its errors in a unit are multiplied, per simulation, by one
	 * factor √((ν − 2) / χ²_ν) shared by the unit's contenders (a Student t with ν degrees of
	 * freedom and the same variance: most ACs move less, a few much more). Absent or 0: normal.
	 */
	tails?: number;
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
	/** each unit's division (0…divisions−1), for sd.division; absent: no division layer */
	division?: Int32Array;
	divisions?: number;
	/** each unit's contest (0…contests−1); absent: every unit is a contest */
	contestOf?: Int32Array;
	contests?: number;
	sims: number;
	seed: number;
	sd: ErrorSpreads;
	/**
	 * AC errors bootstrapped from these values (root mean square 1, spreads.ts unitResiduals): each
	 * entity's AC error in a unit is sd.unit times one value drawn uniformly from the pool, in place
	 * of sd.unit times a normal (and of the tails factor). Absent or empty: normal.
	 */
	unitPool?: Float64Array;
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
	const log = sd.scale === 'log';
	const pool = input.unitPool?.length ? input.unitPool : null;
	const tails = pool ? 0 : (sd.tails ?? 0);
	// each share's scale √(p(1 − p)) (binomial), 0 where the entity has no votes (it stays at 0)
	const scale = new Float64Array(n * k);
	for (let i = 0; i < n * k; i++)
		scale[i] = shares[i] > 0 ? (log ? 1 : Math.sqrt(shares[i] * (1 - shares[i]))) : 0;
	const wins = new Float64Array(m * k);
	const seats = new Int32Array(sims * k);
	const zState = new Float64Array(k);
	const zRegion = new Float64Array(regions * k);
	const division = input.division;
	const divisions = division && sd.division ? (input.divisions ?? 0) : 0;
	const zDivision = new Float64Array(divisions * k);
	const x = new Float64Array(k);
	const acc = new Float64Array(m * k);
	for (let s = 0; s < sims; s++) {
		for (let j = 0; j < k; j++) zState[j] = sd.state * r.normal();
		for (let i = 0; i < regions * k; i++) zRegion[i] = sd.region * r.normal();
		// drawn after the others, so that without a division layer the draws are as before
		for (let i = 0; i < divisions * k; i++) zDivision[i] = sd.division! * r.normal();
		if (contestOf) acc.fill(0);
		for (let u = 0; u < n; u++) {
			if (total[u] <= 0) continue;
			const o = u * k;
			const g = region[u] * k;
			const dv = divisions ? division![u] * k : -1;
			let w = sd.unit;
			if (tails > 2) {
				let chi = 0;
				for (let d = 0; d < tails; d++) chi += r.normal() ** 2;
				w *= Math.sqrt((tails - 2) / chi);
			}
			let sum = 0;
			for (let j = 0; j < k; j++) {
				const sc = scale[o + j];
				if (sc === 0) {
					x[j] = 0;
					continue;
				}
				const e = pool ? pool[Math.floor(r.uniform() * pool.length)] : r.normal();
				const z = zState[j] + zRegion[g + j] + (dv >= 0 ? zDivision[dv + j] : 0) + w * e;
				const v = log ? shares[o + j] * Math.exp(z) : shares[o + j] + sc * z;
				x[j] = v > 0 ? v : 0;
				sum += x[j];
			}
			if (contestOf) {
				if (contestOf[u] < 0 || sum <= 0) continue;
				const c = contestOf[u] * k;
				for (let j = 0; j < k; j++) acc[c + j] += (x[j] / sum) * total[u];
			} else {
				// renormalising keeps the order: the leader is the largest x
				let w = -1;
				for (let j = 0; j < k; j++) if (canLead[j] && (w < 0 || x[j] > x[w])) w = j;
				if (w >= 0 && x[w] > 0) {
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
	/** the 50% range (25th and 75th percentiles) */
	lo50: number;
	hi50: number;
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
	const distribution = new Array<number>(s.contests + 1).fill(0);
	let sum = 0;
	for (const x of xs) {
		distribution[x]++;
		sum += x;
	}
	return {
		median: percentile(xs, 0.5),
		lo: percentile(xs, 0.1),
		hi: percentile(xs, 0.9),
		lo50: percentile(xs, 0.25),
		hi50: percentile(xs, 0.75),
		mean: sum / s.sims,
		distribution
	};
}
