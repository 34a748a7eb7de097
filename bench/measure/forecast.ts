/**
 * Rows 11 and 12: the 2027 forecast engine (src/lib/model/forecast) in Node, and its backtests.
 *
 * 11. One move of a state-wide share (SP's, alternating 34/36/38/40%): the scenario prepared over
 *     the 403 ACs' blended 2027 baselines (AE2022 ×w + LS2024 segments ×w, defaults.json), the move
 *     applied to the ACs and (into one reused array) to every booth of UP (each AC's newest booth results: AE2017 in
 *     Kanpur's five ACs, LS2014 elsewhere, moved to the AC's blended baseline and compiled once),
 *     winners and margins of all of them; then 1,000 simulated elections of the 403 ACs with the
 *     committed spreads (runForecast). Medians of repeated runs in this process, after a warm-up.
 * 12. Every backtest, with and without the actual state-wide shares, recomputed by
 *     `npm run forecast`'s code (scripts/forecast/compute.ts) from static/data, against the issue's
 *     aims; the full report follows the table.
 */
import { createNodeDb } from '../../src/lib/db/duckdb-node.ts';
import { shiftUnits } from '../../src/lib/model/forecast/baseline.ts';
import type { ModelSettings } from '../../src/lib/model/forecast/backtest.ts';
import defaults from '../../src/lib/model/forecast/defaults.json' with { type: 'json' };
import { compile } from '../../src/lib/model/forecast/entities.ts';
import { runForecast } from '../../src/lib/model/forecast/index.ts';
import { applyMove, outcomes, prepareForecast } from '../../src/lib/model/forecast/project.ts';
import { reportRow } from '../../src/lib/model/forecast/report.ts';
import { BLOCS_2027, TARGET_2027 } from '../../src/lib/model/forecast/scenario-2027.ts';
import { apply } from '../../src/lib/model/forecast/swing.ts';
import type { ForecastScenario, UnitVotes } from '../../src/lib/model/forecast/types.ts';
import { computeForecastFiles } from '../../scripts/forecast/compute.ts';
import { check, type Row } from '../lib/report.ts';
import { ms, range, summarize } from '../lib/stats.ts';

const SHARES = [34, 36, 38, 40];

export async function forecastRows(dataDir: string, quick: boolean) {
	const started = performance.now();
	const files = await computeForecastFiles(dataDir);
	const backtestMs = performance.now() - started;
	const b = files.backtester;
	const settings = defaults.settings as ModelSettings;
	const { units, used } = b.baseline(TARGET_2027, settings);
	const y = defaults.y2027;
	const scenario = (sp: number): ForecastScenario => ({
		blocs: BLOCS_2027,
		method: y.method as ModelSettings['method'],
		transfer: y.transfer,
		matrix: y.matrix,
		shares: { SP: sp }
	});

	// every AC's newest booth results, moved to its blended baseline
	const db = await createNodeDb(dataDir);
	const rows = await db.query<{
		election_id: string;
		ac_no: number;
		part_no: number;
		party: string;
		votes: number;
	}>(
		`WITH newest AS (SELECT ac_no, max(election_id) FILTER (WHERE election_id LIKE 'AE%') AS ae FROM booth_results GROUP BY ac_no)
		SELECT r.election_id, r.ac_no, r.part_no, coalesce(p.same_as, r.party) AS party, sum(r.votes)::DOUBLE AS votes
		FROM booth_results r JOIN newest n USING (ac_no) LEFT JOIN parties p ON p.party = r.party
		WHERE r.election_id = coalesce(n.ae, 'LS2014')
		GROUP BY ALL ORDER BY r.ac_no, r.part_no`
	);
	await db.close();
	const byAc = new Map<number, { election: string; booths: Map<number, UnitVotes> }>();
	for (const r of rows) {
		let a = byAc.get(r.ac_no);
		if (!a) byAc.set(r.ac_no, (a = { election: r.election_id, booths: new Map() }));
		let u = a.booths.get(r.part_no);
		if (!u) a.booths.set(r.part_no, (u = { votes: {}, total: 0 }));
		u.votes[r.party] = (u.votes[r.party] ?? 0) + r.votes;
		u.total += r.votes;
	}
	const acIndex = new Map(b.h.acs.map((a, i) => [a.ac_no, i]));
	const booths: UnitVotes[] = [];
	let kanpurAe = 0;
	for (const [ac, a] of byAc) {
		const from = b.h.elections.get(a.election)!.units.get(ac)!;
		const to = units[acIndex.get(ac)!];
		booths.push(...shiftUnits([...a.booths.values()], from, to));
		if (a.election.startsWith('AE')) kanpurAe += a.booths.size;
	}
	const first = prepareForecast(units, scenario(SHARES[0]));
	const t0 = performance.now();
	const boothsC = compile(booths, first.entities, BLOCS_2027, y.transfer, { partyTotals: false });
	const compileMs = performance.now() - t0;

	// the booths' shares go into one reused array (22 MB: a new one per move is mostly garbage
	// collection), as a page keeping its booths would do
	const boothShares = new Float64Array(boothsC.n * boothsC.k);
	const move = (i: number) => {
		const f = prepareForecast(units, scenario(SHARES[i % SHARES.length]), {
			entities: first.entities
		});
		const acs = outcomes(f.state, applyMove(f));
		const bo = outcomes(boothsC, apply(boothsC, f.move, boothShares));
		return acs.winner[0] + bo.winner[0];
	};
	const moveTimes: number[] = [];
	for (let i = 0; i < (quick ? 11 : 31) + 3; i++) {
		const s = performance.now();
		move(i);
		if (i >= 3) moveTimes.push(performance.now() - s);
	}
	const region = b.district;
	const sim = () =>
		runForecast({
			units,
			scenario: scenario(36),
			region,
			regions: b.districts,
			sim: { sims: 1000, seed: y.seed, sd: y.spreads }
		});
	const simTimes: number[] = [];
	let lastSim = sim();
	for (let i = 0; i < (quick ? 3 : 7); i++) {
		const s = performance.now();
		lastSim = sim();
		simTimes.push(performance.now() - s);
	}
	const moves = summarize(moveTimes);
	const sims = summarize(simTimes);
	const out: Row[] = [
		{
			id: '11',
			name: `Forecast: SP share move → 403 ACs + ${booths.length.toLocaleString('en')} booths (Node)`,
			value: `${range(moves)}; booths compiled once ${ms(compileMs)}`,
			target: '≤ 100 ms',
			status: check(moves.median <= 100),
			data: { moves, compileMs, booths: booths.length, kanpurAe, baseline: used }
		},
		{
			id: '11',
			name: 'Forecast: 1,000 simulated elections, 403 ACs (Node)',
			value: `${range(sims)}; INDIA median ${lastSim.seats!.median} (${lastSim.seats!.lo}–${lastSim.seats!.hi}) at SP 36%`,
			target: '≤ 1 s',
			status: check(sims.median <= 1000),
			data: { sims, seats: { ...lastSim.seats, distribution: undefined } }
		}
	];
	for (const r of files.runs) {
		const x = reportRow(r);
		const aims: string[] = ['actual seats in the 80% range'];
		let ok = r.score.seats.inRange === true;
		if (r.target === 'AE2022' && r.variant === 'actual') {
			aims.unshift('≥ 85% winners, mean error < 6 pts');
			ok &&= r.score.winnersRight / r.score.contests >= 0.85 && r.score.meanAbsError < 6;
		}
		out.push({
			id: '12',
			name: `Backtest ${r.target}, shares ${r.variant === 'actual' ? 'given' : 'not known'}`,
			value: `${x.winners}; error ${x.error}; ${x.seats}; 60–80%: ${x.calibration}; Brier ${x.brier}`,
			target: aims.join('; '),
			status: check(ok),
			data: r.score
		});
	}
	return { rows: out, report: files.report, backtestMs };
}
