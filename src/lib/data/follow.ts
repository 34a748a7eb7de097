/**
 * Follows a load started in an $effect: its result is applied only while that effect is current
 * (not after it re-ran for newer inputs or its view closed), and a failure goes to `fail` (never
 * an unhandled rejection). Returns the effect's cleanup.
 *
 *   $effect(() => follow(loadCoverage(db, ac), (c) => (this.coverage = c), (e) => (this.error = e)));
 */
export function follow<T>(
	load: Promise<T>,
	apply: (value: T) => void,
	fail: (e: unknown) => void
): () => void {
	let live = true;
	load.then(
		(v) => {
			if (live) apply(v);
		},
		(e: unknown) => {
			if (live) fail(e);
		}
	);
	return () => {
		live = false;
	};
}
