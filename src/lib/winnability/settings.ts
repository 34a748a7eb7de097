/**
 * How the what-if settings of a contest (model/contest/settings.ts: our side, baseline weights,
 * transfer rates, swing, turnout, lean, quadrant thresholds, organisation-score settings) live in
 * the URL, and their words in the interface language. Parsing never throws; unknown values fall
 * back to the defaults and are reported.
 *
 *   parseWhatIf(new URLSearchParams('side=INDIA@LS2024&base=AE2022:1,LS2019:0.5&sw=-2'))
 *   → { settings: { side: 'INDIA@LS2024', base: { AE2022: 1, LS2019: 0.5 }, swing: -2, … }, problems: [] }
 */
import { t } from '$lib/i18n/lang.svelte.ts';
import { byLang } from '$lib/i18n/names.ts';
import { DEFAULT_WHATIF, type WhatIf } from '$lib/model/contest/settings.ts';
import type { AllianceRow } from '$lib/model/types.ts';
import { ELECTION_IDS } from '$lib/model/types.ts';

const num = (s: string | null, lo: number, hi: number): number | null => {
	if (s === null || s.trim() === '') return null;
	const v = Number(s);
	return Number.isFinite(v) && v >= lo && v <= hi ? v : null;
};

export function parseWhatIf(params: URLSearchParams): { settings: WhatIf; problems: string[] } {
	const problems: string[] = [];
	const w: WhatIf = structuredClone(DEFAULT_WHATIF);
	const side = params.get('side');
	if (side !== null) {
		if (/^[A-Za-z()+ .-]{1,40}(@(LS|AE)\d{4})?$/.test(side)) w.side = side;
		else problems.push(t('whatif.problemSide', { value: side, fallback: DEFAULT_WHATIF.side }));
	}
	const base = params.get('base');
	if (base !== null) {
		const parts = base.split(',').map((x) => x.split(':'));
		const ok = parts.every(
			([e, v]) => (ELECTION_IDS as readonly string[]).includes(e) && num(v ?? '', 0, 10) !== null
		);
		if (ok && parts.some(([, v]) => Number(v) > 0))
			w.base = Object.fromEntries(parts.map(([e, v]) => [e, Number(v)]));
		else problems.push(t('whatif.problemBase', { value: base }));
	}
	const tr = params.get('tr');
	if (tr !== null) {
		for (const pair of tr.split(',')) {
			const [p, v] = pair.split(':');
			const rate = num(v ?? '', 0, 100);
			if (p && rate !== null) w.transfer[p] = rate;
			else problems.push(t('whatif.problemTransfer', { value: pair }));
		}
	}
	const field = (key: string, lo: number, hi: number, set: (v: number) => void, what: string) => {
		const raw = params.get(key);
		if (raw === null) return;
		const v = num(raw, lo, hi);
		if (v === null) problems.push(t('whatif.problemRange', { what, value: raw, lo, hi }));
		else set(v);
	};
	field('sw', -30, 30, (v) => (w.swing = v), t('whatif.fieldSwing'));
	field('to', -30, 30, (v) => (w.turnout = v), t('whatif.fieldTurnout'));
	field('nl', -50, 50, (v) => (w.lean = v), t('whatif.fieldLean'));
	field('qm', -50, 50, (v) => (w.quadrant = { ...w.quadrant, margin: v }), t('whatif.fieldQm'));
	field('qc', 0, 100, (v) => (w.quadrant = { ...w.quadrant, coverage: v }), t('whatif.fieldQc'));
	field('ac', 1, 403, (v) => (w.ac = Math.round(v)), t('whatif.fieldAc'));
	const os = params.get('os');
	if (os !== null) {
		const v = os.split(',').map((x) => num(x, 0, 1000));
		if (v.length === 9 && v.every((x) => x !== null)) {
			const [
				president,
				bla2,
				committee,
				panna,
				meeting,
				committeeTarget,
				pannaTarget,
				meetingDays,
				coveredAt
			] = v;
			w.score = {
				weights: { president, bla2, committee, panna, meeting },
				committeeTarget,
				pannaTarget,
				meetingDays,
				coveredAt
			};
		} else problems.push(t('whatif.problemScore', { value: os }));
	}
	return { settings: w, problems };
}

/** The settings as a query string ('' for the defaults); the caller adds the language (withLang). */
export function serializeWhatIf(w: WhatIf): string {
	const d = DEFAULT_WHATIF;
	const p = new URLSearchParams();
	if (w.side !== d.side) p.set('side', w.side);
	const base = Object.entries(w.base)
		.map(([e, v]) => `${e}:${v}`)
		.join(',');
	if (base !== 'AE2022:1') p.set('base', base);
	const tr = Object.entries(w.transfer)
		.map(([k, v]) => `${k}:${v}`)
		.join(',');
	if (tr) p.set('tr', tr);
	if (w.swing) p.set('sw', String(w.swing));
	if (w.turnout) p.set('to', String(w.turnout));
	if (w.lean) p.set('nl', String(w.lean));
	if (w.quadrant.margin !== d.quadrant.margin) p.set('qm', String(w.quadrant.margin));
	if (w.quadrant.coverage !== d.quadrant.coverage) p.set('qc', String(w.quadrant.coverage));
	if (w.ac) p.set('ac', String(w.ac));
	const s = w.score;
	const os = [
		...Object.values(s.weights),
		s.committeeTarget,
		s.pannaTarget,
		s.meetingDays,
		s.coveredAt
	].join(',');
	const dos = [
		...Object.values(d.score.weights),
		d.score.committeeTarget,
		d.score.pannaTarget,
		d.score.meetingDays,
		d.score.coveredAt
	].join(',');
	if (os !== dos) p.set('os', os);
	const q = p.toString();
	return q ? `?${q}` : '';
}

/** How new voters split, in words: 'split like the booth', '5 pts more to us than the booth'. */
export function leanText(lean: number): string {
	return lean === 0
		? t('whatif.leanNone')
		: t(lean > 0 ? 'whatif.leanUs' : 'whatif.leanThem', { n: Math.abs(lean) });
}

export interface SideOption {
	id: string;
	label: string;
}

/** Parties and the alliances of every election, as choices for "our side". */
export function sideOptions(alliances: AllianceRow[], parties: string[]): SideOption[] {
	const byId = new Map<string, AllianceRow[]>();
	for (const a of alliances)
		byId.set(`${a.alliance}@${a.election_id}`, [
			...(byId.get(`${a.alliance}@${a.election_id}`) ?? []),
			a
		]);
	const out: SideOption[] = [...byId].map(([id, rows]) => ({
		id,
		label: `${byLang(rows[0].alliance_en, rows[0].alliance_hi)} ${rows[0].election_id.slice(2)} (${rows.map((r) => r.party).join(' + ')})`
	}));
	out.sort(
		(a, b) => b.id.slice(-4).localeCompare(a.id.slice(-4)) || a.label.localeCompare(b.label)
	);
	return [...out, ...parties.map((p) => ({ id: p, label: p }))];
}

/** An alliance's name in the interface language (scenarioFor's rival names). */
export const allianceName = (a: AllianceRow) => byLang(a.alliance_en, a.alliance_hi);
