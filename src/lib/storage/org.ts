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
 *   3: + problems, every problem of the rows left out (not imported), as the import's preview
 *      listed them: row, column as the file names it, field, and the message's key and values
 *      (its text is written in the reader's language when shown), so that the user can see and
 *      download after the import which rows were not matched, not only how many. At most
 *      MAX_PROBLEMS (org-import.ts; the last then says how many more there were). Records of
 *      versions 1 and 2 kept only the count: their problems are null, "not kept".
 * A record this version cannot read (a newer version's, or not a record at all) is reported and
 * kept until the user deletes it or imports a file over it: never deleted unasked.
 */
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import { ORG_HEADERS, type OrgProblemKept, type OrgRow } from '$lib/import/org-import.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { stored } from './errors.ts';

export const ORG_VERSION = 3;

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

/** Version 2, as the app wrote it until version 3 (tests/unit/storage/fixtures/org-v2.json). */
export interface OrgRecordV2 extends Omit<OrgRecordV1, 'version'> {
	version: 2;
	/** the fields the imported file supplied, in template order (ac_no and part_no always) */
	columns: OrgColumn[];
}

export interface OrgRecord extends Omit<OrgRecordV2, 'version'> {
	version: typeof ORG_VERSION;
	/** the problems of the rows left out, in file order; null: not kept (a version 1 or 2 import) */
	problems: OrgProblemKept[] | null;
}

/** What an import hands to saveOrg: the record without its version (always the current one). */
export type NewOrgRecord = Omit<OrgRecord, 'version' | 'columns' | 'problems'> & {
	/** the columns recognised in the file's header; when absent, the fields filled in any row */
	columns?: OrgColumn[];
	/** the preview's problems; when absent, not kept (null) */
	problems?: OrgProblemKept[] | null;
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
export function upgradeV1(r: OrgRecordV1): OrgRecordV2 {
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

/** Version 2 → 3: the same record; which rows were left out was not kept, only how many. */
export function upgradeV2(r: OrgRecordV2): OrgRecord {
	return { ...r, version: 3, problems: null };
}

const validColumns = (c: unknown) =>
	Array.isArray(c) && c.every((x) => ORG_COLUMNS.includes(x as OrgColumn));
const validProblems = (p: unknown) =>
	p === null ||
	(Array.isArray(p) &&
		p.every(
			(x) =>
				isObject(x) &&
				Number.isInteger(x.row) &&
				typeof x.column === 'string' &&
				typeof x.key === 'string' &&
				isObject(x.vars)
		));

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
		return {
			state: 'ok',
			record: upgradeV2(upgradeV1(stored as unknown as OrgRecordV1)),
			from: 1
		};
	if (version === 2 && validColumns(stored.columns))
		return { state: 'ok', record: upgradeV2(stored as unknown as OrgRecordV2), from: 2 };
	if (version === 3 && validColumns(stored.columns) && validProblems(stored.problems))
		return { state: 'ok', record: stored as unknown as OrgRecord, from: 3 };
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
	const raw = await stored('org', 'read', () => get<unknown>(KEY, db()));
	const read = migrate(raw);
	if (read.state === 'ok' && read.from !== ORG_VERSION) {
		try {
			await update<unknown>(
				KEY,
				(current) => (sameRecord(current, raw) ? read.record : current),
				db()
			);
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
			: columnsOf(input.rows),
		problems: input.problems ?? null
	};
	await stored('org', 'save', () => set(KEY, record, db()));
	return record;
}

export async function clearOrg(): Promise<void> {
	await stored('org', 'clear', () => del(KEY, db()));
}
