/**
 * What a confirmed organisation import changes. A file may cover the whole seat or one AC: a
 * one-AC file updates that AC's rows and keeps the others (the default), or replaces everything
 * when the user chooses so; the preview lists the change per AC before anything is stored.
 * The shipped demo is never mixed with a party's rows: a file replaces it whole, and the
 * preview says which ACs will then have no organisation.
 *
 *   planOrgImport({ demo: false, numbering: 'AE2017', rows: 300 rows of ACs 211–213 },
 *                 20 rows of AC 213, 'AE2017')
 *   → { canUpdate: true, changes: [{ ac_no: 213, before: 100, after: 20 }],
 *       others: [{ ac_no: 211, rows: 100 }, { ac_no: 212, rows: 100 }] }
 */
import type { OrgRow } from '$lib/model/org-score.ts';
import type { ElectionId } from '$lib/model/types.ts';

export interface OrgImportPlan {
	/** the stored rows can be kept for ACs the file does not cover (own data, same numbering) */
	canUpdate: boolean;
	/** why not, when there are other ACs' rows that a replace would drop */
	replacing: 'demo' | 'numbering' | null;
	/** each AC the file covers: its stored rows before and the file's rows */
	changes: { ac_no: number; before: number; after: number }[];
	/** ACs with stored rows that the file does not cover */
	others: { ac_no: number; rows: number }[];
}

const countByAc = (rows: Iterable<OrgRow>) => {
	const m = new Map<number, number>();
	for (const r of rows) m.set(r.ac_no, (m.get(r.ac_no) ?? 0) + 1);
	return m;
};

export function planOrgImport(
	stored: { demo: boolean; numbering: ElectionId; rows: OrgRow[] } | null,
	incoming: OrgRow[],
	numbering: ElectionId
): OrgImportPlan {
	const before = countByAc(stored?.rows ?? []);
	const after = countByAc(incoming);
	const changes = [...after]
		.map(([ac_no, n]) => ({ ac_no, before: before.get(ac_no) ?? 0, after: n }))
		.sort((a, b) => a.ac_no - b.ac_no);
	const others = [...before]
		.filter(([ac]) => !after.has(ac))
		.map(([ac_no, rows]) => ({ ac_no, rows }))
		.sort((a, b) => a.ac_no - b.ac_no);
	const replacing =
		!stored || !others.length
			? null
			: stored.demo
				? 'demo'
				: stored.numbering !== numbering
					? 'numbering'
					: null;
	return {
		canUpdate: !!stored && !stored.demo && stored.numbering === numbering,
		replacing,
		changes,
		others
	};
}

/** The rows to store: the file's rows, plus (when updating) the stored rows of ACs it does not cover. */
export function mergeOrgRows(
	stored: OrgRow[],
	incoming: OrgRow[],
	mode: 'update' | 'replace'
): OrgRow[] {
	if (mode === 'replace') return incoming;
	const covered = new Set(incoming.map((r) => r.ac_no));
	return [...stored.filter((r) => !covered.has(r.ac_no)), ...incoming].sort(
		(a, b) => a.ac_no - b.ac_no || a.part_no - b.part_no
	);
}
