/**
 * Maps speak in blocs (issue 13 §2): a unit's share of a bloc adds up its parties' votes, for an
 * election's own alliance (INDIA in LS2024) and for a 2027 bloc asked for as loadUnitResults asks
 * (INDIA-2027 → SP+INC). Kanpur 2024 (ECI): Congress's Alok Misra 4,22,087 for INDIA, no SP
 * candidate, so Kanpur read as "SP 0%" before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/db.ts';
import { loadUnitResults } from '../../src/lib/data/results.ts';
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
