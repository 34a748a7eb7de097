/**
 * The canonical tables of DESIGN.md as TypeScript row types. The pipeline (data/pipeline) writes
 * them to static/data/*.parquet; the browser and the Node tests read them back into DuckDB.
 */

/** LS = Lok Sabha (parliament), AE = Vidhan Sabha (assembly). */
export const ELECTION_IDS = [
	'LS2009',
	'AE2012',
	'LS2014',
	'AE2017',
	'LS2019',
	'AE2022',
	'LS2024'
] as const;
export type ElectionId = (typeof ELECTION_IDS)[number];

/**
 * AC: an assembly election result for one AC. PC: a Lok Sabha result for one PC.
 * SEG: Lok Sabha votes counted in one assembly segment (AC) of a PC (EVM votes only).
 */
export type Level = 'AC' | 'PC' | 'SEG';

export interface ContestRow {
	election_id: ElectionId;
	level: Level;
	pc_no: number;
	/** null for level PC */
	ac_no: number | null;
	/** null where no source gives them (Lok Sabha segments) */
	electors: number | null;
	/** valid votes including NOTA and, where the source has them, postal ballots */
	valid_votes: number;
	/** postal ballots included in valid_votes; null where unknown */
	postal_votes: number | null;
	/** where postal_votes comes from (null when it is null) */
	postal_source: PostalSource | null;
	/** valid_votes / electors × 100, as the source (TCPD definition) gives it; null if no electors */
	turnout_pct: number | null;
	/** short id of the source file(s), see static/data/manifest.json */
	source: string;
}

export interface ResultRow {
	election_id: ElectionId;
	level: Level;
	pc_no: number;
	ac_no: number | null;
	candidate: string;
	/** party abbreviation as in the sources (BJP, SP, INC, BSP, IND, NOTA …) */
	party: string;
	/** total votes (EVM + postal where known) */
	votes: number;
	/** EVM votes where the source separates them (or they are derived, see postal_source), else null */
	evm_votes: number | null;
	postal_votes: number | null;
	/** where evm_votes and postal_votes of a PC row come from (null when postal_votes is null) */
	postal_source: PostalSource | null;
}

/**
 * reported: the source gives EVM and postal votes apart (ECI, LS2024).
 * derived: postal = TCPD total (with postal) − ElectionLens EVM votes summed over the assembly
 * segments (LS2009–2019), each checked to lie between 0 and a plausible bound
 * (data/pipeline/results.ts postalBound); the two sources' faults are listed in
 * data/pipeline/known-discrepancies.ts and have no derived value.
 */
export type PostalSource = 'reported' | 'derived';

export interface AcRow {
	ac_no: number;
	ac_name: string;
	/** the name in Hindi (Devanagari), from data/pipeline/ac-names-hi.ts */
	ac_name_hi: string;
	ac_type: 'GEN' | 'SC' | 'ST';
	pc_no: number;
	district: string;
}

export interface PcRow {
	pc_no: number;
	pc_name: string;
	pc_name_hi: string;
	pc_type: 'GEN' | 'SC' | 'ST';
}

export interface PartyRow {
	party: string;
	name_en: string;
	name_hi: string | null;
	colour: string;
	/** the code the same party has in other elections' sources (ADS → ADAL), else null */
	same_as?: string | null;
}

export interface AllianceRow {
	election_id: ElectionId;
	alliance: string;
	alliance_en: string;
	alliance_hi: string;
	party: string;
}

export interface ElectionRow {
	election_id: ElectionId;
	kind: 'LS' | 'AE';
	year: number;
	label_en: string;
	label_hi: string;
	/** what the numbers include and where they come from, shown in the source line */
	note: string;
	/** the same in Hindi */
	note_hi: string;
}

/**
 * How completely an AC's booth rows account for its declared result in one election:
 * exact: booth votes (plus postal ballots the source counts apart) equal every candidate's result;
 * close: they differ by at most 1% of the AC's votes in all; differs: by more; empty: no votes.
 */
export interface BoothCoverageRow {
	election_id: ElectionId;
	ac_no: number;
	booths: number;
	booth_votes: number;
	/** postal ballots the source counts apart from the booths; null where it has none */
	postal_votes: number | null;
	segment_votes: number;
	/** Σ over candidates of |booth sum (+ postal) − declared result| */
	abs_diff: number;
	status: 'exact' | 'close' | 'differs' | 'empty';
}

/** A dataset the site ships, with origin, licence and citation (static/data/manifest.json). */
export interface SourceInfo {
	id: string;
	title: string;
	origin: string;
	licence: string;
	citation?: string;
	used_for: string;
	/** what the pipeline changed in the source's data (each repair is listed in the manifest) */
	changed?: string;
}

/** A group of files the site ships (static/data), what they hold and their sources (SourceInfo ids). */
export interface ShippedFiles {
	/** the path, with * for any run of characters within one path segment: 'seat/*.geojson' */
	pattern: string;
	contents: string;
	sources: string[];
	/** how many files, and their bytes in all */
	files: number;
	bytes: number;
}
