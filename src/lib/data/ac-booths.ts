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

/**
 * Loads already made (or under way) against one Db: an AC's booth coverage and its booth rows for
 * a side and class rules. Booth rows are the official results and do not change while the Db
 * lives, so opening an AC again, or a sibling AC the booth view read ahead (AcPage), costs no
 * Parquet read and no query. A failed load is forgotten (Retry reads again). At most LIMIT loads
 * are kept (a few hundred rows each); the oldest goes first.
 */
const made = new WeakMap<Db, Map<string, Promise<unknown>>>();
const LIMIT = 48;
/** What each of those loads gave once it had, to read without waiting (see settledOf). */
const settled = new WeakMap<Promise<unknown>, unknown>();

function once<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
	let loads = made.get(db);
	if (!loads) made.set(db, (loads = new Map<string, Promise<unknown>>()));
	let p = loads.get(key) as Promise<T> | undefined;
	if (p) {
		// used again: it becomes the newest
		loads.delete(key);
		loads.set(key, p);
		return p;
	}
	const started = (p = load());
	const kept = loads;
	p.then(
		(v) => void settled.set(started, v),
		() => kept.delete(key)
	);
	kept.set(key, p);
	while (kept.size > LIMIT) kept.delete(kept.keys().next().value!);
	return p;
}

/** The value of a load made once, if it has already come; undefined while under way or never made. */
function settledOf<T>(db: Db, key: string): T | undefined {
	const p = made.get(db)?.get(key);
	return p ? (settled.get(p) as T | undefined) : undefined;
}

const coverageKey = (ac: number) => `coverage:${ac}`;
const boothsKey = (ac: number, election: ElectionId, side: Side, rules: ClassRules) =>
	`booths:${ac}:${election}:${side.id}:${side.label}:${side.parties.join('+')}:${rules.lead},${rules.trail}`;

/** loadCoverage, made once per Db and AC. */
export function acCoverage(db: Db, ac: number): Promise<Coverage[]> {
	return once(db, coverageKey(ac), () => loadCoverage(db, ac));
}

/**
 * acCoverage's rows if they have already been read (a sibling AC read ahead, or opened before):
 * the view then draws the AC in the same update as the link's navigation. Starts no load.
 */
export function acCoverageNow(db: Db, ac: number): Coverage[] | undefined {
	return settledOf(db, coverageKey(ac));
}

/** acBooths' side and rows if they have already been read; starts no load. */
export function acBoothsNow(
	db: Db,
	election: ElectionId,
	ac: number,
	side: Side,
	rules: ClassRules
): readonly [Side, BoothResult[]] | undefined {
	return settledOf(db, boothsKey(ac, election, side, rules));
}

/**
 * The AC's side (allies standing in) and booth rows for an election, made once per Db, AC,
 * election, side and rules: the same array each time (AcPage keeps the areas it drew for it).
 */
export function acBooths(
	db: Db,
	meta: Meta,
	election: ElectionId,
	ac: number,
	side: Side,
	rules: ClassRules
): Promise<readonly [Side, BoothResult[]]> {
	return once(db, boothsKey(ac, election, side, rules), async () => {
		const s = await resolveAcSide(db, meta, election, ac, side);
		return [s, await loadAcBooths(db, election, ac, s, rules)] as const;
	});
}

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
