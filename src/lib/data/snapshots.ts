/**
 * The browser side of snapshots (src/lib/db/snapshot.ts): fetches the site's snapshot files, once
 * each, and puts a SnapshotDb in front of the real database. A snapshot that cannot be loaded is
 * a LoadError like any file; the session then simply waits for DuckDB (snapshots only make the
 * first map early, they never decide what it shows).
 *
 *   const db = await openSnapshotDb(['common', 'seat/43'], ['elections'], getDb);
 *   await run(db, queries.seatSegments, { pc_no: 43 })  // answered from seat/43.json
 */
import type { Db } from '$lib/db/db.ts';
import { dataUrl } from '$lib/db/index.ts';
import { parseSnapshot, SnapshotDb, type Snapshot } from '$lib/db/snapshot.ts';
import { afterPaint } from '$lib/map/first-paint.ts';
import { queries } from '$lib/sql/index.ts';
import { asLoadError, loadFetch } from '$lib/db/load-error.ts';

const cache = new Map<string, Promise<Snapshot>>();

export function fetchSnapshot(name: string): Promise<Snapshot> {
	let p = cache.get(name);
	if (!p) {
		const file = `data/snapshot/${name}.json`;
		p = loadFetch(file, dataUrl(`snapshot/${name}.json`))
			.then((res) => res.json())
			.then(parseSnapshot)
			.catch((e: unknown) => {
				cache.delete(name);
				throw asLoadError(file, e);
			});
		cache.set(name, p);
	}
	return p;
}

/**
 * A SnapshotDb answering from `first` (fetched now) and, once the first map is drawn, from `later`
 * too; everything else goes to `real()`.
 */
export async function openSnapshotDb(
	first: string[],
	later: string[],
	real: () => Promise<Db>
): Promise<SnapshotDb> {
	const db = new SnapshotDb(await Promise.all(first.map(fetchSnapshot)), queries, real);
	for (const name of later) db.addLater(afterPaint().then(() => fetchSnapshot(name)));
	return db;
}
