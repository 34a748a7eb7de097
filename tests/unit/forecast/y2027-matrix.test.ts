/**
 * The editable transition matrix of /2027/: the edited rows in the URL (tm=…) and back, and where
 * a party's lost votes go, computed by hand: BSP loses 10 points, its leavers go 60/40 to SP and
 * BJP, so SP gains 6 and BJP 4 state-wide, and in each AC BSP keeps the same fraction of its votes
 * and hands the rest over 60/40.
 */
import { describe, expect, it } from 'vitest';
import {
	defaultPlan,
	estimatedRow,
	forecastInput,
	MATRIX_KEYS,
	matrixRow,
	parsePlan,
	partyBase,
	planMatrix,
	planText,
	serializePlan,
	Y2027,
	type Plan2027
} from '../../../src/lib/forecast/y2027.ts';
import { runForecast } from '../../../src/lib/model/forecast/index.ts';
import { readY2027File } from '../../helpers/y2027-file.ts';

const file = readY2027File();

describe('the edited rows in the URL', () => {
	it('only the rows changed from the estimate, in the matrix’s order, zeros left out, and back', () => {
		const plan: Plan2027 = {
			...defaultPlan(),
			method: 'transition',
			matrix: { BSP: { SP: 60, BJP: 40 }, INC: { SP: 50.5, BJP: 20, OTH: 29.5 } }
		};
		const q = serializePlan(plan);
		expect(q.get('tm')).toBe('BSP:BJP*40,SP*60;INC:BJP*20,SP*50.5,OTH*29.5');
		expect(q.toString()).toBe(
			'm=transition&tm=BSP%3ABJP*40%2CSP*60%3BINC%3ABJP*20%2CSP*50.5%2COTH*29.5'
		);
		const back = parsePlan(new URLSearchParams(q.toString()));
		expect(back.problems).toEqual([]);
		expect(back.plan).toEqual(plan);
		// the default plan has no matrix parameter; a plan without edits neither
		expect(serializePlan(defaultPlan()).has('tm')).toBe(false);
		expect(serializePlan({ ...defaultPlan(), matrix: {} }).has('tm')).toBe(false);
	});

	it('refuses a row that does not add up to 100, an unknown party or a flow to itself', () => {
		for (const [tm, why] of [
			['BSP:SP*60,BJP*30', 'adds up to 90%'],
			['XYZ:SP*100', '"XYZ" is not one of'],
			['BSP:BSP*100', '"BSP*100"'],
			['BSP:SP*160', '"SP*160"'],
			['BSP:SP*100;BSP:BJP*100', '"BSP" is not one of']
		]) {
			const r = parsePlan(new URLSearchParams({ tm }));
			expect(r.problems).toHaveLength(1);
			expect(r.problems[0]).toContain(why);
			expect(r.plan.matrix).toBeUndefined();
		}
		// rounded figures: within half a point of 100 is a row
		expect(parsePlan(new URLSearchParams('tm=BSP:SP*41.6,BJP*26.7,OTH*31.4')).problems).toEqual([]);
	});

	it('the matrix in use: the estimate with the edited rows in place, said in the plan text', () => {
		const plan: Plan2027 = {
			...defaultPlan(),
			method: 'transition',
			matrix: { BSP: { SP: 60, BJP: 40 } }
		};
		const m = planMatrix(plan);
		const bsp = MATRIX_KEYS.indexOf('BSP');
		expect(m.flows[bsp]).toEqual(MATRIX_KEYS.map((k) => ({ SP: 0.6, BJP: 0.4 })[k] ?? 0));
		MATRIX_KEYS.forEach((_, i) => {
			if (i !== bsp) expect(m.flows[i]).toBe(Y2027.matrix!.flows[i]);
		});
		expect(matrixRow(plan, 'BSP')).toEqual({ BJP: 40, SP: 60, INC: 0, RLD: 0, OTH: 0 });
		expect(matrixRow(plan, 'INC')).toEqual(estimatedRow('INC'));
		expect(planMatrix(defaultPlan())).toBe(Y2027.matrix);
		expect(planText(plan)).toContain(
			'transition matrix: edited rows BSP → BJP 40%, SP 60%, the rest estimated'
		);
		expect(planText({ ...defaultPlan(), method: 'transition' })).toContain(
			'transition matrix: estimated'
		);
	});
});

describe('BSP loses 10 points, its leavers 60/40 to SP and BJP', () => {
	// two ACs of 1,000 votes; BSP 400 of 2,000 votes state-wide (20%) → 10%: it keeps half its
	// votes in every AC. SP 700 (35%) → 41%, BJP 900 (45%) → 49%.
	const units = [
		{ votes: { SP: 400, BJP: 300, BSP: 300 }, total: 1000 },
		{ votes: { SP: 300, BJP: 600, BSP: 100 }, total: 1000 }
	];
	const r = runForecast({
		units,
		scenario: {
			blocs: [
				{ id: 'A', parties: ['SP'] },
				{ id: 'B', parties: ['BJP'] },
				{ id: 'C', parties: ['BSP'] }
			],
			method: 'transition',
			shares: { BSP: 10 },
			matrix: {
				keys: ['BJP', 'SP', 'BSP', 'OTH'],
				flows: [
					[0, 0.5, 0.5, 0],
					[0.5, 0, 0.5, 0],
					[0.4, 0.6, 0, 0],
					[0.4, 0.4, 0.2, 0]
				]
			}
		}
	});

	it('state-wide: SP +6, BJP +4', () => {
		expect(r.stateTarget.A).toBeCloseTo(41, 9);
		expect(r.stateTarget.B).toBeCloseTo(49, 9);
		expect(r.stateTarget.C).toBeCloseTo(10, 9);
	});

	it('AC by AC: BSP keeps half, the other half goes 60/40', () => {
		const s = r.units.shares;
		const k = r.units.k;
		const [a, b, c] = ['A', 'B', 'C'].map((id) => r.entities.indexOf(id));
		// AC 1: BSP 30 → 15, SP 40 + 9, BJP 30 + 6
		expect(100 * s[a]).toBeCloseTo(49, 9);
		expect(100 * s[b]).toBeCloseTo(36, 9);
		expect(100 * s[c]).toBeCloseTo(15, 9);
		// AC 2: BSP 10 → 5, SP 30 + 3, BJP 60 + 2
		expect(100 * s[k + a]).toBeCloseTo(33, 9);
		expect(100 * s[k + b]).toBeCloseTo(62, 9);
		expect(100 * s[k + c]).toBeCloseTo(5, 9);
	});
});

describe('an edited row on the 2027 file moves the blocs as it says', () => {
	const bsp = partyBase(file).BSP;
	const run = (matrix?: Plan2027['matrix']) =>
		runForecast(
			forecastInput(
				file,
				{ ...defaultPlan(), method: 'transition', shares: { BSP: bsp - 10 }, matrix },
				null
			)
		);
	const edited = run({ BSP: { SP: 60, BJP: 40 } });

	it('BSP −10: INDIA (SP’s bloc) +6, NDA (BJP’s) +4, the others as they were', () => {
		const { stateBase: b, stateTarget: t } = edited;
		expect(t.BSP - b.BSP).toBeCloseTo(-10, 9);
		expect(t.INDIA - b.INDIA).toBeCloseTo(6, 9);
		expect(t.NDA - b.NDA).toBeCloseTo(4, 9);
		for (const id of edited.entities)
			if (!['BSP', 'INDIA', 'NDA'].includes(id)) expect(t[id]).toBeCloseTo(b[id], 9);
	});

	it('sending all of BSP’s leavers to SP instead wins INDIA more seats', () => {
		const all = run({ BSP: { SP: 100 } });
		expect(all.stateTarget.INDIA - all.stateBase.INDIA).toBeCloseTo(10, 9);
		const seats = (x: typeof all) => x.units.winner.filter((w) => w === x.ours).length;
		expect(seats(all)).toBeGreaterThan(seats(edited));
	});
});
