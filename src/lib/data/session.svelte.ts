/**
 * The database as a view sees it: loading progress, then the Db and the shared labels (Meta), or
 * the error that stopped it, naming the file ("data/results.parquet: HTTP 404, …"). Every view
 * creates one and calls start() from an $effect (browser only); the underlying DuckDB instance is
 * shared (getDb is memoized, and forgets a failed load).
 *
 * Retry (faults.svelte.ts) works in place: start() and `db` read loads.attempt, so after Retry the
 * start effect runs again (a failed load starts over) and every effect that queried `db` queries
 * again (a booth table that failed to load is fetched again).
 */
import { untrack } from 'svelte';
import type { Db } from '$lib/db/db.ts';
import type { LoadProgress } from '$lib/db/duckdb-browser.ts';
import { getDb, onDbProgress } from '$lib/db/index.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import { describeFault, loads } from './faults.svelte.ts';
import { loadMeta, type Meta } from './meta.ts';

export class DbSession {
	#db = $state<Db | null>(null);
	meta = $state<Meta | null>(null);
	#step = $state<LoadProgress | { step: 'start' }>({ step: 'start' });
	#error = $state<unknown>(null);

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

	get error(): string | null {
		return this.#error === null ? null : t('db.error', { error: describeFault(this.#error) });
	}

	/** Starts loading (again, after Retry); returns a cleanup function for $effect. */
	start(): () => void {
		void loads.attempt;
		const off = onDbProgress((p) => {
			this.#step = p;
		});
		if (untrack(() => this.#db && this.meta)) return off;
		let live = true;
		untrack(() => {
			this.#error = null;
			this.#step = { step: 'start' };
		});
		getDb()
			.then(async (d) => {
				const meta = await loadMeta(d);
				if (!live) return;
				this.meta = meta;
				this.#db = d;
			})
			.catch((e: unknown) => {
				if (live) this.#error = e;
			});
		return () => {
			live = false;
			off();
		};
	}
}
