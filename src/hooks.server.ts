import type { Handle } from '@sveltejs/kit';
import { fillFirstMaps } from '$lib/server/first-map.ts';

/**
 * Pages are prerendered through this hook: each map view's first map is drawn into the HTML here
 * (src/lib/server/first-map.ts), so it shows before any script has run, and with scripts off.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => fillFirstMaps(html) });
