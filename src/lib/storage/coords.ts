/**
 * Booth locations the user imported, kept in this browser (IndexedDB) and nowhere else. One
 * record per election and AC; an import writes all its ACs in one transaction, so it lands whole
 * or not at all. Records carry a schema version so later versions can migrate them.
 */
import { createStore, delMany, get, keys, setMany, type UseStore } from 'idb-keyval';
import type { BoothCoord } from '$lib/model/booth-coords.ts';

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
	await setMany(entries, db());
	return [...byAc.keys()];
}

export async function loadCoords(election: string, ac: number): Promise<CoordsRecord | undefined> {
	const r = await get<CoordsRecord>(key(election, ac), db());
	return r?.version === COORDS_VERSION ? r : undefined;
}

export async function forgetCoords(election: string, ac: number | 'all'): Promise<void> {
	const all = (await keys(db())) as string[];
	await delMany(
		all.filter((k) => (ac === 'all' ? k.startsWith(`${election}:`) : k === key(election, ac))),
		db()
	);
}
