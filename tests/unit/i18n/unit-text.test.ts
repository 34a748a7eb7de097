/**
 * The words beside each unit in the map's list alternative: what its colour says. Rows are
 * Kanpur's segments in the 2022 assembly election (ECI: Sishamau, SP's Haji Irfan Solanki 79,163
 * against BJP 66,897, a 7.85-point margin; Govind Nagar, BJP by 42.06 points), and Sishamau's
 * booth 1 in 2014 (INC 69 against BJP's 252 of 364 valid votes: class D for INC).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/lib/i18n/lang.svelte.ts';
import type { UnitValues } from '../../../src/lib/model/metrics.ts';
import { unitText } from '../../../src/lib/i18n/unit-text.ts';

const sishamau: UnitValues = {
	unit_no: 213,
	winner_party: 'SP',
	margin_pct: 7.85,
	party_share: 50.68,
	turnout_pct: 56.88
};
const govindNagar: UnitValues = {
	unit_no: 212,
	winner_party: 'BJP',
	margin_pct: 42.06,
	party_share: 19.05,
	turnout_pct: 54.52
};
const ctx = { party: 'SP' };

afterEach(() => {
	i18n.lang = 'en';
});

describe('unitText', () => {
	it.each([
		{ metric: 'winner', row: sishamau, expected: 'SP won, margin 7.9 pts' },
		{ metric: 'margin', row: govindNagar, expected: 'BJP won, margin 42.1 pts' },
		{ metric: 'share', row: sishamau, expected: 'SP 50.7% of valid votes' },
		{ metric: 'share', row: govindNagar, expected: 'SP 19.1% of valid votes' },
		{ metric: 'turnout', row: govindNagar, expected: 'turnout 54.5%' },
		{
			metric: 'turnout',
			row: { ...sishamau, turnout_pct: null },
			expected: 'no electors in source'
		}
	] as const)('$metric of $row.unit_no → $expected', ({ metric, row, expected }) =>
		expect(unitText(metric, row, ctx)).toBe(expected)
	);

	it('booth class: the class and its rule, for the side shown', () => {
		// INC −50.3 pts in Sishamau booth 1 (2014): class D under the default ±10 rules.
		const booth: UnitValues = {
			unit_no: 1,
			winner_party: 'BJP',
			margin_pct: ((252 - 69) / 364) * 100,
			party_share: (69 / 364) * 100,
			turnout_pct: null,
			klass: 'D'
		};
		expect(unitText('class', booth, { party: 'INC', rules: { lead: 10, trail: 10 } })).toBe(
			'D: trail by more than 10 pts'
		);
		expect(unitText('share', booth, { party: 'INC', sideLabel: 'INC' })).toBe(
			'INC 19.0% of valid votes'
		);
	});

	it('in Hindi', () => {
		i18n.lang = 'hi';
		expect(unitText('winner', sishamau, ctx)).toBe('SP जीती, अंतर 7.9 अंक');
		expect(unitText('turnout', govindNagar, ctx)).toBe('मतदान 54.5%');
	});
});
