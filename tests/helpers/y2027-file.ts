/**
 * The /2027/ page's data file as committed (static/forecast/y2027.json, built by
 * npm run forecast:2027), read and checked as the page reads it.
 */
import { readFileSync } from 'node:fs';
import { parseY2027, type Y2027File } from '../../src/lib/forecast/y2027.ts';

export const readY2027File = (): Y2027File =>
	parseY2027(
		JSON.parse(readFileSync(new URL('../../static/forecast/y2027.json', import.meta.url), 'utf8'))
	);
