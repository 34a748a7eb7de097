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

/** The message in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
	const text = messages[i18n.lang][key] ?? messages.en[key] ?? key;
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
