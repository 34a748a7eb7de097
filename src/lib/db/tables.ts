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
			postal_votes: 'INTEGER'
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
		columns: { party: 'VARCHAR', name_en: 'VARCHAR', name_hi: 'VARCHAR', colour: 'VARCHAR' }
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
		name: 'elections',
		file: 'elections.parquet',
		columns: {
			election_id: 'VARCHAR',
			kind: 'VARCHAR',
			year: 'INTEGER',
			label_en: 'VARCHAR',
			label_hi: 'VARCHAR',
			note: 'VARCHAR'
		}
	}
];
