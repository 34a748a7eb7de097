/**
 * Maps speak in blocs (issue 13 §2): a unit's share of a bloc adds up its parties' votes, for an
 * election's own alliance (INDIA in LS2024) and for a 2027 bloc asked for as loadUnitResults asks
 * (INDIA-2027 → SP+INC). Kanpur 2024 (ECI): Congress's Alok Misra 4,22,087 for INDIA, no SP
 * candidate, so Kanpur read as "SP 0%" before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/db.ts';
import { loadUnitResults } from '../../src/lib/data/results.ts';
import { loadAcTotals, loadSeatTotals } from '../../src/lib/data/baselines.ts';
import {
	allianceLines,
	alliancesOf,
	blocParties,
	codes2027,
	slideSides,
	withBlocs
} from '../../src/lib/data/blocs.ts';
import { loadAcBooths, resolveSide } from '../../src/lib/data/booths.ts';
import { DEFAULT_CLASS_RULES } from '../../src/lib/model/booth-class.ts';
import { loadMeta } from '../../src/lib/data/meta.ts';
import { lineVotes, trendLines, trendShares } from '../../src/lib/model/trend.ts';
import { openDb } from './helpers.ts';

let db: Db;
beforeAll(async () => {
	db = await openDb();
});
afterAll(() => db.close());

const kanpur = async (party: string) =>
	(await loadUnitResults(db, 'LS2024', 'pc', party)).find((r) => r.unit_no === 43)!;

describe('bloc shares on the maps', () => {
	it('LS2024 Kanpur: SP had no candidate; INDIA and INDIA-2027 hold Congress’s 4,22,087', async () => {
		expect((await kanpur('SP')).party_votes).toBe(0);
		expect((await kanpur('INDIA')).party_votes).toBe(422087);
		expect((await kanpur('INDIA-2027')).party_votes).toBe(422087);
		expect((await kanpur('INC')).party_votes).toBe(422087);
	});

	it('a bloc’s votes are its parties’ added up in every AC', async () => {
		const [india, sp, inc] = await Promise.all(
			['INDIA-2027', 'SP', 'INC'].map((p) => loadUnitResults(db, 'AE2022', 'ac', p))
		);
		expect(india).toHaveLength(403);
		india.forEach((r, i) => expect(r.party_votes).toBe(sp[i].party_votes + inc[i].party_votes));
	});
});

/**
 * The trend chart adds a bloc's parties up in every election (model/trend.ts). Kanpur, as declared
 * by the ECI: 2024 Ramesh Awasthi (BJP) 4,43,055, Alok Misra (INC) 4,22,087, no SP candidate;
 * 2019 Satyadev Pachauri (BJP) 4,68,937, Sriprakash Jaiswal (INC) 3,13,003, Ram Kumar (SP) 48,275;
 * 2014 Murli Manohar Joshi (BJP) 4,74,712, Jaiswal (INC) 2,51,766, Surendra Mohan Agarwal (SP) 25,723.
 */
describe('blocs in the trend chart', () => {
	it('Kanpur: INDIA-2027 (SP + INC) is Congress’s 4,22,087 in 2024 and SP + INC before', async () => {
		const meta = await loadMeta(db);
		const totals = await loadSeatTotals(db, 43);
		const parties = blocParties(meta, 'INDIA-2027', 'AE2022')!;
		expect(parties).toEqual(['SP', 'INC']);
		const lines = trendLines({ id: 'INDIA-2027', parties });
		expect(lines.map((l) => l.id)).toEqual(['INDIA-2027', 'BJP', 'BSP']);
		const [india, bjp] = lines;
		expect(lineVotes(totals, 'LS2024', india)).toBe(422087);
		expect(lineVotes(totals, 'LS2024', bjp)).toBe(443055);
		expect(lineVotes(totals, 'LS2019', india)).toBe(313003 + 48275);
		expect(lineVotes(totals, 'LS2019', bjp)).toBe(468937);
		expect(lineVotes(totals, 'LS2014', india)).toBe(251766 + 25723);
		expect(lineVotes(totals, 'LS2014', bjp)).toBe(474712);
		// shares on the declared valid votes: 2024 INDIA 47.6%, where SP alone reads 0
		const [, , , , , , s24] = trendShares(
			totals,
			['LS2009', 'AE2012', 'LS2014', 'AE2017', 'LS2019', 'AE2022', 'LS2024'],
			india
		);
		expect(s24).toBeCloseTo((100 * 422087) / totals.get('LS2024')!.valid, 6);
		expect(s24).toBeGreaterThan(47);
		expect(lineVotes(totals, 'LS2024', { id: 'SP', parties: ['SP'] })).toBe(0);
	});

	it('an election’s own alliance: LS2024’s INDIA, asked for from an AE2022 view, holds AITC, INC, SP', async () => {
		const meta = await loadMeta(db);
		expect(blocParties(meta, 'INDIA', 'AE2022')).toEqual(['AITC', 'INC', 'SP']);
		// AE2022's NDA lists Apna Dal (S) as ADS: its unified code ADAL is what the totals hold
		expect(blocParties(meta, 'NDA', 'AE2022')).toEqual(['ADAL', 'BJP', 'NINSHAD']);
		expect(blocParties(meta, 'BJP', 'AE2022')).toBeNull();
	});
});

/**
 * The seat and AC views' trend charts show the 2027 blocs by default (all of them: our side and
 * the rivals), or one past election's alliances. ECI: Kanpur 2024 Awasthi (BJP) 4,43,055, Misra
 * (INC) 4,22,087; Sishamau 2022 Haji Irfan Solanki (SP) 79,163, Salil Vishnoi (BJP) 66,897,
 * Hajee Suhel Ahamad (INC) 5,616, with no SBSP, Apna Dal or NISHAD candidate.
 */
describe('trend charts in the 2027 blocs', () => {
	const blocs2027 = [
		{ id: 'INDIA-2027', parties: ['SP', 'INC'] },
		{ id: 'NDA-2027', parties: ['BJP', 'ADAL', 'RLD', 'SBSP', 'NINSHAD'] },
		{ id: 'BSP-2027', parties: ['BSP'] }
	];

	it('Kanpur: the three 2027 blocs and no party line left over; LS2024 INDIA 4,22,087 vs NDA 4,43,055', async () => {
		const totals = await loadSeatTotals(db, 43);
		const lines = trendLines(blocs2027);
		expect(lines.map((l) => l.id)).toEqual(['INDIA-2027', 'NDA-2027', 'BSP-2027']);
		expect(lineVotes(totals, 'LS2024', lines[0])).toBe(422087);
		expect(lineVotes(totals, 'LS2024', lines[1])).toBe(443055);
		expect(lineVotes(totals, 'LS2019', lines[1])).toBe(468937);
	});

	it('Sishamau (AC 213), AE2022: INDIA-2027 79,163 + 5,616, NDA-2027 66,897', async () => {
		const totals = await loadAcTotals(db, 213);
		const [india, nda] = trendLines(blocs2027);
		expect(lineVotes(totals, 'AE2022', india)).toBe(79163 + 5616);
		expect(lineVotes(totals, 'AE2022', nda)).toBe(66897);
		// every election since 2009 has a result for the AC (LS: its segment's count)
		expect([...totals.keys()].sort()).toEqual([
			'AE2012',
			'AE2017',
			'AE2022',
			'LS2009',
			'LS2014',
			'LS2019',
			'LS2024'
		]);
	});

	it('an election’s alliances as lines: LS2024 INDIA and NDA, then BSP; AE2022’s NDA under unified codes', async () => {
		const meta = await loadMeta(db);
		const lines = trendLines(allianceLines(meta, 'LS2024'));
		expect(lines.map((l) => l.id)).toEqual(['INDIA', 'NDA', 'BSP']);
		expect(
			allianceLines(meta, 'AE2022')
				.find((l) => l.id === 'NDA')!
				.parties.sort()
		).toEqual(['ADAL', 'BJP', 'NINSHAD']);
		const totals = await loadSeatTotals(db, 43);
		expect(lineVotes(totals, 'LS2024', lines[0])).toBe(422087);
		expect(lineVotes(totals, 'LS2024', lines[1])).toBe(443055);
	});
});

/**
 * The booth map's side can be a 2027 bloc, as on the seat map. Booth rows keep each election's own
 * party codes: in LS2014 Apna Dal (Anupriya Patel, who won Mirzapur for the NDA) is AD, whose
 * unified code is ADAL, and the BJP had no candidate there. NDA-2027's votes in a Mirzapur booth
 * are AD's (read here straight from booth_results), not zero.
 */
describe('a 2027 bloc on the booth map', () => {
	it('LS2014 Mirzapur (AC 396): NDA-2027 holds Apna Dal’s votes under its 2014 code AD', async () => {
		const meta = await loadMeta(db);
		expect(codes2027(meta, 'NDA-2027')).toEqual(expect.arrayContaining(['ADAL', 'AD', 'ADS']));
		expect(codes2027(meta, 'NDA')).toBeNull();
		const side = resolveSide(meta, 'LS2014', 'NDA-2027');
		expect(side.label).toBe('NDA-2027 (BJP + ADAL + RLD + SBSP + NINSHAD)');
		const booths = await loadAcBooths(db, 'LS2014', 396, side, DEFAULT_CLASS_RULES);
		const raw = await db.query<{ part_no: number; votes: number }>(
			`SELECT part_no, sum(votes)::INTEGER AS votes FROM booth_results
			 WHERE election_id = 'LS2014' AND ac_no = 396 AND party IN ('AD', 'BJP', 'RLD', 'SBSP')
			 GROUP BY 1`
		);
		const byPart = new Map(raw.map((r) => [r.part_no, r.votes]));
		expect(booths.length).toBeGreaterThan(300);
		for (const b of booths)
			expect(b.ours_votes, `booth ${b.part_no}`).toBe(byPart.get(b.part_no) ?? 0);
		const total = booths.reduce((a, b) => a + b.ours_votes, 0);
		expect(total).toBe(101049);
	});

	it('a booth slide offers the 2027 blocs and the election’s alliances, each resolved and coloured as the booth view does', async () => {
		const meta = await loadMeta(db);
		const ids = slideSides(meta, 'AE2017').map((s) => s.party);
		expect(ids).toEqual(
			expect.arrayContaining(['SP', 'BJP', 'INDIA-2027', 'NDA-2027', 'BSP-2027'])
		);
		expect(alliancesOf(meta, 'AE2017').size).toBeGreaterThan(0);
		for (const a of alliancesOf(meta, 'AE2017').keys()) expect(ids).toContain(a);
		// a slide that names no election: the parties and the 2027 blocs
		expect(slideSides(meta, null).map((s) => s.party)).toEqual([
			'SP',
			'BJP',
			'BSP',
			'INC',
			'INDIA-2027',
			'NDA-2027',
			'BSP-2027'
		]);
		expect(resolveSide(meta, 'AE2017', 'INDIA-2027').parties).toEqual(
			expect.arrayContaining(['SP', 'INC'])
		);
		// INDIA-2027 in SP's colour on the slide, as on the booth map; an unknown id would be grey
		const coloured = { ...meta, ...withBlocs(meta, 'AE2017') };
		expect(coloured.partyColour('INDIA-2027')).toBe(meta.partyColour('SP'));
		expect(meta.partyColour('INDIA-2027')).not.toBe(meta.partyColour('SP'));
	});
});
