/**
 * Counts in words follow each language's plural rules (Intl.PluralRules): English puts only 1 in
 * "one" ('0 seats', '1 seat'); Hindi puts 0 and 1 in "one" ('0 सीट', '1 सीट', '2 सीटें').
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, tn } from '../../../src/lib/i18n/lang.svelte.ts';

afterEach(() => {
	i18n.lang = 'en';
});

describe('tn', () => {
	it.each([
		{ lang: 'en' as const, n: 0, expected: '0 seats' },
		{ lang: 'en' as const, n: 1, expected: '1 seat' },
		{ lang: 'en' as const, n: 2, expected: '2 seats' },
		{ lang: 'hi' as const, n: 0, expected: '0 सीट' },
		{ lang: 'hi' as const, n: 1, expected: '1 सीट' },
		{ lang: 'hi' as const, n: 2, expected: '2 सीटें' },
		{ lang: 'en' as const, n: 1, key: 'search.count' as const, expected: '1 result' },
		{ lang: 'en' as const, n: 0, key: 'search.count' as const, expected: '0 results' }
	])('$lang $n → $expected', ({ lang, n, key, expected }) => {
		i18n.lang = lang;
		expect(tn(key ?? 'legend.seats', n)).toBe(expected);
	});
});
