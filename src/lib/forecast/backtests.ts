/**
 * The forecast backtests file (static/forecast/backtests.json, written by `npm run forecast`) as
 * the /backtest/ page reads it, and the page's choice of backtest in the URL
 * (`?bt=AE2022&sh=actual`). Pure: the component fetches and renders.
 *
 *   chosenRun(file, new URLSearchParams('bt=LS2024&sh=baseline')) → the LS2024 run without knowledge
 */
import type { BacktestRun, ModelSettings, Variant } from '$lib/model/forecast/backtest.ts';

export interface BacktestsFile {
	settings: ModelSettings;
	sims: number;
	seed: number;
	runs: BacktestRun[];
	rollingOrigin?: { chosenOn: string[]; settings: ModelSettings; runs: BacktestRun[] };
}

export const FILE = 'forecast/backtests.json';
export const DEFAULT_TARGET = 'AE2022';
export const DEFAULT_VARIANT: Variant = 'actual';

/** Checks the file's shape enough to render it; throws a message naming what is missing. */
export function parseBacktests(json: unknown): BacktestsFile {
	const f = json as Partial<BacktestsFile>;
	if (!f || !Array.isArray(f.runs) || !f.runs.length || !f.settings)
		throw new Error(`${FILE} has no runs or settings: run npm run forecast`);
	for (const r of f.runs)
		if (!r.target || !r.variant || !r.score || !Array.isArray(r.contests))
			throw new Error(`${FILE}: a run lacks target, variant, score or contests`);
	return f as BacktestsFile;
}

export function targetsOf(f: BacktestsFile): string[] {
	return [...new Set(f.runs.map((r) => r.target))];
}

/** The backtest the URL asks for, or the default (AE2022 with the actual shares given). */
export function chosenRun(f: BacktestsFile, params: URLSearchParams): BacktestRun {
	const targets = targetsOf(f);
	const bt = params.get('bt');
	const target =
		bt && targets.includes(bt)
			? bt
			: targets.includes(DEFAULT_TARGET)
				? DEFAULT_TARGET
				: targets[0];
	const sh = params.get('sh');
	const variant: Variant = sh === 'baseline' || sh === 'actual' ? sh : DEFAULT_VARIANT;
	return (
		f.runs.find((r) => r.target === target && r.variant === variant) ??
		f.runs.find((r) => r.target === target)!
	);
}

/** The query string of a choice, for links. */
/**
 * The query string of another backtest choice: `bt` and `sh` set, every other parameter of the
 * current URL kept (the seat backtest's what-if settings and its seat share the page).
 */
export function choiceQuery(current: URLSearchParams, target: string, variant: Variant): string {
	const q = new URLSearchParams(current);
	q.set('bt', target);
	q.set('sh', variant);
	return `?${q}`;
}

/** The representative party of an entity (for its colour): SP or BJP if a bloc holds them. */
export function leadParty(run: BacktestRun, entity: string): string {
	const bloc = run.blocs.find((b) => b.id === entity);
	if (!bloc) return entity;
	return ['SP', 'BJP'].find((p) => bloc.parties.includes(p)) ?? bloc.parties[0];
}
