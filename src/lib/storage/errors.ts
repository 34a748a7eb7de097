/**
 * Data kept in this browser (IndexedDB) that could not be read or written, and why: storage is
 * not available here (a private window, storage turned off: opening the database fails), the
 * site's share of storage is full (QuotaExceededError), a stored record is not one this version
 * can read (kept, never deleted unasked), or something else the browser reported.
 * The message is in plain words, for notices; `kind` lets the interface say it in either language.
 *
 *   await stored('org', 'save', () => set(KEY, record, db()))
 *   // IndexedDB full → StorageError { what: 'org', op: 'save', kind: 'quota' }
 */
export type StoredData = 'org' | 'coords' | 'scenarios';
export type StorageOp = 'read' | 'save' | 'clear';
/** unreadable: a record is there but is not one this version can read (it is kept) */
export type StorageKind = 'unavailable' | 'quota' | 'unreadable' | 'other';

export class StorageError extends Error {
	readonly what: StoredData;
	readonly op: StorageOp;
	readonly kind: StorageKind;
	readonly detail: string;

	constructor(what: StoredData, op: StorageOp, kind: StorageKind, detail: string) {
		super(
			kind === 'quota'
				? "this browser's storage for this site is full"
				: kind === 'unavailable'
					? 'this browser does not let this site keep data here (a private window, or site data turned off)'
					: kind === 'unreadable'
						? `the stored record could not be read (${detail}); it has been kept`
						: detail
		);
		this.name = 'StorageError';
		this.what = what;
		this.op = op;
		this.kind = kind;
		this.detail = detail;
	}
}

const isQuota = (e: unknown) =>
	e instanceof DOMException &&
	(e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);

/** The browser's error from an IndexedDB call as a StorageError. */
export function asStorageError(what: StoredData, op: StorageOp, e: unknown): StorageError {
	if (e instanceof StorageError) return e;
	const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
	if (isQuota(e)) return new StorageError(what, op, 'quota', detail);
	// No IndexedDB at all, or opening it refused (Firefox private windows used to answer
	// InvalidStateError; some browsers SecurityError or UnknownError when storage is off).
	if (
		typeof indexedDB === 'undefined' ||
		(e instanceof DOMException &&
			['InvalidStateError', 'SecurityError', 'UnknownError', 'NotAllowedError'].includes(e.name))
	)
		return new StorageError(what, op, 'unavailable', detail);
	return new StorageError(what, op, 'other', detail);
}

/** Runs one IndexedDB call, turning whatever the browser throws into a StorageError. */
export async function stored<T>(
	what: StoredData,
	op: StorageOp,
	call: () => Promise<T>
): Promise<T> {
	try {
		return await call();
	} catch (e) {
		throw asStorageError(what, op, e);
	}
}
