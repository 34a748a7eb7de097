/**
 * What the forecast learns from the past, on data built so that the answer is known: the
 * transition regression recovers the matrix that made the data, the spreads come out of a
 * one-way analysis of variance computed by hand, and seat-sharing candidates' votes are shared
 * out by the reference election.
 */
import { describe, expect, it } from 'vitest';
import {
	blendUnits,
	referenceElection,
	referenceShares,
	shiftUnits,
	ownReferenceShares,
	splitSeatSharing,
	unify
} from '../../../../src/lib/model/forecast/baseline.ts';
import { rng } from '../../../../src/lib/model/forecast/prng.ts';
import {
	nestedSpreads,
	scaledResidual,
	stateSpread,
	unitResiduals,
	unitSpreads
} from '../../../../src/lib/model/forecast/spreads.ts';
import { divisionIndex, divisionOf } from '../../../../src/lib/model/forecast/divisions.ts';
import { statePairs } from '../../../../src/lib/model/forecast/backtest.ts';
import { estimateTransition } from '../../../../src/lib/model/forecast/transition.ts';
import type { UnitVotes } from '../../../../src/lib/model/forecast/types.ts';

describe('estimateTransition', () => {
	it('recovers the matrix that made the data (200 units, later shares = earlier × B exactly)', () => {
		// keys A, B, OTH. A keeps 80% (10% to B, 10% to OTH); B keeps 70% (30% to A); OTH keeps 50% (50% to B)
		const B = [
			[0.8, 0.1, 0.1],
			[0.3, 0.7, 0],
			[0, 0.5, 0.5]
		];
		const r = rng(9);
		const before = new Map<number, UnitVotes>();
		const after = new Map<number, UnitVotes>();
		for (let u = 0; u < 200; u++) {
			const x = [r.uniform() + 0.1, r.uniform() + 0.1, r.uniform() + 0.1];
			const t = x[0] + x[1] + x[2];
			const s = x.map((v) => v / t);
			const y = [0, 1, 2].map((j) => s.reduce((acc, si, i) => acc + si * B[i][j], 0));
			before.set(u, { votes: { A: s[0] * 1000, B: s[1] * 1000, ZZ: s[2] * 1000 }, total: 1000 });
			after.set(u, { votes: { A: y[0] * 1000, B: y[1] * 1000, YY: y[2] * 1000 }, total: 1000 });
		}
		const m = estimateTransition([{ before, after, label: 'toy' }], ['A', 'B']);
		expect(m.keys).toEqual(['A', 'B', 'OTH']);
		expect(m.retention[0]).toBeCloseTo(0.8, 2);
		expect(m.retention[1]).toBeCloseTo(0.7, 2);
		expect(m.retention[2]).toBeCloseTo(0.5, 2);
		// where leavers go: A's 20% half to B, half to OTH; B's all to A; OTH's all to B
		expect(m.flows[0][1]).toBeCloseTo(0.5, 2);
		expect(m.flows[1][0]).toBeCloseTo(1, 2);
		expect(m.flows[2][1]).toBeCloseTo(1, 2);
		expect(m.rmse).toBeLessThan(1e-3);
		expect(m.units).toBe(200);
		expect(m.source).toBe('toy');
	});
});

describe('unitResiduals', () => {
	// log scale: a residual is ln(actual / projected), 0 where they are equal
	const set = (actual: number[], region: number[]) => ({
		projected: Float64Array.from(actual.map(() => 0.2)),
		actual: Float64Array.from(actual),
		k: 1,
		region: Int32Array.from(region),
		entities: [0]
	});
	it('residuals 0, r, 0, 0 in districts {1, 2}, {3, 4}: less the district mean −r/2, r/2, 0, 0, root mean square r/(2√2), so −√2, √2, 0, 0 whatever the size of r', () => {
		for (const a of [0.3, 0.1]) {
			const pool = unitResiduals([set([0.2, a, 0.2, 0.2], [0, 0, 1, 1])], 'log');
			expect(pool.length).toBe(4);
			// r > 0 (0.3) or r < 0 (0.1): the sign follows r
			const sg = Math.sign(Math.log(a / 0.2));
			[-sg * Math.SQRT2, sg * Math.SQRT2, 0, 0].forEach((x, i) =>
				expect(pool[i]).toBeCloseTo(x, 12)
			);
		}
	});
	it('a district of one AC adds nothing; sets are pooled', () => {
		const pool = unitResiduals(
			[set([0.2, 0.3, 0.2, 0.9], [0, 0, 1, 2]), set([0.2, 0.2], [5, 5])],
			'log'
		);
		// units 3 and 4 are alone in their districts; the second set adds 0, 0: −d, d, 0, 0 → ±√2
		expect(Array.from(pool, (x) => Math.round(x * 1e9) / 1e9)).toEqual([
			-Math.round(Math.SQRT2 * 1e9) / 1e9,
			Math.round(Math.SQRT2 * 1e9) / 1e9,
			0,
			0
		]);
	});
});

describe('unitSpreads', () => {
	it('2 regions of 2 units, residuals 0.1, 0.3 | −0.1, −0.3: unit sd √0.02, region sd √0.07', () => {
		// each pair is 0.5 ∓ d/2, so p̄ = 0.5, √(p̄(1 − p̄)) = 0.5 and the residual is 2d
		const res = [0.1, 0.3, -0.1, -0.3];
		const projected = Float64Array.from(res.map((r) => 0.5 - r / 4));
		const actual = Float64Array.from(res.map((r) => 0.5 + r / 4));
		expect(scaledResidual(actual[1], projected[1])).toBeCloseTo(0.3, 12);
		const s = unitSpreads([
			{ projected, actual, k: 1, region: Int32Array.from([0, 0, 1, 1]), entities: [0] }
		]);
		// within: (±0.1)² × 4 = 0.04 over 2 df → 0.02; between: 4 × 0.2² = 0.16 over 1 df;
		// n₀ = (4 − 8/4) / 1 = 2 → σ² region = (0.16 − 0.02) / 2 = 0.07
		expect(s.unit).toBeCloseTo(Math.sqrt(0.02), 9);
		expect(s.region).toBeCloseTo(Math.sqrt(0.07), 9);
		expect(s).toMatchObject({ residuals: 4, regions: 2 });
	});
});

describe('nestedSpreads', () => {
	// 8 units in 4 districts of 2, districts 0–1 in division 0 and 2–3 in division 1; residuals
	// 0.5, 0.7 | 0.1, 0.3 || −0.1, −0.3 | −0.5, −0.7 (district means ±0.6, ±0.2; divisions ±0.4)
	const res = [0.5, 0.7, 0.1, 0.3, -0.1, -0.3, -0.5, -0.7];
	const set = {
		projected: Float64Array.from(res.map((r) => 0.5 - r / 4)),
		actual: Float64Array.from(res.map((r) => 0.5 + r / 4)),
		k: 1,
		region: Int32Array.from([0, 0, 1, 1, 2, 2, 3, 3]),
		entities: [0]
	};
	it('units within districts within divisions: σ² unit 0.02, district 0.07, division 0.28', () => {
		const s = nestedSpreads([set], Int32Array.from([0, 0, 1, 1]));
		// within districts: 8 × 0.1² = 0.08 over 4 df → 0.02;
		// districts within divisions: 4 × 2 × 0.2² = 0.32 over 2 df → 0.16, n₀′ = (8 − 4) / 2 = 2,
		//   σ² district = (0.16 − 0.02) / 2 = 0.07;
		// divisions: 8 × 0.4² = 1.28 over 1 df, n₀″ = (4 − 16 / 8) / 1 = 2, n₀‴ = (8 − 32 / 8) / 1 = 4,
		//   σ² division = (1.28 − 0.02 − 2 × 0.07) / 4 = 0.28
		expect(s.unit).toBeCloseTo(Math.sqrt(0.02), 9);
		expect(s.region).toBeCloseTo(Math.sqrt(0.07), 9);
		expect(s.division).toBeCloseTo(Math.sqrt(0.28), 9);
		expect(s).toMatchObject({ residuals: 8, regions: 4, divisions: 2 });
	});

	it('needs two divisions and a division of two districts: else it says so', () => {
		expect(() => nestedSpreads([set], Int32Array.from([0, 0, 0, 0]))).toThrow(/too few/);
		expect(() => nestedSpreads([set], Int32Array.from([0, 1, 2, 3]))).toThrow(/too few/);
	});
});

describe('statePairs', () => {
	const order = ['LS2009', 'AE2012', 'LS2014', 'AE2017', 'LS2019'];
	it('consecutive elections, or each and the next of its kind', () => {
		expect(statePairs(order)).toEqual([
			['LS2009', 'AE2012'],
			['AE2012', 'LS2014'],
			['LS2014', 'AE2017'],
			['AE2017', 'LS2019']
		]);
		expect(statePairs(order, 'same-kind')).toEqual([
			['LS2009', 'LS2014'],
			['AE2012', 'AE2017'],
			['LS2014', 'LS2019']
		]);
		expect(statePairs(['LS2009', 'AE2012'], 'same-kind')).toEqual([]);
	});
});

describe('divisions', () => {
	it('every district of the data in one of 18 divisions; the data’s " *" mark ignored', () => {
		expect(divisionOf('Kanpur Nagar')).toBe('Kanpur');
		expect(divisionOf('Chitrakoot *')).toBe('Chitrakoot');
		expect(divisionOf('Jyotiba Phule Nagar *')).toBe('Moradabad');
		expect(() => divisionOf('Atlantis')).toThrow(/no division/);
		const d = divisionIndex(['Agra', 'Varanasi', 'Mathura']);
		expect(d.divisions).toBe(18);
		expect([...d.division]).toEqual([0, 17, 0]);
	});
});

describe('scaledResidual on the log scale', () => {
	it('ln(actual / projected), both at least 1%: 0.30 after 0.20 → ln 1.5; 0 after 0.05 → ln(0.01 / 0.05)', () => {
		expect(scaledResidual(0.3, 0.2, 'log')).toBeCloseTo(Math.log(1.5), 12);
		expect(scaledResidual(0, 0.05, 'log')).toBeCloseTo(Math.log(0.2), 12);
	});
});

describe('stateSpread', () => {
	it('parties with 10% or more (A 20 → 30, B 40 → 30; C small): RMS of change / √(p̄(1 − p̄))', () => {
		const s = stateSpread([
			{ before: { A: 0.2, B: 0.4, C: 0.05 }, after: { A: 0.3, B: 0.3, C: 0.08 } }
		]);
		expect(s.changes).toBe(2);
		// A: 0.1 / √(0.25 × 0.75) = 0.2309; B: −0.1 / √(0.35 × 0.65) = −0.2097
		const a = 0.1 / Math.sqrt(0.25 * 0.75);
		const b = -0.1 / Math.sqrt(0.35 * 0.65);
		expect(a).toBeCloseTo(0.2309, 4);
		expect(s.sd).toBeCloseTo(Math.sqrt((a * a + b * b) / 2), 12);
	});
});

describe('baselines', () => {
	it('splitSeatSharing: BSP fought for SP + BSP; its 500 votes are shared 3:2 as in the reference', () => {
		const u = splitSeatSharing(
			{ votes: { BSP: 500, BJP: 450, INC: 50 }, total: 1000 },
			['SP', 'BSP'],
			{
				SP: 0.3,
				BSP: 0.2
			}
		);
		expect(u.votes).toEqual({ SP: 300, BSP: 200, BJP: 450, INC: 50 });
		// a friendly fight (both stood) is left alone
		const both = { votes: { SP: 300, BSP: 200, BJP: 500 }, total: 1000 };
		expect(splitSeatSharing(both, ['SP', 'BSP'], { SP: 0.1, BSP: 0.9 })).toBe(both);
	});

	it('referenceShares: a member that did not stand in the unit counts with its average where it stood', () => {
		const ref = new Map<number, UnitVotes>([
			[1, { votes: { SP: 300, RLD: 100 }, total: 1000 }],
			[2, { votes: { SP: 400 }, total: 1000 }],
			[3, { votes: { SP: 100, RLD: 300 }, total: 1000 }]
		]);
		const f = referenceShares(ref, ['SP', 'RLD']);
		expect(f(1)).toEqual({ SP: 0.3, RLD: 0.1 });
		expect(f(2)).toEqual({ SP: 0.4, RLD: 0.2 }); // RLD: 400 votes over 2,000 where it stood
	});

	it('ownReferenceShares: an absent member counts with its share in the same unit in an earlier election, else 0', () => {
		// the reference election (as AE2017 for LS2019's SP + BSP + RLD): RLD stood in neither AC;
		// the one before it (LS2014): RLD stood in AC 1 with 5%, never in AC 2
		const ref = new Map<number, UnitVotes>([
			[1, { votes: { SP: 250, BSP: 200, BJP: 550 }, total: 1000 }],
			[2, { votes: { SP: 500, BSP: 400, BJP: 1100 }, total: 2000 }]
		]);
		const older = new Map<number, UnitVotes>([
			[1, { votes: { SP: 300, RLD: 50, BJP: 650 }, total: 1000 }],
			[2, { votes: { SP: 900, BJP: 1100 }, total: 2000 }]
		]);
		const f = ownReferenceShares([ref, older], ['SP', 'BSP', 'RLD']);
		expect(f(1)).toEqual({ SP: 0.25, BSP: 0.2, RLD: 0.05 });
		expect(f(2)).toEqual({ SP: 0.25, BSP: 0.2, RLD: 0 });
		// BSP's candidate got 450 votes for the alliance: AC 1 shares them .25 : .2 : .05, i.e.
		// 225, 180, 45; AC 2 (RLD never stood there) .25 : .2, i.e. 250, 200
		const unit = { votes: { BSP: 450, BJP: 500, INC: 50 }, total: 1000 };
		const members = ['SP', 'BSP', 'RLD'];
		expect(splitSeatSharing(unit, members, f(1)).votes).toEqual({
			SP: 225,
			BSP: 180,
			RLD: 45,
			BJP: 500,
			INC: 50
		});
		expect(splitSeatSharing(unit, members, f(2)).votes).toEqual({
			SP: 250,
			BSP: 200,
			BJP: 500,
			INC: 50
		});
		// the first version ('average'), with `older` as the reference, gives RLD in AC 2, where it
		// never stood, its average where it did stand: 50 / 1000
		expect(referenceShares(older, members)(2).RLD).toBe(0.05);
	});

	it('referenceElection: the latest election in which no two members were allied', () => {
		const order = ['LS2009', 'AE2012', 'LS2014', 'AE2017', 'LS2019', 'AE2022'];
		const alliances = [
			{ election: 'LS2019', parties: ['SP', 'BSP', 'RLD'] },
			{ election: 'LS2019', parties: ['BJP', 'ADAL'] },
			{ election: 'AE2022', parties: ['SP', 'RLD', 'SBSP'] },
			{ election: 'AE2017', parties: ['BJP', 'ADAL', 'SBSP'] },
			{ election: 'LS2014', parties: ['BJP', 'ADAL'] }
		];
		expect(referenceElection('LS2019', ['SP', 'BSP', 'RLD'], order, alliances)).toBe('AE2017');
		expect(referenceElection('AE2022', ['SP', 'RLD', 'SBSP'], order, alliances)).toBe('AE2017');
		expect(referenceElection('AE2022', ['BJP', 'ADAL'], order, alliances)).toBe('AE2012');
		expect(referenceElection('AE2012', ['BJP', 'ADAL'], order, alliances)).toBe('LS2009');
		expect(referenceElection('LS2009', ['BJP', 'ADAL'], order, alliances)).toBeNull();
	});

	it('unify adds codes of the same party; blendUnits averages shares by weight', () => {
		expect(
			unify({ votes: { ADS: 10, ADAL: 5, BJP: 85 }, total: 100 }, { ADS: 'ADAL' }).votes
		).toEqual({
			ADAL: 15,
			BJP: 85
		});
		// 3:1 of SP 40% (1,000 votes) and SP 60% (2,000 votes): SP 45% of 1,250
		const b = blendUnits([
			{ weight: 3, unit: { votes: { SP: 400, BJP: 600 }, total: 1000 } },
			{ weight: 1, unit: { votes: { SP: 1200, BSP: 800 }, total: 2000 } },
			{ weight: 1, unit: undefined }
		])!;
		expect(b.total).toBe(1250);
		expect(b.votes.SP / b.total).toBeCloseTo(0.45, 12);
		expect(b.votes.BJP / b.total).toBeCloseTo(0.45, 12);
		expect(b.votes.BSP / b.total).toBeCloseTo(0.1, 12);
		expect(blendUnits([{ weight: 0, unit: { votes: {}, total: 5 } }])).toBeNull();
	});

	it("shiftUnits: a booth moves by its AC's change in each share, cut at 0", () => {
		// AC from SP 40 / BJP 60 to SP 50 / BJP 45 / BSP 5: SP +10, BJP −15, BSP +5
		const [b] = shiftUnits(
			[{ votes: { SP: 50, BJP: 50 }, total: 100 }],
			{ votes: { SP: 400, BJP: 600 }, total: 1000 },
			{ votes: { SP: 500, BJP: 450, BSP: 50 }, total: 1000 }
		);
		expect(b.votes.SP).toBeCloseTo(60, 9);
		expect(b.votes.BJP).toBeCloseTo(35, 9);
		expect(b.votes.BSP).toBeCloseTo(5, 9);
	});
});
