/**
 * Kshetra's queries. Each lives in its own .sql file (this is the only module that imports them);
 * each entry names its positional parameters, so callers pass an object and never build SQL.
 *
 *   await run(db, queries.seatSegments, { pc_no: 43 })
 */
import type { Db, Param } from '$lib/db/db.ts';
import acBooths from './ac_booths.sql?raw';
import acBoothVotes from './ac_booth_votes.sql?raw';
import acs from './acs.sql?raw';
import alliances from './alliances.sql?raw';
import boothCoverage from './booth_coverage.sql?raw';
import boothParts from './booth_parts.sql?raw';
import boothTotals from './booth_totals.sql?raw';
import elections from './elections.sql?raw';
import parties from './parties.sql?raw';
import partyVotes from './party_votes.sql?raw';
import pcPartyVotes from './pc_party_votes.sql?raw';
import pcs from './pcs.sql?raw';
import seatPartyVotes from './seat_party_votes.sql?raw';
import seatResults from './seat_results.sql?raw';
import seatSegments from './seat_segments.sql?raw';
import unitResults from './unit_results.sql?raw';

export interface Query<P extends string> {
	text: string;
	params: readonly P[];
}

const q = <P extends string>(text: string, params: readonly P[]): Query<P> => ({ text, params });

export const queries = {
	acs: q(acs, []),
	pcs: q(pcs, []),
	elections: q(elections, []),
	parties: q(parties, []),
	alliances: q(alliances, []),
	unitResults: q(unitResults, ['election_id', 'unit', 'level', 'party']),
	seatSegments: q(seatSegments, ['pc_no']),
	seatResults: q(seatResults, ['pc_no']),
	partyVotes: q(partyVotes, ['pc_no', 'election_id']),
	acBooths: q(acBooths, ['election_id', 'ac_no', 'ours']),
	boothCoverage: q(boothCoverage, ['ac_no']),
	boothTotals: q(boothTotals, ['election_id', 'ac_no']),
	boothParts: q(boothParts, ['election_id', 'ac_no']),
	seatPartyVotes: q(seatPartyVotes, ['pc_no']),
	acBoothVotes: q(acBoothVotes, ['election_id', 'ac_no']),
	pcPartyVotes: q(pcPartyVotes, ['election_id'])
} as const;

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
