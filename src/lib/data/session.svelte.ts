/**
 * The database as a view sees it: loading progress, then the Db and the shared labels (Meta), or
 * the error that stopped it. Every view creates one and calls start() from an $effect (browser
 * only); the underlying DuckDB instance is shared (getDb is memoized).
 */
import type { Db } from '$lib/db/db.ts';
import { getDb, onDbProgress } from '$lib/db/index.ts';
import { loadMeta, type Meta } from './meta.ts';

export class DbSession {
	db = $state<Db | null>(null);
	meta = $state<Meta | null>(null);
	progress = $state('Loading the results database…');
	error = $state<string | null>(null);

	/** Starts loading; returns a cleanup function for $effect. */
	start(): () => void {
		const off = onDbProgress((p) => {
			this.progress =
				p.step === 'engine'
					? 'Starting the database engine…'
					: p.step === 'tables'
						? `Loading results tables (${p.done} of ${p.total})…`
						: 'Ready';
		});
		getDb()
			.then(async (d) => {
				this.meta = await loadMeta(d);
				this.db = d;
			})
			.catch((e: Error) => (this.error = `Could not load the results database: ${e.message}`));
		return off;
	}
}
