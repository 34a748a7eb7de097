/**
 * Loads MapLibre GL only in the browser and only once. MapLibre 6 looks for its worker next to its
 * own module, which a bundler moves; so the worker file is emitted by Vite (?url) and its URL set
 * explicitly, from the site's own origin. A failed import clears the memo so that a later mount
 * can retry (for example after a network blip).
 */
import type * as MapLibre from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let pending: Promise<typeof MapLibre> | null = null;

export function loadMapLibre(): Promise<typeof MapLibre> {
	pending ??= Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl.css')])
		.then(([m]) => {
			m.setWorkerUrl(new URL(workerUrl, location.href).href);
			return m;
		})
		.catch((e) => {
			pending = null;
			throw e;
		});
	return pending;
}
