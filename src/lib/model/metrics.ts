/**
 * Map metrics: how a unit's result becomes a fill colour, and the legend that explains it.
 * Pure functions over plain rows, so the map, the legend, exports and tests share one definition.
 *
 *   colourUnits('winner', rows, ctx) → { colours: Map(213 → '#d7191c', …), legend: [{ label: 'SP', colour, count: 3 }, …] }
 */
import { interpolateRgb } from 'd3';
import {
	CLASS_COLOURS,
	CLASSES,
	classLabel,
	DEFAULT_CLASS_RULES,
	type BoothClass,
	type ClassRules
} from './booth-class.ts';

export const METRICS = ['winner', 'margin', 'share', 'turnout', 'class'] as const;
export type Metric = (typeof METRICS)[number];
/** Booth classes need a party's lead over its strongest rival, which only booth views compute. */
export const UNIT_METRICS: Metric[] = ['winner', 'margin', 'share', 'turnout'];

export const METRIC_LABELS: Record<Metric, string> = {
	winner: 'Winner',
	margin: 'Winning margin',
	share: 'Vote share of a party',
	turnout: 'Turnout',
	class: 'Booth class (A–D)'
};

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

export interface ColourContext {
	partyColour: (party: string) => string;
	partyName: (party: string) => string;
	/** the party whose share is shown (metric 'share') */
	party: string;
	/** label of the side whose share or class is shown, e.g. 'SP' or 'INDIA (SP + INC)' */
	sideLabel?: string;
	rules?: ClassRules;
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

function binLabels(bins: readonly number[], unit: string): string[] {
	return [
		`under ${bins[0]}${unit}`,
		...bins.slice(1).map((b, i) => `${bins[i]}–${b}${unit}`),
		`${bins[bins.length - 1]}${unit} and over`
	];
}

/** A party colour lightened towards paper: t = 1 is the full colour. */
export function tint(colour: string, t: number): string {
	return interpolateRgb(PAPER, colour)(t);
}

export function colourUnits(metric: Metric, rows: UnitValues[], ctx: ColourContext): Colouring {
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
		const labels = binLabels(MARGIN_BINS, ' pts');
		return {
			colours,
			legend: parties.flatMap((p) =>
				labels.map((label, i) => ({
					key: `${p}:${i}`,
					label: `${ctx.partyName(p)}, ${label}`,
					colour: tint(ctx.partyColour(p), 0.3 + 0.7 * (i / MARGIN_BINS.length)),
					count: count.get(`${p}:${i}`) ?? 0
				}))
			),
			note: 'Colour: the winning party; darker: a wider margin (points of valid votes).'
		};
	}

	if (metric === 'class') {
		const rules = ctx.rules ?? DEFAULT_CLASS_RULES;
		for (const r of rows) if (r.klass) add(r.unit_no, r.klass, CLASS_COLOURS[r.klass]);
		return {
			colours,
			legend: CLASSES.map((c) => ({
				key: c,
				label: classLabel(c, rules),
				colour: CLASS_COLOURS[c],
				count: count.get(c) ?? 0
			})),
			note: `Classes for ${ctx.sideLabel ?? ctx.party}: lead or deficit against the strongest other party, in points of the booth's valid votes.`
		};
	}

	if (metric === 'share') {
		const labels = binLabels(SHARE_BINS, '%');
		const colourOf = (i: number) =>
			tint(ctx.partyColour(ctx.party), 0.12 + 0.88 * (i / SHARE_BINS.length));
		for (const r of rows) {
			const i = binIndex(r.party_share, SHARE_BINS);
			add(r.unit_no, labels[i], colourOf(i));
		}
		return {
			colours,
			legend: labels.map((label, i) => ({
				key: label,
				label,
				colour: colourOf(i),
				count: count.get(label) ?? 0
			})),
			note: ctx.sideLabel
				? `${ctx.sideLabel} share of valid votes.`
				: `${ctx.partyName(ctx.party)} (${ctx.party}) share of valid votes.`
		};
	}

	const labels = binLabels(TURNOUT_BINS, '%');
	let missing = 0;
	for (const r of rows) {
		if (r.turnout_pct === null) {
			missing++;
			add(r.unit_no, 'no data', NO_DATA_COLOUR);
			continue;
		}
		const i = binIndex(r.turnout_pct, TURNOUT_BINS);
		add(r.unit_no, labels[i], TURNOUT_RAMP[i]);
	}
	const legend = labels.map((label, i) => ({
		key: label,
		label,
		colour: TURNOUT_RAMP[i],
		count: count.get(label) ?? 0
	}));
	if (missing)
		legend.push({
			key: 'no data',
			label: 'no electors in source',
			colour: NO_DATA_COLOUR,
			count: missing
		});
	return {
		colours,
		legend,
		note: missing
			? 'Turnout = valid votes ÷ electors. Lok Sabha results by assembly segment carry no electors, so their turnout is not known.'
			: 'Turnout = valid votes ÷ electors.'
	};
}
