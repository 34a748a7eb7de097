/**
 * The what-if settings of a contest and the scenario they make: our side (a party, or an alliance
 * of a given election, e.g. INDIA@LS2024), the baseline elections and their weights, a transfer
 * rate per partner, swing, turnout change and how its voters lean, the quadrant thresholds and
 * the organisation-score settings. How they live in the URL is $lib/winnability/settings.ts.
 *
 *   scenarioFor({ ...DEFAULT_WHATIF, side: 'INDIA@LS2024' }, alliances, leadFirst(votes), sameAs)
 *   → { side: ['SP', 'INC', 'AITC'], rivals: [['ADAL', 'BJP', 'RLD', 'SBSP']], rivalNames: ['NDA'], … }
 */
import { DEFAULT_SCORE, type ScoreSettings } from '../org-score.ts';
import type { Move } from '../projection-fast.ts';
import type { Scenario } from '../projection.ts';
import type { AllianceRow, PartyRow } from '../types.ts';
import { DEFAULT_QUADRANT, type QuadrantSettings } from '../winnability.ts';
import type { Weights } from './baseline.ts';

export interface WhatIf {
	side: string;
	base: Weights;
	/** transfer rates in percent, per partner party */
	transfer: Record<string, number>;
	swing: number;
	turnout: number;
	/** points by which the voters a turnout change adds lean to us (0: they split like the unit) */
	lean: number;
	quadrant: QuadrantSettings;
	score: ScoreSettings;
	/** the AC whose booths are shown */
	ac: number | null;
}

/**
 * Kanpur in 2024: the INDIA alliance's candidate was Congress's, with the Samajwadi Party's
 * organisation behind him; the 2022 assembly votes of SP and INC are the natural baseline.
 */
export const DEFAULT_WHATIF: WhatIf = {
	side: 'INDIA@LS2024',
	base: { AE2022: 1 },
	transfer: {},
	swing: 0,
	turnout: 0,
	lean: 0,
	quadrant: DEFAULT_QUADRANT,
	score: DEFAULT_SCORE,
	ac: null
};

/** Party code → the code of the same party in other elections (parties.same_as: ADS → ADAL). */
export type SameAs = Record<string, string>;

/** The same_as map of the parties table (meta.parties). */
export function sameAsOf(parties: Iterable<PartyRow>): SameAs {
	const out: SameAs = {};
	for (const p of parties) if (p.same_as) out[p.party] = p.same_as;
	return out;
}

/** An alliance's name as shown (the site passes the interface language's; default English). */
export type AllianceName = (row: AllianceRow) => string;

/**
 * The scenario for a side: its parties (lead party first: the one with most votes in the baseline
 * goes first when the alliance lists it elsewhere), rival alliances of the same election, and
 * the transfer rates. Parties are named by their same_as code where they have one, as the
 * baselines are (ac_booth_votes.sql, seat_party_votes.sql), so that a party counts for its
 * alliance whatever code each election's source gave it: LS2024's NDA lists ADAL, and an AE2022
 * baseline holds ADS's votes as ADAL.
 */
export function scenarioFor(
	w: WhatIf,
	alliances: AllianceRow[],
	leadFirst: (parties: string[]) => string[],
	sameAs: SameAs,
	allianceName: AllianceName = (a) => a.alliance_en
): Scenario {
	const [name, election] = w.side.split('@');
	const code = (p: string) => sameAs[p] ?? p;
	const members = election
		? alliances
				.filter((a) => a.alliance === name && a.election_id === election)
				.map((a) => code(a.party))
		: [];
	const side = members.length ? leadFirst([...new Set(members)]) : [code(name)];
	const rivalIds = election
		? [
				...new Set(
					alliances
						.filter((a) => a.election_id === election && a.alliance !== name)
						.map((a) => a.alliance)
				)
			]
		: [];
	const ofAlliance = (r: string) =>
		alliances.filter((a) => a.election_id === election && a.alliance === r);
	const rivals = rivalIds.map((r) => [...new Set(ofAlliance(r).map((a) => code(a.party)))]);
	const rivalNames = rivalIds.map((r) => allianceName(ofAlliance(r)[0]));
	// every party's rate, the first one's too: the backtest leads each seat with its own biggest
	// party (backtest.ts), which need not be the one listed first here (the alliance table lists
	// ADAL first in NDA 2024); the lead party transfers fully whatever its rate
	const transfer = Object.fromEntries(side.map((p) => [p, (w.transfer[p] ?? 100) / 100]));
	return { side, transfer, rivals, rivalNames, swing: w.swing, turnout: w.turnout, lean: w.lean };
}

/** The what-if move of a scenario (what a slider changes). */
export const moveOf = (s: Scenario): Move => ({
	transfer: s.transfer,
	swing: s.swing,
	turnout: s.turnout,
	lean: s.lean ?? 0
});
