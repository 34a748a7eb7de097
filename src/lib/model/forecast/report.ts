/**
 * The backtest report as text: one Markdown table of every backtest and variant, for
 * `npm run forecast`, `npm run bench` and the docs.
 *
 *   reportTable(runs) → '| Backtest | Shares | Winners right | … |\n|---|…'
 */
import type { BacktestRun } from './backtest.ts';

const f1 = (x: number) => x.toFixed(1);
const f3 = (x: number) => x.toFixed(3);

export const VARIANT_TEXT = {
	baseline: 'not known (baseline shares)',
	actual: 'actual state-wide shares given'
};

export function reportRow(r: BacktestRun) {
	const s = r.score;
	const band = s.calibration.find((b) => b.from === 0.6)!;
	const sim = s.seats.sim;
	return {
		backtest: `${r.target} from ${Object.entries(r.baseline)
			.map(([e, w]) => `${e} ×${w}`)
			.join(' + ')}`,
		shares: VARIANT_TEXT[r.variant],
		winners: `${s.winnersRight} of ${s.contests} (${f1((100 * s.winnersRight) / s.contests)}%)`,
		error: `${f1(s.meanAbsError)} / ${f1(s.medianAbsError)} pts`,
		seats: `${r.ours}: ${s.seats.projected}${sim ? `; sim ${sim.median} (${sim.lo}–${sim.hi})` : ''}; actual ${s.seats.actual}${s.seats.inRange === null ? '' : s.seats.inRange ? ' ✓' : ' ✗'}`,
		calibration: band.contests
			? `${band.won} of ${band.contests} won (${f1((100 * band.won) / band.contests)}%)`
			: 'none given 60–80%',
		brier: s.brier === null ? '–' : f3(s.brier)
	};
}

export function reportTable(runs: BacktestRun[]): string {
	const head = [
		'Backtest',
		'State-wide shares',
		'Winners right',
		'Margin error mean / median',
		'Seats: projected; simulated median (80% range); actual',
		'Given 60–80%',
		'Brier'
	];
	const rows = runs.map((r) => Object.values(reportRow(r)));
	return [
		`| ${head.join(' | ')} |`,
		`|${head.map(() => '---').join('|')}|`,
		...rows.map((c) => `| ${c.join(' | ')} |`)
	].join('\n');
}
