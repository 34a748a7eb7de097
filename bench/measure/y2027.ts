/**
 * Row 13: what the /2027/ page's worker does for one plan (src/lib/forecast/y2027.worker.ts):
 * runForecast over static/forecast/y2027.json's 403 ACs with 1,000 seeded simulations, summarised
 * for the page (summarize), alternating SP's state-wide share 34/36/38/40%. Medians of repeated
 * runs in this process after a warm-up; in the browser the worker adds the message round trip.
 */
import { readFileSync } from 'node:fs';
import {
	defaultPlan,
	forecastInput,
	parseY2027,
	summarize as summary
} from '../../src/lib/forecast/y2027.ts';
import { runForecast } from '../../src/lib/model/forecast/index.ts';
import { check, type Row } from '../lib/report.ts';
import { range, summarize } from '../lib/stats.ts';

export function y2027Rows(quick: boolean): Row[] {
	const file = parseY2027(JSON.parse(readFileSync('static/forecast/y2027.json', 'utf8')));
	const shares = [34, 36, 38, 40];
	const one = (i: number) =>
		summary(runForecast(forecastInput(file, { ...defaultPlan(), shares: { SP: shares[i % 4] } })));
	const times: number[] = [];
	for (let i = 0; i < (quick ? 5 : 13) + 2; i++) {
		const s = performance.now();
		one(i);
		if (i >= 2) times.push(performance.now() - s);
	}
	const def = summary(runForecast(forecastInput(file, defaultPlan())));
	const t = summarize(times);
	return [
		{
			id: '13',
			name: '/2027/ worker: a plan → 403 ACs, 1,000 simulations, summary (Node)',
			value: `${range(t)}; default plan INDIA median ${def.seats.median} (${def.seats.lo}–${def.seats.hi}), single projection ${def.projected}`,
			target: '≤ 1 s',
			status: check(t.median <= 1000),
			data: { times: t, default: { ...def.seats, distribution: undefined } }
		}
	];
}
