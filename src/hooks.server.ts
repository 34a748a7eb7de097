import type { Handle } from '@sveltejs/kit';
import { FIRST_MAP_SLOT } from '$lib/map/first-map.ts';
import { firstMapOf } from '$lib/server/first-map.ts';

/**
 * Runs when pages are prerendered (there is no server at run time): puts each page's first map,
 * as SVG, in the place FirstMap.svelte keeps for it, so the map is in the HTML once.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const map = await firstMapOf(event.url.pathname);
	if (!map) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace(FIRST_MAP_SLOT, map.svg)
	});
};
