/**
 * Indian number formatting: digit groups of 2 after the first 3 (12,34,567), as Indian readers
 * and every ECI document write them; lakh/crore words for large round figures.
 *
 *   formatInt(1234567) → '12,34,567'
 *   formatPct(50.684)  → '50.7%'
 *   formatLakh(443055) → '4.43 lakh' (Hindi: '4.43 लाख')
 *
 * Digits stay Latin in Hindi too, as the data desks of Hindi newspapers print them; only the
 * words (lakh, crore, pts) follow the interface language.
 */
import { t } from './lang.svelte.ts';

const intFmt = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });
const pctFmt = new Intl.NumberFormat('en-IN', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});
const lakhFmt = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });

/** The sign for "no value" (a source does not give it), shown instead of 0 or NaN. */
export const NO_VALUE = '–';

export function formatInt(n: number | null | undefined): string {
	return n === null || n === undefined || !Number.isFinite(n) ? NO_VALUE : intFmt.format(n);
}

/** One formatter per number of digits: making one costs far more than formatting with it. */
const pctFmts = new Map<number, Intl.NumberFormat>([[1, pctFmt]]);

export function formatPct(n: number | null | undefined, digits = 1): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return NO_VALUE;
	let f = pctFmts.get(digits);
	if (!f)
		pctFmts.set(
			digits,
			(f = new Intl.NumberFormat('en-IN', {
				minimumFractionDigits: digits,
				maximumFractionDigits: digits
			}))
		);
	return f.format(n) + '%';
}

/**
 * A whole number with its sign, in the same style as formatPts: the minus sign (−), never a
 * hyphen, and no "-0" (a rounded zero has no sign): +92,141 · −92,141 · 0.
 */
export function formatSignedInt(n: number | null | undefined): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return NO_VALUE;
	const r = Math.round(n);
	return (r > 0 ? '+' : r < 0 ? '−' : '') + intFmt.format(Math.abs(r));
}

/** Percentage points, with a sign: +7.9 pts (Hindi: +7.9 अंक). */
export function formatPts(n: number | null | undefined): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return NO_VALUE;
	return t('common.pts', {
		n: (n > 0 ? '+' : n < 0 ? '−' : '') + pctFmt.format(Math.abs(n))
	});
}

/** 1 lakh = 1,00,000; 1 crore = 1,00,00,000. */
export function formatLakh(n: number | null | undefined): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return NO_VALUE;
	if (Math.abs(n) >= 1e7) return t('common.crore', { n: lakhFmt.format(n / 1e7) });
	if (Math.abs(n) >= 1e5) return t('common.lakh', { n: lakhFmt.format(n / 1e5) });
	return intFmt.format(n);
}

/** Bytes as megabytes with one decimal (1 MB = 10^6 bytes), e.g. 56.1. */
export const formatMb = (bytes: number): string => (bytes / 1e6).toFixed(1);
