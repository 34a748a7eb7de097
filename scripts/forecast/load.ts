/**
 * Loads the forecast's history (src/lib/model/forecast/data.ts) from the pipeline's Parquet files
 * with DuckDB for Node: the same SQL file the site runs (src/lib/sql/forecast_votes.sql), read
 * from disk because tsx has no Vite `?raw` imports.
 *
 *   const h = await loadHistory('static/data');   // 7 elections, 403 ACs, alliances
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeDb } from '../../src/lib/db/duckdb-node.ts';
import { historyFromRows, type History, type VoteRow } from '../../src/lib/model/forecast/data.ts';
import { sqlFile } from '../../src/lib/sql/params.ts';

const SQL_DIR = join(import.meta.dirname, '../../src/lib/sql');
const sql = (name: Parameters<typeof sqlFile>[0]) =>
	readFileSync(join(SQL_DIR, sqlFile(name)), 'utf8');

export async function loadHistory(dataDir: string): Promise<History> {
	const db = await createNodeDb(dataDir);
	try {
		const [votes, alliances, acs, parties] = await Promise.all([
			db.query<VoteRow>(sql('forecastVotes')),
			db.query<{ election_id: string; alliance: string; party: string }>(sql('alliances')),
			db.query<{ ac_no: number; pc_no: number; district: string }>(sql('acs')),
			db.query<{ party: string; same_as: string | null }>(sql('parties'))
		]);
		const sameAs = Object.fromEntries(
			parties.filter((p) => p.same_as).map((p) => [p.party, p.same_as!])
		);
		return historyFromRows(votes, alliances, acs, sameAs);
	} finally {
		await db.close();
	}
}
