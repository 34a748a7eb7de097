/**
 * The winnability numbers for one seat, from baselines and settings: each segment and the seat
 * projected, and each booth of the seat's ACs projected, scored for organisation, put in a
 * quadrant and ranked. Pure: the view loads the data and passes it in. Every projection goes
 * through projection-fast.ts: booths are compiled once per side and baseline (compileBooths),
 * then recomputed on each slider move (recomputeBooths), in typed arrays; objects are made only
 * for what a table or chart shows.
 */
import type { OrgRow } from '$lib/model/org-import.ts';
import { orgScore, summarise, type OrgSummary, type ScoreSettings } from '$lib/model/org-score.ts';
import {
	addBaselines,
	blend,
	type Baseline,
	type Scenario,
	type UnitNumbers
} from '$lib/model/projection.ts';
import {
	compile,
	Compiler,
	groupAt,
	leaderAt,
	numbersAt,
	recompute,
	type Compiled,
	type Move,
	type Recomputed
} from '$lib/model/projection-fast.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { effort, type Group, type QuadrantSettings } from '$lib/model/winnability.ts';

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

/**
 * An alliance's parties with the one with most baseline votes first (it is the lead party: it
 * transfers fully, the others at their transfer rates); ties keep the alliance table's order.
 * The seat page orders by the seat's baseline, the backtest by each seat's.
 */
export function leadFirst(votes: Record<string, number>) {
	return (parties: string[]) => [...parties].sort((a, b) => (votes[b] ?? 0) - (votes[a] ?? 0));
}

/** The what-if move of a scenario (what a slider changes). */
export const moveOf = (s: Scenario): Move => ({
	transfer: s.transfer,
	swing: s.swing,
	turnout: s.turnout,
	lean: s.lean ?? 0
});

export interface SegmentProjection {
	ac_no: number;
	base: Baseline;
	projection: UnitNumbers;
}

export function projectSegments(
	segments: Map<number, ByElection>,
	weights: Partial<Record<ElectionId, number>>,
	scenario: Scenario
): { segments: SegmentProjection[]; seat: UnitNumbers | null } {
	const list: { ac_no: number; base: Baseline }[] = [];
	for (const [ac_no, byElection] of [...segments].sort((a, b) => a[0] - b[0])) {
		const base = baselineOf(byElection, weights);
		if (base) list.push({ ac_no, base });
	}
	if (!list.length) return { segments: [], seat: null };
	const units = [...list.map((s) => s.base), addBaselines(list.map((s) => s.base))];
	const c = compile(units, scenario);
	const r = recompute(c, moveOf(scenario));
	return {
		segments: list.map((s, i) => ({ ...s, projection: numbersAt(c, r, i) })),
		seat: numbersAt(c, r, list.length)
	};
}

/** The booths of a seat's ACs, compiled for one side and baseline; one unit per booth, by AC. */
export interface SeatBooths {
	compiled: Compiled;
	ac: Int32Array;
	part: Int32Array;
	/** each AC's units: indices start ≤ i < end */
	acs: Map<number, { start: number; end: number }>;
}

/**
 * Where each AC's booths are moved from and to: its segment's votes in the booth election and
 * its blended baseline (uniform swing within the segment, as projection.ts's shiftBooth).
 */
export function segmentShift(
	segments: Map<number, ByElection>,
	weights: Partial<Record<ElectionId, number>>
) {
	return (ac_no: number, election: ElectionId): { from: Baseline; to: Baseline } | null => {
		const byE = segments.get(ac_no);
		const from = byE?.get(election);
		const to = byE ? baselineOf(byE, weights) : null;
		return from && to ? { from, to } : null;
	};
}

/**
 * Each booth's own votes in its booth election, moved by its segment's swing (`shift`, usually
 * segmentShift), compiled for the scenario's side and rivals. Depends on the side and the
 * baseline only: a slider move needs no new compile.
 */
export function compileBooths(
	booths: Map<number, { election: ElectionId; bases: Map<number, Baseline> }>,
	shift: (ac_no: number, election: ElectionId) => { from: Baseline; to: Baseline } | null,
	scenario: Pick<Scenario, 'side' | 'rivals' | 'rivalNames'>
): SeatBooths {
	const acList = [...booths]
		.sort((x, y) => x[0] - y[0])
		.flatMap(([ac_no, b]) => {
			const s = shift(ac_no, b.election);
			return s ? [{ ac_no, bases: b.bases, ...s }] : [];
		});
	const n = acList.reduce((k, a) => k + a.bases.size, 0);
	const ac = new Int32Array(n);
	const part = new Int32Array(n);
	const acs = new Map<number, { start: number; end: number }>();
	const compiler = new Compiler(n, scenario);
	// shiftBooth(booth, from, to), unit by unit, without a Baseline per booth: each party's share
	// in the booth plus its segment's change (cut at 0), renormalised to the booth's valid votes
	const parties: string[] = [];
	const shares: number[] = [];
	let i = 0;
	for (const { ac_no, bases, from, to } of acList) {
		const delta = new Map<string, number>();
		for (const p of [...Object.keys(from.votes), ...Object.keys(to.votes)])
			if (!delta.has(p))
				delta.set(
					p,
					(to.votes[p] ?? 0) / (to.valid || 1) - (from.votes[p] ?? 0) / (from.valid || 1)
				);
		const start = i;
		for (const [part_no, base] of bases) {
			parties.length = 0;
			shares.length = 0;
			let total = 0;
			for (const p in base.votes) {
				const own = base.valid > 0 ? base.votes[p] / base.valid : 0;
				const sh = Math.max(0, own + (delta.get(p) ?? 0));
				parties.push(p);
				shares.push(sh);
				total += sh;
			}
			for (const [p, d] of delta)
				if (!(p in base.votes)) {
					const sh = Math.max(0, d);
					parties.push(p);
					shares.push(sh);
					total += sh;
				}
			for (let k = 0; k < parties.length; k++)
				compiler.add(i, parties[k], total > 0 ? (shares[k] / total) * base.valid : 0);
			compiler.finish(i, base.valid, base.electors);
			ac[i] = ac_no;
			part[i] = part_no;
			i++;
		}
		acs.set(ac_no, { start, end: i });
	}
	return { compiled: compiler.compiled, ac, part, acs };
}

/** Organisation rows and scores of the compiled booths (a booth without a row scores 0). */
export function boothScores(
	sb: SeatBooths,
	orgFor: (ac: number) => Map<number, OrgRow>,
	score: ScoreSettings,
	today: string
): { rows: (OrgRow | undefined)[]; scores: Float64Array } {
	const rows: (OrgRow | undefined)[] = new Array(sb.compiled.n);
	const scores = new Float64Array(sb.compiled.n);
	for (const [ac_no, { start, end }] of sb.acs) {
		const org = orgFor(ac_no);
		for (let i = start; i < end; i++) {
			const row = org.get(sb.part[i]);
			rows[i] = row;
			scores[i] = orgScore(row, score, today);
		}
	}
	return { rows, scores };
}

/** A slider move: every booth's numbers and group, in typed arrays. */
export function recomputeBooths(
	sb: SeatBooths,
	move: Move,
	scores: Float64Array,
	q: QuadrantSettings,
	out?: Recomputed
): Recomputed {
	return recompute(sb.compiled, move, scores, q, out);
}

export interface BoothProjection {
	part_no: number;
	projection: UnitNumbers;
	row: OrgRow | undefined;
	score: number;
	group: Group;
	effort: number;
}

/** The booths of one AC as objects, for its map, scatter chart and the priority list. */
export function boothsOf(
	sb: SeatBooths,
	r: Recomputed,
	org: { rows: (OrgRow | undefined)[]; scores: Float64Array },
	ac_no: number
): BoothProjection[] {
	const span = sb.acs.get(ac_no);
	if (!span) return [];
	const out: BoothProjection[] = [];
	for (let i = span.start; i < span.end; i++) {
		const projection = numbersAt(sb.compiled, r, i);
		const group = groupAt(r, i) ?? 'longshot';
		const score = org.scores[i];
		out.push({
			part_no: sb.part[i],
			projection,
			row: org.rows[i],
			score,
			group,
			effort: effort({
				id: String(sb.part[i]),
				marginPts: projection.marginPts,
				neededPersuasion: projection.neededPersuasion,
				score,
				group
			})
		});
	}
	return out;
}

/**
 * One AC's booths projected in one go (compile, scores, recompute): for callers that do not keep
 * the compiled booths between moves (the presentation's slides).
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
	const sb = compileBooths(
		new Map([[0, { election: 'AE2017', bases: booths }]]),
		() => ({ from: segmentFrom, to: segmentTo }),
		scenario
	);
	const o = boothScores(sb, () => org, score, today);
	return boothsOf(sb, recomputeBooths(sb, moveOf(scenario), o.scores, q), o, 0);
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
	predicted: UnitNumbers;
	actual: UnitNumbers;
	/** our side's lead party in this seat's baseline (it transfers fully) */
	lead: string;
	predictedWinner: string;
	actualWinner: string;
	correct: boolean;
	/** |predicted margin − actual margin|, points */
	error: number;
}

/**
 * Projects every seat of a past election from earlier baselines with the current scenario and
 * compares with what happened (both regrouped into the same blocs). The target election itself
 * is never part of the baseline. Each seat leads with our side's party that has most votes in
 * its baseline, as the seat page does (leadFirst), so transfer rates mean the same on both.
 */
export function backtest(
	baselines: Map<number, ByElection>,
	actual: Map<number, Baseline>,
	weights: Partial<Record<ElectionId, number>>,
	scenario: Scenario
): { rows: BacktestRow[]; correct: number; meanError: number; medianError: number } {
	const seats: { pc_no: number; base: Baseline; real: Baseline }[] = [];
	for (const [pc_no, byElection] of [...baselines].sort((a, b) => a[0] - b[0])) {
		const base = baselineOf(byElection, weights);
		const real = actual.get(pc_no);
		if (base && real) seats.push({ pc_no, base, real });
	}
	const leads = seats.map((x) => scenario.side.indexOf(leadFirst(x.base.votes)(scenario.side)[0]));
	const cp = compile(
		seats.map((x) => x.base),
		scenario,
		leads
	);
	const p = recompute(cp, moveOf(scenario));
	const ca = compile(
		seats.map((x) => x.real),
		scenario
	);
	const a = recompute(ca, { transfer: {}, swing: 0, turnout: 0 });
	const rows: BacktestRow[] = seats.map((x, i) => {
		const predictedWinner = p.margin[i] > 0 ? 'ours' : leaderAt(cp, p, i);
		const actualWinner = a.margin[i] > 0 ? 'ours' : leaderAt(ca, a, i);
		return {
			pc_no: x.pc_no,
			predicted: numbersAt(cp, p, i),
			actual: numbersAt(ca, a, i),
			lead: scenario.side[leads[i]],
			predictedWinner,
			actualWinner,
			correct: predictedWinner === actualWinner,
			error: Math.abs(p.marginPts[i] - a.marginPts[i])
		};
	});
	const errors = rows.map((r) => r.error).sort((x, y) => x - y);
	const mid = errors.length >> 1;
	return {
		rows,
		correct: rows.filter((r) => r.correct).length,
		meanError: errors.length ? errors.reduce((x, y) => x + y, 0) / errors.length : 0,
		medianError: !errors.length
			? 0
			: errors.length % 2
				? errors[mid]
				: (errors[mid - 1] + errors[mid]) / 2
	};
}
