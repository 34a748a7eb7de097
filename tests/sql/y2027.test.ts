/**
 * static/forecast/y2027.json (the /2027/ page's data) is what npm run forecast:2027 builds from
 * static/data now: every AC's 2027 baseline is the backtests' own blend (Backtester.baseline with
 * defaults.json's settings), and the 2022 winners are the declared ones (ECI: Karhal, SP; Gorakhpur
 * Urban, BJP).
 */
import { describe, expect, it } from 'vitest';
import { build2027File } from '../../scripts/forecast/y2027.ts';
import { DATA_DIR } from './helpers.ts';
import { readY2027File } from '../helpers/y2027-file.ts';

const committed = readY2027File();

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
