/**
 * How a projection did against what happened, contest by contest: winners right, the error in our
 * margin (ours − best other, points), seats against the actual with the simulation's 80% range,
 * calibration (of the contests given a chance in a band, how many were won) and the Brier score
 * (mean squared difference between our chance and 1 if won, 0 if not; 0 is perfect, 0.25 is what
 * a coin gives).
 *
 *   score(projected, actual, sim) → { winnersRight: 371, contests: 403, meanAbsError: 5.1, … }
 */
import { entityOf, type Entities } from './entities.ts';
import { outcomes, type Outcomes } from './project.ts';
import type { UnitVotes } from './types.ts';
import { percentile, seatSummary, type SeatSummary, type Simulation } from './simulate.ts';

export interface CalibrationBand {
	/** chance from, to (0–1; the last band includes 1) */
	from: number;
	to: number;
	contests: number;
	won: number;
	/** mean chance given in the band */
	meanChance: number;
}

export interface Score {
	contests: number;
	winnersRight: number;
	meanAbsError: number;
	medianAbsError: number;
	/** projected margin minus actual, on average (positive: we were overrated) */
	meanError: number;
	seats: {
		projected: number;
		actual: number;
		/** the simulation's, or null without one */
		sim: Omit<SeatSummary, 'distribution'> | null;
		inRange: boolean | null;
	};
	calibration: CalibrationBand[];
	brier: number | null;
}

export const BANDS = [0, 0.2, 0.4, 0.6, 0.8, 1];

export function score(
	projected: Outcomes,
	actual: Outcomes,
	ours: number,
	sim: Simulation | null
): Score {
	if (projected.n !== actual.n) throw new Error('projected and actual have different contests');
	const errs: number[] = [];
	let right = 0;
	let bias = 0;
	let seatsP = 0;
	let seatsA = 0;
	let brier = 0;
	let counted = 0;
	const bands: CalibrationBand[] = BANDS.slice(0, -1).map((from, i) => ({
		from,
		to: BANDS[i + 1],
		contests: 0,
		won: 0,
		meanChance: 0
	}));
	for (let u = 0; u < actual.n; u++) {
		if (actual.total[u] <= 0 || projected.total[u] <= 0) continue;
		counted++;
		if (projected.winner[u] === actual.winner[u]) right++;
		const e = projected.marginPts[u] - actual.marginPts[u];
		errs.push(Math.abs(e));
		bias += e;
		const won = actual.winner[u] === ours ? 1 : 0;
		seatsA += won;
		if (projected.winner[u] === ours) seatsP++;
		if (sim) {
			const p = sim.chance[u * sim.k + ours];
			brier += (p - won) ** 2;
			const b = bands.find((x, i) => p >= x.from && (p < x.to || i === bands.length - 1))!;
			b.contests++;
			b.won += won;
			b.meanChance += p;
		}
	}
	for (const b of bands) if (b.contests) b.meanChance /= b.contests;
	errs.sort((a, b) => a - b);
	const summary = sim ? seatSummary(sim, ours) : null;
	return {
		contests: counted,
		winnersRight: right,
		meanAbsError: errs.reduce((t, x) => t + x, 0) / counted,
		medianAbsError: medianOf(errs),
		meanError: bias / counted,
		seats: {
			projected: seatsP,
			actual: seatsA,
			sim: summary
				? { median: summary.median, lo: summary.lo, hi: summary.hi, mean: summary.mean }
				: null,
			inRange: summary ? seatsA >= summary.lo && seatsA <= summary.hi : null
		},
		calibration: bands,
		brier: sim ? brier / counted : null
	};
}

/** The median (mean of the two middle values for an even count) of sorted numbers. */
export function medianOf(sorted: number[]): number {
	const n = sorted.length;
	if (!n) return NaN;
	return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/**
 * Who won each declared contest and by how much: each entity counts with its best candidate
 * (a bloc's best member, the best independent), so allies who stood against each other and
 * independents are not added up into a winner nobody was.
 */
export function declared(units: UnitVotes[], e: Entities): Outcomes {
	const k = e.ids.length;
	const best = new Float64Array(units.length * k);
	const total = new Float64Array(units.length);
	units.forEach((u, i) => {
		total[i] = u.total;
		for (const [p, v] of Object.entries(u.top ?? u.votes)) {
			const j = entityOf(e, p);
			best[i * k + j] = Math.max(best[i * k + j], u.total > 0 ? v / u.total : 0);
		}
	});
	return outcomes({ n: units.length, k, entities: e, total }, best);
}

export { percentile };
