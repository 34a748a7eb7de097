/**
 * Where lost votes go. estimateTransition() fits, from pairs of elections at AC or segment level,
 * the matrix B of a constrained ecological regression: each unit's shares in the later election
 * ≈ its shares in the earlier one × B, where B[a][b] ≥ 0 is the share of party a's voters who vote
 * b next time and every row sums to 1 (Goodman's regression with the constraints that make it a
 * transition matrix; least squares over all units of all pairs, each unit counting once, solved by
 * projected gradient descent from the identity, deterministic). The flows matrix keeps only where
 * a party's leavers go: flows[a][b] = B[a][b] / (1 − B[a][a]) for b ≠ a.
 *
 * entityPrior() turns a party matrix into one between a projection's entities (blocs, parties
 * alone, OTH), weighting each party of an entity by its votes; swing.ts fits it to the state-wide
 * losses and gains.
 *
 *   estimateTransition([{ before: ae2017Units, after: ae2022Units }], ['BJP', 'SP', 'BSP', 'INC', 'RLD'])
 *   → { keys: [...keys, 'OTH'], flows: [[0, 0.4, …], …], retention: [0.9, …] }
 */
import type { Compiled } from './entities.ts';
import { OTHER, type TransitionMatrix, type UnitVotes } from './types.ts';

export interface EstimatedTransition extends TransitionMatrix {
	/** B[a][a]: the share of each key's voters that stay */
	retention: number[];
	/** units used, and the root mean square error of the fit in share points (0–1) */
	units: number;
	rmse: number;
}

/** Shares of a unit over the keys (the last key, OTH, takes every party not listed). */
function keyShares(u: UnitVotes, keys: string[]): number[] {
	const out = new Array(keys.length).fill(0);
	const idx = new Map(keys.map((k, i) => [k, i]));
	for (const [p, v] of Object.entries(u.votes)) out[idx.get(p) ?? keys.length - 1] += v;
	return out.map((v) => (u.total > 0 ? v / u.total : 0));
}

/** Projects a row onto the probability simplex (Duchi et al. 2008). */
function toSimplex(row: number[]): number[] {
	const s = [...row].sort((a, b) => b - a);
	let cum = 0;
	let theta = 0;
	for (let i = 0; i < s.length; i++) {
		cum += s[i];
		const t = (cum - 1) / (i + 1);
		if (s[i] - t > 0) theta = t;
	}
	return row.map((x) => Math.max(0, x - theta));
}

export function estimateTransition(
	pairs: { before: Map<number, UnitVotes>; after: Map<number, UnitVotes>; label?: string }[],
	parties: string[],
	iterations = 20000
): EstimatedTransition {
	const keys = [...parties, OTHER];
	const K = keys.length;
	// normal equations: XtX (K×K) and XtY (K×K), summed over every unit of every pair
	const xtx = Array.from({ length: K }, () => new Array<number>(K).fill(0));
	const xty = Array.from({ length: K }, () => new Array<number>(K).fill(0));
	let yy = 0;
	let units = 0;
	for (const { before, after } of pairs)
		for (const [key, b] of before) {
			const a = after.get(key);
			if (!a || a.total <= 0 || b.total <= 0) continue;
			const x = keyShares(b, keys);
			const y = keyShares(a, keys);
			units++;
			for (let i = 0; i < K; i++) {
				yy += y[i] * y[i];
				for (let j = 0; j < K; j++) {
					xtx[i][j] += x[i] * x[j];
					xty[i][j] += x[i] * y[j];
				}
			}
		}
	if (!units) throw new Error('estimateTransition: no unit is in both elections of any pair');
	// step 1/L, L = 2 × largest eigenvalue of XtX, bounded by its largest row sum
	const L = 2 * Math.max(...xtx.map((r) => r.reduce((t, v) => t + Math.abs(v), 0)));
	let B: number[][] = keys.map((_, i) => keys.map((_, j) => (i === j ? 1 : 0)));
	for (let it = 0; it < iterations; it++) {
		const next = B.map((row, i) =>
			toSimplex(
				row.map((v, j) => {
					let g = -xty[i][j];
					for (let m = 0; m < K; m++) g += xtx[i][m] * B[m][j];
					return v - (2 * g) / L;
				})
			)
		);
		B = next;
	}
	// residual sum of squares: Σ|y − xB|² = yy − 2 tr(BᵀXtY) + tr(BᵀXtX B)
	let rss = yy;
	for (let j = 0; j < K; j++)
		for (let i = 0; i < K; i++) {
			rss -= 2 * B[i][j] * xty[i][j];
			for (let m = 0; m < K; m++) rss += B[i][j] * xtx[i][m] * B[m][j];
		}
	const flows = B.map((row, a) => {
		const out = 1 - row[a];
		return row.map((v, b) => (b === a ? 0 : out > 1e-9 ? v / out : 1 / (K - 1)));
	});
	return {
		keys,
		flows: flows.map((r) => r.map(round6)),
		retention: B.map((r, a) => round6(r[a])),
		units,
		rmse: round6(Math.sqrt(Math.max(0, rss) / (units * K))),
		source: pairs.map((p) => p.label ?? '').join(', ')
	};
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The matrix between a compiled projection's entities: prior[l * k + g] = Σ over l's parties a
 * (weighted by their votes) of Σ over matrix keys b of flows[a][b] × the part of b's votes that
 * belong to g. A party the matrix does not list counts as its OTH key; an entity with no votes
 * counts its parties' keys equally.
 */
export function entityPrior(c: Compiled, m: TransitionMatrix): Float64Array {
	const { k, entities: e } = c;
	const idx = new Map(m.keys.map((key, i) => [key, i]));
	const K = m.keys.length;
	const oth = idx.get(OTHER) ?? K - 1;
	const keyOf = (p: string) => idx.get(p) ?? oth;
	// votes of each (entity, key) cell
	const cell = Array.from({ length: k }, () => new Float64Array(K));
	e.parties.forEach((ps, j) => {
		let any = 0;
		for (const p of ps) {
			const v = c.partyTotals.get(p) ?? 0;
			cell[j][keyOf(p)] += v;
			any += v;
		}
		if (any <= 0) for (const p of ps.length ? ps : [OTHER]) cell[j][keyOf(p)] += 1e-9;
	});
	const keyTotal = new Float64Array(K);
	for (const row of cell) for (let b = 0; b < K; b++) keyTotal[b] += row[b];
	const prior = new Float64Array(k * k);
	for (let l = 0; l < k; l++) {
		const lt = cell[l].reduce((t, v) => t + v, 0);
		if (lt <= 0) continue;
		for (let a = 0; a < K; a++) {
			const wa = cell[l][a] / lt;
			if (wa <= 0) continue;
			for (let b = 0; b < K; b++) {
				const fab = m.flows[a]?.[b] ?? 0;
				if (fab <= 0 || keyTotal[b] <= 0) continue;
				for (let g = 0; g < k; g++)
					if (g !== l) prior[l * k + g] += (wa * fab * cell[g][b]) / keyTotal[b];
			}
		}
	}
	return prior;
}
