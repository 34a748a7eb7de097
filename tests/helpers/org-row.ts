/**
 * An organisation row (model/org-score.ts) for tests: one booth with nothing recorded, then what
 * the test gives. The AC is Sishamau (213) unless `more` says another.
 *
 *   orgRow(45, { president: true }) → { ac_no: 213, part_no: 45, president: true, …: null }
 */
import type { OrgRow } from '../../src/lib/model/org-score.ts';

export const orgRow = (part_no: number, more: Partial<OrgRow> = {}): OrgRow => ({
	ac_no: 213,
	part_no,
	president: null,
	president_name: null,
	committee_members: null,
	bla2: null,
	panna_pramukh: null,
	last_meeting: null,
	notes: null,
	aspirant: null,
	...more
});
