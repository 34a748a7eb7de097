/**
 * The interface language, Hindi or English, switchable at any time and kept in the URL (?lang=hi;
 * English is the default and is left out of URLs). The root layout reads it from the URL;
 * components read `i18n.lang` through t(), so a switch re-renders every text.
 *
 *   t('present.next')           → 'Next' | 'अगला'
 *   t('seat.won', { n: 3 })     → 'Won 3' | '3 जीते'
 */
import { messages, type MessageKey } from './messages/index.ts';

export type Lang = 'en' | 'hi';
export const LANGS: Lang[] = ['en', 'hi'];

export const i18n = $state<{ lang: Lang }>({ lang: 'en' });

export function parseLang(s: string | null | undefined): Lang {
	return s === 'hi' ? 'hi' : 'en';
}

/**
 * {n:row|rows} in a message: the first form when Intl's plural rule for the language says "one"
 * for n, the second otherwise ("1 row", "2 rows"; Hindi counts 0 and 1 as "one").
 */
export function plurals(text: string, vars: Record<string, string | number>, lang: Lang): string {
	const rule = new Intl.PluralRules(lang === 'hi' ? 'hi-IN' : 'en-IN');
	return text.replace(
		/\{(\w+):([^|{}]*)\|([^{}]*)\}/g,
		(whole, k: string, one: string, other: string) => {
			// a count may come formatted ("1,478")
			const n =
				typeof vars[k] === 'number' ? vars[k] : Number(String(vars[k] ?? '').replace(/,/g, ''));
			return Number.isNaN(n) || vars[k] === undefined
				? whole
				: rule.select(n) === 'one'
					? one
					: other;
		}
	);
}

/** The message in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
	const text = plurals(messages[i18n.lang][key] ?? messages.en[key] ?? key, vars, i18n.lang);
	return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** A same-site URL (path and query) carrying the current language. */
export function withLang(href: string, lang: Lang = i18n.lang): string {
	const [path, query = ''] = href.split('?');
	const params = new URLSearchParams(query);
	if (lang === 'en') params.delete('lang');
	else params.set('lang', lang);
	const q = params.toString();
	return q ? `${path}?${q}` : path;
}
