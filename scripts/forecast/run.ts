/**
 * npm run forecast: chooses the forecast's default settings on the oldest backtest (AE2017, see
 * src/lib/model/forecast/select.ts), scores them on every backtest with and without the actual
 * state-wide shares, estimates what the 2027 projection needs from every election up to 2024
 * (transition matrix, error spreads), and writes:
 *
 *   src/lib/model/forecast/defaults.json   the chosen settings and the 2027 estimates (the app reads it)
 *   static/forecast/backtests.json         every backtest run, contest by contest (the /backtest/ page)
 *
 * and prints the report. Deterministic: the same data give the same files (tests/sql/forecast.test.ts
 * checks the committed defaults against a fresh run). About 20 s.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import prettier from 'prettier';
import { computeForecastFiles } from './compute.ts';

const ROOT = join(import.meta.dirname, '../..');
const started = performance.now();
const { defaults, backtests, report } = await computeForecastFiles(join(ROOT, 'static/data'));
/** defaults.json is read by people too: formatted as the repository formats JSON. */
const write = async (path: string, data: unknown, pretty: boolean) => {
	const file = join(ROOT, path);
	mkdirSync(dirname(file), { recursive: true });
	const text = JSON.stringify(data) + '\n';
	const options = { ...(await prettier.resolveConfig(file)), filepath: file };
	writeFileSync(file, pretty ? await prettier.format(text, options) : text);
	console.log(`wrote ${path}`);
};
await write('src/lib/model/forecast/defaults.json', defaults, true);
// generated data for the /backtest/ page, one line (static/forecast/ is in .prettierignore)
await write('static/forecast/backtests.json', backtests, false);
console.log('\n' + report + '\n');
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
