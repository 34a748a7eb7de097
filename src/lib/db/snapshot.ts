/**
 * Snapshots: the answers to the queries a view asks first, computed by the pipeline with the same
 * SQL (src/lib/sql) over the same Parquet files in DuckDB for Node, and shipped as small JSON
 * files (static/data/snapshot/). A view paints its first map from them in a few hundred
 * milliseconds, and the state and seat views answer everything they show from them: DuckDB-wasm
 * (a 34 MB wasm) loads only when a view asks what no snapshot holds (booths, what-if).
 *
 *   common.json     the label tables (acs, pcs, parties, elections, alliances) and the default
 *                   election's results by AC with the default party: the first state or seat map
 *                   (116 kB);
 *   elections.json  the same results for the other elections, fetched after the first paint, so
 *                   that switching the election needs no DuckDB either (290 kB);
 *   seats.json      every seat's declared results, for the state view's seat panel (85 kB);
 *   seat/<pc>.json  one seat's segments table, declared results, party votes per election and
 *                   its trend (votes by party in every election).
 *
 * SnapshotDb answers a query from a snapshot when it holds exactly that query with exactly those
 * parameters, and otherwise asks the real database. The answers are the rows DuckDB returns, so a
 * view cannot tell them apart (tests/unit/db/snapshot.test.ts compares them with DuckDB's own).
 */
import { ELECTION_IDS, type ElectionId } from '../model/types.ts';
import type { Db, Param } from './db.ts';
import { QUERY_PARAMS, type QueryName } from '../sql/params.ts';

export const SNAPSHOT_VERSION = 1;
/**
 * The election and party a view opens on (DEFAULT_VIEW in src/lib/state/view.ts, which this module
 * cannot import in Node; a unit test keeps them equal).
 */
export const SNAPSHOT_ELECTION: ElectionId = 'AE2022';
export const SNAPSHOT_PARTY = 'SP';

/** A query's rows by column: compact, and the same values DuckDB gives. */
export interface Answer {
	columns: string[];
	rows: unknown[][];
}

export interface Snapshot {
	version: typeof SNAPSHOT_VERSION;
	/** key(name, params) → the rows */
	answers: Record<string, Answer>;
}

export interface PlannedQuery {
	name: QueryName;
	params: Param[];
}

export const snapshotKey = (name: QueryName, params: readonly Param[]): string =>
	`${name}${JSON.stringify(params)}`;

const level = (e: ElectionId) => (e.startsWith('AE') ? 'AC' : 'SEG');
const unitResults = (e: ElectionId): PlannedQuery => ({
	name: 'unitResults',
	params: [e, 'AC', level(e), SNAPSHOT_PARTY]
});

/** The queries each snapshot file answers (the pipeline runs them; the tests check them). */
export const SNAPSHOT_PLAN = {
	common: (): PlannedQuery[] => [
		{ name: 'acs', params: [] },
		{ name: 'pcs', params: [] },
		{ name: 'parties', params: [] },
		{ name: 'elections', params: [] },
		{ name: 'alliances', params: [] },
		unitResults(SNAPSHOT_ELECTION)
	],
	elections: (): PlannedQuery[] =>
		ELECTION_IDS.filter((e) => e !== SNAPSHOT_ELECTION).map(unitResults),
	seat: (pc: number): PlannedQuery[] => [
		{ name: 'seatSegments', params: [pc] },
		{ name: 'seatResults', params: [pc] },
		{ name: 'seatPartyTotals', params: [pc] },
		...ELECTION_IDS.map((e) => ({ name: 'partyVotes' as const, params: [pc, e] }))
	],
	seats: (pcs: number[]): PlannedQuery[] =>
		pcs.map((pc) => ({ name: 'seatResults' as const, params: [pc] }))
};

/** Rows → Answer; the columns of the first row (every row of a query has the same). */
export function toAnswer(rows: Record<string, unknown>[]): Answer {
	const columns = rows.length ? Object.keys(rows[0]) : [];
	return { columns, rows: rows.map((r) => columns.map((c) => r[c])) };
}

export function fromAnswer<T>(a: Answer): T[] {
	return a.rows.map((r) => {
		const o: Record<string, unknown> = {};
		a.columns.forEach((c, i) => (o[c] = r[i]));
		return o as T;
	});
}

/** The query name whose text this is, for every query of src/lib/sql. */
export type QueryTexts = Record<QueryName, { text: string }>;

/**
 * A Db that answers from snapshots first. `real()` gives the database for everything else; it is
 * called only when a query is not in a snapshot (or for ensureAc), so a view that asks only what
 * the snapshots hold never waits for DuckDB.
 */
export class SnapshotDb implements Db {
	readonly #answers = new Map<string, Answer>();
	readonly #names = new Map<string, QueryName>();
	readonly #real: () => Promise<Db>;
	readonly #later = new Set<Promise<unknown>>();
	/** how many queries were answered from the snapshot and how many went to the database */
	readonly stats = { hits: 0, misses: 0 };

	constructor(snapshots: Snapshot[], texts: QueryTexts, real: () => Promise<Db>) {
		for (const s of snapshots) this.#add(s);
		for (const name of Object.keys(QUERY_PARAMS) as QueryName[])
			this.#names.set(texts[name].text, name);
		this.#real = real;
	}

	#add(s: Snapshot) {
		for (const [k, a] of Object.entries(s.answers)) this.#answers.set(k, a);
	}

	/**
	 * A snapshot still on its way: queries that miss wait for it before asking the database. If it
	 * fails, they ask the database.
	 */
	addLater(snapshot: Promise<Snapshot>): void {
		const p = snapshot.then(
			(s) => this.#add(s),
			() => {}
		);
		this.#later.add(p);
		const done = () => this.#later.delete(p);
		p.then(done, done);
	}

	/** The snapshot's rows for this statement, or undefined. */
	answer<T>(sql: string, params: Param[] = []): T[] | undefined {
		const name = this.#names.get(sql);
		const a = name && this.#answers.get(snapshotKey(name, params));
		return a ? fromAnswer<T>(a) : undefined;
	}

	async query<T = Record<string, unknown>>(sql: string, params: Param[] = []): Promise<T[]> {
		let rows = this.answer<T>(sql, params);
		if (!rows && this.#later.size) {
			await Promise.all(this.#later);
			rows = this.answer<T>(sql, params);
		}
		if (rows) {
			this.stats.hits++;
			return rows;
		}
		this.stats.misses++;
		return (await this.#real()).query<T>(sql, params);
	}

	async ensureAc(ac: number): Promise<void> {
		return (await this.#real()).ensureAc(ac);
	}

	async boothNumbers(election: string): Promise<Map<number, number[]>> {
		return (await this.#real()).boothNumbers(election);
	}

	async close(): Promise<void> {
		return (await this.#real()).close();
	}
}

/** A parsed snapshot file, or an Error saying why it is not one. */
export function parseSnapshot(json: unknown): Snapshot {
	const s = json as Partial<Snapshot> | null;
	if (!s || s.version !== SNAPSHOT_VERSION || typeof s.answers !== 'object' || !s.answers)
		throw new Error(`not a version ${SNAPSHOT_VERSION} snapshot`);
	return s as Snapshot;
}
