/** Backtest scores on three hand-made contests (the arithmetic is in the comments). */
import { describe, expect, it } from 'vitest';
import { declared } from '../../../../src/lib/model/forecast/backtest.ts';
import { entitiesFor } from '../../../../src/lib/model/forecast/entities.ts';
import { outcomes } from '../../../../src/lib/model/forecast/project.ts';
import { score } from '../../../../src/lib/model/forecast/score.ts';
import type { Simulation } from '../../../../src/lib/model/forecast/simulate.ts';

const e = entitiesFor(
	[
		{ id: 'US', parties: ['SP', 'INC'] },
		{ id: 'THEM', parties: ['BJP'] }
	],
	[[{ votes: { SP: 1, BJP: 1, NOTA: 1 }, total: 3 }]]
);
const k = e.ids.length; // US, THEM, OTH, NOTA
const row = (us: number, them: number) => [us, them, 1 - us - them, 0];
const total = Float64Array.from([1, 1, 1]);
const o = (rows: number[][]) =>
	outcomes({ n: 3, k, entities: e, total }, Float64Array.from(rows.flat()));

describe('score', () => {
	// projected margins +10, −4, +2; actual +6, +3, −8 → errors 4, 7, 10
	const projected = o([row(0.5, 0.4), row(0.4, 0.44), row(0.45, 0.43)]);
	const actual = o([row(0.5, 0.44), row(0.45, 0.42), row(0.4, 0.48)]);
	// chances 0.7, 0.65, 0.3; won 1, 1, 0 → Brier (0.09 + 0.1225 + 0.09) / 3
	const sim: Simulation = {
		sims: 4,
		contests: 3,
		k,
		chance: Float64Array.from([0.7, 0.3, 0, 0, 0.65, 0.35, 0, 0, 0.3, 0.7, 0, 0]),
		// our seats in 4 simulations: 1, 2, 2, 3
		seats: Int32Array.from([1, 2, 0, 0, 2, 1, 0, 0, 2, 1, 0, 0, 3, 0, 0, 0])
	};
	const s = score(projected, actual, e.ours, sim);

	it('winners right, margin errors, bias', () => {
		expect(s.contests).toBe(3);
		expect(s.winnersRight).toBe(1); // only the first
		expect(s.meanAbsError).toBeCloseTo(7, 9);
		expect(s.medianAbsError).toBeCloseTo(7, 9);
		expect(s.meanError).toBeCloseTo((4 - 7 + 10) / 3, 9);
	});

	it('seats: projected 2, actual 2, inside the 80% range 1–3 (median 2)', () => {
		expect(s.seats).toMatchObject({ projected: 2, actual: 2, inRange: true });
		expect(s.seats.sim).toMatchObject({ median: 2, lo: 1, hi: 3, mean: 2 });
	});

	it('calibration: the 60–80% band holds the two contests given 0.7 and 0.65, both won; Brier 0.1008', () => {
		const band = s.calibration.find((b) => b.from === 0.6)!;
		expect(band).toMatchObject({ contests: 2, won: 2 });
		expect(band.meanChance).toBeCloseTo(0.675, 12);
		expect(s.calibration.find((b) => b.from === 0.2)).toMatchObject({ contests: 1, won: 0 });
		expect(s.brier).toBeCloseTo((0.09 + 0.1225 + 0.09) / 3, 12);
	});
});

describe('declared', () => {
	it('allies standing against each other do not add up into a winner: SP 35 + INC 20 lose to BJP 40', () => {
		const d = declared(
			[
				{
					votes: { SP: 350, INC: 200, BJP: 400, IND: 50 },
					top: { SP: 350, INC: 200, BJP: 400, IND: 30 },
					total: 1000
				}
			],
			e
		);
		expect(e.ids[d.winner[0]]).toBe('THEM');
		expect(d.marginPts[0]).toBeCloseTo(-5, 9);
	});
});
