import { describe, expect, it } from 'vitest';
import { orgRow } from '../../helpers/org-row.ts';
import type { OrgRow } from '../../../src/lib/import/org-import.ts';
import {
	daysBetween,
	DEFAULT_SCORE,
	orgScore,
	summarise,
	suppliedFields
} from '../../../src/lib/model/org-score.ts';

const row = (patch: Partial<OrgRow>): OrgRow => orgRow(1, patch);
const TODAY = '2026-11-25';

describe('orgScore with the default weights (25, 25, 25, 15, 10)', () => {
	it.each([
		{ name: 'no row', input: undefined, expected: 0 },
		{ name: 'an empty row', input: row({}), expected: 0 },
		{ name: 'president only', input: row({ president: true }), expected: 25 },
		{ name: 'president and BLA-2', input: row({ president: true, bla2: true }), expected: 50 },
		{ name: 'half a committee (5 of 10)', input: row({ committee_members: 5 }), expected: 12.5 },
		{
			name: 'committee above target counts as full',
			input: row({ committee_members: 30 }),
			expected: 25
		},
		{ name: '4 of 10 page-in-charges', input: row({ panna_pramukh: 4 }), expected: 6 },
		{ name: 'met 90 days ago', input: row({ last_meeting: '2026-08-27' }), expected: 10 },
		{ name: 'met 91 days ago', input: row({ last_meeting: '2026-08-26' }), expected: 0 },
		{
			name: 'a meeting dated in the future does not count',
			input: row({ last_meeting: '2026-12-01' }),
			expected: 0
		},
		{
			name: 'everything',
			input: row({
				president: true,
				bla2: true,
				committee_members: 10,
				panna_pramukh: 10,
				last_meeting: '2026-11-01'
			}),
			expected: 100
		}
	])('$name → $expected', ({ input, expected }) =>
		expect(orgScore(input, DEFAULT_SCORE, TODAY)).toBe(expected)
	);

	it('weights are settings: only the president counting makes it 0 or 100', () => {
		const s = {
			...DEFAULT_SCORE,
			weights: { president: 1, bla2: 0, committee: 0, panna: 0, meeting: 0 }
		};
		expect(orgScore(row({ president: true, bla2: true }), s, TODAY)).toBe(100);
		expect(orgScore(row({ bla2: true }), s, TODAY)).toBe(0);
	});

	it('days between dates', () => {
		expect(daysBetween('2026-08-27', TODAY)).toBe(90);
	});
});

describe('summarise', () => {
	it('counts covered booths, booths without organisation and the mean committee', () => {
		const s = summarise(
			[
				{ row: row({ committee_members: 8 }), score: 60 },
				{ row: row({ committee_members: 4 }), score: 20 },
				{ row: undefined, score: 0 },
				{ row: row({}), score: 0 }
			],
			DEFAULT_SCORE
		);
		expect(s).toMatchObject({
			booths: 4,
			withRow: 3,
			covered: 1,
			coveredShare: 25,
			none: 2,
			meanCommittee: 6,
			meanScore: 20
		});
	});
});

describe('a file scores on the fields it supplies (issue 17)', () => {
	// A party office's file with only two columns: president and committee size.
	const file = [
		row({ part_no: 1, president: true, committee_members: 10 }),
		row({ part_no: 2, president: true, committee_members: 9 }),
		row({ part_no: 3, president: false, committee_members: 0 })
	];
	const supplied = suppliedFields(file);
	it('knows which fields the file has', () => {
		expect([...supplied].sort()).toEqual(['committee', 'president']);
	});
	it('a president and a full committee reach 100, not 50', () => {
		expect(orgScore(file[0], DEFAULT_SCORE, TODAY, supplied)).toBe(100);
	});
	it('a president and 9 of 10 members count as covered (≥ 50): 25 + 22.5 of 50 → 95', () => {
		const s = orgScore(file[1], DEFAULT_SCORE, TODAY, supplied);
		expect(s).toBe(95);
		expect(s).toBeGreaterThanOrEqual(DEFAULT_SCORE.coveredAt);
	});
	it('nothing appointed still scores 0', () => {
		expect(orgScore(file[2], DEFAULT_SCORE, TODAY, supplied)).toBe(0);
	});
	it('a file with every field scores as before', () => {
		const all = new Set(['president', 'bla2', 'committee', 'panna', 'meeting'] as const);
		const r = row({ president: true, bla2: true });
		expect(orgScore(r, DEFAULT_SCORE, TODAY, all)).toBe(50);
	});
});
