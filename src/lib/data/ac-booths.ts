/**
 * One AC's booths as a booth map needs them: the booth election (the one asked for if it has booth
 * rows here, else the newest that has), our side resolved for it, the booth rows with their
 * classes, and the user's imported locations for that election and AC. The booth view, the seat
 * map's booth layer and the booth slides load through here.
 *
 *   await loadAcBoothMap(db, meta, 213, 'AE2022', 'SP', DEFAULT_CLASS_RULES)
 *   → { election: 'AE2017', side: { id: 'SP', … }, rows: [262 booths], coords: undefined }
 */
import type { Db } from '$lib/db/db.ts';
import type { ClassRules } from '$lib/model/booth-class.ts';
import { boothElection } from '$lib/model/booth-map.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { loadCoords, type CoordsRecord } from '$lib/storage/coords.ts';
import {
	loadAcBooths,
	loadCoverage,
	resolveAcSide,
	resolveSide,
	type BoothResult,
	type Coverage,
	type Side
} from './booths.ts';
import type { Meta } from './meta.ts';

export interface AcBoothMap {
	ac: number;
	election: ElectionId;
	side: Side;
	rows: BoothResult[];
	/** the user's locations (undefined: none, or stored ones that could not be read) */
	coords: CoordsRecord | undefined;
}

/**
 * Loads the AC's booth map; null if the AC has no booth rows. Stored locations that cannot be
 * read leave the estimated areas (the booth view reports that fault itself).
 */
export async function loadAcBoothMap(
	db: Db,
	meta: Meta,
	ac: number,
	/** the election asked for (null: the newest with booth rows) */
	asked: ElectionId | null,
	/** our side: a party or alliance id, or one chosen for the booth election */
	party: string | ((election: ElectionId) => string),
	rules: ClassRules,
	coverage?: Coverage[]
): Promise<AcBoothMap | null> {
	const election = boothElection(coverage ?? (await loadCoverage(db, ac)), asked);
	if (!election) return null;
	const side = await resolveAcSide(
		db,
		meta,
		election,
		ac,
		resolveSide(meta, election, typeof party === 'string' ? party : party(election))
	);
	const [rows, coords] = await Promise.all([
		loadAcBooths(db, election, ac, side, rules),
		loadCoords(election, ac).catch(() => undefined)
	]);
	return { ac, election, side, rows, coords };
}
