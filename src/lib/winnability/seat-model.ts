/**
 * Everything the winnability numbers of one seat need, loaded once (segment baselines, each AC's
 * booth baselines and names, the organisation data in use: the party's own, or the Kanpur demo),
 * and the numbers computed from it for a given what-if setting. Used by the presentation's
 * slides; the winnability view computes the same with the same functions.
 */
import type { Db } from '$lib/db/db.ts';
import { dataUrl } from '$lib/db/index.ts';
import type { Meta } from '$lib/data/meta.ts';
import { parseOrgText, type OrgRow } from '$lib/model/org-import.ts';
import type { Baseline, Scenario } from '$lib/model/projection.ts';
import type { ElectionId } from '$lib/model/types.ts';
import type { BoothNames } from '$lib/i18n/names.ts';
import { queries, run } from '$lib/sql/index.ts';
import { loadOrg } from '$lib/storage/org.ts';
import {
	acCoverage,
	baselineOf,
	boothScores,
	boothsOf,
	compileBooths,
	leadFirst,
	moveOf,
	projectSegments,
	recomputeBooths,
	segmentShift,
	type BoothProjection,
	type ByElection
} from './compute.ts';
import { loadBoothBaselines, loadSeatBaselines } from './data.ts';
import { sameAsOf, scenarioFor, type WhatIf } from './settings.ts';

export interface OrgInUse {
	demo: boolean;
	file: string;
	numbering: ElectionId;
	rows: OrgRow[];
}

export interface SeatModel {
	pc: number;
	acs: number[];
	segments: Map<number, ByElection>;
	booths: Map<
		number,
		{ election: ElectionId; bases: Map<number, Baseline>; names: Map<number, BoothNames> }
	>;
	org: OrgInUse;
}

export const DEMO_ORG_FILE = 'demo/kanpur-organisation-demo.csv';

/** The party's own organisation data if imported, else the shipped Kanpur demo (labelled demo). */
export async function loadOrgInUse(): Promise<OrgInUse> {
	const own = await loadOrg();
	if (own) return { demo: false, file: own.file, numbering: own.numbering, rows: own.rows };
	const res = await fetch(dataUrl(DEMO_ORG_FILE));
	if (!res.ok) throw new Error(`${DEMO_ORG_FILE}: the server answered ${res.status}`);
	// The pipeline checked the demo file against the booths when it wrote it.
	const anyBooth = { has: () => true } as unknown as Set<number>;
	const rows = parseOrgText(await res.text(), 'kanpur-organisation-demo.csv', {
		booths: () => anyBooth
	}).rows;
	return { demo: true, file: 'kanpur-organisation-demo.csv', numbering: 'AE2017', rows };
}

export async function loadSeatModel(db: Db, pc: number, meta: Meta): Promise<SeatModel> {
	const acs = [...meta.acs.values()].filter((a) => a.pc_no === pc).map((a) => a.ac_no);
	const [segments, org, coverage] = await Promise.all([
		loadSeatBaselines(db, pc),
		loadOrgInUse(),
		Promise.all(
			acs.map((ac) =>
				run<{ election_id: ElectionId; booths: number }, 'ac_no'>(db, queries.boothCoverage, {
					ac_no: ac
				})
			)
		)
	]);
	const booths: SeatModel['booths'] = new Map();
	await Promise.all(
		acs.map(async (ac, i) => {
			const avail = coverage[i].filter((c) => c.booths > 0).map((c) => c.election_id);
			const election = avail.includes(org.numbering) ? org.numbering : avail[0];
			if (!election) return;
			const bases = await loadBoothBaselines(db, election, ac);
			const names = await db.query<{
				part_no: number;
				booth_name: string;
				booth_name_hi: string | null;
			}>(
				'SELECT part_no, booth_name, booth_name_hi FROM booths WHERE election_id = $1 AND ac_no = $2',
				[election, ac]
			);
			booths.set(ac, {
				election,
				bases,
				names: new Map(names.map((n) => [n.part_no, n]))
			});
		})
	);
	return { pc, acs, segments, booths, org };
}

export interface SeatNumbers {
	scenario: Scenario;
	seg: ReturnType<typeof projectSegments>;
	booths: Map<number, BoothProjection[]>;
	coverage: Map<number, ReturnType<typeof acCoverage>>;
	covered: number;
	boothCount: number;
	noOrg: number;
}

export function seatNumbers(m: SeatModel, w: WhatIf, meta: Meta, today: string): SeatNumbers {
	const seatVotes: Record<string, number> = {};
	for (const byE of m.segments.values()) {
		const b = baselineOf(byE, w.base);
		if (b) for (const [p, v] of Object.entries(b.votes)) seatVotes[p] = (seatVotes[p] ?? 0) + v;
	}
	const scenario = scenarioFor(
		w,
		meta.alliances,
		leadFirst(seatVotes),
		sameAsOf(meta.parties.values())
	);
	const seg = projectSegments(m.segments, w.base, scenario);
	const orgByAc = new Map<number, Map<number, OrgRow>>();
	for (const r of m.org.rows) {
		if (!orgByAc.has(r.ac_no)) orgByAc.set(r.ac_no, new Map());
		orgByAc.get(r.ac_no)!.set(r.part_no, r);
	}
	const orgFor = (ac: number) =>
		m.booths.get(ac)?.election === m.org.numbering
			? (orgByAc.get(ac) ?? new Map())
			: new Map<number, OrgRow>();
	// the winnability view's fast path: compile the booths, score them, recompute
	const sb = compileBooths(m.booths, segmentShift(m.segments, w.base), scenario);
	const org = boothScores(sb, orgFor, w.score, today);
	const r = recomputeBooths(sb, moveOf(scenario), org.scores, w.quadrant);
	const booths = new Map([...sb.acs.keys()].map((ac) => [ac, boothsOf(sb, r, org, ac)]));
	const coverage = new Map<number, ReturnType<typeof acCoverage>>();
	for (const [ac, b] of m.booths)
		coverage.set(ac, acCoverage([...b.bases.keys()], orgFor(ac), w.score, today));
	let [covered, boothCount, noOrg] = [0, 0, 0];
	for (const c of coverage.values())
		[covered, boothCount, noOrg] = [covered + c.covered, boothCount + c.booths, noOrg + c.none];
	return { scenario, seg, booths, coverage, covered, boothCount, noOrg };
}
