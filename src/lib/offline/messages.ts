/** Messages between the pages and the service worker (src/service-worker.ts, issue 15). */

/** From a page to the service worker. */
export type OfflineMessage =
	/** take over now: the user asked for the new version */
	| { type: 'skip-waiting' }
	/** keep what this page loaded before the worker took over, and the pages it has shown */
	| { type: 'keep-loaded'; urls: string[] }
	/**
	 * keep the database engine and the tables it reads at its start (not the booth tables): pages
	 * start it only when they first need it (data/session.svelte.ts), and what a page seen online
	 * could show must work offline too (another party's share on the state map)
	 */
	| { type: 'keep-engine' }
	/** keep every data file and the engine ("keep all of Uttar Pradesh") */
	| { type: 'keep-all' };

/** From the service worker to the page that asked to keep everything. */
export type WorkerMessage =
	| { type: 'keep-progress'; loaded: number; total: number; files: number }
	| { type: 'keep-done'; loaded: number; files: number }
	| { type: 'keep-failed'; reason: string };
