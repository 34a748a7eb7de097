/**
 * "A map has drawn real colours": the moment after which the page may start heavy background work
 * (DuckDB-wasm compiling its 34 MB wasm) without delaying the first map. UnitsMap calls
 * markPainted() when it sets data-painted for a view with data; afterPaint() resolves then, or
 * after `ms` at the latest, so that a page whose map never paints still loads its database.
 */
let painted = false;
const waiting = new Set<() => void>();

export function markPainted(): void {
	painted = true;
	for (const f of waiting) f();
	waiting.clear();
}

export function afterPaint(ms = 2500): Promise<void> {
	if (painted || typeof window === 'undefined') return Promise.resolve();
	return new Promise((resolve) => {
		const done = () => (clearTimeout(timer), waiting.delete(done), resolve());
		const timer = setTimeout(done, ms);
		waiting.add(done);
	});
}
