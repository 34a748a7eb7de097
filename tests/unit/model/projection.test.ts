/** The projection model on cases computed by hand (see the comments for the arithmetic). */
import { describe, expect, it } from 'vitest';
import {
	addBaselines,
	blend,
	project,
	shiftBooth,
	type Scenario
} from '../../../src/lib/model/projection.ts';

const base = { votes: { SP: 400, INC: 100, BJP: 450, BSP: 50 }, valid: 1000, electors: 2000 };
const scenario: Scenario = {
	side: ['SP', 'INC'],
	transfer: { INC: 0.8 },
	rivals: [['BJP']],
	swing: 0,
	turnout: 0
};

describe('project', () => {
	it('transfers 80% of INC to SP and leaks the rest in proportion (BJP 450, BSP 50 → +18, +2)', () => {
		const p = project(base, scenario);
		expect(p.ours).toBeCloseTo(480); // 400 + 0.8 × 100
		expect(p.blocs.BJP).toBeCloseTo(468); // 450 + 20 × 450/500
		expect(p.blocs.BSP).toBeCloseTo(52);
		expect(p.leader).toBe('BJP');
		expect(p.marginVotes).toBeCloseTo(12);
		expect(p.marginPts).toBeCloseTo(1.2);
		expect(p.winning).toBe(true);
		expect(p.neededPersuasion).toBe(0);
	});

	it('a swing of −2 points loses it; votes needed: 27 new voters or 14 switchers', () => {
		const p = project(base, { ...scenario, swing: -2 });
		expect(p.ours).toBeCloseTo(460); // 480 − 20
		expect(p.leaderVotes).toBeCloseTo(486); // 468 + 20 × 468/520
		expect(p.winning).toBe(false);
		expect(p.neededTurnout).toBe(27); // 486 − 460 + 1
		expect(p.neededPersuasion).toBe(14); // ⌈27 / 2⌉: 474 against 472
	});

	it('a turnout rise of 5 points of 2,000 electors adds 100 voters who split like the unit', () => {
		const p = project(base, { ...scenario, turnout: 5 });
		expect(p.valid).toBeCloseTo(1100);
		expect(p.ours).toBeCloseTo(528); // 480 × 1.1
		expect(p.marginVotes).toBeCloseTo(13.2);
		expect(p.marginPts).toBeCloseTo(1.2);
		expect(p.nonVoters).toBeCloseTo(900);
	});

	it('new voters leaning 10 points to us: 58 of the 100 for us, 42 to the others in proportion', () => {
		// after the 80% transfer: us 480, BJP 468, BSP 52 of 1,000; +5 pts of 2,000 electors = 100
		// new voters, of whom 48% + 10 = 58% vote for us and 42 go to BJP and BSP as 468 : 52.
		const p = project(base, { ...scenario, turnout: 5, lean: 10 });
		expect(p.valid).toBeCloseTo(1100);
		expect(p.ours).toBeCloseTo(538); // 480 + 58
		expect(p.leaderVotes).toBeCloseTo(505.8); // 468 + 42 × 468/520
		expect(p.blocs.BSP).toBeCloseTo(56.2); // 52 + 42 × 52/520
		expect(p.marginVotes).toBeCloseTo(32.2);
		expect(p.marginPts).toBeCloseTo(2.927, 3); // 32.2 / 1,100 (1.2 pts without the lean)
		expect(p.share).toBeCloseTo(48.909, 3); // 538 / 1,100
	});

	it('a lean turns a seat we trail: −2 swing, +10 turnout leaning 20 points', () => {
		// us 460, BJP 486, BSP 54 (the −2 swing case); +10 pts = 200 new voters, 46% + 20 = 66%
		// for us: +132 → 592; the other 68 split 486 : 54 → BJP +61.2 → 547.2.
		const p = project(base, { ...scenario, swing: -2, turnout: 10, lean: 20 });
		expect(p.ours).toBeCloseTo(592);
		expect(p.leaderVotes).toBeCloseTo(547.2);
		expect(p.winning).toBe(true);
		// without the lean, the same turnout keeps us behind: 460 × 1.2 = 552 against 583.2
		expect(project(base, { ...scenario, swing: -2, turnout: 10 }).winning).toBe(false);
	});

	it('rival alliances are summed into one bloc; NOTA never leads', () => {
		const p = project(
			{ votes: { SP: 300, BJP: 250, RLD: 100, NOTA: 400 }, valid: 1050, electors: null },
			{ side: ['SP'], transfer: {}, rivals: [['BJP', 'RLD']], swing: 0, turnout: 0 }
		);
		expect(p.leader).toBe('BJP+RLD');
		expect(p.leaderVotes).toBe(350);
		expect(p.neededPersuasion).toBe(26); // deficit 50 → ⌈51 / 2⌉
	});
});

describe('baselines', () => {
	it('blend averages shares by weight and applies them to the first baseline', () => {
		const b = blend([
			{ weight: 1, base: { votes: { SP: 500, BJP: 500 }, valid: 1000, electors: 1800 } },
			{ weight: 1, base: { votes: { SP: 600, BJP: 1400 }, valid: 2000, electors: 3000 } }
		]);
		expect(b.votes.SP).toBeCloseTo(400); // (0.5 + 0.3) / 2 × 1000
		expect(b.votes.BJP).toBeCloseTo(600);
		expect(b.electors).toBe(1800);
	});

	it('shiftBooth adds the segment swing to the booth, cutting negatives and renormalising', () => {
		const booth = { votes: { SP: 100, BJP: 100 }, valid: 200, electors: 400 };
		const seg2017 = { votes: { SP: 500, BJP: 500 }, valid: 1000, electors: null };
		const seg2022 = { votes: { SP: 600, BJP: 400 }, valid: 1000, electors: null };
		expect(shiftBooth(booth, seg2017, seg2022).votes).toEqual({ SP: 120, BJP: 80 });
		const weak = { votes: { SP: 10, BJP: 190 }, valid: 200, electors: 400 };
		const from = { votes: { SP: 300, BJP: 700 }, valid: 1000, electors: null };
		const to = { votes: { SP: 100, BJP: 900 }, valid: 1000, electors: null };
		const shifted = shiftBooth(weak, from, to).votes;
		expect(shifted.SP).toBe(0);
		expect(shifted.BJP).toBeCloseTo(200);
	});

	it('addBaselines sums votes, and electors only when every part has them', () => {
		const a = addBaselines([
			{ votes: { SP: 1 }, valid: 1, electors: 2 },
			{ votes: { SP: 2, BJP: 3 }, valid: 5, electors: 9 }
		]);
		expect(a).toEqual({ votes: { SP: 3, BJP: 3 }, valid: 6, electors: 11 });
		expect(addBaselines([{ votes: {}, valid: 0, electors: null }]).electors).toBeNull();
	});
});
