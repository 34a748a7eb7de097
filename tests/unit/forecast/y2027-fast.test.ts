/**
 * The /2027/ page's fast path (src/lib/forecast/y2027.ts): central2027, the deterministic central
 * projection the page computes on its own thread the moment a plan changes, is the simulation's
 * deterministic core: on a hand-computed toy state its margins and winners are the arithmetic
 * below, and on the shipped file it is exactly what the worker's summary carries for the same plan
 * (one copy of the seat arithmetic, centralOf, shared by both). provisional() is what the page
 * shows while the worker runs: the new margins and winners, the previous chances and seat range.
 */
import { describe, expect, it } from 'vitest';
import {
	central2027,
	defaultPlan,
	forecastInput,
	parsePlan,
	provisional,
	summarize,
	type Plan2027,
	type Y2027File
} from '../../../src/lib/forecast/y2027.ts';
import { runForecast } from '../../../src/lib/model/forecast/index.ts';
import { readY2027File } from '../../helpers/y2027-file.ts';

const file = readY2027File();

/** Three ACs of 1,000 votes with SP, BJP and BSP only (INC's transfer rate plays no part). */
const toy: Y2027File = {
	about: 'toy',
	baseline: { AE2022: 1 },
	pcs: { '1': ['One', 'एक'] },
	parties: {
		SP: ['SP', 'सपा', '#f00'],
		BJP: ['BJP', 'भाजपा', '#f80'],
		BSP: ['BSP', 'बसपा', '#00f']
	},
	acs: [
		[450, 400, 150],
		[300, 500, 200],
		[380, 360, 260]
	].map(([SP, BJP, BSP], i) => ({
		ac: i + 1,
		pc: 1,
		name: `AC${i + 1}`,
		name_hi: '',
		district: i < 2 ? 'A' : 'B',
		votes: { SP, BJP, BSP },
		total: 1000,
		won2022: null,
		margin2022: null,
		share2022: null,
		winShare2022: null,
		led2024: null,
		lead2024: null
	}))
};

describe('central2027 on a toy state, by hand', () => {
	it('no change: each AC’s margin is SP’s share minus the best other’s', () => {
		const c = central2027(toy, defaultPlan());
		const id = (w: number) => c.entities[w];
		expect(c.entities[c.ours]).toBe('INDIA');
		// AC1 45 − 40, AC2 30 − 50, AC3 38 − 36 (points)
		c.margin.forEach((m, i) => expect(m).toBeCloseTo([5, -20, 2][i], 9));
		expect(c.winner.map(id)).toEqual(['INDIA', 'NDA', 'INDIA']);
		expect(c.rival.map(id)).toEqual(['NDA', 'NDA', 'NDA']);
		expect(c.projected).toBe(2);
	});

	it('BJP +3 pts by uniform swing: NDA +3 in every AC, INDIA and BSP give it in proportion', () => {
		// state-wide SP 1130, BJP 1260, BSP 610 of 3000; BJP 42% → 45%; INDIA and BSP (58%) shrink
		// to 55%: INDIA loses 3 × 1130 / 1740 = 1.948276 pts in every AC
		const plan: Plan2027 = { ...defaultPlan(), method: 'uniform', shares: { BJP: 45 } };
		const c = central2027(toy, plan);
		const loss = (3 * 1130) / 1740;
		const want = [5 - 3 - loss, -20 - 3 - loss, 2 - 3 - loss];
		c.margin.forEach((m, i) => expect(m).toBeCloseTo(want[i], 9));
		expect(c.winner.map((w) => c.entities[w])).toEqual(['INDIA', 'NDA', 'NDA']);
		expect(c.projected).toBe(1);
		expect(c.stateTarget.NDA).toBeCloseTo(45, 9);
	});
});

describe('central2027 is the worker’s summary without the simulations', () => {
	const plans: [string, Plan2027][] = [
		['default', defaultPlan()],
		['SP 41%, uniform', parsePlan(new URLSearchParams('sh=SP:41')).plan],
		['BSP 6%, transition', parsePlan(new URLSearchParams('m=transition&sh=BSP:6')).plan],
		[
			'SP alone, proportional, BJP 40%',
			parsePlan(new URLSearchParams('m=proportional&al=INDIA:SP;NDA:BJP,RLD;BSP:BSP&sh=BJP:40'))
				.plan
		]
	];
	for (const [name, plan] of plans)
		it(name, () => {
			const c = central2027(file, plan);
			const s = summarize(runForecast(forecastInput(file, plan)));
			expect(c.winner).toEqual(s.winner);
			expect(c.rival).toEqual(s.rival);
			expect(c.margin).toEqual(s.margin);
			expect(c.counts).toEqual(s.counts);
			expect(c.projected).toBe(s.projected);
			expect(c.margin).toHaveLength(403);
			// and the count is the table's: the ACs whose projected winner is our side
			expect(c.winner.filter((w) => w === c.ours)).toHaveLength(c.projected);
			// the simulations' errors are centred on this projection: where our side leads or trails
			// it by more than 25 points, the simulations side with it (chance over or under a half)
			let far = 0;
			c.margin.forEach((m, i) => {
				if (Math.abs(m) <= 25) return;
				far++;
				expect(s.chance[i] > 0.5).toBe(m > 0);
			});
			expect(far).toBeGreaterThan(10);
		});
});

describe('provisional: the new plan’s central projection with the previous answer', () => {
	const before = summarize(runForecast(forecastInput(file, defaultPlan())));
	const plan = parsePlan(new URLSearchParams('sh=SP:41')).plan;
	const c = central2027(file, plan);

	it('is nothing before a first answer', () => {
		expect(provisional(c, null)).toBeNull();
	});

	it('takes margins and winners from the new plan, chances and the seat range from the old', () => {
		const p = provisional(c, before)!;
		expect(p.provisional).toBe(true);
		expect(p.margin).toBe(c.margin);
		expect(p.winner).toBe(c.winner);
		expect(p.projected).toBe(c.projected);
		expect(p.chance).toBe(before.chance);
		expect(p.seats).toBe(before.seats);
		// SP at 41% (above its 38.8% baseline) wins INDIA more ACs than the default's single projection
		expect(p.projected).toBeGreaterThan(before.projected);
		const india = p.byEntity.find((e) => e.id === 'INDIA')!;
		expect(india.projected).toBe(c.projected);
		expect(india.median).toBe(before.byEntity.find((e) => e.id === 'INDIA')!.median);
	});
});
