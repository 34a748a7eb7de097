/**
 * The canonical tables the site loads: one Parquet file each under static/data/ (written by
 * `npm run data`). Column types are given so the browser can build typed Arrow columns without
 * guessing (an all-null column must still be an INTEGER).
 */
export type ColumnType = 'INTEGER' | 'DOUBLE' | 'VARCHAR';

export interface TableDef {
	name: string;
	file: string;
	columns: Record<string, ColumnType>;
	/**
	 * Large tables sorted by AC: loaded one AC at a time (only the row groups holding that AC are
	 * fetched) instead of at start-up.
	 */
	byAc?: boolean;
}

export const TABLES: TableDef[] = [
	{
		name: 'results',
		file: 'results.parquet',
		columns: {
			election_id: 'VARCHAR',
			level: 'VARCHAR',
			pc_no: 'INTEGER',
			ac_no: 'INTEGER',
			candidate: 'VARCHAR',
			party: 'VARCHAR',
			votes: 'INTEGER',
			evm_votes: 'INTEGER',
			postal_votes: 'INTEGER',
			postal_source: 'VARCHAR'
		}
	},
	{
		name: 'contests',
		file: 'contests.parquet',
		columns: {
			election_id: 'VARCHAR',
			level: 'VARCHAR',
			pc_no: 'INTEGER',
			ac_no: 'INTEGER',
			electors: 'INTEGER',
			valid_votes: 'INTEGER',
			postal_votes: 'INTEGER',
			postal_source: 'VARCHAR',
			turnout_pct: 'DOUBLE',
			source: 'VARCHAR'
		}
	},
	{
		name: 'acs',
		file: 'acs.parquet',
		columns: {
			ac_no: 'INTEGER',
			ac_name: 'VARCHAR',
			ac_name_hi: 'VARCHAR',
			ac_type: 'VARCHAR',
			pc_no: 'INTEGER',
			district: 'VARCHAR'
		}
	},
	{
		name: 'pcs',
		file: 'pcs.parquet',
		columns: { pc_no: 'INTEGER', pc_name: 'VARCHAR', pc_name_hi: 'VARCHAR', pc_type: 'VARCHAR' }
	},
	{
		name: 'parties',
		file: 'parties.parquet',
		columns: {
			party: 'VARCHAR',
			name_en: 'VARCHAR',
			name_hi: 'VARCHAR',
			colour: 'VARCHAR',
			// the code the same party has in other elections (ADS → ADAL; parties.ts SAME_PARTY)
			same_as: 'VARCHAR'
		}
	},
	{
		name: 'alliances',
		file: 'alliances.parquet',
		columns: {
			election_id: 'VARCHAR',
			alliance: 'VARCHAR',
			alliance_en: 'VARCHAR',
			alliance_hi: 'VARCHAR',
			party: 'VARCHAR'
		}
	},
	{
		name: 'booth_coverage',
		file: 'booth_coverage.parquet',
		columns: {
			election_id: 'VARCHAR',
			ac_no: 'INTEGER',
			booths: 'INTEGER',
			booth_votes: 'INTEGER',
			postal_votes: 'INTEGER',
			segment_votes: 'INTEGER',
			abs_diff: 'INTEGER',
			status: 'VARCHAR'
		}
	},
	{
		name: 'booths',
		file: 'booths.parquet',
		byAc: true,
		columns: {
			election_id: 'VARCHAR',
			pc_no: 'INTEGER',
			ac_no: 'INTEGER',
			part_no: 'INTEGER',
			booth_name: 'VARCHAR',
			booth_name_hi: 'VARCHAR',
			electors: 'INTEGER',
			electors_male: 'INTEGER',
			electors_female: 'INTEGER',
			electors_other: 'INTEGER',
			voters: 'INTEGER',
			voters_male: 'INTEGER',
			voters_female: 'INTEGER',
			voters_other: 'INTEGER',
			valid_votes: 'INTEGER',
			complete: 'INTEGER',
			lon: 'DOUBLE',
			lat: 'DOUBLE',
			geometry_source: 'VARCHAR'
		}
	},
	{
		name: 'booth_results',
		file: 'booth_results.parquet',
		byAc: true,
		columns: {
			election_id: 'VARCHAR',
			ac_no: 'INTEGER',
			part_no: 'INTEGER',
			candidate: 'VARCHAR',
			party: 'VARCHAR',
			votes: 'INTEGER'
		}
	},
	{
		name: 'elections',
		file: 'elections.parquet',
		columns: {
			election_id: 'VARCHAR',
			kind: 'VARCHAR',
			year: 'INTEGER',
			label_en: 'VARCHAR',
			label_hi: 'VARCHAR',
			note: 'VARCHAR',
			note_hi: 'VARCHAR'
		}
	}
];
