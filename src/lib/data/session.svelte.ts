/**
 * The database as a view sees it: loading progress, then the Db and the shared labels (Meta), or
 * the error that stopped it, naming the file ("data/results.parquet: HTTP 404, …"). Every view
 * creates one and calls start() from an $effect (browser only); the underlying DuckDB instance is
 * shared (getDb is memoized, and forgets a failed load). A view that names snapshots gets a Db
 * that answers from them (data/snapshots.ts) and paints before DuckDB-wasm has loaded; DuckDB then
 * loads only when the view first asks what no snapshot holds (the booths, what-if). The state and
 * seat views never do unless the user asks for booths or another party's share: that spares a
 * phone the engine's download (5.9 MB brotli) and its start. A /seat/43/ visit measured 263-269 MB
 * of renderer memory at its peak instead of 603-657 MB, and half the CPU (README, "How the first
 * map got fast"). The query that needs it shows the loading notice; its failure is shown like any
 * other.
 *
 * Retry (faults.svelte.ts) works in place: start() and `db` read loads.attempt, so after Retry the
 * start effect runs again (a failed load starts over) and every effect that queried `db` queries
 * again (a booth table that failed to load is fetched again).
 */
import { untrack } from 'svelte';
import type { Db } from '$lib/db/db.ts';
import type { LoadProgress } from '$lib/db/duckdb-browser.ts';
import { getDb, onDbProgress } from '$lib/db/index.ts';
import { formatMb as mb } from '$lib/i18n/format.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import { describeFault, loads } from './faults.svelte.ts';
import { loadMeta, type Meta } from './meta.ts';
import { openSnapshotDb } from './snapshots.ts';

/**
 * Snapshot files (static/data/snapshot) that answer a view's first queries, so that it paints
 * before DuckDB-wasm has loaded: `first` are fetched at once, `later` after the first map.
 */
export interface SessionSnapshots {
	first: string[];
	later?: string[];
}

export class DbSession {
	#db = $state<Db | null>(null);
	meta = $state<Meta | null>(null);
	#step = $state<LoadProgress | { step: 'start' }>({ step: 'start' });
	#error = $state<unknown>(null);
	readonly #snapshots: () => SessionSnapshots | null;

	/**
	 * `snapshots`: which snapshot files answer this view's first queries (read when loading
	 * starts). With them `db` is ready as soon as they arrive, and DuckDB-wasm starts loading once
	 * the first map is drawn; without them `db` waits for DuckDB.
	 */
	constructor(snapshots: () => SessionSnapshots | null = () => null) {
		this.#snapshots = snapshots;
	}

	/** The database once loaded; reading it makes an effect run again after Retry. */
	get db(): Db | null {
		void loads.attempt;
		return this.#db;
	}

	/** Where loading is, in the interface language. */
	get progress(): string {
		const p = this.#step;
		return p.step === 'start'
			? t('db.loading')
			: p.step === 'engine'
				? t('db.engine')
				: p.step === 'tables'
					? t('db.tables', { done: p.done, total: p.total })
					: t('db.ready');
	}

	/** The loading step with its counts: the engine's bytes received of its size, tables done. */
	get step(): LoadProgress | { step: 'start' } {
		return this.#step;
	}

	/**
	 * True while the view waits for its first data, and while DuckDB-wasm and its tables load (not
	 * once ready, nor after a failure). A view answered from snapshots is not loading: the engine
	 * loads only when a query needs it.
	 */
	get loading(): boolean {
		if (this.#error !== null) return false;
		const step = this.#step.step;
		return step === 'engine' || step === 'tables' || (step === 'start' && this.#db === null);
	}

	/**
	 * How much has arrived, in the interface language: '12.3 of 34.2 MB' of the engine while it
	 * downloads (with the tables' bytes once some have come), null before anything has.
	 */
	get bytes(): string | null {
		const p = this.#step;
		if (p.step !== 'engine' || !p.engine.total) return null;
		const engine = t('db.engineBytes', { loaded: mb(p.engine.loaded), total: mb(p.engine.total) });
		return p.data ? `${engine} · ${t('db.dataBytes', { n: mb(p.data) })}` : engine;
	}

	get error(): string | null {
		return this.#error === null ? null : t('db.error', { error: describeFault(this.#error) });
	}

	/**
	 * A query or file the view needed after loading failed: shown as the session's error (the same
	 * notice and Retry as a failed load). Pass it to a loader's .catch().
	 */
	fail = (e: unknown): void => {
		this.#error = e;
	};

	/**
	 * Starts DuckDB-wasm ahead of a query that may need it: the reader has reached for the map's
	 * controls, and another party's share (in no snapshot) would otherwise wait for the engine's
	 * start (5.9 s on localhost, state view, measured). A failure here is left to that query to
	 * meet and show.
	 */
	warm = (): void => {
		if (!untrack(() => this.#db) || untrack(() => this.#error) !== null) return;
		getDb().catch(() => {
			this.#step = { step: 'start' };
		});
	};

	/** Starts loading (again, after Retry); returns a cleanup function for $effect. */
	start(): () => void {
		void loads.attempt;
		const off = onDbProgress((p) => {
			this.#step = p;
		});
		if (untrack(() => this.#db && this.meta && this.#error === null)) return off;
		let live = true;
		untrack(() => {
			this.#error = null;
			this.#step = { step: 'start' };
		});
		const fail = (e: unknown) => {
			if (live) this.#error = e;
		};
		const use = async (d: Db) => {
			const meta = await loadMeta(d);
			if (!live) return;
			this.meta = meta;
			this.#db = d;
		};
		const snapshots = untrack(() => this.#snapshots());
		const fast = snapshots
			? openSnapshotDb(snapshots.first, snapshots.later ?? [], getDb)
			: Promise.reject(new Error('no snapshot'));
		fast
			.then(
				// Anything the snapshots do not hold goes to DuckDB, which then loads (SnapshotDb).
				use,
				// No snapshot (or it failed to load): wait for DuckDB.
				() => getDb().then(use)
			)
			.catch(fail);
		return () => {
			live = false;
			off();
		};
	}
}
