/**
 * The simulation on toy states whose distributions are known in closed form, with a fixed seed
 * and enough draws that the tolerance (about 4 standard errors) is met by any correct sampler.
 */
import { describe, expect, it } from 'vitest';
import { rng } from '../../../../src/lib/model/forecast/prng.ts';
import { seatSummary, simulate } from '../../../../src/lib/model/forecast/simulate.ts';

/** standard normal CDF (Abramowitz–Stegun 26.2.17, error < 7.5e-8) */
function phi(x: number) {
	const t = 1 / (1 + 0.2316419 * Math.abs(x));
	const d = 0.3989423 * Math.exp((-x * x) / 2);
	const p =
		d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
	return x > 0 ? 1 - p : p;
}

// Two ACs, two entities A and B (both can lead): AC 1 A 55%–45%, AC 2 50–50.
const shares = Float64Array.from([0.55, 0.45, 0.5, 0.5]);
const base = {
	shares,
	total: Float64Array.from([1000, 1000]),
	k: 2,
	canLead: Uint8Array.from([1, 1]),
	region: Int32Array.from([0, 1]),
	regions: 2
};
const N = 20000;
// errors in share scaled by √(p(1 − p)): √(0.55 × 0.45) = √(0.45 × 0.55) = 0.4975 for both in AC 1,
// 0.5 for both in AC 2; A wins AC 1 unless its 0.1 lead is overturned
const sc1 = Math.sqrt(0.55 * 0.45);

describe('simulate: a 2-AC toy state', () => {
	it('independent AC errors (sd 0.1): A wins AC 1 with Φ(0.1 / (0.4975 × 0.1√2)) = 0.922, AC 2 with 0.5', () => {
		const s = simulate({ ...base, sims: N, seed: 7, sd: { state: 0, region: 0, unit: 0.1 } });
		const p1 = phi(0.1 / (sc1 * 0.1 * Math.SQRT2));
		expect(p1).toBeCloseTo(0.922, 3);
		expect(s.chance[0]).toBeCloseTo(p1, 1);
		expect(Math.abs(s.chance[0] - p1)).toBeLessThan(0.008);
		expect(Math.abs(s.chance[2] - 0.5)).toBeLessThan(0.015);
		expect(s.chance[0] + s.chance[1]).toBeCloseTo(1, 12);
		// seats of A: 0 with (1 − p1)/2, 2 with p1/2, else 1
		const d = seatSummary(s, 0).distribution.map((x) => x / N);
		expect(Math.abs(d[0] - (1 - p1) / 2)).toBeLessThan(0.008);
		expect(Math.abs(d[2] - p1 / 2)).toBeLessThan(0.015);
		expect(Math.abs(d[1] - 0.5)).toBeLessThan(0.015);
	});

	it('a state-wide error only (sd 0.2): the ACs move together, so A wins both or AC 1 alone or none', () => {
		const s = simulate({ ...base, sims: N, seed: 11, sd: { state: 0.2, region: 0, unit: 0 } });
		const d = seatSummary(s, 0).distribution.map((x) => x / N);
		// one shock d = 0.2(zA − zB) ~ N(0, 0.2√2) for both: AC 2 goes to A if d > 0, AC 1 unless
		// 0.4975 d < −0.1: 2 seats if d > 0, 1 if −0.1 / 0.4975 < d < 0, 0 below
		const p0 = phi(-0.1 / sc1 / (0.2 * Math.SQRT2));
		expect(p0).toBeCloseTo(0.239, 3);
		expect(Math.abs(d[2] - 0.5)).toBeLessThan(0.015);
		expect(Math.abs(d[0] - p0)).toBeLessThan(0.013);
		expect(Math.abs(d[1] - (0.5 - p0))).toBeLessThan(0.013);
	});

	it('contests: the two ACs as one seat (2,000 votes): A leads it unless its 5-point lead in AC 1 is overturned', () => {
		const s = simulate({
			...base,
			contestOf: Int32Array.from([0, 0]),
			contests: 1,
			sims: 2000,
			seed: 3,
			sd: { state: 0, region: 0, unit: 0 }
		});
		// no error: A 1,050 against B 950 in every simulation
		expect(s.chance[0]).toBe(1);
		expect(seatSummary(s, 0)).toMatchObject({ median: 1, lo: 1, hi: 1 });
	});

	it('NOTA never wins; a share of 0 stays 0', () => {
		const s = simulate({
			...base,
			shares: Float64Array.from([0.3, 0.7, 0, 1]),
			canLead: Uint8Array.from([1, 0]),
			sims: 500,
			seed: 1,
			sd: { state: 0.1, region: 0.1, unit: 0.1 }
		});
		expect(s.chance[0]).toBe(1); // B is NOTA here: A leads AC 1 whatever its 70%
		expect(s.chance[1]).toBe(0);
		expect(s.chance[2]).toBe(0); // A has no votes in AC 2 and gets none: nobody leads it
		expect(s.chance[3]).toBe(0);
	});

	it('seeded: the same seed repeats exactly, another seed differs', () => {
		const run = (seed: number) =>
			simulate({ ...base, sims: 300, seed, sd: { state: 0.1, region: 0.1, unit: 0.1 } });
		expect([...run(5).seats]).toEqual([...run(5).seats]);
		expect([...run(5).seats]).not.toEqual([...run(6).seats]);
	});
});

describe('simulate: a division error', () => {
	it('both ACs in one division (sd 0.2), no other error: they move together, as with a state-wide error', () => {
		const input = { ...base, sims: N, seed: 11 };
		const s = simulate({
			...input,
			division: Int32Array.from([0, 0]),
			divisions: 1,
			sd: { state: 0, division: 0.2, region: 0, unit: 0 }
		});
		const d = seatSummary(s, 0).distribution.map((x) => x / N);
		const p0 = phi(-0.1 / sc1 / (0.2 * Math.SQRT2));
		expect(Math.abs(d[2] - 0.5)).toBeLessThan(0.015);
		expect(Math.abs(d[0] - p0)).toBeLessThan(0.013);
		expect(Math.abs(d[1] - (0.5 - p0))).toBeLessThan(0.013);
	});

	it('each AC its own division: independent, as AC errors of the same sd', () => {
		const s = simulate({
			...base,
			sims: N,
			seed: 7,
			division: Int32Array.from([0, 1]),
			divisions: 2,
			sd: { state: 0, division: 0.1, region: 0, unit: 0 }
		});
		const p1 = phi(0.1 / (sc1 * 0.1 * Math.SQRT2));
		expect(Math.abs(s.chance[0] - p1)).toBeLessThan(0.008);
		expect(Math.abs(s.chance[2] - 0.5)).toBeLessThan(0.015);
	});

	it('sd.division absent or 0: the draws are exactly those without a division layer', () => {
		const sd = { state: 0.1, region: 0.1, unit: 0.1 };
		const plain = simulate({ ...base, sims: 300, seed: 5, sd });
		const zero = simulate({
			...base,
			sims: 300,
			seed: 5,
			division: Int32Array.from([0, 0]),
			divisions: 1,
			sd: { ...sd, division: 0 }
		});
		expect([...zero.seats]).toEqual([...plain.seats]);
	});
});

describe('simulate: errors on the log scale', () => {
	it('A 55%, B 45%, log AC errors sd 0.1: A leads unless zB − zA > ln(55/45), i.e. Φ(0.2007 / 0.1414) = 0.922', () => {
		const s = simulate({
			...base,
			shares: Float64Array.from([0.55, 0.45, 0.5, 0.5]),
			sims: N,
			seed: 5,
			sd: { state: 0, region: 0, unit: 0.1, scale: 'log' }
		});
		const p1 = phi(Math.log(0.55 / 0.45) / (0.1 * Math.SQRT2));
		expect(p1).toBeCloseTo(0.922, 3);
		expect(Math.abs(s.chance[0] - p1)).toBeLessThan(0.008);
		expect(Math.abs(s.chance[2] - 0.5)).toBeLessThan(0.015);
	});

	it('a 5% party against two of 47.5% never leads with log errors of sd 0.3 (it needs ln 9.5 = 2.25, 5.3 sd)', () => {
		const s = simulate({
			...base,
			shares: Float64Array.from([0.475, 0.475, 0.05, 0.475, 0.475, 0.05]),
			k: 3,
			canLead: Uint8Array.from([1, 1, 1]),
			sims: 5000,
			seed: 9,
			sd: { state: 0, region: 0, unit: 0.3, scale: 'log' }
		});
		expect(s.chance[2]).toBe(0);
		expect(s.chance[5]).toBe(0);
	});
});

describe('simulate: heavier-tailed AC errors', () => {
	it('tails 4: the AC factor √(2 / χ²₄) × N(0, 1) is t₄ / √2, so A (55–45, sd 0.1) leads with F₄(2.0101) = 0.9426, not the normal 0.922', () => {
		const s = simulate({
			...base,
			sims: N,
			seed: 17,
			sd: { state: 0, region: 0, unit: 0.1, tails: 4 }
		});
		// the margin's error is 0.1 × 0.4975 × (z₁ − z₂) × factor = 0.04975 × t₄; A loses if it is below −0.1
		const x = 0.1 / (0.1 * sc1);
		// Student t CDF with 4 degrees of freedom, in closed form
		const f4 =
			0.5 + (3 / 8) * (x / Math.sqrt(1 + (x * x) / 4)) * (1 - (x * x) / (12 * (1 + (x * x) / 4)));
		expect(f4).toBeCloseTo(0.9426, 4);
		expect(Math.abs(s.chance[0] - f4)).toBeLessThan(0.008);
		expect(Math.abs(s.chance[2] - 0.5)).toBeLessThan(0.015);
	});
});

describe('simulate: AC errors bootstrapped from a pool', () => {
	const run = (unit: number, unitPool?: Float64Array, seed = 19) =>
		simulate({ ...base, sims: N, seed, sd: { state: 0, region: 0, unit }, unitPool });
	const pm1 = Float64Array.from([-1, 1]);
	it('pool ±1, sd 0.11: A (55–45) loses AC 1 only when it draws −1 and B +1 (¼): 0.1 − 2 × 0.11 × 0.4975 < 0', () => {
		expect(0.1 - 2 * 0.11 * sc1).toBeLessThan(0);
		const s = run(0.11, pm1);
		expect(Math.abs(s.chance[0] - 0.75)).toBeLessThan(0.013);
		// AC 2 (50–50): B leads only when it draws +1 and A −1; equal draws tie, and a tie goes to A
		expect(Math.abs(s.chance[2] - 0.75)).toBeLessThan(0.013);
	});
	it('pool ±1, sd 0.1: the largest swing, 2 × 0.1 × 0.4975 = 0.0995, never overturns 0.1, so A always wins AC 1 (normal: 0.922)', () => {
		expect(0.1 - 2 * 0.1 * sc1).toBeGreaterThan(0);
		expect(run(0.1, pm1).chance[0]).toBe(1);
	});
	it('a heavy-tailed pool (0 eight times, ±√5: root mean square 1), sd 0.1: A loses AC 1 when A draws −√5 and B not, or B +√5 and A not: 1 − (0.09 + 0.09 − 0.01) = 0.83', () => {
		const pool = Float64Array.from([0, 0, 0, 0, 0, 0, 0, 0, -Math.sqrt(5), Math.sqrt(5)]);
		expect(pool.reduce((t, x) => t + x * x, 0) / pool.length).toBeCloseTo(1, 12);
		// a difference of √5 × 0.04975 = 0.111 > 0.1 flips AC 1: A −√5 & B 0 (0.08), A 0 & B +√5
		// (0.08), A −√5 & B +√5 (0.01), together 0.17 (the normal of the same spread: 0.078)
		expect(0.1 - Math.sqrt(5) * 0.1 * sc1).toBeLessThan(0);
		const s = run(0.1, pool);
		expect(Math.abs(s.chance[0] - 0.83)).toBeLessThan(0.012);
	});
	it('seeded; an empty pool draws exactly the normal errors', () => {
		expect(run(0.11, pm1, 3).seats).toEqual(run(0.11, pm1, 3).seats);
		expect(run(0.11, pm1, 3).seats).not.toEqual(run(0.11, pm1, 4).seats);
		expect(run(0.1, new Float64Array(0)).seats).toEqual(run(0.1).seats);
	});
});

describe('seatSummary', () => {
	it('median and 80% range are nearest-rank percentiles of the seat counts', () => {
		// 10 simulations, one entity: seats 0…9
		const s = {
			sims: 10,
			contests: 9,
			k: 1,
			chance: new Float64Array(9),
			seats: Int32Array.from([9, 8, 7, 6, 5, 4, 3, 2, 1, 0])
		};
		expect(seatSummary(s, 0)).toMatchObject({ median: 4, lo: 0, hi: 8, mean: 4.5 });
		// 50% range: the 25th percentile is the 3rd smallest (⌈2.5⌉), the 75th the 8th (⌈7.5⌉)
		expect(seatSummary(s, 0)).toMatchObject({ lo50: 2, hi50: 7 });
	});
});

describe('rng', () => {
	it('normal draws have mean 0 and variance 1 (100,000 draws, within 4 standard errors)', () => {
		const r = rng(2027);
		let s = 0;
		let ss = 0;
		const n = 100000;
		for (let i = 0; i < n; i++) {
			const x = r.normal();
			s += x;
			ss += x * x;
		}
		expect(Math.abs(s / n)).toBeLessThan(4 / Math.sqrt(n));
		expect(Math.abs(ss / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
	});

	it('uniform draws fill [0, 1) evenly (10 bins of 100,000 draws)', () => {
		const r = rng(1);
		const bins = new Array(10).fill(0);
		for (let i = 0; i < 100000; i++) bins[Math.floor(r.uniform() * 10)]++;
		for (const b of bins) expect(Math.abs(b - 10000)).toBeLessThan(4 * Math.sqrt(9000));
	});
});
