/**
 * The Vidhan Sabha 2027 target page's model, pure: the data file (static/forecast/y2027.json,
 * npm run forecast:2027), the strategist's plan (swing method, blocs with transfer rates, edited
 * state-wide party shares) and its URL form, the engine's input for a plan, the summary a worker
 * posts back, and the target list with its CSV. The page (Target2027.svelte) and its worker
 * (y2027.worker.ts) call these; so do the tests.
 *
 *   const plan = parsePlan(new URLSearchParams('sh=SP:36&m=proportional')).plan;
 *   const s = summarize(runForecast(forecastInput(file, plan)));   // s.seats.median, s.chance[i]
 *   targetRows(file, s)  → 403 rows, best chance first; targetCsv(rows, plan) → the file
 */
import defaults from '../model/forecast/defaults.json' with { type: 'json' };
import { prepareEntities, seats } from '../model/forecast/project.ts';
import { partyShares } from '../model/forecast/data.ts';
import {
	runForecast,
	type ErrorSpreads,
	type ForecastInput,
	type ForecastResult
} from '../model/forecast/index.ts';
import { seatSummary } from '../model/forecast/simulate.ts';
import type { Bloc, SwingMethod, TransitionMatrix, UnitVotes } from '../model/forecast/types.ts';
import { toCsv } from '../export/csv.ts';
import { sortTable } from '../components/sort.ts';
import type { OrgSummary } from '../model/org-score.ts';
import { DEFAULT_QUADRANT, quadrant, type Group } from '../model/winnability.ts';
import { band, type Band } from './colours-2027.ts';
import { divisionIndex } from '../model/forecast/divisions.ts';

export const FILE_2027 = 'forecast/y2027.json';

export interface Ac2027 {
	ac: number;
	pc: number;
	name: string;
	name_hi: string;
	district: string;
	/** the AC's blended baseline, votes by party */
	votes: Record<string, number>;
	total: number;
	won2022: string | null;
	margin2022: number | null;
	/** AE2022's shares by party (points, NOTA left out) and the winner's share, null: no result */
	share2022: Record<string, number> | null;
	winShare2022: number | null;
	led2024: string | null;
	lead2024: number | null;
}

export interface Y2027File {
	about: string;
	/** baseline elections and their weights */
	baseline: Record<string, number>;
	acs: Ac2027[];
	/** PC number → [English, Hindi] name */
	pcs: Record<string, [string, string]>;
	/** party code → [English name, Hindi name, colour] */
	parties: Record<string, [string, string, string]>;
}

/** Checks the file enough to use it; throws a message naming the file and what is wrong. */
export function parseY2027(json: unknown): Y2027File {
	const f = json as Partial<Y2027File>;
	if (!f || !Array.isArray(f.acs) || !f.baseline || !f.parties)
		throw new Error(`${FILE_2027} lacks acs, baseline or parties: run npm run forecast:2027`);
	f.acs.forEach((a, i) => {
		if (typeof a.ac !== 'number' || !a.votes || !(a.total >= 0))
			throw new Error(`${FILE_2027}: acs row ${i + 1} lacks ac, votes or total`);
	});
	return f as Y2027File;
}

/** The engine's 2027 settings, chosen by `npm run forecast` (defaults.json, see docs/FORECAST.md). */
export const Y2027 = defaults.y2027 as {
	baseline: Record<string, number>;
	blocs: Bloc[];
	ours: string;
	transfer: number;
	method: SwingMethod;
	matrix: ForecastInput['scenario']['matrix'];
	spreads: ErrorSpreads & { stateFrom: string[]; unitFrom: string[] };
	sims: number;
	seed: number;
};

export const METHODS: SwingMethod[] = ['uniform', 'proportional', 'transition'];

/**
 * Rows of the transition matrix a strategist edited: a losing party (a key of Y2027.matrix) → the
 * percent of its lost votes that goes to each other key (0 left out; a row adds up to 100).
 */
export type MatrixEdits = Record<string, Record<string, number>>;

/**
 * A strategist's plan. The first bloc is our side. Transfer rates (0–1) are per partner; a
 * member not listed transfers at the default rate (Y2027.transfer). `shares` holds only the party
 * shares (percent, state-wide) the strategist changed; the rest keep the baseline's. `matrix`
 * holds only the rows of the transition matrix changed from the estimate (used by the transition
 * method); absent or empty: the estimated matrix.
 */
export interface Plan2027 {
	method: SwingMethod;
	blocs: Bloc[];
	shares: Record<string, number>;
	matrix?: MatrixEdits;
}

export const defaultPlan = (): Plan2027 => ({
	method: Y2027.method,
	blocs: Y2027.blocs.map((b) => ({ id: b.id, parties: [...b.parties] })),
	shares: {}
});

/** The transition matrix's parties (the last, OTH, stands for every party not listed). */
export const MATRIX_KEYS: string[] = Y2027.matrix!.keys;

/** A row of the estimated matrix: where `key`'s lost votes go, percent per other key. */
export function estimatedRow(key: string): Record<string, number> {
	const a = MATRIX_KEYS.indexOf(key);
	const row: Record<string, number> = {};
	MATRIX_KEYS.forEach((b, j) => {
		if (b !== key) row[b] = 100 * (Y2027.matrix!.flows[a]?.[j] ?? 0);
	});
	return row;
}

/** The row a plan uses for `key` (percent per other key): its edit, else the estimate. */
export const matrixRow = (plan: Plan2027, key: string): Record<string, number> =>
	plan.matrix?.[key]
		? Object.fromEntries(
				MATRIX_KEYS.filter((b) => b !== key).map((b) => [b, plan.matrix![key][b] ?? 0])
			)
		: estimatedRow(key);

/** How far from 100 a row may add up (rounded figures); the engine scales it to 100 exactly. */
export const ROW_TOLERANCE = 0.5;
export const rowSum = (row: Record<string, number>) =>
	Object.values(row).reduce((t, v) => t + v, 0);

/**
 * The edited rows in matrix order, each `from` + its flows above 0: the method text
 * (`BSP → SP 60%, BJP 40%`) and the URL (`BSP:SP*60,BJP*40`) write them with their own marks.
 */
function editsText(
	edits: MatrixEdits | undefined,
	marks: { from: string; flow: (to: string, v: number) => string; sep: string; rows: string }
): string {
	return MATRIX_KEYS.filter((k) => edits?.[k])
		.map(
			(k) =>
				k +
				marks.from +
				MATRIX_KEYS.filter((b) => b !== k && (edits![k][b] ?? 0) > 0)
					.map((b) => marks.flow(b, round1(edits![k][b])))
					.join(marks.sep)
		)
		.join(marks.rows);
}

/** The edited rows for the method text: `BSP → SP 60%, BJP 40%`. */
export const matrixText = (edits: MatrixEdits | undefined): string =>
	editsText(edits, { from: ' → ', flow: (b, v) => `${b} ${v}%`, sep: ', ', rows: '; ' });

/** The matrix the engine uses for a plan: the estimate with the edited rows in place (0–1). */
export function planMatrix(plan: Plan2027): TransitionMatrix {
	const m = Y2027.matrix!;
	const edited = MATRIX_KEYS.filter((k) => plan.matrix?.[k]);
	if (!edited.length) return m;
	return {
		keys: m.keys,
		flows: MATRIX_KEYS.map((a, i) => {
			const row = plan.matrix?.[a];
			if (!row) return m.flows[i];
			const sum = rowSum(row);
			return MATRIX_KEYS.map((b) => (b === a || !(sum > 0) ? 0 : (row[b] ?? 0) / sum));
		}),
		source: `${m.source ?? ''}; edited by the strategist: ${matrixText(plan.matrix)}`
	};
}

const BLOC_ID = /^[A-Za-z0-9+\-_]{1,16}$/;
const PARTY = /^[^,;:*~]+$/;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** `INDIA:SP,INC*0.8;NDA:BJP,ADAL` (a partner's rate after *). */
export function blocsText(blocs: Bloc[]): string {
	return blocs
		.map(
			(b) =>
				`${b.id}:` +
				b.parties
					.map((p) => (b.transfer?.[p] !== undefined ? `${p}*${b.transfer[p]}` : p))
					.join(',')
		)
		.join(';');
}

/** The query parameters that hold a plan. */
export const PLAN_PARAMS = ['m', 'al', 'sh', 'tm'];

/**
 * The plan in a URL's query (m: method, al: blocs, sh: shares, tm: the edited rows of the
 * transition matrix, `BSP:SP*60,BJP*40;INC:…`, percent, zeros left out); parameters equal to the
 * default are left out, so the default plan is the bare page. Problems name the parameter and what was wrong;
 * the default stands in for a parameter that cannot be read.
 */
export function parsePlan(params: URLSearchParams): { plan: Plan2027; problems: string[] } {
	const plan = defaultPlan();
	const problems: string[] = [];
	const m = params.get('m');
	if (m !== null) {
		if ((METHODS as string[]).includes(m)) plan.method = m as SwingMethod;
		else problems.push(`m=${m}: the swing method is one of ${METHODS.join(', ')}`);
	}
	const al = params.get('al');
	if (al !== null) {
		const blocs: Bloc[] = [];
		const seen = new Set<string>();
		let bad = '';
		for (const part of al.split(';').filter(Boolean)) {
			const [id, list = ''] = part.split(':');
			if (!BLOC_ID.test(id) || blocs.some((b) => b.id === id)) {
				bad = `bloc "${id}"`;
				break;
			}
			const b: Bloc = { id, parties: [] };
			for (const item of list.split(',').filter(Boolean)) {
				const [p, rate] = item.split('*');
				const r = rate === undefined ? null : Number(rate);
				if (!PARTY.test(p) || seen.has(p) || (r !== null && !(r >= 0 && r <= 1))) {
					bad = `party "${item}" of ${id}`;
					break;
				}
				seen.add(p);
				b.parties.push(p);
				if (r !== null) b.transfer = { ...b.transfer, [p]: r };
			}
			if (bad) break;
			if (!b.parties.length) {
				bad = `bloc ${id} has no party`;
				break;
			}
			blocs.push(b);
		}
		if (bad || !blocs.length)
			problems.push(`al=${al}: ${bad || 'no bloc'}; the default blocs are used`);
		else plan.blocs = blocs;
	}
	const sh = params.get('sh');
	if (sh !== null) {
		const shares: Record<string, number> = {};
		let bad = '';
		for (const item of sh.split(',').filter(Boolean)) {
			const [p, v] = item.split(':');
			const x = Number(v);
			if (!p || !PARTY.test(p) || !(x >= 0 && x <= 100)) {
				bad = item;
				break;
			}
			shares[p] = x;
		}
		if (bad) problems.push(`sh=${sh}: "${bad}" is not party:share (0–100)`);
		else plan.shares = shares;
	}
	const tm = params.get('tm');
	if (tm !== null) {
		const r = parseMatrix(tm);
		if (typeof r === 'string') problems.push(`tm=${tm}: ${r}; the estimated matrix is used`);
		else if (Object.keys(r).length) plan.matrix = r;
	}
	return { plan, problems };
}

/** `BSP:SP*60,BJP*40;INC:…` → the edited rows, or what is wrong with it. */
function parseMatrix(tm: string): MatrixEdits | string {
	const out: MatrixEdits = {};
	for (const part of tm.split(';').filter(Boolean)) {
		const [from, list = ''] = part.split(':');
		if (!MATRIX_KEYS.includes(from) || out[from])
			return `"${from}" is not one of ${MATRIX_KEYS.join(', ')} (once each)`;
		const row: Record<string, number> = {};
		for (const item of list.split(',').filter(Boolean)) {
			const [to, v] = item.split('*');
			const x = Number(v);
			if (!MATRIX_KEYS.includes(to) || to === from || to in row || !(x >= 0 && x <= 100))
				return `"${item}" of ${from}'s row is not another party*percent (0–100)`;
			if (x > 0) row[to] = x;
		}
		const sum = rowSum(row);
		if (Math.abs(sum - 100) > ROW_TOLERANCE)
			return `${from}'s row adds up to ${round1(sum)}%, not 100%`;
		out[from] = row;
	}
	return out;
}

export function serializePlan(plan: Plan2027): URLSearchParams {
	const q = new URLSearchParams();
	if (plan.method !== Y2027.method) q.set('m', plan.method);
	const al = blocsText(plan.blocs);
	if (al !== blocsText(defaultPlan().blocs)) q.set('al', al);
	const sh = Object.entries(plan.shares)
		.map(([p, v]) => `${p}:${round1(v)}`)
		.join(',');
	if (sh) q.set('sh', sh);
	const tm = editsText(plan.matrix, {
		from: ':',
		flow: (b, v) => `${b}*${v}`,
		sep: ',',
		rows: ';'
	});
	if (tm) q.set('tm', tm);
	return q;
}

const bases = new WeakMap<Y2027File, Readonly<Record<string, number>>>();

/**
 * State-wide baseline share (percent) of every party; worked out once per file (the map and the
 * table ask it for every AC's colour on every repaint).
 */
export function partyBase(file: Y2027File): Readonly<Record<string, number>> {
	let b = bases.get(file);
	if (!b) {
		const s = partyShares(file.acs);
		b = Object.freeze(Object.fromEntries(Object.entries(s).map(([p, v]) => [p, 100 * v])));
		bases.set(file, b);
	}
	return b;
}

/** Parties a strategist can put in blocs or move: 0.1% of the state-wide baseline or more. */
export function editorParties(file: Y2027File, min = 0.1): { party: string; base: number }[] {
	return Object.entries(partyBase(file))
		.filter(([p, v]) => v >= min && p !== 'NOTA' && p !== 'IND' && PARTY.test(p))
		.sort((a, b) => b[1] - a[1])
		.map(([party, base]) => ({ party, base }));
}

export const units = (file: Y2027File): UnitVotes[] =>
	file.acs.map((a) => ({ votes: a.votes, total: a.total }));

/** Each AC's district as an index (districts sorted by name, as the backtests number them). */
export function districtIndex(file: Y2027File): { region: Int32Array; regions: number } {
	const names = [...new Set(file.acs.map((a) => a.district))].sort();
	return {
		region: Int32Array.from(file.acs.map((a) => names.indexOf(a.district))),
		regions: names.length
	};
}

/**
 * The engine's input for a plan. A party's changed share moves the entity it counts for (its bloc,
 * itself, or OTH) by the same points from that entity's baseline share; entities not moved keep
 * theirs, scaled to fill 100 (the engine's targetShares). No change: no shares at all, the
 * baseline's own.
 */
export function forecastInput(
	file: Y2027File,
	plan: Plan2027,
	sim: { sims: number; seed: number } | null = { sims: Y2027.sims, seed: Y2027.seed }
): ForecastInput {
	const us = units(file);
	const scenario: ForecastInput['scenario'] = {
		blocs: plan.blocs,
		ours: plan.blocs[0]?.id,
		method: plan.method,
		transfer: Y2027.transfer,
		...(plan.method === 'transition' ? { matrix: planMatrix(plan) } : {})
	};
	const edited = Object.entries(plan.shares);
	if (edited.length) {
		const e = prepareEntities(us, scenario);
		const base = partyBase(file);
		const moved = new Map<number, number>();
		for (const [p, v] of edited) {
			const j = e.entities.index.get(p) ?? e.entities.other;
			moved.set(j, (moved.get(j) ?? 100 * e.base[j]) + v - (base[p] ?? 0));
		}
		scenario.shares = Object.fromEntries(
			[...moved].map(([j, v]) => [e.entities.ids[j], Math.min(100, Math.max(0, v))])
		);
	}
	const { region, regions } = districtIndex(file);
	const division = Y2027.spreads.division ? divisionIndex(file.acs.map((a) => a.district)) : null;
	return {
		units: us,
		scenario,
		region,
		regions,
		...(division ?? {}),
		...(sim
			? {
					sim: {
						...sim,
						sd: {
							state: Y2027.spreads.state,
							...(Y2027.spreads.division ? { division: Y2027.spreads.division } : {}),
							region: Y2027.spreads.region,
							unit: Y2027.spreads.unit,
							scale: Y2027.spreads.scale,
							tails: Y2027.spreads.tails
						}
					}
				}
			: {})
	};
}

/**
 * A plan's central projection: every AC's projected winner, best other and our margin, and each
 * entity's seats, with no simulation. The page computes it on its own thread as soon as the plan
 * changes (central2027, a few ms for 403 ACs) and repaints margins and winners from it; the
 * worker's summary carries the very same numbers (summarize calls centralOf on the same
 * projection), and adds the chances and the seat count's range when it answers.
 */
export interface Central2027 {
	entities: string[];
	ours: number;
	winner: number[];
	rival: number[];
	/** our share minus the best other's, points */
	margin: number[];
	/** seats per entity (indexed as entities) in the central projection */
	counts: number[];
	/** our seats in the central projection */
	projected: number;
	stateBase: Record<string, number>;
	stateTarget: Record<string, number>;
}

/** The central projection of an engine result (its deterministic core; the simulation unread). */
export function centralOf(
	r: Pick<ForecastResult, 'entities' | 'ours' | 'units' | 'stateBase' | 'stateTarget'>
): Central2027 {
	const counts = Array.from(seats(r.units));
	return {
		entities: r.entities,
		ours: r.ours,
		winner: Array.from(r.units.winner),
		rival: Array.from(r.units.rival),
		margin: Array.from(r.units.marginPts),
		counts,
		projected: counts[r.ours],
		stateBase: r.stateBase,
		stateTarget: r.stateTarget
	};
}

/** A plan's central projection, on the calling thread: the engine without simulations. */
export const central2027 = (file: Y2027File, plan: Plan2027): Central2027 =>
	centralOf(runForecast(forecastInput(file, plan, null)));

/** What the worker posts back: plain arrays, one entry per AC in file order. */
export interface Summary2027 extends Central2027 {
	/** our chance of winning (0–1) */
	chance: number[];
	/** our seats: the simulations' median, 80% range, distribution */
	seats: { median: number; lo: number; hi: number; mean: number; distribution: number[] };
	/** every entity that wins somewhere: projected seats and the simulations' median and range */
	byEntity: { id: string; projected: number; median: number; lo: number; hi: number }[];
	sims: number;
	seed: number;
	/**
	 * true: not the worker's answer to this plan but the central projection of it (margins,
	 * winners, single projection) with the chances and the seat range of the previous answer, shown
	 * marked until the worker answers (provisional())
	 */
	provisional?: boolean;
}

/**
 * Each entity's seats: its single projection, with the median and 80% range that `range` gives
 * (the simulations', or a previous answer's), else the single projection; the entities that win
 * nowhere are left out.
 */
function entitySeats(
	c: Pick<Central2027, 'entities' | 'counts'>,
	range: (id: string, j: number) => { median: number; lo: number; hi: number } | null
) {
	return c.entities
		.map((id, j) => {
			const s = range(id, j);
			const n = c.counts[j];
			return { id, projected: n, median: s?.median ?? n, lo: s?.lo ?? n, hi: s?.hi ?? n };
		})
		.filter((x) => x.projected > 0 || x.hi > 0);
}

export function summarize(r: ForecastResult, sims = Y2027.sims, seed = Y2027.seed): Summary2027 {
	const c = centralOf(r);
	const byEntity = entitySeats(c, (_, j) => (r.simulation ? seatSummary(r.simulation, j) : null));
	return {
		...c,
		chance: r.chance ? Array.from(r.chance) : c.winner.map((w) => (w === r.ours ? 1 : 0)),
		seats: r.seats ?? {
			median: c.projected,
			lo: c.projected,
			hi: c.projected,
			mean: c.projected,
			distribution: []
		},
		byEntity,
		sims,
		seed
	};
}

/**
 * What the page shows while the worker runs a new plan: the new plan's central projection
 * (margins, winners, each entity's single projection: at once) with the previous answer's chances,
 * seat count and ranges, marked provisional. null before any answer.
 */
export function provisional(c: Central2027, prev: Summary2027 | null): Summary2027 | null {
	if (!prev) return null;
	const before = new Map(prev.byEntity.map((e) => [e.id, e]));
	const byEntity = entitySeats(c, (id) => before.get(id) ?? null);
	return {
		...c,
		chance: prev.chance,
		seats: prev.seats,
		byEntity,
		sims: prev.sims,
		seed: prev.seed,
		provisional: true
	};
}

/** Seats for a majority of the Vidhan Sabha's 403. */
export const MAJORITY = 202;

export interface TargetRow {
	/** 1 = our likeliest win */
	rank: number;
	ac: number;
	name: string;
	name_hi: string;
	district: string;
	pc: number;
	chance: number;
	margin: number;
	/** the projected winner (an entity: a bloc, a party alone, OTH) */
	winner: string;
	rival: string;
	/** our margin in votes (negative: votes needed, roughly half of it to swing) */
	marginVotes: number;
	/** votes we are projected behind by (0 where we lead): that many more votes ties the AC */
	votesNeeded: number;
	won2022: string | null;
	margin2022: number | null;
	share2022: Record<string, number> | null;
	winShare2022: number | null;
	led2024: string | null;
	/** the 2024 segment leader's lead (points) */
	lead2024: number | null;
	/** decides where in our 80% range the count lands: ranked between its ends */
	tipping: boolean;
	/** share of the AC's booths our organisation covers (percent), null: no organisation data */
	coverage: number | null;
	/** organisation × projected margin where there is organisation data, else the chance band */
	group: Group | Band;
}

/** Organisation coverage of the ACs that have it, and whether it is the shipped demo. */
export interface TargetOrg {
	demo: boolean;
	file: string;
	byAc: Map<number, OrgSummary>;
}

/**
 * The target list: every AC, ranked by our chance (then margin). Tipping ACs are those ranked
 * inside our seat count's 80% range (lo < rank ≤ hi): whether they fall our way is what moves the
 * count between the ends of the range; when the range reaches a majority, the AC at rank 202 too.
 */
export function targetRows(
	file: Y2027File,
	s: Summary2027,
	org: TargetOrg | null = null
): TargetRow[] {
	const order = file.acs
		.map((_, i) => i)
		.sort((a, b) => s.chance[b] - s.chance[a] || s.margin[b] - s.margin[a]);
	const rank = new Array<number>(file.acs.length);
	order.forEach((i, r) => (rank[i] = r + 1));
	const { lo, hi } = s.seats;
	return order.map((i) => {
		const a = file.acs[i];
		const r = rank[i];
		const cov = org?.byAc.get(a.ac);
		return {
			rank: r,
			ac: a.ac,
			name: a.name,
			name_hi: a.name_hi,
			district: a.district,
			pc: a.pc,
			chance: s.chance[i],
			margin: s.margin[i],
			winner: s.entities[s.winner[i]],
			rival: s.entities[s.rival[i]],
			marginVotes: Math.round((s.margin[i] / 100) * a.total),
			votesNeeded: Math.max(0, -Math.round((s.margin[i] / 100) * a.total)),
			won2022: a.won2022,
			margin2022: a.margin2022,
			share2022: a.share2022,
			winShare2022: a.winShare2022,
			led2024: a.led2024,
			lead2024: a.lead2024,
			tipping: (r > lo && r <= hi) || (r === MAJORITY && hi >= MAJORITY && lo < MAJORITY),
			coverage: cov ? cov.coveredShare : null,
			group: cov ? quadrant(s.margin[i], cov.meanScore, DEFAULT_QUADRANT) : band(s.chance[i])
		};
	});
}

export type SortKey =
	'rank' | 'name' | 'district' | 'chance' | 'margin' | 'need' | 'won2022' | 'coverage';

/** The target list by a column; ties in rank order (our likeliest win first) either way. */
export function sortRows(rows: TargetRow[], key: SortKey, desc: boolean): TargetRow[] {
	const v = (r: TargetRow) =>
		key === 'name' || key === 'district' || key === 'won2022'
			? (r[key] ?? '')
			: key === 'coverage'
				? (r.coverage ?? -1)
				: key === 'need'
					? // fewest votes needed first; the ACs we lead (none needed) after them
						r.votesNeeded || Infinity
					: r[key];
	return sortTable(rows, v, desc, (a, b) => a.rank - b.rank);
}

/** A first click sorts the chance and the margin best first, the rest ascending. */
export const firstDesc = (k: SortKey) => k === 'chance' || k === 'margin';

/**
 * How far our side (its parties' shares added up, as a bloc on the maps) was behind the 2022
 * winner, in points; null where our side won it or there is no 2022 result.
 *
 *   behind2022({ won2022: 'BJP', winShare2022: 45.2, share2022: { SP: 40.1, INC: 2.3 } }, SP+INC) → 2.8
 */
export function behind2022(
	r: Pick<TargetRow, 'won2022' | 'share2022' | 'winShare2022'>,
	ours: Set<string>
): number | null {
	if (r.won2022 === null || ours.has(r.won2022) || !r.share2022 || r.winShare2022 === null)
		return null;
	let own = 0;
	for (const p of ours) own += r.share2022[p] ?? 0;
	return r.winShare2022 - own;
}

/**
 * Presets a strategist expects, as row tests given our side's parties:
 *   tipping: ranked inside our seat count's 80% range (see targetRows);
 *   holdRisk: a party of our side won it in 2022, and our chance is now under 60%;
 *   gains5: held by another in 2022, and our projected margin is above −5 pts (within 5 or ahead);
 *   won2022: a party of our side won it in 2022;
 *   lost5: another won it in 2022, less than 5 pts ahead of our side's parties added up;
 *   led24lost22: a party of our side led the 2024 segment, another won in 2022;
 *   tossup: a chance of 40–60%.
 */
export const PRESETS = {
	tipping: (r: TargetRow) => r.tipping,
	holdRisk: (r: TargetRow, ours: Set<string>) => ours.has(r.won2022 ?? '') && r.chance < 0.6,
	gains5: (r: TargetRow, ours: Set<string>) =>
		r.won2022 !== null && !ours.has(r.won2022) && r.margin > -5,
	won2022: (r: TargetRow, ours: Set<string>) => ours.has(r.won2022 ?? ''),
	lost5: (r: TargetRow, ours: Set<string>) => (behind2022(r, ours) ?? Infinity) < 5,
	led24lost22: (r: TargetRow, ours: Set<string>) =>
		ours.has(r.led2024 ?? '') && r.won2022 !== null && !ours.has(r.won2022),
	tossup: (r: TargetRow) => band(r.chance) === 'tossup'
} as const;
export type Preset = keyof typeof PRESETS;

/** What the list is narrowed to ('' / 'all': no narrowing on that field). */
export interface RowFilter {
	text: string;
	band: Band | 'all';
	group: Group | Band | 'all';
	district: string;
	/** Lok Sabha seat number ('' all) */
	pc: string;
	preset: Preset | '';
}

export const NO_FILTER: RowFilter = {
	text: '',
	band: 'all',
	group: 'all',
	district: '',
	pc: '',
	preset: ''
};

export function filterRows(rows: TargetRow[], f: RowFilter, plan: Plan2027): TargetRow[] {
	const q = f.text.trim().toLowerCase();
	const ours = new Set(plan.blocs[0]?.parties ?? []);
	return rows.filter(
		(r) =>
			(!q ||
				r.name.toLowerCase().includes(q) ||
				r.name_hi.includes(q) ||
				r.district.toLowerCase().includes(q)) &&
			(f.band === 'all' || band(r.chance) === f.band) &&
			(f.group === 'all' || r.group === f.group) &&
			(!f.district || r.district === f.district) &&
			(!f.pc || String(r.pc) === f.pc) &&
			(!f.preset || PRESETS[f.preset](r, ours))
	);
}

/** The filter in words, for the CSV's preamble; '' when nothing is filtered. */
export function filterText(f: RowFilter): string {
	return [
		f.preset && `preset ${f.preset}`,
		f.text.trim() && `text "${f.text.trim()}"`,
		f.band !== 'all' && `chance ${f.band}`,
		f.group !== 'all' && `group ${f.group}`,
		f.district && `district ${f.district}`,
		f.pc && `Lok Sabha seat ${f.pc}`
	]
		.filter(Boolean)
		.join(', ');
}

/** The plan in words, for exports and slides. */
export function planText(plan: Plan2027): string {
	const sh = Object.entries(plan.shares)
		.map(([p, v]) => `${p} ${round1(v)}%`)
		.join(', ');
	const tm = matrixText(plan.matrix);
	const matrix =
		plan.method === 'transition' || tm
			? `; transition matrix: ${tm ? `edited rows ${tm}, the rest estimated` : 'estimated'}${plan.method === 'transition' ? '' : ' (used by the transition method only)'}`
			: '';
	return `${plan.method} swing; blocs ${blocsText(plan.blocs)} (partners’ default transfer ${Y2027.transfer}); state-wide shares: ${sh || 'the baseline’s (no change)'}${matrix}`;
}

export const CSV_COLUMNS = [
	'rank',
	'ac_no',
	'ac_name',
	'district',
	'pc_no',
	'chance_pct',
	'projected_margin_pts',
	'margin_votes',
	'votes_needed',
	'projected_winner',
	'rival',
	'winner_2022',
	'margin_2022_pts',
	'led_2024',
	'lead_2024_pts',
	'tipping',
	'group',
	'org_coverage_pct',
	'org_data'
] as const;

/**
 * The target list as CSV (the rows given: the list as filtered), with a preamble saying it is a
 * projection, from what, how sure, which rows, and whose organisation data (demo: invented).
 */
export function targetCsv(
	rows: TargetRow[],
	plan: Plan2027,
	s: Summary2027,
	file: Y2027File,
	org: Pick<TargetOrg, 'demo' | 'file'> | null = null,
	filter: RowFilter = NO_FILTER
): string {
	const orgLabel = org ? (org.demo ? 'demo' : org.file) : '';
	const shown = filterText(filter);
	const side = plan.blocs[0]?.id ?? '';
	const base = Object.entries(file.baseline)
		.map(([e, w]) => `${e} ×${w}`)
		.join(' + ');
	return toCsv(
		rows.map((r) => ({
			rank: r.rank,
			ac_no: r.ac,
			ac_name: r.name,
			district: r.district,
			pc_no: r.pc,
			chance_pct: Math.round(100 * r.chance),
			projected_margin_pts: r.margin,
			margin_votes: r.marginVotes,
			votes_needed: r.votesNeeded,
			projected_winner: r.winner,
			rival: r.rival,
			winner_2022: r.won2022,
			margin_2022_pts: r.margin2022,
			led_2024: r.led2024,
			lead_2024_pts: r.lead2024,
			tipping: r.tipping ? 'yes' : '',
			group: r.group,
			org_coverage_pct: r.coverage === null ? null : Math.round(r.coverage),
			org_data: r.coverage === null ? null : orgLabel
		})),
		[...CSV_COLUMNS],
		[
			`Kshetra: Vidhan Sabha 2027 projection for ${side} (a projection, not a result)`,
			`Baseline ${base}; ${planText(plan)}`,
			`${side} seats: median ${s.seats.median}, 80% range ${s.seats.lo}–${s.seats.hi} of 403 (${s.sims} simulated elections, seed ${s.seed})`,
			`${rows.length} of 403 ACs${shown ? ` (${shown})` : ''}; organisation coverage: ${org ? (org.demo ? `DEMO data (${org.file}, invented), not the party's` : `from ${org.file}, kept in this browser`) : 'none'}; group: organisation × projected margin where there is organisation data, else the chance band`
		]
	);
}
