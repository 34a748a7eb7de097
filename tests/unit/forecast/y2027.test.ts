/**
 * The /2027/ page's model (src/lib/forecast/y2027.ts): the plan in the URL, the engine's input for
 * a plan, the numbers the page shows for the default plan against runForecast called here with the
 * settings read straight from defaults.json, the target list and its CSV. Over the shipped data
 * file (static/forecast/y2027.json; tests/sql/y2027.test.ts rebuilds it from static/data).
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { orgRow } from '../../helpers/org-row.ts';
import {
	behind2022,
	CSV_COLUMNS,
	defaultPlan,
	filterRows,
	forecastInput,
	NO_FILTER,
	parsePlan,
	serializePlan,
	summarize,
	targetCsv,
	targetRows,
	type TargetRow
} from '../../../src/lib/forecast/y2027.ts';
import { coverageOfAcs } from '../../../src/lib/model/contest/org.ts';
import { DEFAULT_SCORE } from '../../../src/lib/model/org-score.ts';
import defaults from '../../../src/lib/model/forecast/defaults.json' with { type: 'json' };
import { runForecast, type ForecastScenario } from '../../../src/lib/model/forecast/index.ts';
import { readY2027File } from '../../helpers/y2027-file.ts';

const file = readY2027File();
const y = defaults.y2027;

/** runForecast with every setting taken from defaults.json here, not through forecastInput. */
function engine(shares?: Record<string, number>) {
	const names = [...new Set(file.acs.map((a) => a.district))].sort();
	return runForecast({
		units: file.acs.map((a) => ({ votes: a.votes, total: a.total })),
		scenario: {
			blocs: y.blocs,
			ours: y.ours,
			method: y.method as ForecastScenario['method'],
			transfer: y.transfer,
			shares
		},
		region: Int32Array.from(file.acs.map((a) => names.indexOf(a.district))),
		regions: names.length,
		sim: {
			sims: y.sims,
			seed: y.seed,
			sd: { state: y.spreads.state, region: y.spreads.region, unit: y.spreads.unit }
		}
	});
}

describe('the plan in the URL', () => {
	it('leaves the default plan out of the URL entirely', () => {
		expect(serializePlan(defaultPlan()).toString()).toBe('');
		expect(parsePlan(new URLSearchParams('')).plan).toEqual(defaultPlan());
	});

	it('reads back what it writes: method, blocs with a partner rate, shares', () => {
		const plan = {
			method: 'proportional' as const,
			blocs: [
				{ id: 'INDIA', parties: ['SP', 'INC', 'BSP'], transfer: { INC: 0.8 } },
				{ id: 'NDA', parties: ['BJP', 'ADAL'] }
			],
			shares: { SP: 36.5, BJP: 40 }
		};
		const q = serializePlan(plan);
		expect(q.get('m')).toBe('proportional');
		expect(q.get('al')).toBe('INDIA:SP,INC*0.8,BSP;NDA:BJP,ADAL');
		expect(q.get('sh')).toBe('SP:36.5,BJP:40');
		const back = parsePlan(new URLSearchParams(q.toString()));
		expect(back.problems).toEqual([]);
		expect(back.plan).toEqual(plan);
	});

	it('names what it cannot read and keeps the default for it', () => {
		const r = parsePlan(new URLSearchParams('m=cube&al=INDIA:SP;NDA:SP&sh=SP:120'));
		expect(r.plan).toEqual(defaultPlan());
		expect(r.problems).toHaveLength(3);
		expect(r.problems[0]).toMatch(/^m=cube/);
		expect(r.problems[1]).toMatch(/^al=.*party "SP" of NDA/);
		expect(r.problems[2]).toMatch(/^sh=.*"SP:120"/);
	});
});

describe('the engine for a plan', () => {
	it('the default plan shows exactly runForecast with the defaults', () => {
		const page = summarize(runForecast(forecastInput(file, defaultPlan())));
		const r = engine();
		expect(page.seats.median).toBe(r.seats!.median);
		expect(page.seats.lo).toBe(r.seats!.lo);
		expect(page.seats.hi).toBe(r.seats!.hi);
		expect(page.seats.distribution).toEqual(r.seats!.distribution);
		expect(page.chance).toEqual(Array.from(r.chance!));
		expect(page.entities[page.ours]).toBe('INDIA');
		// the count is a real range: 403 contests, the median inside it
		expect(page.seats.lo).toBeLessThan(page.seats.median);
		expect(page.seats.median).toBeLessThan(page.seats.hi);
		expect(page.seats.distribution.reduce((a, b) => a + b, 0)).toBe(y.sims);
	});

	it('a party share moves its bloc by the same points, the rest shrink to fit', () => {
		const base = engine();
		const spBase =
			100 *
			(Object.values(file.acs).reduce((t, a) => t + (a.votes.SP ?? 0), 0) /
				file.acs.reduce((t, a) => t + a.total, 0));
		// SP two points above its baseline share
		const sp = Math.round(10 * (spBase + 2)) / 10;
		const input = forecastInput(file, { ...defaultPlan(), shares: { SP: sp } });
		expect(input.scenario.shares!.INDIA).toBeCloseTo(base.stateBase.INDIA + sp - spBase, 9);
		const moved = runForecast(input);
		expect(moved.stateTarget.INDIA).toBeCloseTo(input.scenario.shares!.INDIA, 6);
		// and the same as giving the engine INDIA's share itself
		const direct = engine({ INDIA: input.scenario.shares!.INDIA });
		expect(summarize(moved).seats).toEqual(summarize(direct).seats);
		expect(moved.seats!.median).toBeGreaterThan(base.seats!.median);
	});

	it('the same plan gives the same numbers (seeded)', () => {
		const plan = { ...defaultPlan(), method: 'transition' as const, shares: { BSP: 6 } };
		const a = summarize(runForecast(forecastInput(file, plan)));
		const b = summarize(runForecast(forecastInput(file, plan)));
		expect(a).toEqual(b);
	});
});

describe('the target list and its CSV', () => {
	const s = summarize(runForecast(forecastInput(file, defaultPlan())));
	const rows = targetRows(file, s);

	it('lists all 403 ACs once, best chance first; its projected winners add up to the count', () => {
		expect(rows).toHaveLength(403);
		expect(new Set(rows.map((r) => r.ac)).size).toBe(403);
		for (let i = 1; i < rows.length; i++)
			expect(rows[i].chance).toBeLessThanOrEqual(rows[i - 1].chance);
		expect(rows.filter((r) => r.winner === 'INDIA')).toHaveLength(s.projected);
	});

	it('marks as tipping the ACs ranked inside the 80% range', () => {
		const tipping = rows.filter((r) => r.tipping).map((r) => r.rank);
		const { lo, hi } = s.seats;
		const expected = rows
			.map((r) => r.rank)
			.filter((r) => (r > lo && r <= hi) || (r === 202 && lo < 202 && hi >= 202));
		expect(tipping).toEqual(expected);
	});

	it('writes every row with the columns, and says it is a projection', () => {
		const text = targetCsv(rows, defaultPlan(), s, file);
		const lines = text.split('\n');
		expect(lines[0]).toMatch(/projection, not a result/);
		expect(lines[2]).toContain(`median ${s.seats.median}, 80% range ${s.seats.lo}–${s.seats.hi}`);
		const table = csvParse(lines.slice(4).join('\n'));
		expect(table.columns).toEqual([...CSV_COLUMNS]);
		expect(table).toHaveLength(403);
		const first = table[0];
		expect(Number(first.ac_no)).toBe(rows[0].ac);
		expect(Number(first.chance_pct)).toBe(Math.round(100 * rows[0].chance));
		expect(first.winner_2022).toBe(rows[0].won2022);
	});
});

describe('organisation coverage, groups, presets and filters', () => {
	const s = summarize(runForecast(forecastInput(file, defaultPlan())));
	const row = orgRow;
	// Sishamau (213), numbered as in AE2017 where it has 4 booths (a made-up count for the test):
	// scores 100, 25 and 50 (the fourth booth has no row, 0); covered at 50 or more: 2 of 4.
	const org = {
		numbering: 'AE2017' as const,
		rows: [
			row(1, {
				president: true,
				bla2: true,
				committee_members: 10,
				panna_pramukh: 10,
				last_meeting: '2026-12-01'
			}),
			row(2, { president: true, bla2: false, committee_members: 0, panna_pramukh: 0 }),
			row(3, { president: true, bla2: true, committee_members: 0, panna_pramukh: 0 }),
			{ ...row(1, { president: true }), ac_no: 1 }
		]
	};
	const booths = [
		{ election_id: 'AE2017', ac_no: 213, booths: 4 },
		{ election_id: 'LS2014', ac_no: 213, booths: 9 },
		{ election_id: 'LS2014', ac_no: 1, booths: 300 }
	];
	const byAc = coverageOfAcs(org, booths, DEFAULT_SCORE, '2026-12-06');

	it('covers an AC’s booths in the file’s numbering; ACs numbered otherwise have none', () => {
		expect([...byAc.keys()]).toEqual([213]);
		expect(byAc.get(213)).toMatchObject({ booths: 4, covered: 2, coveredShare: 50 });
		// (100 + 25 + 50 + 0) / 4, with last_meeting supplied by one row only
		expect(byAc.get(213)!.meanScore).toBeCloseTo(43.75, 6);
	});

	it('puts the coverage and the organisation × margin group on the AC’s row, demo in the CSV', () => {
		const rows = targetRows(file, s, { demo: true, file: 'demo.csv', byAc });
		const r = rows.find((x) => x.ac === 213)!;
		expect(r.coverage).toBe(50);
		// mean score 43.75 is under the quadrant's 50: organise if we lead, long shot if we trail
		expect(r.group).toBe(r.margin >= 0 ? 'organise' : 'longshot');
		const other = rows.find((x) => x.ac === 1)!;
		expect(other.coverage).toBeNull();
		expect(['long', 'reach', 'tossup', 'lean', 'safe']).toContain(other.group);
		const lines = targetCsv(rows, defaultPlan(), s, file, { demo: true, file: 'demo.csv' }).split(
			'\n'
		);
		expect(lines[3]).toContain('DEMO data (demo.csv, invented)');
		const t = csvParse(lines.slice(4).join('\n'));
		const c = t.find((x) => x.ac_no === '213')!;
		expect([c.org_coverage_pct, c.org_data, c.group]).toEqual(['50', 'demo', r.group]);
		expect(t.find((x) => x.ac_no === '1')!.org_data).toBe('');
	});

	it('presets pick the rows a strategist means (hand-made rows, our side SP + INC)', () => {
		const base: TargetRow = {
			...targetRows(file, s)[0],
			tipping: false,
			chance: 0.5,
			margin: 0,
			won2022: null,
			led2024: null
		};
		const r = (ac: number, x: Partial<TargetRow>): TargetRow => ({ ...base, ac, ...x });
		const rows = [
			r(1, { won2022: 'SP', chance: 0.55, margin: -1 }), // held, at risk; tossup
			r(2, { won2022: 'SP', chance: 0.95, margin: 12 }), // held, safe
			r(3, { won2022: 'BJP', chance: 0.3, margin: -4.9, led2024: 'INC' }), // gain within 5
			r(4, { won2022: 'BJP', chance: 0.05, margin: -5.1, led2024: 'SP' }), // beyond 5
			r(5, { won2022: 'BSP', chance: 0.7, margin: 3, tipping: true }) // projected gain
		];
		const pick = (preset: typeof NO_FILTER.preset) =>
			filterRows(rows, { ...NO_FILTER, preset }, defaultPlan()).map((x) => x.ac);
		expect(pick('holdRisk')).toEqual([1]);
		expect(pick('gains5')).toEqual([3, 5]);
		expect(pick('won2022')).toEqual([1, 2]);
		expect(pick('led24lost22')).toEqual([3, 4]);
		expect(pick('tossup')).toEqual([1]);
		expect(pick('tipping')).toEqual([5]);
		expect(pick('')).toEqual([1, 2, 3, 4, 5]);
	});

	it('"seats we lost by under 5 pts": our parties’ 2022 shares against the winner’s, on AE2022 as declared', () => {
		// ECI, AE2022: Dhampur (20) BJP Ashok Kumar Rana 81,791, SP Naim Ul Hasan 81,588 (lost by
		// 203), INC 790, of 2,05,067 valid votes; Bilaspur (36) BJP Baldev Singh Aulakh 1,01,998,
		// SP Amarjeet Singh 1,01,691 (lost by 307), INC Sanjay Kapoor 9,814, of 2,36,259.
		const rows = targetRows(file, s);
		const row = (ac: number) => rows.find((x) => x.ac === ac)!;
		const sp = new Set(['SP']);
		const spInc = new Set(['SP', 'INC']);
		expect(behind2022(row(20), sp)).toBeCloseTo((100 * (81791 - 81588)) / 205067, 2);
		expect(behind2022(row(20), spInc)).toBeCloseTo((100 * (81791 - 81588 - 790)) / 205067, 2);
		// SP and Congress stood apart in Bilaspur: added up, they out-polled the BJP by 9,507
		expect(behind2022(row(36), spInc)).toBeCloseTo((100 * (101998 - 101691 - 9814)) / 236259, 2);
		// Arya Nagar (214, Kanpur) was SP's in 2022: not a seat we lost
		expect(behind2022(row(214), spInc)).toBeNull();
		const lost5 = filterRows(rows, { ...NO_FILTER, preset: 'lost5' }, defaultPlan());
		const ids = lost5.map((x) => x.ac);
		expect(ids).toEqual(expect.arrayContaining([20, 36]));
		expect(ids).not.toContain(214);
		// every row it lists: another party's win, less than 5 pts ahead of SP + INC
		for (const x of lost5) {
			expect(['SP', 'INC']).not.toContain(x.won2022);
			expect(x.winShare2022! - (x.share2022!.SP ?? 0) - (x.share2022!.INC ?? 0)).toBeLessThan(5);
		}
		// and none it leaves out is such a seat
		const left = rows.filter((x) => !ids.includes(x.ac));
		expect(left.filter((x) => (behind2022(x, spInc) ?? 99) < 5)).toEqual([]);
		expect(lost5.length).toBeGreaterThan(40);
		expect(lost5.length).toBeLessThan(150);
	});

	it('filters by district and Lok Sabha seat: Kanpur Nagar’s ACs of seat 43 are its five', () => {
		const rows = targetRows(file, s);
		const kanpur = filterRows(rows, { ...NO_FILTER, pc: '43' }, defaultPlan());
		expect(kanpur.map((x) => x.name).sort()).toEqual(
			['Arya Nagar', 'Govindnagar', 'Kanpur Cantt.', 'Kidwai Nagar', 'Sishamau'].sort()
		);
		const d = filterRows(rows, { ...NO_FILTER, district: 'Kanpur Nagar' }, defaultPlan());
		expect(d.length).toBeGreaterThan(5);
		expect(d.every((x) => x.district === 'Kanpur Nagar')).toBe(true);
	});
});
