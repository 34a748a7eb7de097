import { firstMapOf } from '$lib/server/first-map.ts';
import type { PageServerLoad } from './$types';

/** The first map's labels, legend and names (its SVG goes into the HTML: src/hooks.server.ts). */
export const load: PageServerLoad = async ({ url }) => ({
	firstMap: (await firstMapOf(url.pathname))?.data ?? null
});
