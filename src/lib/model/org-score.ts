/**
 * Organisation coverage of a booth as a score from 0 to 100, from the fields a party tracks:
 * booth president, BLA-2 agent, committee size, page-in-charge (panna pramukh) count and how
 * recently the committee met. Which fields count and how much are settings shown in the
 * interface; the reference date is passed in, never read from the clock.
 *
 *   orgScore({ president: true, bla2: true, committee_members: 5, … }, DEFAULT_SCORE, '2026-11-25')
 *   → 25 + 25 + 25 × 5/10 + … (weights normalised to 100)
 */

/** One booth's organisation, as the party's file gives it (src/lib/import/org-import.ts reads it). */
export interface OrgRow {
	ac_no: number;
	part_no: number;
	/** booth president appointed */
	president: boolean | null;
	/** when the cell holds a name instead of yes/no */
	president_name: string | null;
	/** booth committee size */
	committee_members: number | null;
	/** BLA-2 (booth level agent) appointed */
	bla2: boolean | null;
	/** page-in-charge count */
	panna_pramukh: number | null;
	/** ISO yyyy-mm-dd */
	last_meeting: string | null;
	notes: string | null;
	/** prospective candidate the booth's workers prefer */
	aspirant: string | null;
}

export interface ScoreSettings {
	weights: { president: number; bla2: number; committee: number; panna: number; meeting: number };
	/** committee members that count as a full committee */
	committeeTarget: number;
	/** page-in-charge count that counts as full (roughly one per page of the roll) */
	pannaTarget: number;
	/** a meeting within this many days counts as active */
	meetingDays: number;
	/** a booth with at least this score is "covered" */
	coveredAt: number;
}

export const DEFAULT_SCORE: ScoreSettings = {
	weights: { president: 25, bla2: 25, committee: 25, panna: 15, meeting: 10 },
	committeeTarget: 10,
	pannaTarget: 10,
	meetingDays: 90,
	coveredAt: 50
};

/** Days from an ISO date to another (both yyyy-mm-dd). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

/** 0–100; a booth without a row scores 0. */
export function orgScore(row: OrgRow | undefined, s: ScoreSettings, today: string): number {
	if (!row) return 0;
	const w = s.weights;
	const total = w.president + w.bla2 + w.committee + w.panna + w.meeting;
	if (total <= 0) return 0;
	const frac = (n: number | null, target: number) =>
		n === null || target <= 0 ? 0 : Math.min(1, n / target);
	const met =
		row.last_meeting !== null &&
		daysBetween(row.last_meeting, today) <= s.meetingDays &&
		daysBetween(row.last_meeting, today) >= 0;
	const points =
		(row.president ? w.president : 0) +
		(row.bla2 ? w.bla2 : 0) +
		w.committee * frac(row.committee_members, s.committeeTarget) +
		w.panna * frac(row.panna_pramukh, s.pannaTarget) +
		(met ? w.meeting : 0);
	return Math.round((1000 * points) / total) / 10;
}

export interface OrgSummary {
	booths: number;
	/** booths with any organisation row */
	withRow: number;
	covered: number;
	coveredShare: number;
	/** booths with no row, or a row scoring 0 */
	none: number;
	/** mean committee size over booths that report one */
	meanCommittee: number | null;
	meanScore: number;
}

/** Coverage of a set of booths (an AC, a PC): scores are given per booth, missing rows as undefined. */
export function summarise(
	booths: { row: OrgRow | undefined; score: number }[],
	s: ScoreSettings
): OrgSummary {
	const n = booths.length;
	const sizes = booths
		.map((b) => b.row?.committee_members)
		.filter((x): x is number => x !== null && x !== undefined);
	const covered = booths.filter((b) => b.score >= s.coveredAt).length;
	return {
		booths: n,
		withRow: booths.filter((b) => b.row).length,
		covered,
		coveredShare: n ? (100 * covered) / n : 0,
		none: booths.filter((b) => !b.row || b.score === 0).length,
		meanCommittee: sizes.length ? sizes.reduce((a, b) => a + b, 0) / sizes.length : null,
		meanScore: n ? booths.reduce((a, b) => a + b.score, 0) / n : 0
	};
}
