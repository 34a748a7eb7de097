/**
 * Kshetra's queries. Each lives in its own .sql file (this is the only module that imports them);
 * each entry names its positional parameters, so callers pass an object and never build SQL.
 *
 *   await run(db, queries.seatSegments, { pc_no: 43 })
 */
import type { Db, Param } from '$lib/db/db.ts';
import { QUERY_PARAMS, type QueryName } from './params.ts';
import acBooths from './ac_booths.sql?raw';
import acBoothVotes from './ac_booth_votes.sql?raw';
import acParties from './ac_parties.sql?raw';
import acPartyTotals from './ac_party_totals.sql?raw';
import acs from './acs.sql?raw';
import alliances from './alliances.sql?raw';
import boothCoverage from './booth_coverage.sql?raw';
import boothParts from './booth_parts.sql?raw';
import boothPoints from './booth_points.sql?raw';
import boothTotals from './booth_totals.sql?raw';
import elections from './elections.sql?raw';
import forecastVotes from './forecast_votes.sql?raw';
import parties from './parties.sql?raw';
import partyVotes from './party_votes.sql?raw';
import pcPartyVotes from './pc_party_votes.sql?raw';
import pcs from './pcs.sql?raw';
import seatPartyTotals from './seat_party_totals.sql?raw';
import seatPartyVotes from './seat_party_votes.sql?raw';
import seatResults from './seat_results.sql?raw';
import seatSegments from './seat_segments.sql?raw';
import unitResults from './unit_results.sql?raw';

export interface Query<P extends string> {
	text: string;
	params: readonly P[];
}

const q = <N extends keyof typeof QUERY_PARAMS>(
	text: string,
	name: N
): Query<(typeof QUERY_PARAMS)[N][number]> => ({ text, params: QUERY_PARAMS[name] });

export const queries = {
	acs: q(acs, 'acs'),
	pcs: q(pcs, 'pcs'),
	elections: q(elections, 'elections'),
	parties: q(parties, 'parties'),
	alliances: q(alliances, 'alliances'),
	unitResults: q(unitResults, 'unitResults'),
	seatSegments: q(seatSegments, 'seatSegments'),
	seatResults: q(seatResults, 'seatResults'),
	partyVotes: q(partyVotes, 'partyVotes'),
	acBooths: q(acBooths, 'acBooths'),
	acParties: q(acParties, 'acParties'),
	boothCoverage: q(boothCoverage, 'boothCoverage'),
	boothTotals: q(boothTotals, 'boothTotals'),
	boothParts: q(boothParts, 'boothParts'),
	boothPoints: q(boothPoints, 'boothPoints'),
	seatPartyVotes: q(seatPartyVotes, 'seatPartyVotes'),
	seatPartyTotals: q(seatPartyTotals, 'seatPartyTotals'),
	acPartyTotals: q(acPartyTotals, 'acPartyTotals'),
	acBoothVotes: q(acBoothVotes, 'acBoothVotes'),
	pcPartyVotes: q(pcPartyVotes, 'pcPartyVotes'),
	forecastVotes: q(forecastVotes, 'forecastVotes')
} as const satisfies Record<QueryName, Query<string>>;

export function run<T, P extends string>(
	db: Db,
	query: Query<P>,
	values: Record<P, Param>
): Promise<T[]> {
	return db.query<T>(
		query.text,
		query.params.map((p) => {
			if (!(p in values)) throw new Error(`query parameter "${p}" is missing`);
			return values[p];
		})
	);
}
