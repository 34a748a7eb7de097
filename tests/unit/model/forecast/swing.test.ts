/**
 * The forecast's swing methods on states small enough to compute by hand (the arithmetic is in
 * the comments). Shares are 0–1 inside the engine, percent in scenarios.
 */
import { describe, expect, it } from 'vitest';
import { compile, entitiesFor, stateShares } from '../../../../src/lib/model/forecast/entities.ts';
import {
	applyMove,
	outcomes,
	prepareForecast,
	projectUnits,
	targetShares,
	unitRow
} from '../../../../src/lib/model/forecast/project.ts';
import { fitFlows } from '../../../../src/lib/model/forecast/swing.ts';
import { runForecast } from '../../../../src/lib/model/forecast/index.ts';
import type { Bloc, UnitVotes } from '../../../../src/lib/model/forecast/types.ts';

// Two ACs of 1,000 votes. State-wide: BSP 20%, SP 40%, BJP 40%.
const state: UnitVotes[] = [
	{ votes: { BSP: 300, SP: 300, BJP: 400 }, total: 1000 },
	{ votes: { BSP: 100, SP: 500, BJP: 400 }, total: 1000 }
];
const blocs: Bloc[] = [
	{ id: 'SP', parties: ['SP'] },
	{ id: 'BJP', parties: ['BJP'] }
];
/** BSP's lost votes go 60% to SP and 40% to BJP. */
const matrix = {
	keys: ['BSP', 'SP', 'BJP', 'OTH'],
	flows: [
		[0, 0.6, 0.4, 0],
		[0, 0, 0.5, 0.5],
		[0, 0.5, 0, 0.5],
		[0.5, 0.25, 0.25, 0]
	]
};
const sharesOf = (f: ReturnType<typeof prepareForecast>, u: number) =>
	unitRow(f, outcomes(f.state, applyMove(f)), u).shares;

describe('transition: BSP loses 10 points state-wide, which flow 60/40 to SP and BJP', () => {
	const f = prepareForecast(state, {
		blocs,
		method: 'transition',
		matrix,
		shares: { BSP: 10, SP: 46, BJP: 44 }
	});

	it('BSP keeps half its votes in every AC; what it loses goes 60/40 where it was lost', () => {
		// AC 1: BSP 30 → 15; its 15 points: SP + 9 = 39, BJP + 6 = 46
		expect(sharesOf(f, 0).BSP).toBeCloseTo(15, 9);
		expect(sharesOf(f, 0).SP).toBeCloseTo(39, 9);
		expect(sharesOf(f, 0).BJP).toBeCloseTo(46, 9);
		// AC 2: BSP 10 → 5; its 5 points: SP + 3 = 53, BJP + 2 = 42
		expect(sharesOf(f, 1).BSP).toBeCloseTo(5, 9);
		expect(sharesOf(f, 1).SP).toBeCloseTo(53, 9);
		expect(sharesOf(f, 1).BJP).toBeCloseTo(42, 9);
	});

	it('winners and margins: BJP +7 in AC 1, SP +11 in AC 2 (our side SP)', () => {
		const o = outcomes(f.state, applyMove(f));
		expect(unitRow(f, o, 0)).toMatchObject({ winner: 'BJP', rival: 'BJP' });
		expect(o.marginPts[0]).toBeCloseTo(39 - 46, 9);
		expect(unitRow(f, o, 1).winner).toBe('SP');
		expect(o.marginPts[1]).toBeCloseTo(53 - 42, 9);
		expect(unitRow(f, o, 1).marginVotes).toBeCloseTo(110, 9);
	});

	it('the same move on booths of AC 1 (500 votes each) keeps its arithmetic per booth', () => {
		const booths = projectUnits(f, [
			{ votes: { BSP: 200, SP: 100, BJP: 200 }, total: 500 }, // BSP 40 → 20; SP 20 + 12; BJP 40 + 8
			{ votes: { BSP: 0, SP: 300, BJP: 200 }, total: 500 }
		]);
		const row = (u: number) => unitRow(f, booths, u).shares;
		expect(row(0)).toMatchObject({ BSP: 20, SP: 32, BJP: 48 });
		expect(row(1).SP).toBeCloseTo(60, 9);
		expect(row(1).BJP).toBeCloseTo(40, 9);
	});

	it('when the gains do not match the prior, the flows are fitted to them (SP +8, BJP +2 → 80/20)', () => {
		const g = prepareForecast(state, {
			blocs,
			method: 'transition',
			matrix,
			shares: { BSP: 10, SP: 48, BJP: 42 }
		});
		// AC 1: BSP loses 15 → SP + 12 = 42, BJP + 3 = 43
		expect(sharesOf(g, 0).SP).toBeCloseTo(42, 6);
		expect(sharesOf(g, 0).BJP).toBeCloseTo(43, 6);
	});
});

describe('uniform and proportional swing meet the state-wide shares', () => {
	it('uniform: every AC moves by the same points (BSP −10, SP +6, BJP +4)', () => {
		const f = prepareForecast(state, {
			blocs,
			method: 'uniform',
			shares: { BSP: 10, SP: 46, BJP: 44 }
		});
		expect(sharesOf(f, 0)).toMatchObject({ BSP: 20, SP: 36, BJP: 44 });
		// AC 2: BSP 10 − 10 = 0 (it has no share left, so it is not listed)
		expect(sharesOf(f, 1).BSP).toBeUndefined();
		expect(sharesOf(f, 1).SP).toBeCloseTo(56, 9);
	});

	it('uniform with a cut at 0: BSP −15 cannot take 15 from AC 2, so the others make it up', () => {
		const f = prepareForecast(state, {
			blocs,
			method: 'uniform',
			shares: { BSP: 5, SP: 50, BJP: 45 }
		});
		const s = stateShares({ ...f.state, votes: scaled(applyMove(f), f.state.total, f.state.k) });
		expect(100 * s[f.entities.ids.indexOf('BSP')]).toBeCloseTo(5, 6);
		expect(100 * s[f.entities.ids.indexOf('SP')]).toBeCloseTo(50, 6);
		expect(sharesOf(f, 1).BSP).toBeUndefined(); // cut at 0, not negative
	});

	it('proportional: every AC multiplies each share by the same ratio (so BSP/SP keeps its AC-to-AC ratio)', () => {
		const f = prepareForecast(state, {
			blocs,
			method: 'proportional',
			shares: { BSP: 10, SP: 46, BJP: 44 }
		});
		const a = sharesOf(f, 0);
		const b = sharesOf(f, 1);
		// the same ratio in both ACs: BSP/SP is 1 in AC 1 and 1/5 in AC 2 before, and after
		expect(b.BSP / b.SP / (a.BSP / a.SP)).toBeCloseTo(100 / 500 / (300 / 300), 9);
		const s = stateShares({ ...f.state, votes: scaled(applyMove(f), f.state.total, f.state.k) });
		expect(100 * s[f.entities.ids.indexOf('SP')]).toBeCloseTo(46, 6);
	});

	it('no shares given: nothing moves, whatever the method', () => {
		for (const method of ['uniform', 'proportional', 'transition'] as const) {
			const f = prepareForecast(state, { blocs, method, matrix });
			expect(sharesOf(f, 0)).toMatchObject({ BSP: 30, SP: 30, BJP: 40 });
		}
	});
});

describe('blocs: regrouping with transfer rates', () => {
	const unit: UnitVotes = { votes: { SP: 400, INC: 100, BJP: 450, BSP: 50 }, total: 1000 };
	const india: Bloc[] = [
		{ id: 'INDIA', parties: ['SP', 'INC'], transfer: { INC: 0.8 } },
		{ id: 'NDA', parties: ['BJP'] }
	];

	it("80% of INC's votes reach INDIA; the 20 lost go to NDA and BSP in proportion (450:50)", () => {
		const e = entitiesFor(india, [[unit]]);
		expect(e.ids).toEqual(['INDIA', 'NDA', 'BSP', 'OTH', 'NOTA']);
		const c = compile([unit], e, india);
		expect([...c.votes]).toEqual([480, 468, 52, 0, 0]);
	});

	it('the lead party is the biggest member of the bloc in the unit: INC leads where it is bigger', () => {
		const e = entitiesFor(india, [[unit]]);
		const c = compile([{ votes: { SP: 100, INC: 400, BJP: 500 }, total: 1000 }], e, india);
		// INC leads (transfers fully), SP is the partner at the default rate 1
		expect(c.votes[0]).toBe(500);
		const c2 = compile([{ votes: { SP: 100, INC: 400, BJP: 500 }, total: 1000 }], e, [
			{ id: 'INDIA', parties: ['SP', 'INC'], transfer: { SP: 0.5 } },
			india[1]
		]);
		expect(c2.votes[0]).toBe(450); // 400 + 0.5 × 100
	});

	it('NOTA never leads and takes no leak; a party of 10% somewhere stands alone, a tiny one is OTH', () => {
		const units: UnitVotes[] = [
			{ votes: { SP: 300, BJP: 500, NOTA: 155, JSDL: 40, XYZ: 5 }, total: 1000 },
			{ votes: { SP: 300, BJP: 500, JSDL: 200 }, total: 1000 }
		];
		const e = entitiesFor(india, [units]);
		expect(e.ids).toEqual(['INDIA', 'NDA', 'JSDL', 'OTH', 'NOTA']);
		expect(e.parties[e.other]).toEqual(['XYZ']);
		const c = compile(units, e, [{ ...india[0], transfer: { INC: 0 } }, india[1]]);
		expect(c.votes[e.nota]).toBe(155);
	});
});

describe('targetShares', () => {
	const e = entitiesFor(blocs, [state]);
	const base = stateShares(compile(state, e, blocs));
	const pct = (t: Float64Array) => Object.fromEntries(e.ids.map((id, j) => [id, 100 * t[j]]));

	it('what is not given keeps its baseline share, scaled to fill the rest', () => {
		// SP 50 given: BSP 20 and BJP 40 share the other 50 in proportion, 16.7 and 33.3
		const t = pct(targetShares(e, base, { SP: 50 }));
		expect(t.SP).toBeCloseTo(50, 9);
		expect(t.BSP).toBeCloseTo(50 / 3, 9);
		expect(t.BJP).toBeCloseTo(100 / 3, 9);
	});

	it("a bloc's share is the sum of its parties', or its own id's", () => {
		const two: Bloc[] = [{ id: 'X', parties: ['SP', 'BSP'] }, blocs[1]];
		const e2 = entitiesFor(two, [state]);
		const b2 = stateShares(compile(state, e2, two));
		const p2 = (t: Float64Array) => Object.fromEntries(e2.ids.map((id, j) => [id, 100 * t[j]]));
		expect(p2(targetShares(e2, b2, { SP: 40, BSP: 15, BJP: 45 })).X).toBeCloseTo(55, 9);
		expect(p2(targetShares(e2, b2, { SP: 40, X: 52, BJP: 48 })).X).toBeCloseTo(52, 9);
	});

	it('all given but not adding up to 100: scaled; more than 100 with others left: an error', () => {
		const t = pct(targetShares(e, base, { SP: 44, BJP: 44, BSP: 11, OTH: 0, NOTA: 0 }));
		expect(t.SP).toBeCloseTo(44 / 0.99, 9);
		expect(() => targetShares(e, base, { SP: 60, BJP: 50 })).toThrow(/more than 100%/);
		expect(() => targetShares(e, base, { SP: -1 })).toThrow(/0 to 100/);
	});
});

describe('fitFlows (iterative proportional fitting)', () => {
	it('two losers, two gainers: rows give the losses, columns the gains, the prior its pattern', () => {
		// losers 0 (6 pts) and 1 (4 pts), gainers 2 (7 pts) and 3 (3 pts); prior favours 0→2 and 1→3
		const k = 4;
		const loss = Float64Array.from([0.06, 0.04, 0, 0]);
		const gain = Float64Array.from([0, 0, 0.07, 0.03]);
		const prior = new Float64Array(k * k);
		prior[0 * k + 2] = 0.9;
		prior[0 * k + 3] = 0.1;
		prior[1 * k + 2] = 0.5;
		prior[1 * k + 3] = 0.5;
		const f = fitFlows(loss, gain, prior);
		const row = (l: number) => f[l * k + 2] + f[l * k + 3];
		const col = (g: number) => f[0 * k + g] + f[1 * k + g];
		expect(row(0)).toBeCloseTo(0.06, 12);
		expect(row(1)).toBeCloseTo(0.04, 12);
		expect(col(2)).toBeCloseTo(0.07, 12);
		expect(col(3)).toBeCloseTo(0.03, 12);
		// the odds ratio of the prior survives the fitting (IPF keeps cross-product ratios)
		const odds = (a: Float64Array) => (a[0 * k + 2] * a[1 * k + 3]) / (a[0 * k + 3] * a[1 * k + 2]);
		expect(odds(f)).toBeCloseTo(((0.9 + 9e-4) * (0.5 + 9e-4)) / ((0.1 + 9e-4) * (0.5 + 9e-4)), 6);
	});
});

/** Entity votes back from shares (for stateShares of a moved state). */
function scaled(shares: Float64Array, total: Float64Array, k: number) {
	const out = new Float64Array(shares.length);
	for (let i = 0; i < shares.length; i++) out[i] = shares[i] * total[Math.floor(i / k)];
	return out;
}

describe('runForecast (the front door)', () => {
	it('the 2-AC state with BSP −10 by transition: SP wins AC 2 only; simulated without error, 1 seat always', () => {
		const r = runForecast({
			units: state,
			scenario: { blocs, method: 'transition', matrix, shares: { BSP: 10, SP: 46, BJP: 44 } },
			sim: { sims: 100, seed: 1, sd: { state: 0, region: 0, unit: 0 } }
		});
		expect(r.entities[r.ours]).toBe('SP');
		expect([...r.units.marginPts].map((x) => Math.round(x * 1e9) / 1e9)).toEqual([-7, 11]);
		expect([...r.chance!]).toEqual([0, 1]);
		expect(r.seats).toMatchObject({ median: 1, lo: 1, hi: 1 });
		expect(r.stateTarget.BSP).toBeCloseTo(10, 9);
		expect(r.stateBase.BSP).toBeCloseTo(20, 9);
	});
});
