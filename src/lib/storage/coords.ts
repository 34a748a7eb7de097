/**
 * Booth locations the user imported, kept in this browser (IndexedDB) and nowhere else. One
 * record per election and AC; an import writes all its ACs with one idb-keyval setMany (every put
 * in one readwrite transaction), so it lands whole or not at all, and forgetting is one delMany.
 *
 * Records carry a schema version (1 is the only one so far). migrateCoords() is where an older
 * version will be upgraded; a record this version cannot read (a newer version's, or not a
 * record) makes loadCoords throw a StorageError saying so, and stays stored until the user
 * forgets it or imports over it: never dropped unasked.
 */
import { createStore, delMany, get, keys, setMany, type UseStore } from 'idb-keyval';
import type { BoothCoord } from '$lib/import/booth-coords.ts';
import { StorageError, stored } from './errors.ts';

export const COORDS_VERSION = 1;

export interface CoordsRecord {
	version: typeof COORDS_VERSION;
	election_id: string;
	ac_no: number;
	file: string;
	imported_at: string;
	rows: BoothCoord[];
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('kshetra', 'booth-locations'));
const key = (election: string, ac: number) => `${election}:${ac}`;

export type CoordsRead =
	| { state: 'none' }
	| { state: 'ok'; record: CoordsRecord; from: number }
	| { state: 'unreadable'; reason: 'newer' | 'invalid'; version: number | null };

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored value as the current version, or why it cannot be read. Pure. */
export function migrateCoords(stored: unknown): CoordsRead {
	if (stored === undefined || stored === null) return { state: 'none' };
	if (!isObject(stored)) return { state: 'unreadable', reason: 'invalid', version: null };
	const version = Number.isInteger(stored.version) ? (stored.version as number) : null;
	if (version !== null && version > COORDS_VERSION)
		return { state: 'unreadable', reason: 'newer', version };
	const valid =
		version === 1 &&
		typeof stored.election_id === 'string' &&
		Number.isInteger(stored.ac_no) &&
		typeof stored.file === 'string' &&
		Array.isArray(stored.rows) &&
		stored.rows.every(
			(r) =>
				isObject(r) &&
				Number.isInteger(r.part_no) &&
				typeof r.lat === 'number' &&
				typeof r.lon === 'number'
		);
	return valid
		? { state: 'ok', record: stored as unknown as CoordsRecord, from: 1 }
		: { state: 'unreadable', reason: 'invalid', version };
}

export async function saveCoords(
	election: string,
	file: string,
	rows: BoothCoord[],
	now: Date
): Promise<number[]> {
	const byAc = new Map<number, BoothCoord[]>();
	for (const r of rows) byAc.set(r.ac_no, [...(byAc.get(r.ac_no) ?? []), r]);
	const entries: [string, CoordsRecord][] = [...byAc].map(([ac_no, list]) => [
		key(election, ac_no),
		{
			version: COORDS_VERSION,
			election_id: election,
			ac_no,
			file,
			imported_at: now.toISOString(),
			rows: list
		}
	]);
	await stored('coords', 'save', () => setMany(entries, db()));
	return [...byAc.keys()];
}

/**
 * The AC's stored locations, or undefined when there are none. Throws a StorageError when
 * IndexedDB fails or the stored record cannot be read (it is kept).
 */
export async function loadCoords(election: string, ac: number): Promise<CoordsRecord | undefined> {
	const read = migrateCoords(
		await stored('coords', 'read', () => get<unknown>(key(election, ac), db()))
	);
	if (read.state === 'ok') return read.record;
	if (read.state === 'none') return undefined;
	throw new StorageError(
		'coords',
		'read',
		'unreadable',
		read.reason === 'newer'
			? `${key(election, ac)}: saved by a newer version of Kshetra (version ${read.version})`
			: `${key(election, ac)}: not a booth location record`
	);
}

export async function forgetCoords(election: string, ac: number | 'all'): Promise<void> {
	await stored('coords', 'clear', async () => {
		const all = await keys<string>(db());
		await delMany(
			all.filter((k) => (ac === 'all' ? k.startsWith(`${election}:`) : k === key(election, ac))),
			db()
		);
	});
}
