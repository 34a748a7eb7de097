/**
 * ExportSpecs of Kshetra's views, built from the same inputs the views draw (features, result
 * rows, colouring), so an export says exactly what the screen says, in the interface language
 * (i18n.lang, English in Node). Pure: the CLI exporter (scripts/export.ts) builds the same specs.
 */
import type { FeatureCollection } from 'geojson';
import type { Meta } from '$lib/data/meta.ts';
import type { UnitResult } from '$lib/data/results.ts';
import { formatPct, formatPts } from '$lib/i18n/format.ts';
import { i18n, t } from '$lib/i18n/lang.svelte.ts';
import { exportWord } from '$lib/i18n/messages/export.ts';
import { electionLabel, electionNote } from '$lib/i18n/names.ts';
import { type Colouring, type Metric } from '$lib/model/metrics.ts';
import { METRIC_LABELS } from '$lib/i18n/labels.ts';
import type { ElectionRow } from '$lib/model/types.ts';
import type { ExportLabel, ExportSpec } from './spec.ts';

/** The TCPD licence and citation, in the interface language. */
export const tcpdNote = () => exportWord(i18n.lang, 'export.tcpd');

const slug = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** The label under a unit's name on the map, as the views write it. */
export function labelDetail(metric: Metric, r: UnitResult, party: string): string {
	if (metric === 'share') return `${party} ${formatPct(r.party_share)}`;
	if (metric === 'turnout')
		return r.turnout_pct === null ? t('metric.turnoutNa') : formatPct(r.turnout_pct);
	// who was second, so the label tells the contest (Kidwai Nagar 2022: BJP +18.3 pts over INC)
	return r.runner_up_party
		? t('metric.leadOver', {
				party: r.winner_party,
				pts: formatPts(r.margin_pct),
				runnerUp: r.runner_up_party
			})
		: `${r.winner_party} ${formatPts(r.margin_pct)}`;
}

/** Values of a unit result for tables, GeoJSON properties and embedded tooltips. */
export function unitValues(r: UnitResult): Record<string, string | number | null> {
	return {
		winner: r.winner,
		winner_party: r.winner_party,
		winner_votes: r.winner_votes,
		runner_up: r.runner_up,
		runner_up_party: r.runner_up_party,
		runner_up_votes: r.runner_up_votes,
		margin: r.margin,
		margin_pct: r.margin_pct,
		party_votes: r.party_votes,
		party_share: r.party_share,
		valid_votes: r.valid_votes,
		electors: r.electors,
		turnout_pct: r.turnout_pct
	};
}

export interface UnitsSpecInput {
	kind: 'seat' | 'state';
	/** e.g. 'Kanpur (PC 43)' or 'Uttar Pradesh', in the interface language */
	place: string;
	/** the place in English, for file names (when `place` is in Hindi) */
	placeEn?: string;
	election: ElectionRow;
	metric: Metric;
	party: string;
	units: FeatureCollection;
	idProperty: 'ac_no' | 'pc_no';
	outline: FeatureCollection | null;
	rows: UnitResult[];
	colouring: Colouring;
	labels: ExportLabel[];
	nameOf: (id: number) => string;
	meta: Meta;
	link: string;
	/** the interface language the texts are written in (i18n.lang) */
	lang: 'en' | 'hi';
}

/** The seat view (segments of a PC) or the state view (ACs or PCs of UP). */
export function unitsSpec(x: UnitsSpecInput): ExportSpec {
	const what =
		METRIC_LABELS[x.metric].toLowerCase() + (x.metric === 'share' ? ` (${x.party})` : '');
	const unitWord = x.idProperty === 'ac_no' ? (x.kind === 'seat' ? 'segment' : 'AC') : 'PC';
	return {
		fileBase: `${slug(x.placeEn ?? x.place)}-${x.election.election_id}-${x.metric}${x.metric === 'share' ? '-' + x.party : ''}`,
		title: `${x.place}: ${electionLabel(x.election)}`,
		subtitle: t(
			x.kind === 'seat'
				? 'export.subtitleSeat'
				: x.idProperty === 'ac_no'
					? 'export.subtitleAcs'
					: 'export.subtitlePcs',
			{ what }
		),
		units: x.units,
		idProperty: x.idProperty,
		colours: x.colouring.colours,
		outline: x.outline,
		labels: x.labels,
		legendTitle: METRIC_LABELS[x.metric],
		legend: x.colouring.legend,
		legendNote: x.colouring.note,
		source: `${electionLabel(x.election)}. ${electionNote(x.election)} ${tcpdNote()}`,
		caveats: [],
		table: {
			columns: [
				unitWord,
				'name',
				'election',
				...Object.keys(unitValues(x.rows[0] ?? ({} as UnitResult)))
			],
			rows: x.rows.map((r) => ({
				[unitWord]: r.unit_no,
				name: x.nameOf(r.unit_no),
				election: x.election.election_id,
				...unitValues(r)
			}))
		},
		values: new Map(
			x.rows.map((r) => [r.unit_no, { name: x.nameOf(r.unit_no), ...unitValues(r) }])
		),
		link: x.link,
		hasPrivate: false,
		lang: x.lang
	};
}

/** English texts of the booth caveats (exports use the interface language, see boothSpec). */
export const APPROX_CAVEAT = exportWord('en', 'export.approx');
export const DEMO_CAVEAT = exportWord('en', 'export.demo');

export interface BoothSpecInput {
	place: string;
	election: ElectionRow;
	subtitle: string;
	legendTitle: string;
	units: FeatureCollection;
	outline: FeatureCollection | null;
	colouring: Colouring;
	/** per booth: the values shown in the table and on hover (private ones named org_…) */
	values: Map<number, Record<string, string | number | null>>;
	estimated: boolean;
	demo: boolean;
	hasPrivate: boolean;
	link: string;
	fileBase: string;
	source: string;
	publicVariant?: () => ExportSpec;
}

/** A booth map: the booth view of an AC, or the winnability groups of an AC's booths. */
export function boothSpec(x: BoothSpecInput): ExportSpec {
	const columns = [...new Set([...x.values.values()].flatMap((v) => Object.keys(v)))];
	return {
		fileBase: x.fileBase,
		title: x.place,
		subtitle: x.subtitle,
		units: x.units,
		idProperty: 'part_no',
		colours: x.colouring.colours,
		outline: x.outline,
		labels: [],
		legendTitle: x.legendTitle,
		legend: x.colouring.legend,
		legendNote: x.colouring.note,
		source: x.source,
		caveats: [
			...(x.estimated ? [exportWord(i18n.lang, 'export.approx')] : []),
			...(x.demo && x.hasPrivate ? [exportWord(i18n.lang, 'export.demo')] : [])
		],
		table: {
			columns: ['part_no', ...columns],
			rows: [...x.values].sort((a, b) => a[0] - b[0]).map(([part_no, v]) => ({ part_no, ...v }))
		},
		values: x.values,
		link: x.link,
		hasPrivate: x.hasPrivate,
		lang: i18n.lang,
		publicVariant: x.publicVariant
	};
}
