/**
 * The map a layer or source belongs to, shared from UnitsMap to the MapSource and MapLayer
 * components inside it (Svelte context), as svelte-maplibre shares its map. `live` is false once
 * the map is being removed: a layer destroyed after that has nothing to remove.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

export interface MapContext {
	map: MlMap;
	live: boolean;
}

const KEY = Symbol('kshetra.map');

export const setMapContext = (c: MapContext) => setContext(KEY, c);

export function getMapContext(): MapContext {
	const c = getContext<MapContext | undefined>(KEY);
	if (!c) throw new Error('a map layer or source must be inside UnitsMap (its layers snippet)');
	return c;
}
