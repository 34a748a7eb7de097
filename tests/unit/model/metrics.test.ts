import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n/lang.svelte.ts';
import {
	binIndex,
	colourUnits,
	NO_DATA_COLOUR,
	tint,
	type UnitValues
} from '../../../src/lib/model/metrics.ts';

const colours: Record<string, string> = { SP: '#d7191c', BJP: '#f7941d', INC: '#29a8e0' };
const ctx = {
	say: t,
	partyColour: (p: string) => colours[p] ?? '#a3a3a3',
	partyName: (p: string) => ({ SP: 'Samajwadi Party', BJP: 'Bharatiya Janata Party' })[p] ?? p,
	party: 'SP'
};
// Kanpur's five segments in AE2022 (ECI): winner, margin in points, SP share, turnout.
const rows: UnitValues[] = [
	{ unit_no: 212, winner_party: 'BJP', margin_pct: 42.06, party_share: 19.05, turnout_pct: 54.52 },
	{ unit_no: 213, winner_party: 'SP', margin_pct: 7.85, party_share: 50.68, turnout_pct: 56.88 },
	{ unit_no: 214, winner_party: 'SP', margin_pct: 5.21, party_share: 50.56, turnout_pct: 50.76 },
	{ unit_no: 215, winner_party: 'BJP', margin_pct: 18.33, party_share: 4.06, turnout_pct: 59.44 },
	{ unit_no: 216, winner_party: 'SP', margin_pct: 10.55, party_share: 49.99, turnout_pct: 52.24 }
];

describe('binIndex', () => {
	it.each([
		{ value: 4.99, expected: 0 },
		{ value: 5, expected: 1 },
		{ value: 19.9, expected: 2 },
		{ value: 20, expected: 3 },
		{ value: 80, expected: 3 }
	])('$value with bins [5, 10, 20] → $expected', ({ value, expected }) =>
		expect(binIndex(value, [5, 10, 20])).toBe(expected)
	);
});

describe('colourUnits', () => {
	it('winner: party colours, legend ordered by seats won', () => {
		const c = colourUnits('winner', rows, ctx);
		expect(c.colours.get(213)).toBe('#d7191c');
		expect(c.colours.get(212)).toBe('#f7941d');
		expect(c.legend.map((l) => [l.key, l.count])).toEqual([
			['SP', 3],
			['BJP', 2]
		]);
	});

	it('margin: the wider the margin, the closer to the full party colour', () => {
		const c = colourUnits('margin', rows, ctx);
		expect(c.colours.get(212)).toBe(tint('#f7941d', 1)); // 42 pts: top bin
		expect(c.colours.get(214)).toBe(tint('#d7191c', 0.3 + 0.7 / 3)); // 5.2 pts: second bin
		expect(c.colours.get(214)).not.toBe(c.colours.get(216));
	});

	it("share: SP's share in bins of 10 points, every bin in the legend", () => {
		const c = colourUnits('share', rows, ctx);
		expect(c.legend).toHaveLength(6);
		expect(c.legend.find((l) => l.key === '50% and over')!.count).toBe(2);
		expect(c.legend.find((l) => l.key === '40–50%')!.count).toBe(1);
		expect(c.note).toContain('Samajwadi Party');
	});

	it('turnout: units without electors are grey and counted as such', () => {
		const c = colourUnits(
			'turnout',
			[
				...rows,
				{ unit_no: 1, winner_party: 'SP', margin_pct: 1, party_share: 1, turnout_pct: null }
			],
			ctx
		);
		expect(c.colours.get(1)).toBe(NO_DATA_COLOUR);
		expect(c.legend.at(-1)).toMatchObject({ key: 'no data', count: 1 });
		expect(c.legend.find((l) => l.key === '50–55%')!.count).toBe(3); // 54.5, 50.8, 52.2
	});

	it('turnout: the note says what is divided, for segments (valid votes) and for booths (voters)', () => {
		expect(colourUnits('turnout', rows, ctx).note).toBe('Turnout = valid votes ÷ electors.');
		// ac_booths.sql: round(100 * voters / electors, 2), voters as printed in Form 20
		expect(colourUnits('turnout', rows, { ...ctx, booths: true }).note).toBe(
			'Turnout = voters ÷ electors of the booth, both as printed in Form 20.'
		);
		const gaps = colourUnits(
			'turnout',
			[{ unit_no: 1, winner_party: 'SP', margin_pct: 1, party_share: 1, turnout_pct: null }],
			{ ...ctx, booths: true }
		);
		expect(gaps.note).toContain('voters ÷ electors');
		expect(gaps.note).not.toContain('Lok Sabha');
	});
});
