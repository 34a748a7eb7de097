/**
 * Which booth numbering an organisation file is checked against (numberings.ts): every election
 * with booth rows for the seat's ACs, newest first, from the real booth_coverage of the pipeline's
 * output; and the page's answers in that numbering for any number of ACs, from one read.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/lib/db/db.ts';
import { askBoothNumbers, boothNumberings } from '../../../src/lib/import/numberings.ts';
import type { ElectionId } from '../../../src/lib/model/types.ts';
import { queries, run } from '../../../src/lib/sql/index.ts';
import { openDb } from '../../sql/helpers.ts';

let db: Db;
beforeAll(async () => {
	db = await openDb();
});
afterAll(() => db.close());

/** The coverage rows WinnabilityView loads for a seat's ACs. */
const coverageOf = async (acs: number[]) =>
	(
		await Promise.all(
			acs.map((ac) =>
				run<{ election_id: ElectionId; ac_no: number; booths: number }, 'ac_no'>(
					db,
					queries.boothCoverage,
					{ ac_no: ac }
				)
			)
		)
	).flat();

describe('boothNumberings', () => {
	it('offers Kanpur both elections with booth results, newest (AE2017) first', async () => {
		expect(boothNumberings(await coverageOf([212, 213, 214, 215, 216]))).toEqual([
			'AE2017',
			'LS2014'
		]);
	});

	it('offers an AC with booth results only for 2014 just LS2014', async () => {
		// 402 Obra: its 2017 Form 20 prints #REF! in every vote cell (form20-ae2017-exceptions.json)
		expect(boothNumberings(await coverageOf([402]))).toEqual(['LS2014']);
		expect(boothNumberings(await coverageOf([1, 2, 3, 4, 5]))).toEqual(['AE2017', 'LS2014']);
	});

	it('orders by election date, not by the order of the rows, and skips elections with no booths', () => {
		expect(
			boothNumberings([
				{ election_id: 'LS2014', booths: 10 },
				{ election_id: 'LS2024', booths: 0 },
				{ election_id: 'AE2022', booths: 3 },
				{ election_id: 'AE2017', booths: 5 },
				{ election_id: 'LS2014', booths: 7 }
			])
		).toEqual(['AE2022', 'AE2017', 'LS2014']);
		expect(boothNumberings([])).toEqual([]);
	});
});

describe('askBoothNumbers', () => {
	it("answers every AC of the state, from one read of the numbering's booth numbers", async () => {
		const spy = { boothNumbers: vi.fn((e: string) => db.boothNumbers(e)) };
		const ask = askBoothNumbers(spy, 'LS2014');
		const all = Array.from({ length: 403 }, (_, i) => i + 1);
		const first = await ask(all.slice(0, 61));
		const rest = await ask(all.slice(61));
		expect(spy.boothNumbers).toHaveBeenCalledTimes(1);
		const answers = [...first, ...rest];
		expect(answers.map((a) => a.ac)).toEqual(all);
		expect(answers.every((a) => a.parts && a.parts.length > 0)).toBe(true);
		// Sishamau: 252 booths in 2014, numbered 1 to 252
		expect(answers[212].parts).toEqual(Array.from({ length: 252 }, (_, i) => i + 1));
	});

	it('answers null for an AC with no booths in that numbering', async () => {
		const answers = await askBoothNumbers(db, 'AE2017')([402, 213]);
		expect(answers[0]).toEqual({ ac: 402, parts: null });
		expect(answers[1].parts).toHaveLength(253);
	});
});
