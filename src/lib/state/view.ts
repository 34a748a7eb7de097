/**
 * The view state that lives in the URL, so every view can be bookmarked, shared and presented:
 * election (e), metric (m), party (p) and, on the explore map, the unit layer (u) and selected seat
 * (pc). Parsing never throws: an unknown value falls back to the default and is reported, so that a
 * mistyped link still opens a useful view and says what was ignored (in the interface language).
 * Other parameters (the language, lang) are not view state and are left alone.
 *
 *   parseView(new URLSearchParams('e=LS2019&m=share&p=BSP'))
 *   → { view: { election: 'LS2019', metric: 'share', party: 'BSP', unit: 'ac', pc: 43 }, problems: [] }
 */
import { t } from '$lib/i18n/lang.svelte.ts';
import { ELECTION_IDS, type ElectionId } from '$lib/model/types.ts';
import { METRICS, type Metric } from '$lib/model/metrics.ts';

export interface View {
	election: ElectionId;
	metric: Metric;
	/** a party code, or an alliance id of the election (NDA, INDIA, SP+INC …) */
	party: string;
	unit: 'ac' | 'pc';
	pc: number;
	/** booth-class thresholds as "lead,trail" points, e.g. "10,10" */
	classRules: string;
}

/**
 * The next election in Uttar Pradesh is the Vidhan Sabha election due in 2027, so views open on
 * the latest assembly election; Kanpur (PC 43) is the first seat Kshetra is built for.
 */
export const DEFAULT_VIEW: View = {
	election: 'AE2022',
	metric: 'winner',
	party: 'SP',
	unit: 'ac',
	pc: 43,
	classRules: '10,10'
};

export function parseView(params: URLSearchParams): { view: View; problems: string[] } {
	const problems: string[] = [];
	const view = { ...DEFAULT_VIEW };
	const e = params.get('e');
	if (e !== null) {
		if ((ELECTION_IDS as readonly string[]).includes(e)) view.election = e as ElectionId;
		else
			problems.push(
				t('problem.election', {
					value: e,
					fallback: DEFAULT_VIEW.election,
					known: ELECTION_IDS.join(', ')
				})
			);
	}
	const m = params.get('m');
	if (m !== null) {
		if ((METRICS as readonly string[]).includes(m)) view.metric = m as Metric;
		else
			problems.push(
				t('problem.metric', { value: m, fallback: DEFAULT_VIEW.metric, known: METRICS.join(', ') })
			);
	}
	const p = params.get('p');
	if (p !== null) {
		if (/^[A-Za-z0-9()\- .+]{1,40}$/.test(p)) view.party = p;
		else problems.push(t('problem.party', { value: p, fallback: DEFAULT_VIEW.party }));
	}
	const u = params.get('u');
	if (u !== null) {
		if (u === 'ac' || u === 'pc') view.unit = u;
		else problems.push(t('problem.unit', { value: u }));
	}
	const pc = params.get('pc');
	if (pc !== null) {
		const n = Number(pc);
		if (Number.isInteger(n) && n >= 1 && n <= 80) view.pc = n;
		else problems.push(t('problem.pc', { value: pc }));
	}
	const cr = params.get('cr');
	if (cr !== null) {
		if (/^\d{1,2}(\.\d)?,\d{1,2}(\.\d)?$/.test(cr)) view.classRules = cr;
		else problems.push(t('problem.classRules', { value: cr }));
	}
	return { view, problems };
}

/** Only values that differ from the defaults go into the URL, so links stay short. */
export function serializeView(view: View, keys: (keyof View)[]): string {
	const short: Record<keyof View, string> = {
		election: 'e',
		metric: 'm',
		party: 'p',
		unit: 'u',
		pc: 'pc',
		classRules: 'cr'
	};
	const params = new URLSearchParams();
	for (const k of keys) if (view[k] !== DEFAULT_VIEW[k]) params.set(short[k], String(view[k]));
	const s = params.toString();
	return s ? `?${s}` : '';
}
