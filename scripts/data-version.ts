/**
 * The data version: a hash of the data manifest (static/data/manifest.json, which holds every data
 * file's sha256) and of what the build derives from the data (the per-AC snapshots: their SQL,
 * the booth-area code and their writer). The service worker names its data cache by it, so a
 * deployment with new data never serves a file of the old data beside one of the new
 * (src/service-worker.ts); the AC snapshots are regenerated when it changes.
 *
 *   dataVersion() → '3f9c2a1b7d04'
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** The files the data version is a hash of, from the repository root. */
export const DATA_VERSION_INPUTS = [
	'static/data/manifest.json',
	'src/lib/sql/ac_booths.sql',
	'src/lib/sql/booth_coverage.sql',
	'src/lib/model/booth-areas.ts',
	'src/lib/db/snapshot.ts',
	'scripts/ac-snapshots.ts'
];

export function dataVersion(root = ROOT): string {
	const h = createHash('sha256');
	for (const f of DATA_VERSION_INPUTS)
		h.update(f)
			.update('\0')
			.update(readFileSync(join(root, f)));
	return h.digest('hex').slice(0, 12);
}
