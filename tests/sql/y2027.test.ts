/**
 * static/forecast/y2027.json (the /2027/ page's data) is what npm run forecast:2027 builds from
 * static/data now: every AC's 2027 baseline is the backtests' own blend (Backtester.baseline with
 * defaults.json's settings), and the 2022 winners are the declared ones (ECI: Karhal, SP; Gorakhpur
 * Urban, BJP).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build2027File } from '../../scripts/forecast/y2027.ts';
import { parseY2027 } from '../../src/lib/forecast/y2027.ts';
import { DATA_DIR } from './helpers.ts';

const committed = parseY2027(
	JSON.parse(readFileSync(new URL('../../static/forecast/y2027.json', import.meta.url), 'utf8'))
);

describe('static/forecast/y2027.json', () => {
	it('is what npm run forecast:2027 builds from static/data', async () => {
		const fresh: unknown = JSON.parse(JSON.stringify(await build2027File(DATA_DIR)));
		expect(fresh).toEqual(committed);
	});

	it('holds 403 ACs with the 2022 winners as declared', () => {
		expect(committed.acs).toHaveLength(403);
		const byName = (n: string) => committed.acs.find((a) => a.name === n);
		expect(byName('Karhal')?.won2022).toBe('SP');
		expect(byName('Gorakhpur Urban')?.won2022).toBe('BJP');
		expect(committed.baseline).toEqual({ AE2022: 0.25, LS2024: 0.75 });
	});
});
