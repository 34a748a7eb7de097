/**
 * Readers for the raw files in data/raw (see data/raw/SOURCES.md). Each returns the file's rows
 * as plain objects with numbers parsed and nothing else changed; reconciling sources happens in
 * results.ts. Paths are relative to data/raw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse, csvParseRows } from 'd3-dsv';

/** data/raw, or another copy of it (tests point KSHETRA_RAW at a deliberately broken copy). */
export const RAW = process.env.KSHETRA_RAW ?? join(import.meta.dirname, '..', 'raw');

function readText(rel: string): string {
	// A file may start with a UTF-8 BOM (info-design-lab's turnout.csv did).
	return readFileSync(join(RAW, rel), 'utf8').replace(/^\uFEFF/, '');
}

export function readJson<T>(rel: string): T {
	return JSON.parse(readText(rel)) as T;
}

/** Parses an integer cell, accepting Indian digit grouping ("16,11,248"); throws naming the cell. */
export function int(value: string | number | null | undefined, where: string): number {
	if (typeof value === 'number' && Number.isInteger(value)) return value;
	const s = String(value ?? '')
		.replace(/,/g, '')
		.trim();
	if (!/^-?\d+$/.test(s)) throw new Error(`${where}: expected a whole number, got "${value}"`);
	return Number(s);
}

// ---------------------------------------------------------------------------------------------
// 2008 delimitation order (datameet): AC → PC

export interface DelimitationRow {
	ac_no: number;
	ac_name: string;
	ac_type: 'GEN' | 'SC' | 'ST';
	pc_no: number;
	pc_name: string;
	pc_type: 'GEN' | 'SC' | 'ST';
}

export const DELIMITATION_FILE = 'results/datameet_2014/2008-constituencies.UP.csv';

export function readDelimitation(): DelimitationRow[] {
	return csvParse(readText(DELIMITATION_FILE)).map((r, i) => {
		const where = `${DELIMITATION_FILE} row ${i + 2}`;
		const type = (t: string | undefined) => (t === 'SC' || t === 'ST' ? t : 'GEN') as 'GEN';
		return {
			ac_no: int(r.AC_CODE, where + ' column AC_CODE'),
			ac_name: r.AC_NAME,
			ac_type: type(r.AC_TYPE),
			pc_no: int(r.PC_CODE, where + ' column PC_CODE'),
			pc_name: r.PC_NAME,
			pc_type: type(r.PC_TYPE)
		};
	});
}

// ---------------------------------------------------------------------------------------------
// ElectionLens (TCPD-derived) JSON

export interface ElCandidate {
	name: string;
	party: string;
	votes: number;
	position: number;
	acWiseVotes?: { acName: string; votes: number }[];
}

export interface ElRecord {
	constituencyNo: number;
	constituencyName: string;
	name: string;
	validVotes: number;
	electors: number;
	turnout: number;
	districtName?: string;
	candidates: ElCandidate[];
	acWiseResults?: Record<string, { acName: string; acNo?: number; validVotes: number }>;
}

export function electionLensFile(kind: 'ac' | 'pc', year: number): string {
	return `results/electionlens_up/${kind}_UP_${year}.json`;
}

/** Records sorted by constituency number. */
export function readElectionLens(kind: 'ac' | 'pc', year: number): ElRecord[] {
	const data = readJson<Record<string, ElRecord>>(electionLensFile(kind, year));
	return Object.values(data).sort((a, b) => a.constituencyNo - b.constituencyNo);
}

// ---------------------------------------------------------------------------------------------
// TCPD Lok Dhaba GE file (2009–2019, votes include postal ballots)

export const TCPD_FILE = 'results/tcpd_ge_up/TCPD_GE_Uttar_Pradesh_2009-2019.csv';

export interface TcpdRow {
	line: number;
	year: number;
	pc_no: number;
	position: number;
	candidate: string;
	party: string;
	votes: number;
	valid_votes: number;
	electors: number;
	turnout_pct: number;
}

/** General-election rows only (Poll_No 0); bye-elections are left out. */
export function readTcpd(): TcpdRow[] {
	return csvParse(readText(TCPD_FILE))
		.map((r, i) => ({ r, line: i + 2 }))
		.filter(({ r }) => r.Poll_No === '0')
		.map(({ r, line }) => {
			const where = (c: string) => `${TCPD_FILE} row ${line} column ${c}`;
			return {
				line,
				year: int(r.Year, where('Year')),
				pc_no: int(r.Constituency_No, where('Constituency_No')),
				position: int(r.Position, where('Position')),
				candidate: r.Candidate,
				party: r.Party,
				votes: int(r.Votes, where('Votes')),
				valid_votes: int(r.Valid_Votes, where('Valid_Votes')),
				electors: int(r.Electors, where('Electors')),
				turnout_pct: Number(r.Turnout_Percentage)
			};
		});
}

// ---------------------------------------------------------------------------------------------
// ECI 2024 results scrape (no header row)

export const ECI2024_FILE = 'results/eci2024_arjunswaj/election_results_2024.UP.csv';

export interface Eci2024Row {
	line: number;
	pc_no: number;
	pc_name: string;
	candidate: string;
	party_name: string;
	evm_votes: number;
	postal_votes: number;
	votes: number;
}

export function readEci2024(): Eci2024Row[] {
	return csvParseRows(readText(ECI2024_FILE)).map((r, i) => {
		const where = (c: string) => `${ECI2024_FILE} row ${i + 1} column ${c}`;
		const code = /^S24(\d+)$/.exec(r[1] ?? '');
		if (!code) throw new Error(`${where('state_pc_code')}: expected S24<pc_no>, got "${r[1]}"`);
		return {
			line: i + 1,
			pc_no: Number(code[1]),
			pc_name: r[3],
			candidate: r[5],
			party_name: r[6],
			evm_votes: int(r[7], where('evm_votes')),
			// ECI prints "-" for a candidate with no postal votes (total = EVM in those 48 rows).
			postal_votes: r[8] === '-' ? 0 : int(r[8], where('postal_votes')),
			votes: int(r[9], where('total_votes'))
		};
	});
}

// ---------------------------------------------------------------------------------------------
// Independent AC sources used to cross-check winners

export const SUSEWIND_2012_FILE = 'results/susewind_up2012/candidates-2012.csv';

export function readSusewind2012(): {
	ac_no: number;
	candidate: string;
	party: string;
	votes: number;
	position: number;
}[] {
	const [header, ...rows] = csvParseRows(readText(SUSEWIND_2012_FILE));
	return rows.map((cells, i) => {
		const line = i + 2;
		// Two rows have an unquoted comma inside CAND_NAME ("PT. MAHESH PALIWAL, ADVOCATE"):
		// one extra cell, which belongs to the name.
		if (cells.length === header.length + 1) cells.splice(3, 2, `${cells[3]},${cells[4]}`);
		if (cells.length !== header.length)
			throw new Error(
				`${SUSEWIND_2012_FILE} row ${line}: expected ${header.length} cells, got ${cells.length}`
			);
		const r = Object.fromEntries(header.map((h, j) => [h, cells[j]]));
		const where = (c: string) => `${SUSEWIND_2012_FILE} row ${line} column ${c}`;
		return {
			ac_no: int(r.AC_NO, where('AC_NO')),
			candidate: r.CAND_NAME,
			party: r.PARTYABBRE,
			votes: int(r.TOTVOTPOLL, where('TOTVOTPOLL')),
			position: int(r.POSITION, where('POSITION'))
		};
	});
}

export const IDL_2017_FILE = 'results/up2017_info_design_lab/margins_2017.json';

export function readInfoDesignLab2017(): {
	ac_no: number;
	candidates: { candidate: string; party_name: string; votes: number }[];
}[] {
	const rows = readJson<
		{
			const_code: string;
			candidate_json: { candidate_name: string; votes: string; party: string }[];
		}[]
	>(IDL_2017_FILE);
	return rows.map((r, i) => ({
		ac_no: int(r.const_code, `${IDL_2017_FILE} item ${i} const_code`),
		candidates: r.candidate_json.map((c, j) => ({
			candidate: c.candidate_name,
			party_name: c.party,
			votes: int(c.votes, `${IDL_2017_FILE} item ${i} candidate ${j} votes`)
		}))
	}));
}

// ---------------------------------------------------------------------------------------------
// Boundaries

export const AC_GEOJSON_FILE = 'boundaries/ht_shapefiles/uttarpradesh_AC.geojson';
export const PC_GEOJSON_FILE = 'boundaries/datameet_maps/india_pc_2019_simplified.UP.geojson';
