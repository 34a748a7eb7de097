/**
 * The party's organisation against a contest's booths: which rows apply (only where the booth map
 * uses the file's booth numbering), each booth's score, each AC's coverage and the aspirants its
 * booth workers prefer. A booth without a row scores 0.
 *
 *   orgFor(org, (ac) => 'AE2017')(213).get(1) → the row of Sishamau's booth 1, or undefined
 */
import type { OrgRow } from '../org-score.ts';
import {
	orgScore,
	suppliedFields,
	summarise,
	type OrgSummary,
	type ScoreField,
	type ScoreSettings
} from '../org-score.ts';
import type { ElectionId } from '../types.ts';
import type { BoothUnits } from './units.ts';

/** The organisation data in use: the party's own file, or the shipped demo (labelled demo). */
export interface OrgInUse {
	demo: boolean;
	file: string;
	/** the booth election whose part numbers the file uses */
	numbering: ElectionId;
	rows: OrgRow[];
	imported_at?: string;
	skipped?: number;
}

/** An AC's rows by part number; `supplied`: the score fields the file has (scores use only those). */
export type OrgOf = ((ac: number) => Map<number, OrgRow>) & { supplied?: ReadonlySet<ScoreField> };

const NONE = new Map<number, OrgRow>();

/**
 * Each AC's rows by part number, for the ACs whose booths are numbered as the file numbers them
 * (`boothElection`: the booth election shown for an AC); other ACs have none.
 */
export function orgFor(
	org: OrgInUse | null,
	boothElection: (ac: number) => ElectionId | undefined
): OrgOf {
	const byAc = new Map<number, Map<number, OrgRow>>();
	for (const r of org?.rows ?? []) {
		if (!byAc.has(r.ac_no)) byAc.set(r.ac_no, new Map());
		byAc.get(r.ac_no)!.set(r.part_no, r);
	}
	const of: OrgOf = (ac) =>
		org && boothElection(ac) === org.numbering ? (byAc.get(ac) ?? NONE) : NONE;
	of.supplied = suppliedFields(org?.rows ?? []);
	return of;
}

export interface BoothOrg {
	rows: (OrgRow | undefined)[];
	scores: Float64Array;
}

/** Organisation rows and scores of the booth units (a booth without a row scores 0). */
export function boothScores(
	b: Pick<BoothUnits, 'acs' | 'part'>,
	org: OrgOf,
	score: ScoreSettings,
	today: string
): BoothOrg {
	const n = b.part.length;
	const rows = new Array<OrgRow | undefined>(n);
	const scores = new Float64Array(n);
	for (const [ac_no, { start, end }] of b.acs) {
		const o = org(ac_no);
		for (let i = start; i < end; i++) {
			const row = o.get(b.part[i]);
			rows[i] = row;
			scores[i] = orgScore(row, score, today, org.supplied);
		}
	}
	return { rows, scores };
}

/** Organisation coverage of an AC's booths (booths without a row count as uncovered). */
export function acCoverage(
	parts: Iterable<number>,
	org: Map<number, OrgRow>,
	score: ScoreSettings,
	today: string,
	supplied?: ReadonlySet<ScoreField>
): OrgSummary {
	return summarise(
		[...parts].map((p) => {
			const row = org.get(p);
			return { row, score: orgScore(row, score, today, supplied) };
		}),
		score
	);
}

/**
 * Each AC's organisation coverage over its booths in the file's numbering, when only how many
 * booths an AC has is known (booth_coverage.parquet), not their part numbers: the file's rows of
 * the AC count as its booths, the rest (booths minus rows) as booths without a row. ACs without a
 * row, or without booths in that election, are left out. The state-wide target list's column.
 */
export function coverageOfAcs(
	org: Pick<OrgInUse, 'numbering' | 'rows'>,
	booths: { election_id: string; ac_no: number; booths: number }[],
	score: ScoreSettings,
	today: string
): Map<number, OrgSummary> {
	const supplied = suppliedFields(org.rows);
	const byAc = new Map<number, OrgRow[]>();
	for (const r of org.rows) byAc.set(r.ac_no, [...(byAc.get(r.ac_no) ?? []), r]);
	const out = new Map<number, OrgSummary>();
	for (const b of booths) {
		const rows = byAc.get(b.ac_no);
		if (b.election_id !== org.numbering || !rows || !(b.booths > 0)) continue;
		const units: { row: OrgRow | undefined; score: number }[] = rows
			.slice(0, b.booths)
			.map((row) => ({
				row,
				score: orgScore(row, score, today, supplied)
			}));
		while (units.length < b.booths) units.push({ row: undefined, score: 0 });
		out.set(b.ac_no, summarise(units, score));
	}
	return out;
}

/** Coverage of several ACs together: booths, covered, with no organisation. */
export function totalCoverage(acs: Iterable<OrgSummary>) {
	let [booths, covered, none] = [0, 0, 0];
	for (const c of acs)
		[booths, covered, none] = [booths + c.booths, covered + c.covered, none + c.none];
	return { booths, covered, none };
}

/** Booths per aspirant in an AC (the booth workers' preferred prospective candidate). */
export function aspirantSupport(
	parts: Iterable<number>,
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
