/**
 * Backtests: the model run on past elections it did not see, with its settings fixed before, and
 * scored against what happened. A target election is projected from the latest assembly election
 * and the latest Lok Sabha election (by segment) before it, weighted; its blocs are its own
 * pre-poll alliances (the alliances table, parties under their same_as codes). Each target is run
 * twice: with no knowledge of the result (the baseline's own state-wide shares) and with the
 * actual state-wide shares given ("if you had known the state-wide vote").
 *
 * Everything the model learns for a target comes from elections before it: the transition matrix
 * (pairs of elections ending before the target), the state-wide error spread (changes between
 * consecutive elections before it) and the division, district and unit spreads (the residuals of
 * the known-shares runs of the earlier targets in TARGETS).
 *
 *   const b = new Backtester(history);
 *   b.run(TARGETS[2], settings, { variant: 'actual', sims: 1000, seed: 1 }).score
 *   → { winnersRight: …, meanAbsError: …, seats: { actual: 125, sim: { lo, hi, … } }, … }
 */
import {
	blendUnits,
	ownReferenceShares,
	referenceElection,
	referenceShares,
	splitSeatSharing,
	type SeatSplit
} from './baseline.ts';
import type { History } from './data.ts';
import { backtestDef, MATRIX_PARTIES, TARGETS, type BacktestDef } from './targets.ts';
import { partyShares } from './data.ts';
import { compile, entitiesFor, stateShares, type Entities } from './entities.ts';
import { aggregate, applyMove, outcomes, prepareForecast, type Outcomes } from './project.ts';
import { declared, score, type Score } from './score.ts';
import { seatSummary, simulate, type ErrorScale, type ErrorSpreads } from './simulate.ts';
import {
	nestedSpreads,
	stateSpread,
	unitResiduals,
	unitSpreads,
	type ResidualSet
} from './spreads.ts';
import { divisionIndex } from './divisions.ts';
import { estimateTransition, type EstimatedTransition } from './transition.ts';
import type { Bloc, SwingMethod, UnitVotes } from './types.ts';

export {
	backtestDef,
	EXTRA_MEMBERS,
	MATRIX_PARTIES,
	TARGETS,
	type BacktestDef
} from './targets.ts';
export { declared } from './score.ts';

export interface ModelSettings {
	/** weights of the latest assembly election and the latest Lok Sabha election before the target */
	weights: { AE: number; LS: number };
	method: SwingMethod;
	/** which past pairs of elections estimate the transition matrix */
	pairs: 'consecutive' | 'same-kind';
	/** transfer rate (0–1) of every partner in a bloc */
	transfer: number;
	/** share a seat-sharing candidate's votes among the alliance's parties, and how (baseline.ts) */
	split: SeatSplit;
}

export type Variant = 'baseline' | 'actual';

/**
 * Which earlier backtests' residuals measure the regional and unit spreads: 'all' of them, or
 * only those projected from a 'blend' of an assembly and a Lok Sabha election, as the default
 * settings project every reported target and 2027 (AE2012 is projected from LS2009's segments
 * alone, there being no assembly election on the 2008 boundaries before it); when no earlier
 * backtest is a blend (AE2017), every earlier one counts.
 */
export type SpreadSource = 'all' | 'blend';

export interface ErrorModel {
	scale: ErrorScale;
	from: SpreadSource;
	/** degrees of freedom of the AC part's Student t (simulate.ts); absent: normal */
	tails?: number;
	/**
	 * 'division': a division error (UP's 18 divisions, divisions.ts) above the district's, its
	 * spread split from the same residuals (spreads.ts nestedSpreads); absent: districts only
	 */
	regions?: 'division';
	/**
	 * which pairs of elections measure the state-wide spread (statePairs): 'same-kind', each
	 * election and the next of its kind (assembly → assembly, Lok Sabha → Lok Sabha: five years,
	 * the span from the last assembly election to the next); absent: consecutive elections
	 */
	statePairs?: 'same-kind';
	/**
	 * 'empirical': AC errors bootstrapped from the earlier backtests' within-district residuals
	 * (spreads.ts unitResiduals, simulate.ts unitPool) at the measured AC spread; absent: normal
	 */
	unitErrors?: 'empirical';
}

/**
 * The pairs of elections (oldest first) whose state-wide changes measure the state-wide spread:
 * consecutive ones (LS2009→AE2012, AE2012→LS2014, …: two or three years apart), or each election
 * and the next of its kind (LS2009→LS2014, AE2012→AE2017, …: five years apart).
 *
 *   statePairs(['LS2009', 'AE2012', 'LS2014'], 'same-kind') → [['LS2009', 'LS2014']]
 */
export function statePairs(
	order: string[],
	kind: 'consecutive' | 'same-kind' = 'consecutive'
): [string, string][] {
	if (kind === 'consecutive') return order.slice(1).map((after, i) => [order[i], after]);
	const out: [string, string][] = [];
	order.forEach((before, i) => {
		const after = order.slice(i + 1).find((e) => e.slice(0, 2) === before.slice(0, 2));
		if (after) out.push([before, after]);
	});
	return out;
}

/** Division, district and unit spreads for a target, the earlier targets they come from, and the
 * pool of standardized AC residuals (ErrorModel.unitErrors 'empirical' only). */
export interface UnitSd {
	division: number;
	region: number;
	unit: number;
	from: string[];
	pool?: Float64Array;
}

/** The first error model (issue 13's first version). */
export const BINOMIAL_ALL: ErrorModel = { scale: 'binomial', from: 'all' };

export interface RunOptions {
	variant: Variant;
	/** simulations; 0 for none */
	sims: number;
	seed: number;
	/** spreads to simulate with (default: measured from the earlier targets) */
	sd?: ErrorSpreads;
	/** how errors are measured and drawn (default: the first error model, BINOMIAL_ALL) */
	errors?: ErrorModel;
}

export interface ContestRow {
	/** AC number (assembly) or PC number (Lok Sabha) */
	id: number;
	projected: string;
	actual: string;
	projectedMargin: number;
	actualMargin: number;
	/** our chance of winning (0–1), null without simulation */
	chance: number | null;
}

export interface BacktestRun {
	target: string;
	variant: Variant;
	settings: ModelSettings;
	/** the baseline elections and their weights */
	baseline: Record<string, number>;
	ours: string;
	blocs: Bloc[];
	entities: string[];
	/** state-wide shares in percent: the baseline's, the scenario's, the actual */
	stateBase: Record<string, number>;
	stateTarget: Record<string, number>;
	stateActual: Record<string, number>;
	sd: ErrorSpreads | null;
	score: Score;
	/** seats per entity: projected (deterministic), actual, and the simulation's median and range */
	seats: {
		id: string;
		projected: number;
		actual: number;
		median?: number;
		lo?: number;
		hi?: number;
	}[];
	contests: ContestRow[];
	/** distribution[x]: simulations in which our side won x contests (empty without simulation) */
	distribution: number[];
	/** the transition matrix used (method transition) */
	matrix: EstimatedTransition | null;
}

const pct = (e: Entities, s: Float64Array) =>
	Object.fromEntries(e.ids.map((id, j) => [id, round(100 * s[j], 3)]));
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export class Backtester {
	readonly h: History;
	readonly #split = new Map<string, Map<number, UnitVotes>>();
	readonly #matrices = new Map<string, EstimatedTransition>();
	readonly #spreads = new Map<string, UnitSd>();
	/** runs, by target, blocs, settings and options (the three grid selections of npm run forecast
	 * share their targets' rows, the error-model selection and the report run the same simulated
	 * ones; a run is never changed after it is made) */
	readonly #runs = new Map<string, BacktestRun>();
	readonly district: Int32Array;
	readonly districts: number;
	/** each AC's division (divisions.ts), and each district's (by district index) */
	readonly division: Int32Array;
	readonly divisions: number;
	readonly districtDivision: Int32Array;

	constructor(h: History) {
		this.h = h;
		const names = [...new Set(h.acs.map((a) => a.district))].sort();
		this.district = Int32Array.from(h.acs.map((a) => names.indexOf(a.district)));
		this.districts = names.length;
		const d = divisionIndex(names);
		this.districtDivision = d.division;
		this.divisions = d.divisions;
		this.division = Int32Array.from(this.district, (g) => d.division[g]);
	}

	index(election: string): number {
		const i = this.h.order.indexOf(election);
		return i < 0 ? this.h.order.length : i;
	}

	/** An election's AC-level units, with seat-sharing candidates' votes shared out as `split` says. */
	units(election: string, split: SeatSplit): Map<number, UnitVotes> {
		const raw = this.h.elections.get(election)?.units;
		if (!raw) throw new Error(`no votes for ${election}`);
		if (!split) return raw;
		const key = `${election}|${split}`;
		let out = this.#split.get(key);
		if (out) return out;
		out = new Map(raw);
		for (const a of this.h.alliances.filter((x) => x.election === election)) {
			const ref = referenceElection(election, a.parties, this.h.order, this.h.alliances);
			if (!ref) continue;
			const shares =
				split === 'own'
					? ownReferenceShares(
							this.h.order
								.slice(0, this.index(ref) + 1)
								.reverse()
								.map((e) => this.h.elections.get(e)!.units),
							a.parties
						)
					: referenceShares(this.h.elections.get(ref)!.units, a.parties);
			for (const [ac, u] of out) out.set(ac, splitSeatSharing(u, a.parties, shares(ac)));
		}
		this.#split.set(key, out);
		return out;
	}

	/** The latest assembly and Lok Sabha elections before the target. */
	roles(target: string): { AE: string | null; LS: string | null } {
		const before = this.h.order.slice(0, this.index(target));
		const last = (kind: string) => before.filter((e) => e.startsWith(kind)).at(-1) ?? null;
		return { AE: last('AE'), LS: last('LS') };
	}

	/**
	 * The blended baseline of every AC (in h.acs order) for a target. If neither weighted
	 * election exists before the target, every one that does counts equally (AE2012: LS2009).
	 */
	baseline(target: string, s: ModelSettings): { units: UnitVotes[]; used: Record<string, number> } {
		const roles = this.roles(target);
		let parts = (['AE', 'LS'] as const)
			.filter((r) => roles[r] && s.weights[r] > 0)
			.map((r) => ({ election: roles[r]!, weight: s.weights[r] }));
		if (!parts.length)
			parts = (['AE', 'LS'] as const)
				.filter((r) => roles[r])
				.map((r) => ({ election: roles[r]!, weight: 1 }));
		const maps = parts.map((p) => ({ ...p, units: this.units(p.election, s.split) }));
		const units = this.h.acs.map(
			(a) =>
				blendUnits(maps.map((m) => ({ weight: m.weight, unit: m.units.get(a.ac_no) }))) ?? {
					votes: {},
					total: 0
				}
		);
		return { units, used: Object.fromEntries(parts.map((p) => [p.election, p.weight])) };
	}

	/** The transition matrix for a target, from the pairs that end before it. */
	matrix(target: string, s: Pick<ModelSettings, 'pairs' | 'split'>): EstimatedTransition {
		const key = `${target}|${s.pairs}|${s.split}`;
		const hit = this.#matrices.get(key);
		if (hit) return hit;
		const end = this.index(target);
		const order = this.h.order;
		const pairs: { before: string; after: string }[] = [];
		for (let i = 0; i < end; i++)
			for (let j = i + 1; j < end; j++) {
				const same = order[i].slice(0, 2) === order[j].slice(0, 2);
				const between = order.slice(i + 1, j);
				const next =
					s.pairs === 'consecutive'
						? j === i + 1
						: same && !between.some((e) => e.slice(0, 2) === order[i].slice(0, 2));
				if (next) pairs.push({ before: order[i], after: order[j] });
			}
		const m = estimateTransition(
			pairs.map((p) => ({
				before: this.units(p.before, s.split),
				after: this.units(p.after, s.split),
				label: `${p.before}→${p.after}`
			})),
			MATRIX_PARTIES
		);
		this.#matrices.set(key, m);
		return m;
	}

	/**
	 * How far state-wide shares moved between pairs of elections before the target (consecutive
	 * ones, or each and the next of its kind: statePairs).
	 */
	stateSd(
		target: string,
		scale: ErrorScale = 'binomial',
		kind: 'consecutive' | 'same-kind' = 'consecutive'
	): { sd: number; changes: number; pairs: string[] } {
		const order = this.h.order.slice(0, this.index(target));
		const pairs = statePairs(order, kind).map(([before, after]) => ({ before, after }));
		const r = stateSpread(
			pairs.map((p) => ({
				before: partyShares(this.h.elections.get(p.before)!.units.values()),
				after: partyShares(this.h.elections.get(p.after)!.units.values())
			})),
			scale
		);
		return { ...r, pairs: pairs.map((p) => `${p.before}→${p.after}`) };
	}

	/**
	 * Division (model.regions 'division', else 0), district and unit spreads from the known-shares
	 * runs of every earlier target.
	 */
	unitSd(target: string, s: ModelSettings, model: ErrorModel = BINOMIAL_ALL): UnitSd {
		const { scale } = model;
		const key = `${target}|${scale}|${model.from}|${model.regions ?? ''}|${model.unitErrors ?? ''}|${JSON.stringify(s)}`;
		const hit = this.#spreads.get(key);
		if (hit) return hit;
		let earlier = TARGETS.filter((t) => this.index(t) < this.index(target));
		if (!earlier.length) throw new Error(`no earlier backtest to measure spreads for ${target}`);
		if (model.from === 'blend') {
			const blend = earlier.filter((t) => {
				const r = this.roles(t);
				return r.AE !== null && r.LS !== null;
			});
			if (blend.length) earlier = blend;
		}
		const sets: ResidualSet[] = earlier.map((t) => this.residuals(backtestDef(this.h, t), s));
		const u =
			model.regions === 'division'
				? nestedSpreads(sets, this.districtDivision, scale)
				: { ...unitSpreads(sets, scale), division: 0 };
		const out: UnitSd = { division: u.division, region: u.region, unit: u.unit, from: earlier };
		if (model.unitErrors === 'empirical') out.pool = unitResiduals(sets, scale);
		this.#spreads.set(key, out);
		return out;
	}

	/** A known-shares run's projected and actual shares of every AC (segment) unit. */
	residuals(def: BacktestDef, s: ModelSettings): ResidualSet {
		const { f, shares } = this.#project(def, s, 'actual');
		const actual = compile(this.#actualUnits(def.target), f.entities, plainBlocs(def.blocs), 1);
		const actualShares = new Float64Array(actual.n * actual.k);
		for (let u = 0; u < actual.n; u++)
			for (let j = 0; j < actual.k; j++)
				actualShares[u * actual.k + j] =
					actual.total[u] > 0 ? actual.votes[u * actual.k + j] / actual.total[u] : 0;
		const state = stateShares(actual);
		const majors = [...state.keys()].filter((j) => f.entities.canLead[j] && state[j] >= 0.1);
		return {
			projected: shares,
			actual: actualShares,
			k: f.state.k,
			region: this.district,
			entities: majors
		};
	}

	/** The target's AC-level units (assembly results or Lok Sabha segments), in h.acs order. */
	#actualUnits(target: string): UnitVotes[] {
		const units = this.h.elections.get(target)!.units;
		return this.h.acs.map((a) => units.get(a.ac_no) ?? { votes: {}, total: 0 });
	}

	/** The target's contests as declared: ACs, or Lok Sabha seats (1…80). */
	#contests(target: string): { ids: number[]; units: UnitVotes[] } {
		const c = this.h.elections.get(target)!.contests;
		const ids = [...c.keys()].sort((a, b) => a - b);
		return { ids, units: ids.map((i) => c.get(i)!) };
	}

	#project(def: BacktestDef, s: ModelSettings, variant: Variant) {
		const { units, used } = this.baseline(def.target, s);
		const blocs = def.blocs;
		const entities = entitiesFor(blocs, [units], { ours: def.ours });
		const contests = this.#contests(def.target);
		const actualC = compile(contests.units, entities, plainBlocs(blocs), 1);
		const stateActual = stateShares(actualC);
		const shares =
			variant === 'actual'
				? Object.fromEntries(entities.ids.map((id, j) => [id, 100 * stateActual[j]]))
				: undefined;
		const matrix = s.method === 'transition' ? this.matrix(def.target, s) : null;
		const f = prepareForecast(
			units,
			{
				blocs,
				ours: def.ours,
				method: s.method,
				transfer: s.transfer,
				shares,
				matrix: matrix ?? undefined
			},
			{ entities }
		);
		return { f, shares: applyMove(f), used, actualC, contests, stateActual, matrix };
	}

	/** One backtest, one variant: projected, simulated and scored. */
	run(def: BacktestDef, s: ModelSettings, o: RunOptions): BacktestRun {
		const key = JSON.stringify([def, s, o]);
		let r = this.#runs.get(key);
		if (!r) this.#runs.set(key, (r = this.#run(def, s, o)));
		return r;
	}

	#run(def: BacktestDef, s: ModelSettings, o: RunOptions): BacktestRun {
		const { f, shares, used, contests, stateActual, matrix } = this.#project(def, s, o.variant);
		const e = f.entities;
		const isLS = def.target.startsWith('LS');
		const pcIndex = new Map(contests.ids.map((id, i) => [id, i]));
		const contestOf = isLS
			? Int32Array.from(this.h.acs.map((a) => pcIndex.get(a.pc_no) ?? -1))
			: undefined;
		const projected: Outcomes = contestOf
			? aggregate(f.state, shares, contestOf, contests.ids.length)
			: outcomes(f.state, shares);
		const actual = declared(contests.units, e);
		let sd: ErrorSpreads | null = null;
		let sim = null;
		if (o.sims > 0) {
			const model = o.errors ?? BINOMIAL_ALL;
			const unit = this.unitSd(def.target, s, model);
			sd = o.sd ?? {
				state:
					o.variant === 'baseline'
						? this.stateSd(def.target, model.scale, model.statePairs ?? 'consecutive').sd
						: 0,
				...(model.regions === 'division' ? { division: unit.division } : {}),
				region: unit.region,
				unit: unit.unit,
				scale: model.scale,
				...(model.tails ? { tails: model.tails } : {})
			};
			sim = simulate({
				shares,
				total: f.state.total,
				k: f.state.k,
				canLead: e.canLead,
				region: this.district,
				regions: this.districts,
				division: this.division,
				divisions: this.divisions,
				contestOf,
				contests: contests.ids.length,
				sims: o.sims,
				seed: o.seed,
				sd,
				unitPool: o.sd ? undefined : unit.pool
			});
		}
		const sc = score(projected, actual, e.ours, sim);
		const seatCount = (out: Outcomes, j: number) => {
			let n = 0;
			for (let u = 0; u < out.n; u++) if (out.total[u] > 0 && out.winner[u] === j) n++;
			return n;
		};
		const seats = e.ids
			.map((id, j) => {
				const sum = sim ? seatSummary(sim, j) : null;
				return {
					id,
					projected: seatCount(projected, j),
					actual: seatCount(actual, j),
					...(sum ? { median: sum.median, lo: sum.lo, hi: sum.hi } : {})
				};
			})
			.filter((x) => x.projected || x.actual || (x.hi ?? 0) > 0);
		return {
			target: def.target,
			variant: o.variant,
			settings: s,
			baseline: used,
			ours: def.ours,
			blocs: def.blocs,
			entities: e.ids,
			stateBase: pct(e, f.base),
			stateTarget: pct(e, f.target),
			stateActual: pct(e, stateActual),
			sd,
			score: sc,
			seats,
			contests: contests.ids.map((id, u) => ({
				id,
				projected: e.ids[projected.winner[u]],
				actual: e.ids[actual.winner[u]],
				projectedMargin: round(projected.marginPts[u], 3),
				actualMargin: round(actual.marginPts[u], 3),
				chance: sim ? round(sim.chance[u * sim.k + e.ours], 4) : null
			})),
			distribution: sim ? seatSummary(sim, e.ours).distribution : [],
			matrix
		};
	}
}

/** The same blocs with every transfer at 1: how actual results add up (allies do not compete). */
const plainBlocs = (blocs: Bloc[]): Bloc[] => blocs.map((b) => ({ id: b.id, parties: b.parties }));
