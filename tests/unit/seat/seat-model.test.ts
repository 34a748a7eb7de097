import { describe, expect, it } from 'vitest';
import { partyChoices, seatRows, winnerTally } from '../../../src/lib/model/seat.ts';

// Kanpur (PC 43) in AE2022 (ECI): its five segments' winners; 211 Kalyanpur lies in Akbarpur (PC 44).
const rows = [
	{ unit_no: 211, winner_party: 'BJP' },
	{ unit_no: 212, winner_party: 'BJP' },
	{ unit_no: 213, winner_party: 'SP' },
	{ unit_no: 214, winner_party: 'SP' },
	{ unit_no: 215, winner_party: 'BJP' },
	{ unit_no: 216, winner_party: 'SP' }
];
const acs = new Map([
	[211, { pc_no: 44 }],
	[212, { pc_no: 43 }],
	[213, { pc_no: 43 }],
	[214, { pc_no: 43 }],
	[215, { pc_no: 43 }],
	[216, { pc_no: 43 }]
]);

describe('seat view model', () => {
	it("keeps only the seat's own segments", () => {
		expect(seatRows(rows, acs, 43).map((r) => r.unit_no)).toEqual([212, 213, 214, 215, 216]);
		expect(seatRows(rows, undefined, 43)).toEqual([]);
	});

	it('tallies Kanpur 2022 as SP 3, BJP 2 (the declared segment result)', () => {
		expect(winnerTally(seatRows(rows, acs, 43))).toEqual([
			['SP', 3],
			['BJP', 2]
		]);
	});

	it('offers parties by their votes over all segments, NOTA left out, at most n', () => {
		const votes = [
			{ party: 'BJP', votes: 100 },
			{ party: 'NOTA', votes: 5000 },
			{ party: 'SP', votes: 80 },
			{ party: 'SP', votes: 80 },
			{ party: 'BSP', votes: 20 }
		];
		expect(partyChoices(votes)).toEqual([
			{ party: 'SP', votes: 160 },
			{ party: 'BJP', votes: 100 },
			{ party: 'BSP', votes: 20 }
		]);
		expect(partyChoices(votes, 1).map((p) => p.party)).toEqual(['SP']);
	});
});
