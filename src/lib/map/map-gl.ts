/**
 * MapLibre GL for the site's maps. It is a static import, so that the prerendered page asks for
 * its chunk (modulepreload) together with the app's own code instead of after the app has
 * started: the first map is drawn about as early as a bare MapLibre page allows (npm run bench,
 * row 1). Importing it is safe where there is no window (prerendering); creating a map is not,
 * so views create maps in the browser only.
 *
 * MapLibre 6 looks for its worker next to its own module, which a bundler moves; so the worker
 * file is emitted by Vite (?url) and its URL set explicitly, from the site's own origin.
 */
import * as MapLibre from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let ready = false;

export function loadMapLibre(): Promise<typeof MapLibre> {
	if (!ready) {
		MapLibre.setWorkerUrl(new URL(workerUrl, location.href).href);
		ready = true;
	}
	return Promise.resolve(MapLibre);
}
