/**
 * Names in the interface language: the data carries English and Hindi names side by side
 * (ac_name / ac_name_hi, pc_name / pc_name_hi, label_en / label_hi, alliance_en / alliance_hi);
 * these pick the one to show, falling back to English where a Hindi name is missing.
 *
 *   byLang('Sishamau', 'सीसामऊ') → 'सीसामऊ' when i18n.lang is 'hi'
 *   shortElection('LS2024')     → 'LS2024' | 'लोस 2024'
 */
import { i18n, t } from './lang.svelte.ts';

export function byLang(en: string, hi: string | null | undefined): string {
	return i18n.lang === 'hi' && hi ? hi : en;
}

/** A booth's name in the interface's language, else the one that is known (AE2017 Kanpur booths
 * have Hindi names only; LS2014 booths English only). */
export interface BoothNames {
	booth_name: string | null;
	booth_name_hi: string | null;
}
export function boothName(n: BoothNames | undefined): string {
	if (!n) return '';
	return i18n.lang === 'hi'
		? n.booth_name_hi || n.booth_name || ''
		: n.booth_name || n.booth_name_hi || '';
}

/** `lang` for a text that may be in either script: "hi" when it has Devanagari. */
export const scriptLang = (s: string | null | undefined) =>
	s && /[\u0900-\u097F]/.test(s) ? 'hi' : undefined;

export const acName = (p: { ac_name: string; ac_name_hi?: string | null }) =>
	byLang(p.ac_name, p.ac_name_hi);

export const pcName = (p: { pc_name: string; pc_name_hi?: string | null }) =>
	byLang(p.pc_name, p.pc_name_hi);

export const electionLabel = (e: { label_en: string; label_hi?: string | null }) =>
	byLang(e.label_en, e.label_hi);

export const electionNote = (e: { note: string; note_hi?: string | null }) =>
	byLang(e.note, e.note_hi);

/** An election id for tight places: 'LS2024' in English, 'लोस 2024' (as Hindi papers write) in Hindi. */
export function shortElection(id: string): string {
	const m = /^(LS|AE)(\d{4})$/.exec(id);
	if (!m) return id;
	return t(m[1] === 'LS' ? 'common.shortLS' : 'common.shortAE', { year: m[2] });
}

/**
 * Party codes as Hindi papers write them (सपा, भाजपा), for the places that show a code rather
 * than a full name (map labels, slides, chips). parties.parquet carries only full Hindi names
 * (name_hi), so the short forms are this reviewed table; a code not in it stays as it is.
 */
const PARTY_SHORT_HI: Record<string, string> = {
	SP: 'सपा',
	BJP: 'भाजपा',
	INC: 'कांग्रेस',
	BSP: 'बसपा',
	RLD: 'रालोद',
	ADAL: 'अपना दल (एस)',
	ADS: 'अपना दल (एस)',
	SBSP: 'सुभासपा',
	NISHAD: 'निषाद पार्टी',
	NINSHAD: 'निषाद पार्टी',
	AIMIM: 'एआईएमआईएम',
	CPI: 'भाकपा',
	CPM: 'माकपा',
	IND: 'निर्दलीय',
	NOTA: 'नोटा',
	Others: 'अन्य'
};
export const partyShort = (code: string): string =>
	i18n.lang === 'hi' ? (PARTY_SHORT_HI[code] ?? code) : code;

const BLOC_HI: Record<string, string> = {
	INDIA: 'इंडिया',
	NDA: 'एनडीए',
	UPA: 'यूपीए',
	MGB: 'महागठबंधन'
};
/**
 * A bloc's id for a chart label: a 2027 bloc without its suffix ('INDIA-2027' → 'INDIA'); in Hindi
 * the alliance's name as papers write it (इंडिया) or its parties' short forms ('SP+INC' → सपा+कांग्रेस).
 */
export function blocShort(id: string): string {
	const base = id.replace(/-2027$/, '');
	if (i18n.lang !== 'hi') return base;
	return (
		BLOC_HI[base] ??
		base
			.split('+')
			.map((p) => (p ? partyShort(p) : ''))
			.join('+')
	);
}

/**
 * A candidate's name as the results spell it (capitals, Latin script: no source gives Hindi
 * candidate names), in title case for slides and labels: 'SATYADEV PACHAURI' → 'Satyadev Pachauri'.
 */
export const candidateName = (name: string | null | undefined): string =>
	(name ?? '')
		.toLowerCase()
		.replace(/(^|[\s.(-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
