/**
 * The positional parameters of each query ($1, $2, … in order), by query name. Each query's text
 * is src/lib/sql/<name in snake_case>.sql. Kept apart from index.ts (which imports the texts with
 * Vite's `?raw`) so that Node scripts without Vite (the pipeline's snapshot step) can run the same
 * queries: sqlFile('seatSegments') → 'seat_segments.sql'.
 */
export const QUERY_PARAMS = {
	acs: [],
	pcs: [],
	elections: [],
	parties: [],
	alliances: [],
	unitResults: ['election_id', 'unit', 'level', 'party'],
	seatSegments: ['pc_no'],
	seatResults: ['pc_no'],
	partyVotes: ['pc_no', 'election_id'],
	acBooths: ['election_id', 'ac_no', 'ours'],
	acParties: ['election_id', 'ac_no'],
	boothCoverage: ['ac_no'],
	boothTotals: ['election_id', 'ac_no'],
	boothParts: ['election_id', 'ac_no'],
	boothPoints: ['election_id', 'ac_no'],
	seatPartyVotes: ['pc_no'],
	seatPartyTotals: ['pc_no'],
	acPartyTotals: ['ac_no'],
	acBoothVotes: ['election_id', 'ac_no'],
	pcPartyVotes: ['election_id'],
	forecastVotes: []
} as const;

export type QueryName = keyof typeof QUERY_PARAMS;

/** The file that holds a query's text. */
export const sqlFile = (name: QueryName): string =>
	name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) + '.sql';
