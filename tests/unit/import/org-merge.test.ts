import { describe, expect, it } from 'vitest';
import { orgRow } from '../../helpers/org-row.ts';
import { mergeOrgRows, planOrgImport } from '../../../src/lib/import/org-merge.ts';
import type { OrgRow } from '../../../src/lib/model/org-score.ts';

const row = (ac_no: number, part_no: number, president = true): OrgRow =>
	orgRow(part_no, { ac_no, president });
const range = (ac: number, n: number, president = true) =>
	Array.from({ length: n }, (_, i) => row(ac, i + 1, president));

// The party's stored file covers three of Kanpur's ACs; a field worker sends AC 213's 20 booths.
const stored = [...range(211, 100), ...range(212, 100), ...range(213, 100, false)];
const file = range(213, 20);

describe('a one-AC organisation file (issue 17)', () => {
	it('updates only that AC: the other ACs keep every row', () => {
		const merged = mergeOrgRows(stored, file, 'update');
		expect(merged.filter((r) => r.ac_no === 211)).toHaveLength(100);
		expect(merged.filter((r) => r.ac_no === 212)).toHaveLength(100);
		const ac213 = merged.filter((r) => r.ac_no === 213);
		expect(ac213).toHaveLength(20);
		expect(ac213.every((r) => r.president)).toBe(true);
	});
	it('replaces everything only when asked', () => {
		expect(mergeOrgRows(stored, file, 'replace')).toEqual(file);
	});
	it('the preview lists the change per AC and the ACs the file leaves alone', () => {
		const plan = planOrgImport({ demo: false, numbering: 'AE2017', rows: stored }, file, 'AE2017');
		expect(plan.canUpdate).toBe(true);
		expect(plan.changes).toEqual([{ ac_no: 213, before: 100, after: 20 }]);
		expect(plan.others).toEqual([
			{ ac_no: 211, rows: 100 },
			{ ac_no: 212, rows: 100 }
		]);
	});
	it('over the demo data it cannot update (no mixing invented and real rows) and says so', () => {
		const plan = planOrgImport({ demo: true, numbering: 'AE2017', rows: stored }, file, 'AE2017');
		expect(plan.canUpdate).toBe(false);
		expect(plan.replacing).toBe('demo');
	});
	it('over rows in other booth numbers it replaces, and says why', () => {
		const plan = planOrgImport({ demo: false, numbering: 'AE2022', rows: stored }, file, 'AE2017');
		expect(plan.canUpdate).toBe(false);
		expect(plan.replacing).toBe('numbering');
	});
});
