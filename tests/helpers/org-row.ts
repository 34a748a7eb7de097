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

/**
 * The party's own organisation file as the end-to-end tests import it: ten Govindnagar (AC 212)
 * booths, each fully staffed (president, 12 committee members, BLA-2, 12 panna pramukhs, a
 * meeting on 15/11/2026), with `secret` in the notes (a test looks for it to prove where the
 * data goes) and "Aspirant Zeta" as the preferred aspirant.
 */
export const ourOrgCsv = (secret: string): string =>
	[
		'AC No,Booth No,Booth President,Committee Members,BLA-2,Panna Pramukh,Last Meeting Date,Notes,Preferred Aspirant',
		...Array.from(
			{ length: 10 },
			(_, i) => `212,${i + 1},yes,12,yes,12,15/11/2026,${secret},Aspirant Zeta`
		)
	].join('\n');
