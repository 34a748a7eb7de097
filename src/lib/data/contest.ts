/**
 * Loads what a contest's numbers need (model/contest/contest.ts ContestData): its areas' votes by
 * party in every election, which elections have booth results in each area, and each area's
 * booths in the booth election chosen for it (chooseBoothElections: the organisation file's
 * numbering where it has booth results, else the newest).
 *
 *   await loadContest(db, { kind: 'ac', pc: 43, ac: 213 }, [213], org)
 *   → { areas: Map(213 → AE2022, LS2024, …), booths: Map(213 → AE2017's 262 booths) }
 */
import type { Db } from '$lib/db/db.ts';
import {
	chooseBoothElections,
	type AreaBooths,
	type Contest,
	type ContestData
} from '$lib/model/contest/contest.ts';
import type { OrgInUse } from '$lib/model/contest/org.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { queries, run } from '$lib/sql/index.ts';
import { loadBoothBaselines, loadSeatBaselines } from './baselines.ts';
import { loadCoverage, type Coverage } from './booths.ts';
import { readOrgInUse } from './org.ts';

/** The ACs a contest is made of: a seat's segments (from meta.acs), or the AC itself. */
export const contestAcs = (contest: Contest, acs: Iterable<{ ac_no: number; pc_no: number }>) =>
	contest.kind === 'ac'
		? [contest.ac]
		: [...acs].filter((a) => a.pc_no === contest.pc).map((a) => a.ac_no);

/** The areas' votes by party per election (an AC contest: its own row of its seat's). */
export async function loadAreas(db: Db, contest: Contest) {
	const seat = await loadSeatBaselines(db, contest.pc);
	return contest.kind === 'ac' ? new Map([...seat].filter(([ac]) => ac === contest.ac)) : seat;
}

/** Booth coverage of each AC: the elections with booth rows, newest first. */
export async function loadContestCoverage(db: Db, acs: number[]): Promise<Coverage[]> {
	return (await Promise.all(acs.map((ac) => loadCoverage(db, ac)))).flat();
}

/** An area's booths in one election: baselines, names and points. */
export async function loadAreaBooths(
	db: Db,
	ac: number,
	election: ElectionId
): Promise<AreaBooths> {
	const booths = await loadBoothBaselines(db, election, ac);
	const pts = await run<
		{
			part_no: number;
			lon: number;
			lat: number;
			booth_name: string | null;
			booth_name_hi: string | null;
		},
		'election_id' | 'ac_no'
	>(db, queries.boothPoints, { election_id: election, ac_no: ac });
	return { ...booths, names: new Map(pts.map((p) => [p.part_no, p])), points: pts };
}

/** Everything at once (slides, the export CLI, the benchmark; the page loads it in steps). */
export async function loadContest(
	db: Db,
	contest: Contest,
	acs: number[],
	org: Pick<OrgInUse, 'numbering'> | null
): Promise<ContestData> {
	const [areas, coverage] = await Promise.all([
		loadAreas(db, contest),
		loadContestCoverage(db, acs)
	]);
	const chosen = chooseBoothElections(acs, coverage, org?.numbering);
	const booths = new Map(
		await Promise.all(
			[...chosen].map(async ([ac, e]) => [ac, await loadAreaBooths(db, ac, e)] as const)
		)
	);
	return { contest, areas, booths };
}

/** A contest with the organisation data in use (the party's own, or the demo). */
export interface ContestWithOrg {
	data: ContestData;
	org: OrgInUse;
}

/** The contest and its organisation data, loaded once for every slide that needs them. */
export async function loadContestWithOrg(
	db: Db,
	contest: Contest,
	acs: number[]
): Promise<ContestWithOrg> {
	const { org } = await readOrgInUse();
	return { org, data: await loadContest(db, contest, acs, org) };
}
