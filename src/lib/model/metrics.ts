/**
 * Map metrics: how a unit's result becomes a fill colour, and the legend that explains it.
 * Pure functions over plain rows, so the map, the legend, exports and tests share one definition.
 *
 *   colourUnits('winner', rows, ctx) → { colours: Map(213 → '#d7191c', …), legend: [{ label: 'SP', colour, count: 3 }, …] }
 *
 * Labels and notes are written in the words the caller passes (ctx.say: the interface language's
 * t() in the site); legend keys stay English, so that tests and exports can name an entry in any
 * language. The metrics' own names are in $lib/i18n/labels.ts.
 */
import { interpolateRgb } from 'd3';
import type { Say } from './words.ts';
import {
	CLASS_COLOURS,
	CLASSES,
	classLabel,
	DEFAULT_CLASS_RULES,
	type BoothClass,
	type ClassRules,
	type ClassWord
} from './booth-class.ts';

export const METRICS = ['winner', 'margin', 'share', 'turnout', 'class'] as const;
export type Metric = (typeof METRICS)[number];
/** Booth classes need a party's lead over its strongest rival, which only booth views compute. */
export const UNIT_METRICS: Metric[] = ['winner', 'margin', 'share', 'turnout'];

/** The columns of unit_results.sql that colouring needs. */
export interface UnitValues {
	unit_no: number;
	winner_party: string;
	margin_pct: number;
	party_share: number;
	turnout_pct: number | null;
	/** booth class of the chosen party or alliance (booth views only) */
	klass?: BoothClass;
}

export interface LegendEntry {
	label: string;
	colour: string;
	/** how many shown units have this colour */
	count: number;
	/** the key used in tests and exports: party code or bin label */
	key: string;
}

export interface Colouring {
	colours: Map<number, string>;
	legend: LegendEntry[];
	/** shown under the legend, e.g. why some units are grey */
	note?: string;
}

/** The message keys colourUnits and marginColouring write their labels and notes with. */
export type MetricWord =
	| ClassWord
	| 'metric.ptsUnit'
	| 'metric.binUnder'
	| 'metric.binRange'
	| 'metric.binOver'
	| 'metric.marginLabel'
	| 'metric.marginNote'
	| 'metric.classNote'
	| 'metric.shareNote'
	| 'metric.noElectors'
	| 'metric.turnoutNote'
	| 'metric.turnoutNoteLs'
	| 'metric.turnoutNoteBooth'
	| 'metric.turnoutNoteBoothGaps'
	| 'margin.trail'
	| 'margin.lead'
	| 'margin.range'
	| 'margin.note';

export interface ColourContext {
	/** the interface language's words (t() in the site) */
	say: Say<MetricWord>;
	partyColour: (party: string) => string;
	partyName: (party: string) => string;
	/** the party whose share is shown (metric 'share') */
	party: string;
	/** label of the side whose share or class is shown, e.g. 'SP' or 'INDIA (SP + INC)' */
	sideLabel?: string;
	rules?: ClassRules;
	/** the units are booths: their turnout is Form 20's voters ÷ electors (ac_booths.sql) */
	booths?: boolean;
}

export const NO_DATA_COLOUR = '#d4d4d4';
const PAPER = '#f7f7f7';

/** Margin bins in percentage points of valid votes. 5 points is a seat a strategist calls close. */
export const MARGIN_BINS = [5, 10, 20] as const;
/** Vote-share bins in percent. */
export const SHARE_BINS = [10, 20, 30, 40, 50] as const;
/** Turnout bins in percent; UP turnout runs roughly 45–70%. */
export const TURNOUT_BINS = [45, 50, 55, 60, 65] as const;
/** Sequential ramp for turnout: neutral light to dark teal, independent of any party colour. */
const TURNOUT_RAMP = ['#e6f2ef', '#b9ddd4', '#84c2b4', '#4fa393', '#2b8070', '#155b4f'];

/** Index of the bin a value falls in: bins [5, 10, 20] → 0 for < 5, 3 for ≥ 20. */
export function binIndex(value: number, bins: readonly number[]): number {
	let i = 0;
	while (i < bins.length && value >= bins[i]) i++;
	return i;
}

/** Legend keys of bins, always English: 'under 10%', '10–20%', …, '50% and over'. */
function binKeys(bins: readonly number[], unit: string): string[] {
	return [
		`under ${bins[0]}${unit}`,
		...bins.slice(1).map((b, i) => `${bins[i]}–${b}${unit}`),
		`${bins[bins.length - 1]}${unit} and over`
	];
}

/** The same bins in the interface language, for labels. */
function binLabels(bins: readonly number[], unit: string, t: Say<MetricWord>): string[] {
	return [
		t('metric.binUnder', { n: bins[0], unit }),
		...bins.slice(1).map((b, i) => t('metric.binRange', { from: bins[i], to: b, unit })),
		t('metric.binOver', { n: bins[bins.length - 1], unit })
	];
}

/** A party colour lightened towards paper: t = 1 is the full colour. */
export function tint(colour: string, t: number): string {
	return interpolateRgb(PAPER, colour)(t);
}

export function colourUnits(metric: Metric, rows: UnitValues[], ctx: ColourContext): Colouring {
	const t = ctx.say;
	const colours = new Map<number, string>();
	const count = new Map<string, number>();
	const add = (unit: number, key: string, colour: string) => {
		colours.set(unit, colour);
		count.set(key, (count.get(key) ?? 0) + 1);
	};

	if (metric === 'winner' || metric === 'margin') {
		for (const r of rows) {
			if (metric === 'winner') add(r.unit_no, r.winner_party, ctx.partyColour(r.winner_party));
			else {
				const i = binIndex(r.margin_pct, MARGIN_BINS);
				add(
					r.unit_no,
					`${r.winner_party}:${i}`,
					tint(ctx.partyColour(r.winner_party), 0.3 + 0.7 * (i / MARGIN_BINS.length))
				);
			}
		}
		const parties = [...new Set(rows.map((r) => r.winner_party))];
		const seats = (p: string) => rows.filter((r) => r.winner_party === p).length;
		parties.sort((a, b) => seats(b) - seats(a) || a.localeCompare(b));
		if (metric === 'winner')
			return {
				colours,
				legend: parties.map((p) => ({
					key: p,
					label: ctx.partyName(p),
					colour: ctx.partyColour(p),
					count: seats(p)
				}))
			};
		const labels = binLabels(MARGIN_BINS, t('metric.ptsUnit'), t);
		return {
			colours,
			legend: parties.flatMap((p) =>
				labels.map((label, i) => ({
					key: `${p}:${i}`,
					label: t('metric.marginLabel', { party: ctx.partyName(p), bin: label }),
					colour: tint(ctx.partyColour(p), 0.3 + 0.7 * (i / MARGIN_BINS.length)),
					count: count.get(`${p}:${i}`) ?? 0
				}))
			),
			note: t('metric.marginNote')
		};
	}

	if (metric === 'class') {
		const rules = ctx.rules ?? DEFAULT_CLASS_RULES;
		for (const r of rows) if (r.klass) add(r.unit_no, r.klass, CLASS_COLOURS[r.klass]);
		return {
			colours,
			legend: CLASSES.map((c) => ({
				key: c,
				label: classLabel(c, rules, t),
				colour: CLASS_COLOURS[c],
				count: count.get(c) ?? 0
			})),
			note: t('metric.classNote', { side: ctx.sideLabel ?? ctx.party })
		};
	}

	if (metric === 'share') {
		const keys = binKeys(SHARE_BINS, '%');
		const labels = binLabels(SHARE_BINS, '%', t);
		const colourOf = (i: number) =>
			tint(ctx.partyColour(ctx.party), 0.12 + 0.88 * (i / SHARE_BINS.length));
		for (const r of rows) {
			const i = binIndex(r.party_share, SHARE_BINS);
			add(r.unit_no, keys[i], colourOf(i));
		}
		return {
			colours,
			legend: keys.map((key, i) => ({
				key,
				label: labels[i],
				colour: colourOf(i),
				count: count.get(key) ?? 0
			})),
			note: t('metric.shareNote', {
				side: ctx.sideLabel ?? `${ctx.partyName(ctx.party)} (${ctx.party})`
			})
		};
	}

	const keys = binKeys(TURNOUT_BINS, '%');
	const labels = binLabels(TURNOUT_BINS, '%', t);
	let missing = 0;
	for (const r of rows) {
		if (r.turnout_pct === null) {
			missing++;
			add(r.unit_no, 'no data', NO_DATA_COLOUR);
			continue;
		}
		const i = binIndex(r.turnout_pct, TURNOUT_BINS);
		add(r.unit_no, keys[i], TURNOUT_RAMP[i]);
	}
	const legend = keys.map((key, i) => ({
		key,
		label: labels[i],
		colour: TURNOUT_RAMP[i],
		count: count.get(key) ?? 0
	}));
	if (missing)
		legend.push({
			key: 'no data',
			label: t('metric.noElectors'),
			colour: NO_DATA_COLOUR,
			count: missing
		});
	return {
		colours,
		legend,
		note: ctx.booths
			? t(missing ? 'metric.turnoutNoteBoothGaps' : 'metric.turnoutNoteBooth')
			: t(missing ? 'metric.turnoutNoteLs' : 'metric.turnoutNote')
	};
}

/** Projected-margin bins (points) and their colours, red (we trail) to green (we lead). */
const MARGIN_STEPS = [-20, -10, -5, 0, 5, 10, 20];
const MARGIN_RAMP = [
	'#a50026',
	'#d73027',
	'#f46d43',
	'#fdae61',
	'#a6d96a',
	'#66bd63',
	'#1a9850',
	'#006837'
];

/** Colours units by projected margin only: the winnability map without organisation data. */
export function marginColouring(
	items: { id: number; marginPts: number }[],
	t: Say<MetricWord>
): Colouring {
	const label = (i: number) =>
		i === 0
			? t('margin.trail', { n: -MARGIN_STEPS[0] })
			: i === MARGIN_STEPS.length
				? t('margin.lead', { n: MARGIN_STEPS.at(-1)! })
				: t('margin.range', { from: MARGIN_STEPS[i - 1], to: MARGIN_STEPS[i] });
	const colours = new Map<number, string>();
	const counts = new Array<number>(MARGIN_RAMP.length).fill(0);
	for (const x of items) {
		const i = binIndex(x.marginPts, MARGIN_STEPS);
		colours.set(x.id, MARGIN_RAMP[i]);
		counts[i]++;
	}
	return {
		colours,
		legend: MARGIN_RAMP.map((colour, i) => ({
			key: String(i),
			label: label(i),
			colour,
			count: counts[i]
		})),
		note: t('margin.note')
	};
}
