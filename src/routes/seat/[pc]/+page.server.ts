import { firstMapOf } from '$lib/server/first-map.ts';
import type { PageServerLoad } from './$types';

/**
 * The seat's first map: its labels, legend and names (its SVG goes into the HTML:
 * src/hooks.server.ts). +page.ts checks the seat number.
 */
export const load: PageServerLoad = async ({ url }) => ({
	firstMap: (await firstMapOf(url.pathname))?.data ?? null
});
