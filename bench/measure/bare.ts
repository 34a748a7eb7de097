/**
 * Row 3: the limit of this stack. The benchmark-only page /dev/bench/bare/ draws the same five AC
 * polygons (static/data/seat/43.geojson) with MapLibre from the site's own bundle, fixed colours
 * and nothing else; it is loaded cold exactly like the seat page, and the time is navigation start
 * to its data-painted="bare".
 */
import { openSession, paintOf, TimeoutError, waitForMark } from '../lib/browser.ts';

export const BARE = '/dev/bench/bare/';

export async function bareVisit(
	base: string,
	o: { slow?: boolean; capMs: number }
): Promise<{ firstMap?: number; bytes: number }> {
	const s = await openSession(base, { slow: o.slow, cacheDisabled: true });
	try {
		await s.page.goto(base + BARE, { waitUntil: 'commit' });
		let firstMap: number | undefined;
		try {
			firstMap = await waitForMark(s.page, paintOf('bare'), o.capMs, 'bare map painted');
		} catch (e) {
			if (!(e instanceof TimeoutError)) throw e;
		}
		await s.net.settle();
		s.net.assertClean('bare page');
		return { firstMap, bytes: s.net.bytesBy().total };
	} finally {
		await s.close();
	}
}
