/**
 * The 2027 page's simulation worker: receives the data file once and then plans, runs the engine
 * (runForecast: projection and the seeded simulations) and posts back each plan's summary with the
 * plan's number, so that the page shows only the answer to its latest plan. Seeded: the same plan
 * gives the same numbers here, in Node and in the tests.
 */
import { runForecast } from '../model/forecast/index.ts';
import { forecastInput, summarize, type Plan2027, type Y2027File } from './y2027.ts';

export type WorkerIn = { file: Y2027File } | { id: number; plan: Plan2027 };
export type WorkerOut =
	{ id: number; summary: ReturnType<typeof summarize>; ms: number } | { id: number; error: string };

let file: Y2027File | null = null;

self.onmessage = (ev: MessageEvent<WorkerIn>) => {
	const m = ev.data;
	if ('file' in m) {
		file = m.file;
		return;
	}
	const t0 = performance.now();
	try {
		if (!file) throw new Error('no data file yet');
		const summary = summarize(runForecast(forecastInput(file, m.plan)));
		self.postMessage({ id: m.id, summary, ms: performance.now() - t0 } satisfies WorkerOut);
	} catch (e) {
		self.postMessage({ id: m.id, error: (e as Error).message } satisfies WorkerOut);
	}
};
