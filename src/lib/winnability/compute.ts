/**
 * The winnability numbers for one seat, from baselines and settings: each segment and the seat
 * projected, and each booth of a chosen AC projected, scored for organisation, put in a quadrant
 * and ranked. Pure: the view loads the data and passes it in.
 */
import type { OrgRow } from '$lib/model/org-import.ts';
import { orgScore, summarise, type OrgSummary, type ScoreSettings } from '$lib/model/org-score.ts';
import {
	addBaselines,
	blend,
	project,
	shiftBooth,
	type Baseline,
	type Projection,
	type Scenario
} from '$lib/model/projection.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { effort, quadrant, type Group, type QuadrantSettings } from '$lib/model/winnability.ts';
import { binIndex, type Colouring } from '$lib/model/metrics.ts';
import { t } from '$lib/i18n/lang.svelte.ts';

export type ByElection = Map<ElectionId, Baseline>;

/** The weighted baseline of a unit; elections it lacks are left out of the blend. */
export function baselineOf(
	byElection: ByElection,
	weights: Partial<Record<ElectionId, number>>
): Baseline | null {
	const parts = Object.entries(weights)
		.filter(([e, wt]) => (wt ?? 0) > 0 && byElection.has(e as ElectionId))
		.map(([e, wt]) => ({ weight: wt!, base: byElection.get(e as ElectionId)! }));
	return parts.length ? blend(parts) : null;
}

export interface SegmentProjection {
	ac_no: number;
	base: Baseline;
	projection: Projection;
}

export function projectSegments(
	segments: Map<number, ByElection>,
	weights: Partial<Record<ElectionId, number>>,
	scenario: Scenario
): { segments: SegmentProjection[]; seat: Projection | null } {
	const out: SegmentProjection[] = [];
	for (const [ac_no, byElection] of [...segments].sort((a, b) => a[0] - b[0])) {
		const base = baselineOf(byElection, weights);
		if (base) out.push({ ac_no, base, projection: project(base, scenario) });
	}
	const seat = out.length ? project(addBaselines(out.map((s) => s.base)), scenario) : null;
	return { segments: out, seat };
}

export interface BoothProjection {
	part_no: number;
	projection: Projection;
	row: OrgRow | undefined;
	score: number;
	group: Group;
	effort: number;
}

/**
 * Booths of one AC: each booth's own votes in the booth election, moved by the segment's swing
 * from that election to the blended baseline, projected with the scenario.
 */
export function projectBooths(
	booths: Map<number, Baseline>,
	segmentFrom: Baseline,
	segmentTo: Baseline,
	scenario: Scenario,
	org: Map<number, OrgRow>,
	score: ScoreSettings,
	q: QuadrantSettings,
	today: string
): BoothProjection[] {
	return [...booths].map(([part_no, base]) => {
		const projection = project(shiftBooth(base, segmentFrom, segmentTo), scenario);
		const row = org.get(part_no);
		const s = orgScore(row, score, today);
		const group = quadrant(projection.marginPts, s, q);
		const e = effort({
			id: String(part_no),
			marginPts: projection.marginPts,
			neededPersuasion: projection.neededPersuasion,
			score: s,
			group
		});
		return { part_no, projection, row, score: s, group, effort: e };
	});
}

/** Organisation coverage of an AC's booths (booths without a row count as uncovered). */
export function acCoverage(
	parts: number[],
	org: Map<number, OrgRow>,
	score: ScoreSettings,
	today: string
): OrgSummary {
	return summarise(
		parts.map((p) => {
			const row = org.get(p);
			return { row, score: orgScore(row, score, today) };
		}),
		score
	);
}

/** Booths per aspirant in an AC (the booth workers' preferred prospective candidate). */
export function aspirantSupport(
	parts: number[],
	org: Map<number, OrgRow>
): { aspirant: string; booths: number }[] {
	const t = new Map<string, number>();
	for (const p of parts) {
		const a = org.get(p)?.aspirant?.trim();
		if (a) t.set(a, (t.get(a) ?? 0) + 1);
	}
	return [...t]
		.map(([aspirant, booths]) => ({ aspirant, booths }))
		.sort((a, b) => b.booths - a.booths || a.aspirant.localeCompare(b.aspirant));
}

export interface BacktestRow {
	pc_no: number;
	predicted: Projection;
	actual: Projection;
	predictedWinner: string;
	actualWinner: string;
	correct: boolean;
	/** |predicted margin − actual margin|, points */
	error: number;
}

/**
 * Projects every seat of a past election from earlier baselines with the current scenario and
 * compares with what happened (both regrouped into the same blocs). The target election itself
 * is never part of the baseline.
 */
export function backtest(
	baselines: Map<number, ByElection>,
	actual: Map<number, Baseline>,
	weights: Partial<Record<ElectionId, number>>,
	scenario: Scenario
): { rows: BacktestRow[]; correct: number; meanError: number; medianError: number } {
	const asIs: Scenario = { ...scenario, swing: 0, turnout: 0, transfer: {} };
	const rows: BacktestRow[] = [];
	for (const [pc_no, byElection] of [...baselines].sort((a, b) => a[0] - b[0])) {
		const base = baselineOf(byElection, weights);
		const real = actual.get(pc_no);
		if (!base || !real) continue;
		const predicted = project(base, scenario);
		const a = project(real, asIs);
		const predictedWinner = predicted.winning ? 'ours' : predicted.leader;
		const actualWinner = a.winning ? 'ours' : a.leader;
		rows.push({
			pc_no,
			predicted,
			actual: a,
			predictedWinner,
			actualWinner,
			correct: predictedWinner === actualWinner,
			error: Math.abs(predicted.marginPts - a.marginPts)
		});
	}
	const errors = rows.map((r) => r.error).sort((a, b) => a - b);
	return {
		rows,
		correct: rows.filter((r) => r.correct).length,
		meanError: errors.length ? errors.reduce((x, y) => x + y, 0) / errors.length : 0,
		medianError: errors.length ? errors[Math.floor(errors.length / 2)] : 0
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

/** Colours booths by projected margin only: the winnability map without organisation data. */
export function marginColouring(items: { id: number; marginPts: number }[]): Colouring {
	const label = (i: number) =>
		i === 0
			? t('margin.trail', { n: -MARGIN_STEPS[0] })
			: i === MARGIN_STEPS.length
				? t('margin.lead', { n: MARGIN_STEPS.at(-1)! })
				: t('margin.range', { from: MARGIN_STEPS[i - 1], to: MARGIN_STEPS[i] });
	const colours = new Map<number, string>();
	const counts = new Array(MARGIN_RAMP.length).fill(0);
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
