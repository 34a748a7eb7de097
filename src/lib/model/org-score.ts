/**
 * Organisation coverage of a booth as a score from 0 to 100, from the fields a party tracks:
 * booth president, BLA-2 agent, committee size, page-in-charge (panna pramukh) count and how
 * recently the committee met. Which fields count and how much are settings shown in the
 * interface; the reference date is passed in, never read from the clock.
 *
 *   orgScore({ president: true, bla2: true, committee_members: 5, … }, DEFAULT_SCORE, '2026-11-25')
 *   → 25 + 25 + 25 × 5/10 + … (weights normalised to 100)
 *
 * A file scores on the fields it supplies: a file with only president and committee size has its
 * weights normalised over those two, so a booth with a president and a full committee scores 100
 * (not 50, which "covered" starts at). suppliedFields(rows) says which fields a file has.
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

export type ScoreField = keyof ScoreSettings['weights'];
export const SCORE_FIELDS: readonly ScoreField[] = [
	'president',
	'bla2',
	'committee',
	'panna',
	'meeting'
];

/** The score fields a set of rows gives (a field counts when any row has a value for it). */
export function suppliedFields(rows: Iterable<OrgRow>): Set<ScoreField> {
	const out = new Set<ScoreField>();
	for (const r of rows) {
		if (r.president !== null || r.president_name) out.add('president');
		if (r.bla2 !== null) out.add('bla2');
		if (r.committee_members !== null) out.add('committee');
		if (r.panna_pramukh !== null) out.add('panna');
		if (r.last_meeting !== null) out.add('meeting');
		if (out.size === SCORE_FIELDS.length) break;
	}
	return out;
}

/** Days from an ISO date to another (both yyyy-mm-dd). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

/**
 * 0–100; a booth without a row scores 0. `supplied`: the fields the file has (suppliedFields);
 * the weights of the others leave the total, so the score is out of what the file can say.
 */
export function orgScore(
	row: OrgRow | undefined,
	s: ScoreSettings,
	today: string,
	supplied?: ReadonlySet<ScoreField>
): number {
	if (!row) return 0;
	const on = (f: ScoreField) => (supplied && !supplied.has(f) ? 0 : s.weights[f]);
	const w = {
		president: on('president'),
		bla2: on('bla2'),
		committee: on('committee'),
		panna: on('panna'),
		meeting: on('meeting')
	};
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
