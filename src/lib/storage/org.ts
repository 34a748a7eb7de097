/**
 * The party's organisation data, kept in this browser (IndexedDB) and nowhere else: one record,
 * replaced whole by each confirmed import (a write is one transaction, so an interrupted import
 * leaves the previous data), exported back as CSV on request, and cleared on request. The record
 * carries a schema version; migrate() upgrades older versions instead of dropping them.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { OrgRow } from '$lib/model/org-import.ts';
import type { ElectionId } from '$lib/model/types.ts';

export const ORG_VERSION = 1;

export interface OrgRecord {
	version: typeof ORG_VERSION;
	file: string;
	imported_at: string;
	/** whose booth numbering the file uses */
	numbering: ElectionId;
	rows: OrgRow[];
	/** rows of the file that were not imported, for the record */
	skipped: number;
}

const KEY = 'organisation';
let store: UseStore | null = null;
const db = () => (store ??= createStore('kshetra-org', 'organisation'));

/** Upgrades a stored record to the current version, or returns null if it is not one of ours. */
export function migrate(stored: unknown): OrgRecord | null {
	if (!stored || typeof stored !== 'object') return null;
	const r = stored as Partial<OrgRecord> & { version?: number };
	if (r.version === ORG_VERSION && Array.isArray(r.rows)) return r as OrgRecord;
	return null;
}

export async function loadOrg(): Promise<OrgRecord | null> {
	return migrate(await get(KEY, db()));
}

export async function saveOrg(record: OrgRecord): Promise<void> {
	await set(KEY, record, db());
}

export async function clearOrg(): Promise<void> {
	await del(KEY, db());
}
