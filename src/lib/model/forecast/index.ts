/**
 * The forecast engine's front door, for the contest view-model, the 2027 page and a worker:
 * (baselines per unit, scenario) → per-unit projection and, with a simulation, chances and the
 * seat count's distribution. Pure and synchronous; plain arrays in, plain objects and typed arrays
 * out, so a worker can call it as it is and post the result back.
 *
 *   const r = runForecast({
 *     units: acBaselines,                          // 403 blended baselines, in AC order
 *     scenario: { blocs: BLOCS_2027, method: 'uniform', transfer: 0.6, shares: { SP: 36 } },
 *     region: districtIndex, regions: 75,
 *     sim: { sims: 1000, seed: 2027, sd: { state: 0.19, region: 0.17, unit: 0.21 } }
 *   });
 *   r.units.marginPts[i], r.chance![i], r.seats!.median, r.seats!.lo, r.seats!.hi
 */
import {
	aggregate,
	applyMove,
	outcomes,
	prepareForecast,
	type Forecast,
	type Outcomes
} from './project.ts';
import {
	seatSummary,
	simulate,
	type ErrorSpreads,
	type SeatSummary,
	type Simulation
} from './simulate.ts';
import type { ForecastScenario, UnitVotes } from './types.ts';

export * from './types.ts';
export { projectUnits, unitRow, type Forecast, type Outcomes } from './project.ts';
export type { ErrorSpreads, SeatSummary } from './simulate.ts';

export interface ForecastInput {
	/** the state's units (ACs or segments), each a blended baseline of votes by party */
	units: UnitVotes[];
	scenario: ForecastScenario;
	/** each unit's region for correlated errors (e.g. district index); default: one region */
	region?: Int32Array;
	regions?: number;
	/** each unit's division (divisions.ts), for sim.sd.division; absent: no division layer */
	division?: Int32Array;
	divisions?: number;
	/** units added up into contests (segments into Lok Sabha seats); default: each unit is one */
	contestOf?: Int32Array;
	contests?: number;
	sim?: { sims: number; seed: number; sd: ErrorSpreads };
}

export interface ForecastResult {
	forecast: Forecast;
	/** entity ids: blocs, parties standing alone, OTH, NOTA; `ours` indexes them */
	entities: string[];
	ours: number;
	/** every unit's projection */
	units: Outcomes;
	/** every contest's (the units themselves unless contestOf is given) */
	contests: Outcomes;
	simulation: Simulation | null;
	/** our chance of winning each contest (0–1) */
	chance: Float64Array | null;
	/** our seats: median, 80% range, distribution */
	seats: SeatSummary | null;
	/** state-wide shares (percent) per entity: baseline and scenario */
	stateBase: Record<string, number>;
	stateTarget: Record<string, number>;
}

export function runForecast(input: ForecastInput): ForecastResult {
	const f = prepareForecast(input.units, input.scenario);
	const shares = applyMove(f);
	const units = outcomes(f.state, shares);
	const contests = input.contestOf
		? aggregate(f.state, shares, input.contestOf, input.contests ?? 0)
		: units;
	const e = f.entities;
	let simulation: Simulation | null = null;
	if (input.sim && input.sim.sims > 0)
		simulation = simulate({
			shares,
			total: f.state.total,
			k: f.state.k,
			canLead: e.canLead,
			region: input.region ?? new Int32Array(f.state.n),
			regions: input.regions ?? 1,
			division: input.division,
			divisions: input.divisions,
			contestOf: input.contestOf,
			contests: input.contests,
			...input.sim
		});
	let chance: Float64Array | null = null;
	if (simulation) {
		chance = new Float64Array(simulation.contests);
		for (let c = 0; c < simulation.contests; c++)
			chance[c] = simulation.chance[c * simulation.k + e.ours];
	}
	const pct = (s: Float64Array) => Object.fromEntries(e.ids.map((id, j) => [id, 100 * s[j]]));
	return {
		forecast: f,
		entities: e.ids,
		ours: e.ours,
		units,
		contests,
		simulation,
		chance,
		seats: simulation ? seatSummary(simulation, e.ours) : null,
		stateBase: pct(f.base),
		stateTarget: pct(f.target)
	};
}
