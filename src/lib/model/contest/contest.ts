/**
 * One contest and its numbers: a Lok Sabha seat (its assembly segments are its areas) or an
 * assembly constituency (the AC is its only area), each area's booths as units. From the areas'
 * baselines and a what-if, every area and the contest as a whole are projected, and every booth
 * (its own votes moved by its area's swing), scored for organisation, put in a quadrant and
 * ranked. Pure: data/contest.ts loads a ContestData, the winnability page's view-model keeps the
 * stages apart so that a slider move redoes only the last one, and slides, the export CLI and
 * the benchmark call contestNumbers() for all of it at once.
 *
 *   stage            depends on                                  function
 *   scenario         side, baseline weights, data                contestScenario
 *   prepared units   scenario's side, weights, data              prepareContest (projector.compile)
 *   organisation     prepared booths, org file, score settings   boothScores (org.ts)
 *   a move           transfer, swing, turnout, lean, quadrant    moveContest (projector.recompute)
 *
 *   contestNumbers(kanpur, org, DEFAULT_WHATIF, ctx, '2026-11-25').total.marginPts → the seat's margin
 */
import type { OrgSummary } from '../org-score.ts';
import { groupAt, type Move, type Recomputed } from '../projection-fast.ts';
import { addBaselines, type Baseline, type Scenario, type UnitNumbers } from '../projection.ts';
import type { AllianceRow, ElectionId } from '../types.ts';
import { countStandIns, sideInAc, type AllianceMember } from '../side.ts';
import { effort, quadrant, type Group, type QuadrantSettings } from '../winnability.ts';
import type { OrgRow } from '../org-score.ts';
import {
	areasWon,
	baselineOf,
	firstElection,
	leadFirst,
	totalVotes,
	type ByElection,
	type Weights
} from './baseline.ts';
import {
	acCoverage,
	aspirantSupport,
	boothScores,
	orgFor,
	totalCoverage,
	type BoothOrg,
	type OrgInUse,
	type OrgOf
} from './org.ts';
import { blocSwing, type Projector, type Side } from './projector.ts';
import { moveOf, scenarioFor, type AllianceName, type SameAs, type WhatIf } from './settings.ts';
import { withStandInColumns, type BoothBaselines } from './booth-votes.ts';
import { areaShift, shiftedBooths, unitsOf, type BoothUnits } from './units.ts';

export type Contest = { kind: 'pc'; pc: number } | { kind: 'ac'; pc: number; ac: number };

export interface BoothLabel {
	booth_name: string | null;
	booth_name_hi: string | null;
}

/** An area's booths in its booth election, with their names and (estimated) points. */
export interface AreaBooths extends BoothBaselines {
	names: Map<number, BoothLabel>;
	points: { part_no: number; lon: number; lat: number }[];
}

/** Everything a contest's numbers need, loaded once. */
export interface ContestData {
	contest: Contest;
	/** the areas that make up the contest, by AC number: each one's votes by party per election */
	areas: Map<number, ByElection>;
	/** each area's booths (areas without booth results are absent) */
	booths: Map<number, AreaBooths>;
}

/** What a contest's side is made from: the alliances, party codes and alliance names. */
export interface SideContext {
	alliances: AllianceRow[];
	sameAs: SameAs;
	allianceName?: AllianceName;
}

/** The projector every view uses today (see projector.ts for another). */
export type ContestProjector = Projector<Move, ReturnType<typeof blocSwing.compile>>;

/** Our side in this contest: the scenario, its lead party the contest's biggest on its baseline. */
export function contestScenario(data: ContestData, w: WhatIf, ctx: SideContext): Scenario {
	return scenarioFor(
		w,
		ctx.alliances,
		leadFirst(totalVotes(data.areas, w.base)),
		ctx.sameAs,
		ctx.allianceName
	);
}

/**
 * An area and election where none of the side's own parties had a candidate: who stood for it
 * (its allies of that election, whose votes count as the side's), or nobody (`standIns` empty:
 * the side has no votes there).
 */
export interface SideGap {
	ac_no: number;
	election: ElectionId;
	/** the side's parties that had no candidate */
	absent: string[];
	standIns: string[];
}

/**
 * The contest's votes with the side's stand-ins counted as the side, by the rule the AC view's
 * booth classes use (model/side.ts sideInAc): in each area and election where none of the side's
 * parties stood, an ally of that election who did stands for it (SP in Gorakhpur Urban 2017 is
 * INC's votes). An area's booths follow their area in their booth election. `gaps` lists every
 * area and election where the side had no candidate of its own, for the page to say so.
 */
export function withStandIns<
	D extends { areas: Map<number, ByElection>; booths: Map<number, BoothBaselines> }
>(
	data: D,
	side: string[],
	ctx: Pick<SideContext, 'alliances' | 'sameAs'>
): { data: D; gaps: SideGap[] } {
	const code = (p: string) => ctx.sameAs[p] ?? p;
	const alliancesOf = new Map<ElectionId, AllianceMember[]>();
	for (const a of ctx.alliances) {
		const list = alliancesOf.get(a.election_id) ?? [];
		list.push({ alliance: a.alliance, party: code(a.party) });
		alliancesOf.set(a.election_id, list);
	}
	const gaps: SideGap[] = [];
	const lead = side[0];
	const areas = new Map<number, ByElection>();
	for (const [ac_no, byE] of data.areas) {
		const next: ByElection = new Map();
		for (const [election, base] of byE) {
			const standing = Object.entries(base.votes).flatMap(([p, v]) => (v > 0 ? [p] : []));
			const s = sideInAc(side, standing, alliancesOf.get(election) ?? []);
			if (s.absent.length === side.length && base.valid > 0)
				gaps.push({ ac_no, election, absent: s.absent, standIns: s.standIns });
			next.set(
				election,
				s.standIns.length ? { ...base, votes: countStandIns(base.votes, lead, s.standIns) } : base
			);
		}
		areas.set(ac_no, next);
	}
	const booths = new Map(
		[...data.booths].map(([ac_no, b]) => {
			const gap = gaps.find((g) => g.ac_no === ac_no && g.election === b.election);
			if (!gap?.standIns.length) return [ac_no, b] as const;
			return [ac_no, { ...b, ...withStandInColumns(b, lead, gap.standIns) }] as const;
		})
	);
	return { data: { ...data, areas, booths }, gaps };
}

export interface AreaProjection {
	ac_no: number;
	base: Baseline;
	projection: UnitNumbers;
}

/** The contest's units prepared for a side and baseline (no move yet). */
export interface Prepared<C> {
	/** the areas with a baseline, in AC order */
	areas: { ac_no: number; base: Baseline }[];
	/** one unit per area, then one for the contest as a whole */
	areaUnits: C;
	booths: BoothUnits & { compiled: C };
}

export function prepareContest<M, C extends { n: number }>(
	data: { areas: Map<number, ByElection>; booths: Map<number, BoothBaselines> },
	weights: Weights,
	side: Side,
	projector: Projector<M, C>
): Prepared<C> {
	const areas: { ac_no: number; base: Baseline }[] = [];
	for (const [ac_no, byE] of [...data.areas].sort((a, b) => a[0] - b[0])) {
		const base = baselineOf(byE, weights);
		if (base) areas.push({ ac_no, base });
	}
	const total = areas.length ? [addBaselines(areas.map((a) => a.base))] : [];
	const booths = shiftedBooths(data.booths, areaShift(data.areas, weights));
	return {
		areas,
		areaUnits: projector.compile(unitsOf([...areas.map((a) => a.base), ...total]), side),
		booths: { ...booths, compiled: projector.compile(booths.units, side) }
	};
}

/** The areas, the contest and every booth after a move. */
export interface Moved {
	areas: AreaProjection[];
	/** the contest as a whole; null without any baseline */
	total: UnitNumbers | null;
	/** every booth, in typed arrays (boothsOf gives one AC's as objects) */
	booths: Recomputed;
}

export function moveContest<M, C extends { n: number }>(
	p: Prepared<C>,
	move: M,
	org: BoothOrg,
	q: QuadrantSettings,
	projector: Projector<M, C>,
	/** the booth arrays to write (a slider's, by turns: projection-fast.ts byTurns); else new ones */
	out?: Recomputed
): Moved {
	return {
		...areasAfter(p, move, projector),
		booths: projector.recompute(p.booths.compiled, move, org.scores, q, out)
	};
}

/** The areas and the whole after a move. */
function areasAfter<M, C extends { n: number }>(
	p: Prepared<C>,
	move: M,
	projector: Projector<M, C>
): Pick<Moved, 'areas' | 'total'> {
	const r = projector.recompute(p.areaUnits, move);
	return {
		areas: p.areas.map((a, i) => ({ ...a, projection: projector.numbersAt(p.areaUnits, r, i) })),
		total: p.areas.length ? projector.numbersAt(p.areaUnits, r, p.areas.length) : null
	};
}

export interface BoothProjection {
	part_no: number;
	projection: UnitNumbers;
	row: OrgRow | undefined;
	score: number;
	group: Group;
	effort: number;
}

/** One AC's booths as objects, for its map, scatter chart and the priority list. */
export function boothsOf<C extends { n: number }>(
	booths: Prepared<C>['booths'],
	r: Recomputed,
	org: BoothOrg,
	ac_no: number,
	projector: Pick<Projector<unknown, C>, 'numbersAt'>
): BoothProjection[] {
	const span = booths.acs.get(ac_no);
	if (!span) return [];
	const out: BoothProjection[] = [];
	for (let i = span.start; i < span.end; i++) {
		const projection = projector.numbersAt(booths.compiled, r, i);
		const score = org.scores[i];
		const group = groupAt(r, i) ?? 'longshot';
		out.push({
			part_no: booths.part[i],
			projection,
			row: org.rows[i],
			score,
			group,
			effort: effort({
				id: String(booths.part[i]),
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
 * The booth election of each AC: the organisation file's numbering if it has booth results there
 * (so that the file's rows apply), else the newest with booth results; ACs with none are left out.
 * `coverage`: booth_coverage.sql rows, newest first.
 */
export function chooseBoothElections(
	acs: number[],
	coverage: { election_id: ElectionId; ac_no: number; booths: number }[],
	numbering?: ElectionId
): Map<number, ElectionId> {
	const out = new Map<number, ElectionId>();
	for (const ac of acs) {
		const avail = coverage.filter((c) => c.ac_no === ac && c.booths > 0).map((c) => c.election_id);
		const pick = numbering && avail.includes(numbering) ? numbering : avail[0];
		if (pick) out.set(ac, pick);
	}
	return out;
}

/** The booth election shown for each area (the one its booths are numbered in). */
export const boothElectionOf = (data: Pick<ContestData, 'booths'>) => (ac: number) =>
	data.booths.get(ac)?.election;

/** The organisation rows that apply to the contest's booths (see org.ts orgFor). */
export const contestOrg = (data: Pick<ContestData, 'booths'>, org: OrgInUse | null): OrgOf =>
	orgFor(org, boothElectionOf(data));

/** Each area's organisation coverage, over all its booths. */
export function areaCoverage(
	data: Pick<ContestData, 'booths' | 'areas'>,
	org: OrgOf,
	score: WhatIf['score'],
	today: string
): Map<number, OrgSummary> {
	return new Map(
		[...data.areas.keys()]
			.sort((a, b) => a - b)
			.map((ac) => [
				ac,
				acCoverage(data.booths.get(ac)?.parts ?? [], org(ac), score, today, org.supplied)
			])
	);
}

/** Each area's group: its projected margin against its booths' mean organisation score. */
export function areaGroups(
	areas: AreaProjection[],
	coverage: Map<number, OrgSummary>,
	q: QuadrantSettings
): Map<number, Group> {
	return new Map(
		areas.flatMap((s) => {
			const c = coverage.get(s.ac_no);
			return c && c.booths
				? [[s.ac_no, quadrant(s.projection.marginPts, c.meanScore, q)] as const]
				: [];
		})
	);
}

/** Areas won by our side's parties in the first baseline election, and in which. */
export function wonBefore(data: Pick<ContestData, 'areas'>, weights: Weights, side: string[]) {
	const election = firstElection(weights);
	return election ? { election, won: areasWon(data.areas, election, side) } : null;
}

/** Each area's aspirants, by booths whose workers prefer them. */
export function areaAspirants(data: Pick<ContestData, 'booths'>, org: OrgOf, ac: number) {
	return aspirantSupport(data.booths.get(ac)?.parts ?? [], org(ac));
}

export interface ContestNumbers {
	scenario: Scenario;
	areas: AreaProjection[];
	total: UnitNumbers | null;
	booths: Map<number, BoothProjection[]>;
	coverage: Map<number, OrgSummary>;
	/** booths, covered and with no organisation, over the whole contest */
	covered: ReturnType<typeof totalCoverage>;
	groups: Map<number, Group>;
	wonBefore: { election: ElectionId; won: number } | null;
	/** where the side had no candidate of its own (withStandIns) */
	gaps: SideGap[];
}

/** Everything at once, for callers that keep nothing between moves (slides, CLI, benchmark). */
export function contestNumbers(
	data: ContestData,
	org: OrgInUse | null,
	w: WhatIf,
	ctx: SideContext,
	today: string,
	projector: ContestProjector = blocSwing
): ContestNumbers {
	const scenario = contestScenario(data, w, ctx);
	const { data: sided, gaps } = withStandIns(data, scenario.side, ctx);
	const p = prepareContest(sided, w.base, scenario, projector);
	const of = contestOrg(data, org);
	const scores = boothScores(p.booths, of, w.score, today);
	const m = moveContest(p, moveOf(scenario), scores, w.quadrant, projector);
	const coverage = areaCoverage(data, of, w.score, today);
	return {
		scenario,
		areas: m.areas,
		total: m.total,
		booths: new Map(
			[...p.booths.acs.keys()].map((ac) => [
				ac,
				boothsOf(p.booths, m.booths, scores, ac, projector)
			])
		),
		coverage,
		covered: totalCoverage(coverage.values()),
		groups: areaGroups(m.areas, coverage, w.quadrant),
		wonBefore: wonBefore(sided, w.base, scenario.side),
		gaps
	};
}

/** Every area and the whole, projected with a scenario (no booths): the CLI's and tests' path. */
export function projectAreas(
	areas: Map<number, ByElection>,
	weights: Weights,
	scenario: Scenario,
	projector: ContestProjector = blocSwing
): { areas: AreaProjection[]; total: UnitNumbers | null } {
	const p = prepareContest({ areas, booths: new Map() }, weights, scenario, projector);
	return areasAfter(p, moveOf(scenario), projector);
}
