/**
 * The contest model's rules on small hand-made cases: which booth election an AC's booths are
 * shown in, which organisation rows apply, areas won, a contest of one AC against the same AC in
 * a seat of two, and a booth moved by its area's swing.
 */
import { describe, expect, it } from 'vitest';
import { areasWon, topParty, type ByElection } from '../../../../src/lib/model/contest/baseline.ts';
import {
	chooseBoothElections,
	contestNumbers,
	type ContestData
} from '../../../../src/lib/model/contest/contest.ts';
import { orgFor, type OrgInUse } from '../../../../src/lib/model/contest/org.ts';
import { DEFAULT_WHATIF } from '../../../../src/lib/model/contest/settings.ts';
import { boothVotesOf } from '../../../../src/lib/model/contest/booth-votes.ts';
import { areaShift, shiftedBooths } from '../../../../src/lib/model/contest/units.ts';
import type { OrgRow } from '../../../../src/lib/import/org-import.ts';
import type { Baseline } from '../../../../src/lib/model/projection.ts';
import type { AllianceRow } from '../../../../src/lib/model/types.ts';

const cov = (ac_no: number, election_id: 'AE2017' | 'LS2014' | 'LS2019', booths: number) => ({
	ac_no,
	election_id,
	booths
});

describe('chooseBoothElections', () => {
	const coverage = [
		cov(1, 'LS2019', 0),
		cov(1, 'AE2017', 10),
		cov(1, 'LS2014', 9),
		cov(2, 'LS2014', 8)
	];
	it.each([
		{
			name: 'the newest with booths',
			numbering: undefined,
			expected: [
				[1, 'AE2017'],
				[2, 'LS2014']
			]
		},
		{
			name: "the file's numbering where it has booths",
			numbering: 'LS2014' as const,
			expected: [
				[1, 'LS2014'],
				[2, 'LS2014']
			]
		},
		{
			name: 'else the newest',
			numbering: 'AE2017' as const,
			expected: [
				[1, 'AE2017'],
				[2, 'LS2014']
			]
		}
	])('$name', ({ numbering, expected }) =>
		expect([...chooseBoothElections([1, 2, 3], coverage, numbering)]).toEqual(expected)
	);
});

const row = (ac_no: number, part_no: number, aspirant: string | null = null): OrgRow => ({
	ac_no,
	part_no,
	president: true,
	president_name: null,
	committee_members: 10,
	bla2: true,
	panna_pramukh: 10,
	last_meeting: '2026-11-01',
	notes: null,
	aspirant
});

describe('orgFor: rows apply only where the booths use the file numbering', () => {
	const org: OrgInUse = {
		demo: false,
		file: 'x.csv',
		numbering: 'AE2017',
		rows: [row(1, 5), row(2, 7)]
	};
	const of = orgFor(org, (ac) => (ac === 1 ? 'AE2017' : 'LS2014'));
	it('AC 1 (AE2017): its row', () => expect(of(1).get(5)?.part_no).toBe(5));
	it('AC 2 (LS2014): none', () => expect(of(2).size).toBe(0));
	it('no file: none', () => expect(orgFor(null, () => 'AE2017')(1).size).toBe(0));
});

const B = (votes: Record<string, number>, electors: number | null = null): Baseline => ({
	votes,
	valid: Object.values(votes).reduce((a, b) => a + b, 0),
	electors
});

describe('areas won and the top party', () => {
	const areas = new Map<number, ByElection>([
		[1, new Map([['AE2022' as const, B({ SP: 50, BJP: 40, NOTA: 60 })]])],
		[2, new Map([['AE2022' as const, B({ SP: 30, BJP: 40 })]])],
		[3, new Map([['LS2024' as const, B({ SP: 90 })]])]
	]);
	it('NOTA never tops', () => expect(topParty(B({ NOTA: 9, SP: 1 }))).toBe('SP'));
	it('SP won 1 of the 2 areas with AE2022', () =>
		expect(areasWon(areas, 'AE2022', ['SP'])).toBe(1));
});

describe('a booth moved by its area swing (shiftBooth)', () => {
	it('SP 60 of 100 in a booth, SP 50% → 40% in its area: 50 of 100', () => {
		const booths = new Map([[7, boothVotesOf('AE2017', new Map([[1, B({ SP: 60, BJP: 40 })]]))]]);
		const areas = new Map([
			[
				7,
				new Map([
					['AE2017' as const, B({ SP: 500, BJP: 500 })],
					['AE2022' as const, B({ SP: 400, BJP: 600 })]
				])
			]
		]);
		const b = shiftedBooths(booths, areaShift(areas, { AE2022: 1 }));
		const got: Record<string, number> = {};
		b.units.feed({
			unit(_, parties, votes, m) {
				for (let k = 0; k < m; k++) got[parties[k]] = votes[k];
			}
		});
		expect(got.SP).toBeCloseTo(50, 9);
		expect(got.BJP).toBeCloseTo(50, 9);
		expect([...b.part]).toEqual([1]);
	});
});

describe('a contest of one AC is that AC of a seat', () => {
	const alliances = [
		{
			election_id: 'LS2024',
			alliance: 'INDIA',
			alliance_en: 'INDIA',
			alliance_hi: '',
			party: 'SP'
		},
		{ election_id: 'LS2024', alliance: 'NDA', alliance_en: 'NDA', alliance_hi: '', party: 'BJP' }
	] as AllianceRow[];
	const areas = new Map([
		[1, new Map([['AE2022' as const, B({ SP: 520, BJP: 480 }, 2000)]])],
		[2, new Map([['AE2022' as const, B({ SP: 300, BJP: 700 }, 1800)]])]
	]);
	const seat: ContestData = { contest: { kind: 'pc', pc: 9 }, areas, booths: new Map() };
	const one: ContestData = {
		contest: { kind: 'ac', pc: 9, ac: 1 },
		areas: new Map([[1, areas.get(1)!]]),
		booths: new Map()
	};
	const ctx = { alliances, sameAs: {} };
	it('seat: 820 against 1,180, trails by 18 pts; AC 1 leads by 4 pts as a segment and as a contest', () => {
		const s = contestNumbers(seat, null, DEFAULT_WHATIF, ctx, '2026-11-25');
		const a = contestNumbers(one, null, DEFAULT_WHATIF, ctx, '2026-11-25');
		expect(s.total).toMatchObject({ ours: 820, leaderVotes: 1180, leader: 'NDA', winning: false });
		expect(s.total!.marginPts).toBeCloseTo(-18, 9);
		expect(s.areas[0].projection.marginPts).toBeCloseTo(4, 9);
		expect(a.total).toEqual(s.areas[0].projection);
		expect(a.wonBefore).toEqual({ election: 'AE2022', won: 1 });
		expect(s.wonBefore).toEqual({ election: 'AE2022', won: 1 });
	});
});
