/**
 * The database as a view sees it: loading progress, then the Db and the shared labels (Meta), or
 * the error that stopped it. Every view creates one and calls start() from an $effect (browser
 * only); the underlying DuckDB instance is shared (getDb is memoized).
 */
import type { Db } from '$lib/db/db.ts';
import type { LoadProgress } from '$lib/db/duckdb-browser.ts';
import { getDb, onDbProgress } from '$lib/db/index.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import { loadMeta, type Meta } from './meta.ts';

export class DbSession {
	db = $state<Db | null>(null);
	meta = $state<Meta | null>(null);
	#step = $state<LoadProgress | { step: 'start' }>({ step: 'start' });
	#error = $state<string | null>(null);

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
		return this.#error === null ? null : t('db.error', { error: this.#error });
	}

	/** Starts loading; returns a cleanup function for $effect. */
	start(): () => void {
		const off = onDbProgress((p) => {
			this.#step = p;
		});
		getDb()
			.then(async (d) => {
				this.meta = await loadMeta(d);
				this.db = d;
			})
			.catch((e: Error) => (this.#error = e.message));
		return off;
	}
}
