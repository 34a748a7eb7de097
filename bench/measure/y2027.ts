/**
 * Row 13: what the /2027/ page's worker does for one plan (src/lib/forecast/y2027.worker.ts):
 * runForecast over static/forecast/y2027.json's 403 ACs with 1,000 seeded simulations, summarised
 * for the page (summarize), alternating SP's state-wide share 34/36/38/40%; and what the page
 * computes on its own thread for the same move before the worker answers (central2027: the
 * projection without simulations, every AC's margin and winner). Medians of repeated runs in this
 * process after a warm-up; in the browser the worker adds the message round trip.
 */
import { readFileSync } from 'node:fs';
import {
	central2027,
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
	const centralTimes: number[] = [];
	for (let i = 0; i < (quick ? 11 : 41) + 3; i++) {
		const s = performance.now();
		central2027(file, { ...defaultPlan(), shares: { SP: shares[i % 4] } });
		if (i >= 3) centralTimes.push(performance.now() - s);
	}
	const c = summarize(centralTimes);
	return [
		{
			id: '13',
			name: '/2027/ worker: a plan → 403 ACs, 1,000 simulations, summary (Node)',
			value: `${range(t)}; default plan INDIA median ${def.seats.median} (${def.seats.lo}–${def.seats.hi}), single projection ${def.projected}`,
			target: '≤ 1 s',
			status: check(t.median <= 1000),
			data: { times: t, default: { ...def.seats, distribution: undefined } }
		},
		{
			id: '13',
			name: '/2027/ central projection on the page’s thread: a plan → 403 ACs’ margins and winners, no simulation (Node)',
			value: range(c),
			target: '≤ 100 ms',
			status: check(c.median <= 100),
			data: { times: c }
		}
	];
}
