/**
 * Counts in words follow each language's plural rules (Intl.PluralRules) through the one plural
 * form {n:one|other} in messages: English puts only 1 in "one" ('0 seats', '1 seat'); Hindi puts 0
 * and 1 in "one" ('0 सीट', '1 सीट', '2 सीटें').
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, t } from '../../../src/lib/i18n/lang.svelte.ts';
import { messages } from '../../../src/lib/i18n/messages/index.ts';

afterEach(() => {
	i18n.lang = 'en';
});

describe('plural forms in messages', () => {
	it.each([
		{ lang: 'en' as const, n: 0, expected: '0 seats' },
		{ lang: 'en' as const, n: 1, expected: '1 seat' },
		{ lang: 'en' as const, n: 2, expected: '2 seats' },
		{ lang: 'hi' as const, n: 0, expected: '0 सीट' },
		{ lang: 'hi' as const, n: 1, expected: '1 सीट' },
		{ lang: 'hi' as const, n: 2, expected: '2 सीटें' },
		{ lang: 'en' as const, n: 1, key: 'search.count' as const, expected: '1 result' },
		{ lang: 'en' as const, n: 0, key: 'search.count' as const, expected: '0 results' },
		{
			lang: 'en' as const,
			n: 1,
			key: 'win.noneLink' as const,
			expected: '1 booth with no organisation'
		},
		{ lang: 'en' as const, n: 1, key: 'priority.count' as const, expected: '1 booth' }
	])('$lang $n → $expected', ({ lang, n, key, expected }) => {
		i18n.lang = lang;
		expect(t(key ?? 'legend.seats', { n })).toBe(expected);
	});

	it('two counts in one sentence, one of them formatted', () => {
		expect(t('org.importedLeftOut', { n: 1, file: 'a.csv', bad: '1,204' })).toBe(
			'Imported 1 booth from a.csv; 1,204 rows with problems were left out.'
		);
		expect(t('org.importedLeftOut', { n: 2, file: 'a.csv', bad: 1 })).toBe(
			'Imported 2 booths from a.csv; 1 row with problems was left out.'
		);
	});

	it('every plural form names a placeholder of its message and has two forms', () => {
		for (const lang of ['en', 'hi'] as const)
			for (const [key, text] of Object.entries(messages[lang]))
				for (const m of text.matchAll(/\{(\w+):([^{}]*)\}/g)) {
					expect(m[2].split('|'), `${lang} ${key}`).toHaveLength(2);
					expect(text, `${lang} ${key}`).toContain(`{${m[1]}}`);
				}
	});
});
