/**
 * The simulation's error spreads, measured rather than guessed, on the simulation's scale: a
 * difference in share (0–1) divided by √(p̄(1 − p̄)), p̄ the mean of the two shares compared
 * (at least 1%). On this scale the backtest residuals of big and small parties are about equally
 * large (AE2017 with the actual shares given: 0.15–0.18 for blocs of 41%, 28%, 22% and parties of
 * 3%), which they are not in plain points or on the log scale (log: 0.26 for the 41% bloc, 0.70 for
 * a 3% party), so one spread serves every entity.
 *
 * unitSpreads(): from backtests run with the actual state-wide shares given, the residual of each
 * major entity (10% or more state-wide) in each unit, r = (actual − projected) / √(p̄(1 − p̄)),
 * split by a one-way analysis of variance into a regional part (between regions, e.g. districts)
 * and a unit part (within regions), pooled over entities and backtests: σ_unit² = MS_within,
 * σ_region² = (MS_between − MS_within) / n₀ (n₀ the effective region size of an unbalanced
 * design). Each entity's state-wide mean residual is removed first: with the state-wide shares
 * given it is the method's own bias, which the state-wide error below covers.
 *
 * nestedSpreads(): the same with a broader grouping above the regions (districts within UP's
 * divisions, divisions.ts), by a nested analysis of variance (units within districts within
 * divisions; unbalanced, Sokal & Rohlf's coefficients), pooled as above:
 *   MS_within = σ_unit²,
 *   MS_districts-in-division = σ_unit² + n₀′ σ_district²,
 *   MS_divisions = σ_unit² + n₀″ σ_district² + n₀‴ σ_division²,
 * with n₀′ = (N − Σ_D Σ_d n_d² / n_D) / (districts − divisions), n₀″ = (Σ_D Σ_d n_d² / n_D −
 * Σ_d n_d² / N) / (divisions − 1), n₀‴ = (N − Σ_D n_D² / N) / (divisions − 1); a negative
 * estimate is 0.
 *
 * stateSpread(): how far state-wide shares move between one election and the next when nothing
 * is known: the root mean square of (share after − share before) / √(p̄(1 − p̄)) of every party
 * with at least 10% of the vote in either election, over consecutive pairs of elections.
 *
 *   unitSpreads([{ projected, actual, k, region, entities: [0, 1, 2] }]) → { unit: 0.17, region: 0.08, … }
 */
import type { ErrorScale } from './simulate.ts';

/** the smallest p̄ a residual is scaled by (a party that vanished from a unit stays finite) */
export const RESIDUAL_FLOOR = 0.01;

/**
 * The residual on the simulation's scale: binomial, (a − p) / √(p̄(1 − p̄)); log, ln(a / p) with
 * both shares at least RESIDUAL_FLOOR.
 */
export function scaledResidual(
	actual: number,
	projected: number,
	scale: ErrorScale = 'binomial'
): number {
	if (scale === 'log')
		return Math.log(Math.max(RESIDUAL_FLOOR, actual) / Math.max(RESIDUAL_FLOOR, projected));
	const p = Math.max(RESIDUAL_FLOOR, (actual + projected) / 2);
	return (actual - projected) / Math.sqrt(p * (1 - p));
}
/** parties this big (0–1) count in the state-wide spread */
export const MAJOR_SHARE = 0.1;

export interface UnitSpreads {
	unit: number;
	region: number;
	/** residuals used, and the regions they fell in */
	residuals: number;
	regions: number;
}

/** One backtest's units: projected and actual entity shares (n × k), regions, entities to use. */
export interface ResidualSet {
	projected: Float64Array;
	actual: Float64Array;
	k: number;
	region: Int32Array;
	entities: number[];
}

/** Each set's major entities in turn: every unit's scaled residual, their mean, the units' regions. */
function* residualRuns(
	sets: ResidualSet[],
	scale: ErrorScale
): Generator<{ r: Float64Array; mean: number; region: Int32Array }> {
	for (const { projected, actual, k, region, entities } of sets) {
		const n = region.length;
		for (const j of entities) {
			const r = new Float64Array(n);
			let mean = 0;
			for (let u = 0; u < n; u++) {
				r[u] = scaledResidual(actual[u * k + j], projected[u * k + j], scale);
				mean += r[u] / n;
			}
			yield { r, mean, region };
		}
	}
}

/** The sum (s) and count (c) of the residuals by group, unit by unit; sq is the caller's. */
function groupSums(
	r: Float64Array,
	groupOf: (u: number) => number
): Map<number, { s: number; c: number; sq: number }> {
	const by = new Map<number, { s: number; c: number; sq: number }>();
	for (let u = 0; u < r.length; u++) {
		const key = groupOf(u);
		const g = by.get(key) ?? { s: 0, c: 0, sq: 0 };
		g.s += r[u];
		g.c++;
		by.set(key, g);
	}
	return by;
}

export function unitSpreads(sets: ResidualSet[], scale: ErrorScale = 'binomial'): UnitSpreads {
	let ssw = 0;
	let dfw = 0;
	let ssb = 0;
	let dfb = 0;
	let n0Sum = 0;
	let count = 0;
	const regions = new Set<number>();
	for (const { r, mean, region } of residualRuns(sets, scale)) {
		const n = r.length;
		const byRegion = groupSums(r, (u) => region[u]);
		for (const g of byRegion.keys()) regions.add(g);
		for (let u = 0; u < n; u++) {
			const g = byRegion.get(region[u])!;
			ssw += (r[u] - g.s / g.c) ** 2;
		}
		let sq = 0;
		for (const g of byRegion.values()) {
			ssb += g.c * (g.s / g.c - mean) ** 2;
			sq += g.c * g.c;
		}
		dfw += n - byRegion.size;
		dfb += byRegion.size - 1;
		// n₀ of the unbalanced one-way design, (N − Σ n_g² / N) / (G − 1), pooled over sets
		n0Sum += n - sq / n;
		count += n;
	}
	if (dfw <= 0 || dfb <= 0)
		throw new Error('unitSpreads: too few units or regions to measure spreads');
	const msw = ssw / dfw;
	const msb = ssb / dfb;
	const n0 = n0Sum / dfb;
	return {
		unit: Math.sqrt(msw),
		region: Math.sqrt(Math.max(0, (msb - msw) / n0)),
		residuals: count,
		regions: regions.size
	};
}

/**
 * The pool the AC errors are bootstrapped from (simulate.ts SimulationInput.unitPool): every
 * residual that measures the AC spread in unitSpreads, each major entity's scaled residual in each
 * unit less its region's mean, over every set, divided by the pool's root mean square (so that a
 * draw times the AC spread has that spread). Regions of one unit add nothing (their residual is 0
 * less itself) and are left out.
 *
 *   unitResiduals([{ …, region: [0, 0, 1, 1], entities: [0] }]) with residuals 1, 3, 0, 0
 *   → deviations −1, 1, 0, 0, root mean square √½ → [−√2, √2, 0, 0]
 */
export function unitResiduals(sets: ResidualSet[], scale: ErrorScale = 'binomial'): Float64Array {
	const out: number[] = [];
	for (const { r, region } of residualRuns(sets, scale)) {
		const byRegion = groupSums(r, (u) => region[u]);
		for (let u = 0; u < r.length; u++) {
			const g = byRegion.get(region[u])!;
			if (g.c > 1) out.push(r[u] - g.s / g.c);
		}
	}
	let ss = 0;
	for (const x of out) ss += x * x;
	const rms = Math.sqrt(ss / out.length);
	if (!out.length || !(rms > 0)) throw new Error('unitResiduals: no residuals to draw from');
	return Float64Array.from(out, (x) => x / rms);
}

export interface NestedSpreads extends UnitSpreads {
	division: number;
	divisions: number;
}

/**
 * unitSpreads with a division part (the nested analysis above); `division` maps each set's region
 * (a district) to its division.
 */
export function nestedSpreads(
	sets: ResidualSet[],
	division: Int32Array,
	scale: ErrorScale = 'binomial'
): NestedSpreads {
	let ssw = 0;
	let dfw = 0;
	let ssd = 0;
	let dfd = 0;
	let ssa = 0;
	let dfa = 0;
	let n1 = 0;
	let n2 = 0;
	let n3 = 0;
	let count = 0;
	const regions = new Set<number>();
	const divisions = new Set<number>();
	for (const { r, mean, region } of residualRuns(sets, scale)) {
		const n = r.length;
		const byD = groupSums(r, (u) => region[u]);
		const byA = groupSums(r, (u) => division[region[u]]);
		for (const g of byD.keys()) regions.add(g);
		for (const g of byA.keys()) divisions.add(g);
		for (let u = 0; u < n; u++) {
			const d = byD.get(region[u])!;
			ssw += (r[u] - d.s / d.c) ** 2;
		}
		let sumDsq = 0;
		for (const [g, d] of byD) {
			const a = byA.get(division[g])!;
			ssd += d.c * (d.s / d.c - a.s / a.c) ** 2;
			a.sq += d.c * d.c;
			sumDsq += d.c * d.c;
		}
		let inner = 0;
		let sumAsq = 0;
		for (const a of byA.values()) {
			ssa += a.c * (a.s / a.c - mean) ** 2;
			inner += a.sq / a.c;
			sumAsq += a.c * a.c;
		}
		dfw += n - byD.size;
		dfd += byD.size - byA.size;
		dfa += byA.size - 1;
		n1 += n - inner;
		n2 += inner - sumDsq / n;
		n3 += n - sumAsq / n;
		count += n;
	}
	if (dfw <= 0 || dfd <= 0 || dfa <= 0)
		throw new Error('nestedSpreads: too few units, districts or divisions to measure spreads');
	const msw = ssw / dfw;
	const msd = ssd / dfd;
	const msa = ssa / dfa;
	const district = Math.max(0, (msd - msw) / (n1 / dfd));
	const div = Math.max(0, (msa - msw - (n2 / dfa) * district) / (n3 / dfa));
	return {
		unit: Math.sqrt(msw),
		region: Math.sqrt(district),
		division: Math.sqrt(div),
		residuals: count,
		regions: regions.size,
		divisions: divisions.size
	};
}

export function stateSpread(
	pairs: { before: Record<string, number>; after: Record<string, number> }[],
	scale: ErrorScale = 'binomial'
): { sd: number; changes: number } {
	let ss = 0;
	let count = 0;
	for (const { before, after } of pairs)
		for (const p of new Set([...Object.keys(before), ...Object.keys(after)])) {
			const b = before[p] ?? 0;
			const a = after[p] ?? 0;
			if (Math.max(a, b) < MAJOR_SHARE) continue;
			ss += scaledResidual(a, b, scale) ** 2;
			count++;
		}
	return { sd: count ? Math.sqrt(ss / count) : 0, changes: count };
}
