/**
 * Runs `work` when the page is idle: requestIdleCallback (with its `timeout`, if given), or in
 * browsers without it (Safari) after `fallbackMs`.
 */
export function whenIdle(work: () => void, o: { timeout?: number; fallbackMs?: number } = {}) {
	if (typeof requestIdleCallback === 'function')
		requestIdleCallback(work, o.timeout === undefined ? undefined : { timeout: o.timeout });
	else setTimeout(work, o.fallbackMs ?? 200);
}
