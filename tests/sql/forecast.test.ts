/**
 * The forecast's backtests checked against the same model written here in plain SQL over
 * static/data (results, parties, alliances, acs), independently of src/lib/model/forecast: the
 * baseline blended from the latest assembly election and the latest Lok Sabha segments before the
 * target (where an alliance fielded one candidate for several of its parties, that candidate's
 * votes shared among them by each one's own share in the unit in the latest earlier election in
 * which they stood apart), the target's alliances as blocs (a partner's votes at the transfer rate, the rest to the
 * other contenders in proportion), a uniform swing to the state-wide shares iterated until they
 * are met despite cuts at 0, and each contest's winner decided on candidates. The SQL's own
 * answers are pinned too, so that a change in the data shows here; the actual seat counts are the
 * official ones (ECI: 2017 SP 47 + INC 7; 2022 SP 111 + RLD 8 + SBSP 6; 2024 SP 37 + INC 6).
 * Also: `npm run forecast` reproduces the committed defaults.json and backtests.json exactly.
 *
 * `npm run forecast`'s computation runs once, first, and its backtester (the history it loaded
 * from static/data, and the runs it keeps) is the app side of the backtests below (issue 16: it
 * was loaded and run a second time).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/db.ts';
import { type Backtester, backtestDef } from '../../src/lib/model/forecast/backtest.ts';
import defaults from '../../src/lib/model/forecast/defaults.json' with { type: 'json' };
import type { ModelSettings } from '../../src/lib/model/forecast/backtest.ts';
import { computeForecastFiles } from '../../scripts/forecast/compute.ts';
import { DATA_DIR, openDb } from './helpers.ts';

let db: Db;
let files: Awaited<ReturnType<typeof computeForecastFiles>>;
let bt: Backtester;
const settings = defaults.settings as ModelSettings;
// the whole of npm run forecast: about 30 s idle, several times that on a busy machine (the
// config's hookTimeout is the net for a hung one)
beforeAll(async () => {
	db = await openDb();
	files = await computeForecastFiles(DATA_DIR);
	bt = files.backtester;
});
afterAll(() => db.close());

interface Case {
	target: string;
	ae: string;
	ls: string;
	/** blocs of the target: its alliances, plus the NISHAD Party in the 2024 NDA */
	extra: string;
	ours: string;
}
const CASES: Case[] = [
	{ target: 'AE2017', ae: 'AE2012', ls: 'LS2014', extra: '', ours: 'SP+INC' },
	{ target: 'AE2022', ae: 'AE2017', ls: 'LS2019', extra: '', ours: 'SP+' },
	{ target: 'LS2024', ae: 'AE2022', ls: 'LS2019', extra: "('NDA', 'NINSHAD')", ours: 'INDIA' }
];

/** The backtest in SQL; `known`: the actual state-wide shares given, else the baseline's. */
async function sqlBacktest(c: Case, known: boolean) {
	const { AE: wAE, LS: wLS } = settings.weights;
	const rate = settings.transfer;
	const ls = c.target.startsWith('LS');
	const steps = [
		`CREATE OR REPLACE TEMP TABLE fc_code AS SELECT party, coalesce(same_as, party) AS code FROM parties`,
		// every election's AC-level units (assembly results; Lok Sabha results by segment), its
		// place in time, each party's share of each unit, and the alliances under party codes
		`CREATE OR REPLACE TEMP TABLE fc_raw AS
		SELECT r.election_id, r.ac_no, c.code AS party, sum(r.votes)::DOUBLE AS votes
		FROM results r JOIN fc_code c USING (party)
		WHERE r.level = CASE WHEN r.election_id LIKE 'AE%' THEN 'AC' ELSE 'SEG' END
		GROUP BY ALL`,
		`CREATE OR REPLACE TEMP TABLE fc_order AS
		SELECT election_id, row_number() OVER (ORDER BY substr(election_id, 3)::INTEGER, election_id) AS i
		FROM (SELECT DISTINCT election_id FROM fc_raw)`,
		`CREATE OR REPLACE TEMP TABLE fc_share AS
		SELECT election_id, ac_no, party, votes, votes / sum(votes) OVER (PARTITION BY election_id, ac_no) AS share
		FROM fc_raw`,
		`CREATE OR REPLACE TEMP TABLE fc_alli AS
		SELECT DISTINCT a.election_id, a.alliance, c.code AS party FROM alliances a JOIN fc_code c USING (party)`,
		// seat-sharing: an alliance's reference is the latest earlier election in which no two of
		// its parties were allied
		`CREATE OR REPLACE TEMP TABLE fc_ref AS
		SELECT a.election_id, a.alliance, max(o.i) AS ref_i
		FROM (SELECT DISTINCT election_id, alliance FROM fc_alli) a
		JOIN fc_order e USING (election_id) JOIN fc_order o ON o.i < e.i
		WHERE NOT EXISTS (
			SELECT 1 FROM fc_alli x JOIN fc_alli m ON m.party = x.party
			WHERE x.election_id = o.election_id AND m.election_id = a.election_id AND m.alliance = a.alliance
			GROUP BY x.alliance HAVING count(*) >= 2
		)
		GROUP BY ALL`,
		// in a unit where some party of an alliance had no candidate, the alliance's votes are
		// shared among its parties by each one's own share in that unit in the reference election,
		// or in the latest election before it in which it had votes there (0 if none)
		`CREATE OR REPLACE TEMP TABLE fc_v AS
		WITH m AS (
			SELECT a.election_id, a.alliance, a.party, u.ac_no, r.ref_i, coalesce(v.votes, 0) AS votes
			FROM fc_alli a JOIN fc_ref r USING (election_id, alliance)
			JOIN (SELECT DISTINCT election_id, ac_no FROM fc_raw) u USING (election_id)
			LEFT JOIN fc_raw v ON v.election_id = a.election_id AND v.ac_no = u.ac_no AND v.party = a.party
			WHERE a.election_id IN ('${c.ae}', '${c.ls}')
		),
		own AS (
			SELECT m.*, coalesce((
				SELECT arg_max(s.share, o.i) FROM fc_share s JOIN fc_order o USING (election_id)
				WHERE s.ac_no = m.ac_no AND s.party = m.party AND o.i <= m.ref_i AND s.votes > 0
			), 0) AS own
			FROM m
		),
		g AS (
			SELECT *, sum(votes) OVER w AS pooled, min(votes) OVER w AS least, sum(own) OVER w AS own_sum
			FROM own WINDOW w AS (PARTITION BY election_id, alliance, ac_no)
		),
		moved AS (
			SELECT election_id, ac_no, party, pooled * own / own_sum AS votes
			FROM g WHERE pooled > 0 AND least <= 0 AND own_sum > 0
		)
		SELECT r.election_id, r.ac_no, r.party, r.votes FROM fc_raw r
		WHERE r.election_id IN ('${c.ae}', '${c.ls}') AND NOT EXISTS (
			SELECT 1 FROM moved x WHERE x.election_id = r.election_id AND x.ac_no = r.ac_no AND x.party = r.party
		)
		UNION ALL SELECT * FROM moved WHERE votes > 0`,
		// each AC's votes in the two baseline elections, blended: shares averaged by weight
		`CREATE OR REPLACE TEMP TABLE fc_unit AS
		WITH v AS (SELECT * FROM fc_v),
		t AS (SELECT election_id, ac_no, sum(votes) AS total FROM v GROUP BY ALL),
		w AS (SELECT * FROM (VALUES ('${c.ae}', ${wAE}::DOUBLE), ('${c.ls}', ${wLS}::DOUBLE)) w(election_id, w)),
		tot AS (SELECT ac_no, sum(w * total) / sum(w) AS total FROM t JOIN w USING (election_id) GROUP BY ac_no)
		SELECT v.ac_no, v.party, any_value(tot.total) AS total,
			sum(w.w * v.votes / t.total) / ${wAE + wLS} * any_value(tot.total) AS votes
		FROM v JOIN t USING (election_id, ac_no) JOIN w USING (election_id) JOIN tot USING (ac_no)
		GROUP BY v.ac_no, v.party`,
		`CREATE OR REPLACE TEMP TABLE fc_bloc AS
		SELECT DISTINCT a.alliance AS bloc, c.code AS party FROM alliances a JOIN fc_code c USING (party)
		WHERE a.election_id = '${c.target}'
		${c.extra ? `UNION SELECT * FROM (VALUES ${c.extra})` : ''}`,
		// a party outside the blocs stands alone with 0.5% state-wide or 10% of some AC
		`CREATE OR REPLACE TEMP TABLE fc_entity_of AS
		WITH s AS (
			SELECT party, sum(votes) / (SELECT sum(total) FROM (SELECT DISTINCT ac_no, total FROM fc_unit)) AS state,
				max(votes / total) AS top
			FROM fc_unit GROUP BY party
		)
		SELECT s.party, CASE WHEN b.bloc IS NOT NULL THEN b.bloc WHEN s.party = 'NOTA' THEN 'NOTA'
			WHEN s.state >= 0.005 OR s.top >= 0.1 THEN s.party ELSE 'OTH' END AS entity
		FROM s LEFT JOIN fc_bloc b USING (party)
		UNION SELECT party, bloc FROM fc_bloc`,
		`CREATE OR REPLACE TEMP TABLE fc_entity AS
		SELECT DISTINCT entity, entity <> 'NOTA' AS can_lead, entity IN (SELECT bloc FROM fc_bloc) AS is_bloc
		FROM (SELECT entity FROM fc_entity_of UNION SELECT 'OTH' UNION SELECT 'NOTA')`,
		// regroup: a bloc's biggest member counts fully, partners at the transfer rate; the rest
		// leaks to every other contender but NOTA in proportion to its votes
		`CREATE OR REPLACE TEMP TABLE fc_pre AS
		WITH m AS (
			SELECT u.ac_no, b.bloc, u.party, u.votes FROM fc_unit u JOIN fc_bloc b USING (party)
		),
		lead AS (SELECT ac_no, bloc, arg_max(party, votes) AS lead FROM m GROUP BY ALL),
		blocs AS (
			SELECT ac_no, bloc AS entity,
				sum(CASE WHEN party = lead THEN votes ELSE ${rate} * votes END) AS votes,
				sum(CASE WHEN party = lead THEN 0 ELSE ${1 - rate} * votes END) AS leak
			FROM m JOIN lead USING (ac_no, bloc) GROUP BY ALL
		),
		singles AS (
			SELECT u.ac_no, e.entity, sum(u.votes) AS votes, 0 AS leak
			FROM fc_unit u JOIN fc_entity_of e USING (party)
			WHERE e.entity NOT IN (SELECT bloc FROM fc_bloc) GROUP BY ALL
		),
		grid AS (
			SELECT DISTINCT u.ac_no, u.total, e.entity, e.can_lead FROM fc_unit u CROSS JOIN fc_entity e
		)
		SELECT g.ac_no, g.total, g.entity, g.can_lead, coalesce(x.votes, 0) AS votes, coalesce(x.leak, 0) AS leak
		FROM grid g LEFT JOIN (SELECT * FROM blocs UNION ALL SELECT * FROM singles) x USING (ac_no, entity)`,
		`CREATE OR REPLACE TEMP TABLE fc_base AS
		WITH pool AS (SELECT ac_no, sum(votes) FILTER (WHERE can_lead) AS pool FROM fc_pre GROUP BY ac_no)
		SELECT j.ac_no, j.total, j.entity, j.can_lead,
			j.votes
			+ coalesce((SELECT sum(CASE WHEN p.pool - b.votes > 0 THEN b.leak * j.votes / (p.pool - b.votes) ELSE 0 END)
				FROM fc_pre b JOIN pool p USING (ac_no)
				WHERE b.ac_no = j.ac_no AND b.leak > 0 AND b.entity <> j.entity AND j.can_lead), 0)
			+ CASE WHEN j.leak > 0 AND (SELECT p.pool FROM pool p WHERE p.ac_no = j.ac_no) - j.votes <= 0 THEN j.leak ELSE 0 END
			AS votes
		FROM fc_pre j`,
		// the declared contests: each party's total and best candidate, under the entities
		`CREATE OR REPLACE TEMP TABLE fc_actual AS
		WITH r AS (
			SELECT ${ls ? 'r.pc_no' : 'r.ac_no'} AS contest, c.code AS party, sum(r.votes)::DOUBLE AS votes,
				max(r.votes)::DOUBLE AS top
			FROM results r JOIN fc_code c USING (party)
			WHERE r.election_id = '${c.target}' AND r.level = '${ls ? 'PC' : 'AC'}' GROUP BY ALL
		)
		SELECT r.contest, coalesce(e.entity, 'OTH') AS entity, sum(r.votes) AS votes, max(r.top) AS best,
			sum(sum(r.votes)) OVER (PARTITION BY r.contest) AS total
		FROM r LEFT JOIN fc_entity_of e USING (party) GROUP BY 1, 2`,
		`CREATE OR REPLACE TEMP TABLE fc_target AS
		SELECT e.entity, ${
			known
				? `coalesce((SELECT sum(votes) FROM fc_actual a WHERE a.entity = e.entity), 0) / (SELECT sum(votes) FROM fc_actual)`
				: `(SELECT sum(votes) FROM fc_base b WHERE b.entity = e.entity) / (SELECT sum(total) FROM (SELECT DISTINCT ac_no, total FROM fc_base))`
		} AS target FROM fc_entity e`,
		// uniform swing: shares + delta, cut at 0, renormalised; delta corrected until met
		`CREATE OR REPLACE TEMP TABLE fc_delta AS
		WITH RECURSIVE d(it, entity, delta) AS (
			SELECT 0, t.entity, t.target - (SELECT sum(votes) FROM fc_base b WHERE b.entity = t.entity)
				/ (SELECT sum(total) FROM (SELECT DISTINCT ac_no, total FROM fc_base))
			FROM fc_target t
			UNION ALL
			SELECT it + 1, entity, delta + target - achieved FROM (
				SELECT d.it, d.entity, d.delta, t.target, sum(s.sh * s.total) / sum(s.total) AS achieved
				FROM d JOIN fc_target t USING (entity) JOIN (
					SELECT d2.it, b.ac_no, b.total, b.entity,
						greatest(0, b.votes / b.total + d2.delta)
						/ sum(greatest(0, b.votes / b.total + d2.delta)) OVER (PARTITION BY d2.it, b.ac_no) AS sh
					FROM fc_base b JOIN d d2 USING (entity)
				) s ON s.it = d.it AND s.entity = d.entity
				GROUP BY ALL
			) WHERE it < 100
		)
		SELECT entity, delta FROM d WHERE it = (SELECT max(it) FROM d)`,
		`CREATE OR REPLACE TEMP TABLE fc_proj AS
		WITH s AS (
			SELECT b.ac_no, b.total, b.entity, b.can_lead,
				greatest(0, b.votes / b.total + d.delta)
				/ sum(greatest(0, b.votes / b.total + d.delta)) OVER (PARTITION BY b.ac_no) AS sh
			FROM fc_base b JOIN fc_delta d USING (entity)
		)
		SELECT ${ls ? 'a.pc_no' : 's.ac_no'} AS contest, s.entity, any_value(s.can_lead) AS can_lead,
			sum(s.sh * s.total) / sum(s.total) AS sh
		FROM s ${ls ? 'JOIN acs a USING (ac_no)' : ''} GROUP BY ALL`
	];
	for (const sql of steps)
		await db.query(sql).catch((e) => {
			throw new Error(`${(e as Error).message} in\n${sql}`);
		});
	const [r] = await db.query<{
		n: number;
		right: number;
		mean: number;
		median: number;
		seats: number;
		actual: number;
	}>(
		`WITH p AS (
			SELECT contest, arg_max(entity, sh) FILTER (WHERE can_lead) AS winner,
				100 * (max(sh) FILTER (WHERE entity = '${c.ours}') - max(sh) FILTER (WHERE can_lead AND entity <> '${c.ours}')) AS margin
			FROM fc_proj GROUP BY contest
		),
		a AS (
			SELECT contest, arg_max(entity, best) FILTER (WHERE entity <> 'NOTA') AS winner,
				100 * (coalesce(max(best / total) FILTER (WHERE entity = '${c.ours}'), 0)
					- max(best / total) FILTER (WHERE entity NOT IN ('NOTA', '${c.ours}'))) AS margin
			FROM fc_actual GROUP BY contest
		)
		SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE p.winner = a.winner)::INTEGER AS right,
			avg(abs(p.margin - a.margin)) AS mean, median(abs(p.margin - a.margin)) AS median,
			count(*) FILTER (WHERE p.winner = '${c.ours}')::INTEGER AS seats,
			count(*) FILTER (WHERE a.winner = '${c.ours}')::INTEGER AS actual
		FROM p JOIN a USING (contest)`
	);
	return r;
}

/** The SQL's answers, pinned (computed by the SQL above on the committed static/data). */
const PINNED: Record<string, Record<'baseline' | 'actual', [number, number, number, number]>> = {
	// winners right, mean and median margin error (pts), our seats projected
	AE2017: { baseline: [295, 11.8704, 8.8533, 103], actual: [329, 9.4654, 7.4745, 48] },
	AE2022: { baseline: [294, 19.0248, 17.6586, 20], actual: [326, 6.8329, 4.8645, 115] },
	LS2024: { baseline: [38, 23.0349, 23.2472, 2], actual: [64, 5.3796, 4.2021, 43] }
};
const OFFICIAL_SEATS: Record<string, number> = { AE2017: 54, AE2022: 125, LS2024: 43 };

describe('the default settings are those the SQL below implements', () => {
	it("uniform swing, seat-sharing candidates' votes shared out by own earlier shares (else this SQL must follow the new choice)", () => {
		expect(settings.method).toBe('uniform');
		expect(settings.split).toBe('own');
	});
});

describe.each(CASES)('backtest $target from $ae and $ls', (c) => {
	for (const variant of ['baseline', 'actual'] as const)
		it(`${variant === 'actual' ? 'actual state-wide shares given' : 'no knowledge'}: the app's numbers equal the SQL's`, async () => {
			const sql = await sqlBacktest(c, variant === 'actual');
			const [right, mean, median, seats] = PINNED[c.target][variant];
			expect(sql.n).toBe(c.target === 'LS2024' ? 80 : 403);
			expect(sql.actual).toBe(OFFICIAL_SEATS[c.target]);
			expect(sql.right).toBe(right);
			expect(sql.mean).toBeCloseTo(mean, 3);
			expect(sql.median).toBeCloseTo(median, 3);
			expect(sql.seats).toBe(seats);
			const def = backtestDef(bt.h, c.target);
			const app = bt.run(def, settings, { variant, sims: 0, seed: 0 });
			expect(app.baseline).toEqual({ [c.ae]: settings.weights.AE, [c.ls]: settings.weights.LS });
			expect(app.ours).toBe(c.ours);
			expect(app.score.contests).toBe(sql.n);
			expect(app.score.winnersRight).toBe(sql.right);
			expect(app.score.meanAbsError).toBeCloseTo(sql.mean, 6);
			expect(app.score.medianAbsError).toBeCloseTo(sql.median, 6);
			expect(app.score.seats.projected).toBe(sql.seats);
			expect(app.score.seats.actual).toBe(sql.actual);
		});
});

describe('npm run forecast', () => {
	it('reproduces the committed defaults.json and static/forecast/backtests.json', () => {
		const { defaults: d, backtests } = files;
		expect(JSON.parse(JSON.stringify(d))).toEqual(defaults);
		const committed: unknown = JSON.parse(
			readFileSync(new URL('../../static/forecast/backtests.json', import.meta.url), 'utf8')
		);
		expect(JSON.parse(JSON.stringify(backtests))).toEqual(committed);
	});
});
