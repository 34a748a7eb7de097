import { afterEach, describe, expect, it } from 'vitest';
import {
	formatInt,
	formatLakh,
	formatPct,
	formatPts,
	NO_VALUE
} from '../../../src/lib/i18n/format.ts';
import { i18n } from '../../../src/lib/i18n/lang.svelte.ts';

describe('Indian number format', () => {
	it.each([
		{ input: 443055, expected: '4,43,055' },
		{ input: 1664794, expected: '16,64,794' },
		{ input: 123456789, expected: '12,34,56,789' },
		{ input: 999, expected: '999' },
		{ input: null, expected: NO_VALUE }
	])('formatInt($input) → $expected', ({ input, expected }) =>
		expect(formatInt(input)).toBe(expected)
	);

	it.each([
		{ input: 443055, expected: '4.43 lakh' },
		{ input: 16647940, expected: '1.66 crore' },
		{ input: 99999, expected: '99,999' }
	])('formatLakh($input) → $expected', ({ input, expected }) =>
		expect(formatLakh(input)).toBe(expected)
	);

	it('percentages and points', () => {
		expect(formatPct(50.684)).toBe('50.7%');
		expect(formatPct(null)).toBe(NO_VALUE);
		expect(formatPts(7.85)).toBe('+7.9 pts');
		expect(formatPts(-2.3)).toBe('−2.3 pts');
	});
});

describe('in Hindi', () => {
	afterEach(() => {
		i18n.lang = 'en';
	});

	it('keeps Indian grouping with Latin digits, and says lakh, crore and points in Hindi', () => {
		i18n.lang = 'hi';
		expect(formatInt(1234567)).toBe('12,34,567');
		expect(formatLakh(443055)).toBe('4.43 लाख');
		expect(formatLakh(16647940)).toBe('1.66 करोड़');
		expect(formatLakh(99999)).toBe('99,999');
		expect(formatPct(50.684)).toBe('50.7%');
		expect(formatPts(7.85)).toBe('+7.9 अंक');
		expect(formatPts(-2.3)).toBe('−2.3 अंक');
	});
});

describe('signed whole numbers (issue 17: "(-0)", a hyphen beside "−3.30")', () => {
	it('use the minus sign, a plus for gains and no sign on zero', async () => {
		const { formatSignedInt } = await import('../../../src/lib/i18n/format.ts');
		expect(formatSignedInt(-92141)).toBe('−92,141');
		expect(formatSignedInt(92141.4)).toBe('+92,141');
		expect(formatSignedInt(-0.4)).toBe('0');
		expect(formatSignedInt(-123456)).toBe('−1,23,456');
	});
});
