/**
 * The party's organisation data, kept in this browser (IndexedDB) and nowhere else: one record,
 * replaced whole by each confirmed import, exported back as CSV on request, and cleared on
 * request.
 *
 * Writes are atomic: saveOrg is one idb-keyval set() (one put in one readwrite transaction, which
 * resolves only when the transaction completes and rejects if it aborts), so an import interrupted
 * by a reload, a crash or a full disk leaves the previous record as it was. The upgrade written
 * back by readOrg is one update() (get and put in one transaction).
 *
 * Versions (the record carries one; migrate() upgrades older records instead of dropping them):
 *   1: file, imported_at, numbering, rows, skipped.
 *   2: + columns, the fields the imported file supplied. A field a file does not have reads as
 *      null in every row, the same as a blank cell, and the organisation score counts it as 0 in
 *      every booth; without knowing which fields the party tracks, the app could not tell "no
 *      BLA-2 appointed anywhere" from "this file has no BLA-2 column" and say so. Version 1
 *      records get the fields that are filled in at least one row.
 * A record this version cannot read (a newer version's, or not a record at all) is reported and
 * kept until the user deletes it or imports a file over it: never deleted unasked.
 */
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import { ORG_HEADERS, type OrgRow } from '$lib/model/org-import.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { stored } from './errors.ts';

export const ORG_VERSION = 2;

export type OrgColumn = keyof OrgRow;
/** Every field of an organisation row, in the template's column order. */
export const ORG_COLUMNS = Object.keys(ORG_HEADERS) as OrgColumn[];

/** Version 1, as the app wrote it until version 2 (tests/unit/storage/fixtures has real ones). */
export interface OrgRecordV1 {
	version: 1;
	file: string;
	imported_at: string;
	/** whose booth numbering the file uses */
	numbering: ElectionId;
	rows: OrgRow[];
	/** rows of the file that were not imported, for the record */
	skipped: number;
}

export interface OrgRecord extends Omit<OrgRecordV1, 'version'> {
	version: typeof ORG_VERSION;
	/** the fields the imported file supplied, in template order (ac_no and part_no always) */
	columns: OrgColumn[];
}

/** What an import hands to saveOrg: the record without its version (always the current one). */
export type NewOrgRecord = Omit<OrgRecord, 'version' | 'columns'> & {
	/** the columns recognised in the file's header; when absent, the fields filled in any row */
	columns?: OrgColumn[];
	/** ignored: saveOrg always writes the current version */
	version?: number;
};

export type OrgRead =
	| { state: 'none' }
	/** `from`: the version found in storage (older ones were upgraded) */
	| { state: 'ok'; record: OrgRecord; from: number }
	| { state: 'unreadable'; reason: 'newer' | 'invalid'; version: number | null };

const KEY = 'organisation';
let store: UseStore | null = null;
const db = () => (store ??= createStore('kshetra-org', 'organisation'));

/** The fields filled in at least one row (ac_no and part_no always), in template order. */
export function columnsOf(rows: OrgRow[]): OrgColumn[] {
	return ORG_COLUMNS.filter(
		(k) =>
			k === 'ac_no' ||
			k === 'part_no' ||
			rows.some((r) => r[k] !== null && r[k] !== undefined && r[k] !== '')
	);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields every version has, checked enough that the views can use them. */
function validBody(r: Record<string, unknown>): boolean {
	return (
		typeof r.file === 'string' &&
		typeof r.imported_at === 'string' &&
		typeof r.numbering === 'string' &&
		Array.isArray(r.rows) &&
		r.rows.every(
			(row) => isObject(row) && Number.isInteger(row.ac_no) && Number.isInteger(row.part_no)
		) &&
		(r.skipped === undefined || typeof r.skipped === 'number')
	);
}

/** Version 1 → 2: the same record, with the columns its rows fill in. */
export function upgradeV1(r: OrgRecordV1): OrgRecord {
	return {
		version: 2,
		file: r.file,
		imported_at: r.imported_at,
		numbering: r.numbering,
		rows: r.rows,
		skipped: r.skipped ?? 0,
		columns: columnsOf(r.rows)
	};
}

/**
 * What a stored value is, upgraded to the current version: nothing stored, a record (of any
 * version this code knows), or something it cannot read (a newer version's, or not a record).
 * Pure: reads nothing, writes nothing.
 */
export function migrate(stored: unknown): OrgRead {
	if (stored === undefined || stored === null) return { state: 'none' };
	if (!isObject(stored)) return { state: 'unreadable', reason: 'invalid', version: null };
	const version = Number.isInteger(stored.version) ? (stored.version as number) : null;
	if (version !== null && version > ORG_VERSION)
		return { state: 'unreadable', reason: 'newer', version };
	if (!validBody(stored)) return { state: 'unreadable', reason: 'invalid', version };
	if (version === 1)
		return { state: 'ok', record: upgradeV1(stored as unknown as OrgRecordV1), from: 1 };
	if (
		version === 2 &&
		Array.isArray(stored.columns) &&
		stored.columns.every((c) => ORG_COLUMNS.includes(c as OrgColumn))
	)
		return { state: 'ok', record: stored as unknown as OrgRecord, from: 2 };
	return { state: 'unreadable', reason: 'invalid', version };
}

/** Same stored record (not a later import)? Enough to decide whether to write an upgrade back. */
const sameRecord = (a: unknown, b: unknown) =>
	isObject(a) &&
	isObject(b) &&
	a.version === b.version &&
	a.imported_at === b.imported_at &&
	a.file === b.file;

/**
 * Reads the stored record, upgraded. An upgraded record is written back as the current version
 * (one transaction, and only if the stored record is still the one that was read); if that write
 * fails the upgrade is simply done again next time. An unreadable record is left in place.
 * Throws a StorageError when IndexedDB itself fails.
 */
export async function readOrg(): Promise<OrgRead> {
	const raw = await stored('org', 'read', () => get(KEY, db()));
	const read = migrate(raw);
	if (read.state === 'ok' && read.from !== ORG_VERSION) {
		try {
			await update(KEY, (current) => (sameRecord(current, raw) ? read.record : current), db());
		} catch {
			// Reading worked; writing the upgrade back did not (storage full?). Nothing is lost.
		}
	}
	return read;
}

/** The stored record, upgraded, or null when there is none or it cannot be read. */
export async function loadOrg(): Promise<OrgRecord | null> {
	const read = await readOrg();
	return read.state === 'ok' ? read.record : null;
}

/** Replaces the stored record with a new import, as the current version; returns what was stored. */
export async function saveOrg(input: NewOrgRecord): Promise<OrgRecord> {
	const record: OrgRecord = {
		version: ORG_VERSION,
		file: input.file,
		imported_at: input.imported_at,
		numbering: input.numbering,
		rows: input.rows,
		skipped: input.skipped,
		columns: input.columns
			? ORG_COLUMNS.filter((k) => input.columns!.includes(k))
			: columnsOf(input.rows)
	};
	await stored('org', 'save', () => set(KEY, record, db()));
	return record;
}

export async function clearOrg(): Promise<void> {
	await stored('org', 'clear', () => del(KEY, db()));
}
