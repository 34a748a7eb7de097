/**
 * The winnability numbers for Kanpur on real data, checked against sums of the official results
 * computed here independently (plain SQL over the results table), and the LS2024 backtest row for
 * Kanpur against the declared result (Awasthi 4,43,055; Misra 4,22,087).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/db.ts';
import type { AllianceRow } from '../../src/lib/model/types.ts';
import { queries, run } from '../../src/lib/sql/index.ts';
import { backtest, projectSegments } from '../../src/lib/winnability/compute.ts';
import { loadPcBaselines, loadSeatBaselines } from '../../src/lib/winnability/data.ts';
import { DEFAULT_WHATIF, scenarioFor } from '../../src/lib/winnability/settings.ts';
import { openDb } from './helpers.ts';

let db: Db;
let alliances: AllianceRow[];
beforeAll(async () => {
	db = await openDb();
	alliances = await run<AllianceRow, never>(db, queries.alliances, {});
});
afterAll(() => db.close());

const sumOf = async (election: string, parties: string[], where: string) => {
	const [r] = await db.query<{ v: number }>(
		`SELECT sum(votes)::INTEGER AS v FROM results WHERE election_id = $1 AND ${where} AND list_contains(string_split($2, ','), party)`,
		[election, parties.join(',')]
	);
	return r.v ?? 0;
};

describe('Kanpur, INDIA 2024 on the AE2022 baseline', () => {
	it('the seat margin is SP + INC against NDA-2024 parties, summed over the five segments', async () => {
		const scenario = scenarioFor(DEFAULT_WHATIF, alliances, (ps) => ps);
		const seg = projectSegments(await loadSeatBaselines(db, 43), DEFAULT_WHATIF.base, scenario);
		const ours = await sumOf('AE2022', ['SP', 'INC', 'AITC'], "level = 'AC' AND pc_no = 43");
		const nda = await sumOf(
			'AE2022',
			['BJP', 'RLD', 'ADAL', 'SBSP'],
			"level = 'AC' AND pc_no = 43"
		);
		expect(seg.segments).toHaveLength(5);
		expect(seg.seat!.ours).toBeCloseTo(ours, 6);
		expect(seg.seat!.leaderVotes).toBeCloseTo(nda, 6);
		expect(seg.seat!.leader).toBe('NDA');
		// Sishamau (213): SP 79,163 + INC 5,616 against BJP 66,897 (ECI 2022).
		const sishamau = seg.segments.find((s) => s.ac_no === 213)!.projection;
		expect(sishamau.ours).toBeCloseTo(79163 + 5616, 6);
		expect(sishamau.winning).toBe(true);
	});

	it('backtest: Kanpur 2024 declared INDIA (INC) 4,22,087 against NDA (BJP) 4,43,055', async () => {
		const scenario = scenarioFor(DEFAULT_WHATIF, alliances, (ps) => ps);
		const [base2022, actual] = await Promise.all([
			loadPcBaselines(db, 'AE2022'),
			loadPcBaselines(db, 'LS2024')
		]);
		const bases = new Map([...base2022].map(([pc, b]) => [pc, new Map([['AE2022' as const, b]])]));
		const r = backtest(bases, actual, { AE2022: 1 }, scenario);
		expect(r.rows).toHaveLength(80);
		const kanpur = r.rows.find((x) => x.pc_no === 43)!;
		expect(kanpur.actual.ours).toBe(422087);
		expect(kanpur.actual.leaderVotes).toBe(443055);
		expect(kanpur.actualWinner).toBe('NDA');
		expect(r.correct).toBe(r.rows.filter((x) => x.predictedWinner === x.actualWinner).length);
	});
});
