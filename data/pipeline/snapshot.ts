/**
 * Writes the snapshots (src/lib/db/snapshot.ts): the answers to the queries views ask first, run
 * with the site's own SQL files over the Parquet files just written, in DuckDB for Node. The
 * browser paints its first map from them while DuckDB-wasm loads.
 *
 *   await writeSnapshots('static/data', [1, 2, …, 80])
 *   → static/data/snapshot/common.json, elections.json, seats.json, seat/1.json … seat/80.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeDb } from '../../src/lib/db/duckdb-node.ts';
import type { Db } from '../../src/lib/db/db.ts';
import {
	SNAPSHOT_PLAN,
	SNAPSHOT_VERSION,
	snapshotKey,
	toAnswer,
	type PlannedQuery,
	type Snapshot
} from '../../src/lib/db/snapshot.ts';
import { sqlFile } from '../../src/lib/sql/params.ts';

const SQL_DIR = join(import.meta.dirname, '../../src/lib/sql');
const text = (name: PlannedQuery['name']) => readFileSync(join(SQL_DIR, sqlFile(name)), 'utf8');

async function snapshotOf(db: Db, plan: PlannedQuery[]): Promise<Snapshot> {
	const answers: Snapshot['answers'] = {};
	for (const q of plan) {
		const rows = await db.query<Record<string, unknown>>(text(q.name), q.params);
		answers[snapshotKey(q.name, q.params)] = toAnswer(rows);
	}
	return { version: SNAPSHOT_VERSION, answers };
}

export async function writeSnapshots(dataDir: string, pcs: number[]): Promise<void> {
	const db = await createNodeDb(dataDir);
	try {
		const dir = join(dataDir, 'snapshot');
		mkdirSync(join(dir, 'seat'), { recursive: true });
		const write = (file: string, s: Snapshot) => writeFileSync(join(dir, file), JSON.stringify(s));
		write('common.json', await snapshotOf(db, SNAPSHOT_PLAN.common()));
		write('elections.json', await snapshotOf(db, SNAPSHOT_PLAN.elections()));
		write('seats.json', await snapshotOf(db, SNAPSHOT_PLAN.seats(pcs)));
		for (const pc of pcs) write(`seat/${pc}.json`, await snapshotOf(db, SNAPSHOT_PLAN.seat(pc)));
	} finally {
		await db.close();
	}
}
