/**
 * The interface messages: every module translates every key into Hindi, with the same
 * placeholders, and in Devanagari (Latin only where it is a name, code or format); t() fills
 * placeholders in the current language; withLang keeps the language in links.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, parseLang, t, withLang } from '../../../src/lib/i18n/lang.svelte.ts';
import { messages, modules } from '../../../src/lib/i18n/messages/index.ts';
import { parts } from '../../../src/lib/i18n/rich.ts';
import { byLang, shortElection } from '../../../src/lib/i18n/names.ts';

afterEach(() => {
	i18n.lang = 'en';
});

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Text outside placeholders. */
const words = (s: string) => s.replace(/\{\w+\}/g, '');

/**
 * Keys whose Hindi is rightly written in Latin letters only (a format name, a code): none today.
 * Party codes, EVM, CSV and the like may appear, but next to Hindi words.
 */
const LATIN_OK = new Set<string>([]);

describe('message modules', () => {
	for (const [name, mod] of Object.entries(modules)) {
		const en = mod.en as Record<string, string>;
		const hi = mod.hi as Record<string, string>;
		describe(name, () => {
			it('has a Hindi message for every English one, and no other', () => {
				expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
				for (const [k, v] of Object.entries(hi)) expect(v.trim(), k).not.toBe('');
			});
			it('keeps the placeholders of every message', () => {
				for (const k of Object.keys(en))
					expect(placeholders(hi[k]), k).toEqual(placeholders(en[k]));
			});
			it('writes Hindi in Devanagari', () => {
				const latinOnly = Object.keys(hi).filter(
					(k) => !LATIN_OK.has(k) && /[A-Za-z]/.test(words(hi[k])) && !/[\u0900-\u097F]/.test(hi[k])
				);
				expect(latinOnly).toEqual([]);
			});
		});
	}

	it('has no key in two modules', () => {
		const all = Object.values(modules).flatMap((m) => Object.keys(m.en));
		expect(all.length).toBe(new Set(all).size);
		expect(Object.keys(messages.hi).length).toBe(Object.keys(messages.en).length);
	});
});

describe('t()', () => {
	it('fills placeholders in the current language', () => {
		expect(t('common.place', { name: 'Kanpur', pc: 43 })).toBe('Kanpur (PC 43)');
		i18n.lang = 'hi';
		expect(t('common.place', { name: 'कानपुर', pc: 43 })).toBe('कानपुर (लोकसभा सीट 43)');
		expect(t('booths.count', { shown: 5, total: 253 })).toBe('253 में से 5 बूथ');
	});
	it('leaves a placeholder it was not given, so that a missing value shows', () => {
		expect(t('common.pc')).toBe('PC {pc}');
	});
	it('splits a message around its markup slots, in each language’s word order', () => {
		expect(parts('booths.ruleLead', {}, ['input'])).toEqual([
			{ text: 'A: lead above ' },
			{ slot: 'input' },
			{ text: ' pts' }
		]);
		i18n.lang = 'hi';
		expect(parts('booths.ruleLead', {}, ['input'])).toEqual([
			{ text: 'A: ' },
			{ slot: 'input' },
			{ text: ' अंक से अधिक बढ़त' }
		]);
	});
	it('picks Hindi names where they exist', () => {
		expect(byLang('Sishamau', 'सीसामऊ')).toBe('Sishamau');
		expect(shortElection('LS2024')).toBe('LS2024');
		i18n.lang = 'hi';
		expect(byLang('Sishamau', 'सीसामऊ')).toBe('सीसामऊ');
		expect(byLang('Kanpur', null)).toBe('Kanpur');
		expect(shortElection('LS2024')).toBe('लोस 2024');
		expect(shortElection('AE2022')).toBe('विस 2022');
	});
});

describe('the language in URLs', () => {
	it.each([
		{ href: '/seat/43/', lang: 'hi', expected: '/seat/43/?lang=hi' },
		{ href: '/seat/43/?e=LS2024', lang: 'hi', expected: '/seat/43/?e=LS2024&lang=hi' },
		{ href: '/seat/43/?e=LS2024&lang=hi', lang: 'en', expected: '/seat/43/?e=LS2024' },
		{ href: '/seat/43/?lang=hi', lang: 'en', expected: '/seat/43/' },
		{ href: '../../', lang: 'hi', expected: '../../?lang=hi' }
	] as const)('withLang($href, $lang) → $expected', ({ href, lang, expected }) =>
		expect(withLang(href, lang)).toBe(expected)
	);

	it('follows the current language by default, and English is left out', () => {
		expect(withLang('/sources/')).toBe('/sources/');
		i18n.lang = 'hi';
		expect(withLang('/sources/')).toBe('/sources/?lang=hi');
	});

	it('reads only hi as Hindi', () => {
		expect(parseLang('hi')).toBe('hi');
		expect(parseLang('en')).toBe('en');
		expect(parseLang('HI')).toBe('en');
		expect(parseLang(null)).toBe('en');
	});
});

describe('plurals in messages (issue 17: "1 rows with problems")', () => {
	it('one row, two rows; Hindi by its own rule', async () => {
		const { plurals } = await import('../../../src/lib/i18n/lang.svelte.ts');
		const m = '{n} {n:row|rows} with problems';
		expect(plurals(m, { n: 1 }, 'en').replace('{n}', '1')).toBe('1 row with problems');
		expect(plurals(m, { n: 2 }, 'en').replace('{n}', '2')).toBe('2 rows with problems');
		expect(plurals(m, { n: 0 }, 'en').replace('{n}', '0')).toBe('0 rows with problems');
		expect(plurals('{n:पंक्ति|पंक्तियाँ}', { n: 1 }, 'hi')).toBe('पंक्ति');
	});
});
