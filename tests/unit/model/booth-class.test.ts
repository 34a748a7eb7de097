import { describe, expect, it } from 'vitest';
import {
	boothClass,
	classCounts,
	DEFAULT_CLASS_RULES,
	leadPts,
	parseClassRules
} from '../../../src/lib/model/booth-class.ts';

describe('boothClass with the default ±10 point rules', () => {
	it.each([
		{ name: 'lead of 15 pts', input: { ours: 420, bestOther: 300, valid: 800 }, expected: 'A' },
		{
			name: 'lead of exactly 10 pts is B',
			input: { ours: 180, bestOther: 100, valid: 800 },
			expected: 'B'
		},
		{ name: 'lead of 1 vote', input: { ours: 101, bestOther: 100, valid: 800 }, expected: 'B' },
		{ name: 'tie is not a lead', input: { ours: 100, bestOther: 100, valid: 800 }, expected: 'C' },
		{
			name: 'trail of exactly 10 pts is C',
			input: { ours: 100, bestOther: 180, valid: 800 },
			expected: 'C'
		},
		{ name: 'trail of 20 pts', input: { ours: 100, bestOther: 260, valid: 800 }, expected: 'D' },
		// Sishamau 2014 booth 1: INC 69 against BJP 252 of 364 valid votes: −50.3 pts.
		{
			name: 'INC in Sishamau booth 1, 2014',
			input: { ours: 69, bestOther: 252, valid: 364 },
			expected: 'D'
		},
		{ name: 'no votes', input: { ours: 0, bestOther: 0, valid: 0 }, expected: 'C' }
	])('$name → $expected', ({ input, expected }) =>
		expect(boothClass(input, DEFAULT_CLASS_RULES)).toBe(expected)
	);

	it('thresholds are settings', () => {
		const x = { ours: 420, bestOther: 300, valid: 800 }; // +15 pts
		expect(boothClass(x, { lead: 20, trail: 10 })).toBe('B');
		expect(leadPts(x)).toBe(15);
	});

	it('counts classes and parses thresholds from the URL', () => {
		expect(classCounts(['A', 'C', 'C', 'D'])).toEqual({ A: 1, B: 0, C: 2, D: 1 });
		expect(parseClassRules('5,15')).toEqual({ lead: 5, trail: 15 });
		expect(parseClassRules('x')).toEqual(DEFAULT_CLASS_RULES);
		expect(parseClassRules(null)).toEqual(DEFAULT_CLASS_RULES);
	});
});
