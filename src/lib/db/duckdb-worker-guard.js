/*
 * A classic worker script that runs DuckDB-wasm's own worker (named in this script's URL hash,
 * same origin only) and reports what that worker leaves unhandled.
 *
 * DuckDB-wasm fetches and compiles its wasm inside its worker with
 * `WebAssembly.instantiateStreaming(…).then(success)` and no catch: when the wasm answers 404,
 * never arrives or is damaged, the promise rejects unhandled ("Failed to execute 'compile' on
 * 'WebAssembly': HTTP status code is not ok"), nothing is sent back, and db.instantiate() never
 * settles. Here such a rejection is stopped (it is not an uncaught error) and posted to the page
 * as { kshetraUnhandled: message }; duckdb-browser.ts turns it into a LoadError naming the wasm.
 */
'use strict';
self.addEventListener('unhandledrejection', (event) => {
	event.preventDefault();
	const reason = event.reason;
	const message =
		reason && typeof reason === 'object' && 'message' in reason
			? String(reason.message)
			: String(reason);
	self.postMessage({ kshetraUnhandled: message });
});
{
	const target = new URL(decodeURIComponent(self.location.hash.slice(1)), self.location.href);
	if (target.origin !== self.location.origin)
		throw new Error(`the database engine's worker must come from this site, not ${target.origin}`);
	self.importScripts(target.href);
}
