import { describe, expect, it } from 'vitest';
import { boothClass, DEFAULT_CLASS_RULES } from '../../../src/lib/model/booth-class.ts';
import { sideInAc } from '../../../src/lib/model/side.ts';
import { projectAreas, withStandIns } from '../../../src/lib/model/contest/contest.ts';
import { DEFAULT_WHATIF, scenarioFor } from '../../../src/lib/model/contest/settings.ts';
import type { ByElection } from '../../../src/lib/model/contest/baseline.ts';
import {
	baselineAt,
	boothVotesOf,
	type BoothBaselines
} from '../../../src/lib/model/contest/booth-votes.ts';

/** AE2017's alliances as Kshetra records them (static/data/alliances.parquet). */
const AE2017 = [
	{ alliance: 'NDA', party: 'ADAL' },
	{ alliance: 'NDA', party: 'BJP' },
	{ alliance: 'NDA', party: 'SBSP' },
	{ alliance: 'SP+INC', party: 'INC' },
	{ alliance: 'SP+INC', party: 'SP' }
];

// Gorakhpur Urban (AC 322), 2017 declared result: DR. RADHA MOHAN DAS AGRAWAL (BJP) 1,22,221;
// RANA RAHUL SINGH (INC) 61,491; JANARDAN CHOUDHARI (BSP) 24,297; ARUN KUMAR SHRIVASTAVA (PECP)
// 2,252; SP had no candidate (the seat was INC's in the SP–Congress alliance).
const STOOD_322 = ['BJP', 'INC', 'BSP', 'PECP', 'RLD', 'IND'];
// Its Form 20, polling station 26 as printed: BSP 16, INC 385, BJP 227, 660 votes in all.
const BOOTH_26 = { INC: 385, BJP: 227, BSP: 16, valid: 660 };

describe('sideInAc: a party with no candidate counts its ally who stood (Gorakhpur Urban 2017)', () => {
	it('SP in AC 322 is the SP–Congress alliance: INC stood for it', () => {
		expect(sideInAc(['SP'], STOOD_322, AE2017)).toEqual({
			parties: ['SP', 'INC'],
			standIns: ['INC'],
			absent: ['SP'],
			stood: true
		});
	});

	it("booth 26, where INC led BJP 385 to 227, is SP's class A, not D", () => {
		const ours = (parties: string[]) =>
			parties.reduce((s, p) => s + (BOOTH_26[p as keyof typeof BOOTH_26] ?? 0), 0);
		const alone = { ours: ours(['SP']), bestOther: BOOTH_26.BJP, valid: BOOTH_26.valid };
		expect(boothClass(alone, DEFAULT_CLASS_RULES)).toBe('D');
		const side = sideInAc(['SP'], STOOD_322, AE2017);
		const withAlly = { ours: ours(side.parties), bestOther: BOOTH_26.BJP, valid: BOOTH_26.valid };
		// (385 − 227) / 660 = 23.9 points ahead
		expect(boothClass(withAlly, DEFAULT_CLASS_RULES)).toBe('A');
	});

	it('and over the whole AC INC trails BJP by 60,730 votes, as declared', () => {
		const side = sideInAc(['SP'], STOOD_322, AE2017);
		const declared: Record<string, number> = { BJP: 122221, INC: 61491, BSP: 24297 };
		const ours = side.parties.reduce((s, p) => s + (declared[p] ?? 0), 0);
		expect(declared.BJP - ours).toBe(60730);
	});

	it('a party standing keeps its own votes only; an alliance keeps its members', () => {
		expect(sideInAc(['BJP'], STOOD_322, AE2017)).toMatchObject({ parties: ['BJP'], standIns: [] });
		expect(sideInAc(['SP', 'INC'], STOOD_322, AE2017)).toMatchObject({
			parties: ['SP', 'INC'],
			absent: ['SP'],
			stood: true
		});
	});

	it('a party with no candidate and no ally standing did not stand: no booth classes', () => {
		expect(sideInAc(['SBSP'], ['SP', 'BSP', 'INC'], AE2017)).toEqual({
			parties: ['SBSP'],
			standIns: [],
			absent: ['SBSP'],
			stood: false
		});
		expect(sideInAc(['AAP'], STOOD_322, AE2017).stood).toBe(false);
	});
});

describe('withStandIns: the winnability pages count the side as the AC view does (Gorakhpur Urban 2017)', () => {
	const alliances = AE2017.map((a) => ({
		...a,
		election_id: 'AE2017' as const,
		alliance_en: a.alliance,
		alliance_hi: a.alliance
	}));
	// the declared result of AC 322 (above), and one booth: polling station 26 as printed
	const declared = { BJP: 122221, INC: 61491, BSP: 24297, PECP: 2252 };
	const valid = 122221 + 61491 + 24297 + 2252;
	const data: { areas: Map<number, ByElection>; booths: Map<number, BoothBaselines> } = {
		areas: new Map([
			[322, new Map([['AE2017' as const, { votes: declared, valid, electors: null }]])]
		]),
		booths: new Map([
			[
				322,
				boothVotesOf(
					'AE2017',
					new Map([[26, { votes: { INC: 385, BJP: 227, BSP: 16 }, valid: 660, electors: null }]])
				)
			]
		])
	};

	it("SP alone: INC's 61,491 count as SP's, 60,730 behind BJP, and the page is told why", () => {
		const { data: sided, gaps } = withStandIns(data, ['SP'], { alliances, sameAs: {} });
		expect(sided.areas.get(322)!.get('AE2017')!.votes).toEqual({
			BJP: 122221,
			SP: 61491,
			BSP: 24297,
			PECP: 2252
		});
		const b26 = sided.booths.get(322)!;
		expect(baselineAt(b26, b26.parts.indexOf(26)).votes).toEqual({ SP: 385, BJP: 227, BSP: 16 });
		expect(gaps).toEqual([{ ac_no: 322, election: 'AE2017', absent: ['SP'], standIns: ['INC'] }]);
		const scenario = scenarioFor(
			{ ...DEFAULT_WHATIF, side: 'SP', base: { AE2017: 1 } },
			alliances,
			(ps) => ps,
			{}
		);
		const { total } = projectAreas(sided.areas, { AE2017: 1 }, scenario);
		expect(total!.ours).toBeCloseTo(61491, 6);
		expect(total!.leader).toBe('BJP');
		expect(total!.marginVotes).toBeCloseTo(-60730, 6);
		// without the rule SP had nothing: the whole of BJP's 1,22,221 ahead
		expect(projectAreas(data.areas, { AE2017: 1 }, scenario).total!.marginVotes).toBeCloseTo(
			-122221,
			6
		);
	});

	it('BJP, which stood, keeps its own votes; a party with no candidate and no ally standing has none, and is named', () => {
		expect(withStandIns(data, ['BJP'], { alliances, sameAs: {} })).toEqual({
			data: { ...data },
			gaps: []
		});
		const { data: sided, gaps } = withStandIns(data, ['AAP'], { alliances, sameAs: {} });
		expect(sided.areas.get(322)!.get('AE2017')!.votes).toEqual(declared);
		expect(gaps).toEqual([{ ac_no: 322, election: 'AE2017', absent: ['AAP'], standIns: [] }]);
	});
});
