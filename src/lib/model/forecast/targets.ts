/**
 * The backtests' targets and their blocs: each target election's own pre-poll alliances (the
 * alliances table, parties under their same_as codes), plus members the table cannot list; our
 * side is the bloc holding SP.
 *
 *   backtestDef(history, 'AE2022') → { target: 'AE2022', ours: 'SP+', blocs: [NDA, SP+], reported: true }
 */
import type { History } from './data.ts';
import type { Bloc } from './types.ts';

export interface BacktestDef {
	target: string;
	/** our side: the bloc holding SP */
	ours: string;
	blocs: Bloc[];
	/** scored and reported (false: only measured for the spreads of later targets) */
	reported: boolean;
}

/** The parties the transition matrix follows (every other party is OTH). */
export const MATRIX_PARTIES = ['BJP', 'SP', 'BSP', 'INC', 'RLD'];

/**
 * Members an alliance had that the alliances table does not list because they fielded no
 * candidate of their own: in 2024 the NISHAD Party was in the NDA (its candidate, Praveen
 * Nishad, stood on the BJP's symbol in Sant Kabir Nagar), so its 2022 votes count for the NDA.
 */
export const EXTRA_MEMBERS: Record<string, Record<string, string[]>> = {
	LS2024: { NDA: ['NINSHAD'] }
};

/** The targets, oldest first. AE2012 (from LS2009's segments only) serves the spreads. */
export const TARGETS = ['AE2012', 'AE2017', 'AE2022', 'LS2024'];

/** A target's blocs: its alliances (plus EXTRA_MEMBERS); our side holds SP (SP alone if none). */
export function backtestDef(h: History, target: string): BacktestDef {
	const blocs: Bloc[] = h.alliances
		.filter((a) => a.election === target)
		.map((a) => {
			const id = a.id ?? a.parties.join('+');
			return { id, parties: [...a.parties, ...(EXTRA_MEMBERS[target]?.[id] ?? [])] };
		})
		.sort((a, b) => a.id.localeCompare(b.id));
	let ours = blocs.find((b) => b.parties.includes('SP'))?.id;
	if (!ours) {
		blocs.unshift({ id: 'SP', parties: ['SP'] });
		ours = 'SP';
	}
	return { target, ours, blocs, reported: target !== 'AE2012' };
}
