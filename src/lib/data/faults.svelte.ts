/**
 * Load faults and Retry, for the whole page. A file of the site that fails to load (LoadError) or
 * stored data that cannot be read or written (StorageError) is shown by the notices with a Retry
 * button, in plain words that name the file, in the interface language.
 *
 * Retry works in place, without reloading the page: retryLoads() forgets the faults and counts
 * one more attempt. Whatever loads reads `loads.attempt` (fetchGeoJson, DbSession.start and its
 * `db`), so every $effect that loaded something runs again; memos of failed loads are cleared
 * when they fail (getDb, fetchGeoJson, the booth tables), so the new attempt fetches afresh.
 *
 * A fault nobody handled (a view's promise chain without a catch) would be an uncaught error in
 * the console and nothing on the page; watchUnhandled() catches those two kinds of errors and
 * shows them instead. Other errors are left alone: they are bugs and must stay loud.
 */
import { t } from '$lib/i18n/lang.svelte.ts';
import { StorageError } from '$lib/storage/errors.ts';
import { LoadError } from '$lib/db/load-error.ts';

class Loads {
	/** How many times the user pressed Retry. Loaders read it so that effects run again. */
	attempt = $state(0);
	/** Faults no view handled, shown by every Notices until Retry. */
	faults = $state<(LoadError | StorageError)[]>([]);
}

export const loads = new Loads();

export const isFault = (e: unknown): e is LoadError | StorageError =>
	e instanceof LoadError || e instanceof StorageError;

/** Shows a fault in the notices (once, however many loads met it). */
export function reportFault(e: LoadError | StorageError): void {
	const text = describeFault(e);
	if (!loads.faults.some((f) => describeFault(f) === text)) loads.faults = [...loads.faults, e];
}

/**
 * The end of a load nobody else handles: a fault is shown in the notices; anything else is a bug
 * and stays loud (an uncaught error, as if there had been no handler).
 */
export function reportLoad(e: unknown): void {
	if (isFault(e)) reportFault(e);
	else
		setTimeout(() => {
			throw e;
		});
}

/** Forgets the faults and loads again what failed, in place. */
export function retryLoads(): void {
	loads.faults = [];
	loads.attempt++;
}

let watching = false;
/** From now on, show unhandled load and storage faults instead of letting them be uncaught. */
export function watchUnhandled(): void {
	if (watching || typeof window === 'undefined') return;
	watching = true;
	window.addEventListener('unhandledrejection', (event) => {
		if (!isFault(event.reason)) return;
		event.preventDefault();
		reportFault(event.reason);
	});
}

const WHAT = { org: 'storage.org', coords: 'storage.coords' } as const;
const OP = { read: 'storage.read', save: 'storage.save', clear: 'storage.clear' } as const;

/** Why a storage call failed, in the interface language (no subject: "…is full"). */
export function storageReason(e: StorageError): string {
	return e.kind === 'quota'
		? t('storage.quota')
		: e.kind === 'unavailable'
			? t('storage.unavailable')
			: e.kind === 'unreadable'
				? t('storage.unreadable', { detail: e.detail })
				: e.detail;
}

/**
 * A fault in plain words, in the interface language.
 *
 *   LoadError('data/results.parquet', HTTP 404)
 *     → 'data/results.parquet: HTTP 404, the file is not on the server'
 *   StorageError('org', 'read', 'unavailable')
 *     → 'The organisation data kept in this browser could not be read: this browser does not …'
 */
export function describeFault(e: unknown): string {
	if (e instanceof LoadError) {
		const f = e.failure;
		return f.kind === 'http'
			? t(f.status === 404 ? 'load.notFound' : 'load.http', { file: e.file, status: f.status })
			: f.kind === 'network'
				? t('load.network', { file: e.file })
				: t('load.damaged', { file: e.file, detail: f.detail });
	}
	if (e instanceof StorageError)
		return t(OP[e.op], { what: t(WHAT[e.what]), reason: storageReason(e) });
	return e instanceof Error ? e.message : String(e);
}
