/**
 * Colours of the 2027 page: an entity (bloc, party alone, OTH) takes the colour of its biggest
 * party in the baseline; a chance of winning falls in one of five bands, coloured from the main
 * rival's colour (0%) through grey (a tossup) to ours (100%).
 *
 *   entityColour(file, plan, 'INDIA') → SP's red;  band(0.45) → 'tossup'
 */
import { interpolateRgb } from 'd3';
import type { Plan2027, Y2027File } from './y2027.ts';
import { partyBase } from './y2027.ts';

export const OTHERS = '#a3a3a3';

export function entityColour(file: Y2027File, plan: Plan2027, id: string): string {
	const bloc = plan.blocs.find((b) => b.id === id);
	const base = partyBase(file);
	const lead = bloc ? [...bloc.parties].sort((a, b) => (base[b] ?? 0) - (base[a] ?? 0))[0] : id;
	return file.parties[lead]?.[2] ?? OTHERS;
}

export const BANDS = ['long', 'reach', 'tossup', 'lean', 'safe'] as const;
export type Band = (typeof BANDS)[number];
/** lower bounds of the bands, as chances (0–1) */
export const BAND_FROM: Record<Band, number> = {
	long: 0,
	reach: 0.1,
	tossup: 0.4,
	lean: 0.6,
	safe: 0.9
};

export function band(chance: number): Band {
	for (let i = BANDS.length - 1; i > 0; i--) if (chance >= BAND_FROM[BANDS[i]]) return BANDS[i];
	return 'long';
}

/** Five colours, long shot to safe. */
export function bandColours(ours: string, rival: string): Record<Band, string> {
	const toRival = interpolateRgb('#d9d9d9', rival);
	const toOurs = interpolateRgb('#d9d9d9', ours);
	return {
		long: toRival(0.9),
		reach: toRival(0.45),
		tossup: '#d9d9d9',
		lean: toOurs(0.5),
		safe: toOurs(1)
	};
}
