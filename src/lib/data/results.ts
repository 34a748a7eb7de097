/**
 * Typed loaders for the result queries. They choose which rows a view reads (the source level)
 * from the election and the map unit, so that components never build SQL or pick levels.
 */
import type { Db } from '$lib/db/db.ts';
import type { ElectionId, Level } from '$lib/model/types.ts';
import { queries, run } from '$lib/sql/index.ts';
import { members2027 } from './blocs.ts';

export interface UnitResult {
	unit_no: number;
	winner_party: string;
	winner: string | null;
	winner_votes: number;
	runner_up_party: string | null;
	runner_up: string | null;
	runner_up_votes: number | null;
	margin: number;
	margin_pct: number;
	winner_share: number;
	party_votes: number;
	party_share: number;
	valid_votes: number;
	electors: number | null;
	postal_votes: number | null;
	turnout_pct: number | null;
}

/**
 * Which result rows answer "unit U in election E": an assembly election is read at AC level (and
 * summed by party for a PC); a Lok Sabha election at PC level, or by assembly segment for an AC.
 */
export function sourceLevel(election: ElectionId, unit: 'ac' | 'pc'): Level {
	if (election.startsWith('AE')) return 'AC';
	return unit === 'ac' ? 'SEG' : 'PC';
}

export function loadUnitResults(
	db: Db,
	election: ElectionId,
	unit: 'ac' | 'pc',
	party: string
): Promise<UnitResult[]> {
	return run<UnitResult, 'election_id' | 'unit' | 'level' | 'party'>(db, queries.unitResults, {
		election_id: election,
		unit: unit.toUpperCase(),
		level: sourceLevel(election, unit),
		// a 2027 bloc (INDIA-2027) is asked for as its parties, SP+INC; an election's own
		// alliance (INDIA in LS2024) is found by the SQL
		party: members2027(party)?.join('+') ?? party
	});
}

export interface SegmentResult {
	election_id: ElectionId;
	year: number;
	kind: 'AE' | 'LS';
	ac_no: number;
	ac_name: string;
	ac_name_hi: string;
	winner: string;
	winner_party: string;
	winner_votes: number;
	runner_up: string | null;
	runner_up_party: string | null;
	runner_up_votes: number | null;
	margin: number;
	margin_pct: number;
	valid_votes: number;
	electors: number | null;
	turnout_pct: number | null;
	/** NULL where the party had no candidate */
	sp_share: number | null;
	bjp_share: number | null;
	inc_share: number | null;
	bsp_share: number | null;
}

export function loadSeatSegments(db: Db, pc: number): Promise<SegmentResult[]> {
	return run<SegmentResult, 'pc_no'>(db, queries.seatSegments, { pc_no: pc });
}

export interface SeatResult {
	election_id: ElectionId;
	kind: 'AE' | 'LS';
	year: number;
	winner: string | null;
	winner_party: string;
	winner_votes: number;
	runner_up: string | null;
	runner_up_party: string;
	runner_up_votes: number;
	margin: number;
	margin_pct: number;
	valid_votes: number;
	electors: number | null;
	postal_votes: number | null;
	/** 'reported' by the ECI (2024) or 'derived' (TCPD total − EVM segment votes) */
	postal_source: 'reported' | 'derived' | null;
	turnout_pct: number | null;
}

export function loadSeatResults(db: Db, pc: number): Promise<SeatResult[]> {
	return run<SeatResult, 'pc_no'>(db, queries.seatResults, { pc_no: pc });
}

export interface PartyVotes {
	ac_no: number;
	party: string;
	candidate: string;
	votes: number;
	share: number;
}

export function loadPartyVotes(db: Db, pc: number, election: ElectionId): Promise<PartyVotes[]> {
	return run<PartyVotes, 'pc_no' | 'election_id'>(db, queries.partyVotes, {
		pc_no: pc,
		election_id: election
	});
}
