/**
 * Row 2 (warm): the second visit to the seat page in the same browser context, so the HTTP cache
 * (and Chromium's cache of compiled wasm) holds what the first visit fetched; the page itself,
 * DuckDB and its tables start again from nothing, as they do when someone comes back.
 */
import type { Session } from '../lib/browser.ts';
import { awaitSeat, SEAT, type SeatVisit } from './first-map.ts';

export async function warmSeatVisit(s: Session, base: string, capMs: number): Promise<SeatVisit> {
	const before = s.net.entries.length;
	await s.page.goto(base + SEAT, { waitUntil: 'commit' });
	const visit = await awaitSeat(s, capMs);
	if (visit.capped) throw new Error(`warm seat visit did not finish within ${capMs / 1000} s`);
	s.net.assertClean('seat page (warm)');
	// bytes of this visit only
	const mine = s.net.entries.slice(before);
	visit.bytesInteractive = { code: 0, wasm: 0, data: 0, fonts: 0, other: 0, total: 0 };
	for (const e of mine) {
		visit.bytesInteractive[e.category] += e.bytes;
		visit.bytesInteractive.total += e.bytes;
	}
	return visit;
}
