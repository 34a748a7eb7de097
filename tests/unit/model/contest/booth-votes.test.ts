/**
 * Booths by columns: a booth without votes is left out, a party a booth has no entry for is not
 * the same as 0 votes, and a projection hands over only the parties a booth (or its area) has.
 * The booth is polling station 26 of Gorakhpur Urban (AC 322) in 2017 as printed in Form 20:
 * INC 385, BJP 227, BSP 16 of 660 valid votes.
 */
import { describe, expect, it } from 'vitest';
import {
	baselineAt,
	BoothVotesBuilder,
	boothVotesOf
} from '../../../../src/lib/model/contest/booth-votes.ts';
import { shiftedBooths } from '../../../../src/lib/model/contest/units.ts';
import type { Baseline } from '../../../../src/lib/model/projection.ts';

const PS26: Baseline = { votes: { INC: 385, BJP: 227, BSP: 16 }, valid: 660, electors: null };

describe('BoothVotesBuilder', () => {
	it('parts in order, votes added up, and a booth that got no votes left out', () => {
		const b = new BoothVotesBuilder('AE2017', [
			{ part_no: 27, valid: 500, electors: 900 },
			{ part_no: 26, valid: 660, electors: null },
			{ part_no: 28, valid: 0, electors: 10 }
		]);
		expect(b.add(26, 'INC', 300)).toBe(true);
		expect(b.add(26, 'INC', 85)).toBe(true);
		expect(b.add(26, 'BJP', 227)).toBe(true);
		expect(b.add(26, 'BSP', 16)).toBe(true);
		expect(b.add(27, 'BJP', 0)).toBe(true);
		expect(b.add(99, 'BJP', 5)).toBe(false);
		const out = b.build();
		expect([...out.parts]).toEqual([26, 27]);
		expect(baselineAt(out, out.parts.indexOf(26))).toEqual(PS26);
		// 0 votes is an entry; no row is none
		expect(baselineAt(out, out.parts.indexOf(27))).toEqual({
			votes: { BJP: 0 },
			valid: 500,
			electors: 900
		});
		expect(out.parts.indexOf(28)).toBe(-1);
	});
});

describe('shiftedBooths over columns', () => {
	const area = {
		votes: { INC: 61491, BJP: 122221, BSP: 24297, PECP: 2252 },
		valid: 210261,
		electors: null
	};
	const booths = new Map([
		[
			322,
			boothVotesOf(
				'AE2017',
				new Map([
					[26, PS26],
					[27, { votes: { BJP: 400, PECP: 10, AAP: 5 }, valid: 415, electors: null }]
				])
			)
		]
	]);
	const handed = () => {
		const got: Record<string, number>[] = [];
		shiftedBooths(booths, () => ({ from: area, to: area })).units.feed({
			unit(i, parties, votes, m) {
				got[i] = {};
				for (let k = 0; k < m; k++) got[i][parties[k]] = votes[k];
			}
		});
		return got;
	};

	it('no swing: a booth keeps its listed votes (made up to its valid votes), and only the parties it or its area has', () => {
		const [b26, b27] = handed();
		// PS 26 lists 628 of its 660 valid votes: each listed party's share of them
		expect(b26.INC).toBeCloseTo((385 * 660) / 628, 9);
		expect(b26.BJP).toBeCloseTo((227 * 660) / 628, 9);
		expect(b26.BSP).toBeCloseTo((16 * 660) / 628, 9);
		// PECP: in the area, not in PS 26: at the area's change (none), so 0
		expect(b26.PECP).toBe(0);
		// AAP: in booth 27 only, neither in PS 26 nor in the area: not handed over at all
		expect(Object.keys(b26).sort()).toEqual(['BJP', 'BSP', 'INC', 'PECP']);
		expect(b27).toEqual({ BJP: 400, PECP: 10, AAP: 5, INC: 0, BSP: 0 });
	});
});
