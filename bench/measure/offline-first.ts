/**
 * Rows 13–16 (issue 15): the prerendered first map and working offline.
 *   svgVisit      a cold visit to /seat/43/: navigation start to the first frame with the first-map
 *                 SVG of the prerendered HTML (Marks.svg), and the bytes received by then; also when
 *                 MapLibre had painted over it (data-painted="AE2022:winner:SP")
 *   boothVisit    a cold visit to /seat/43/ac/213/: the bytes received by the booth view being
 *                 interactive (its booth table filled and its map painted)
 *   offlineReload a first visit until the service worker has kept it (html[data-offline="kept"]),
 *                 then the network cut (context.setOffline) and a reload: to the first map (SVG)
 *                 and to MapLibre's paint
 * Served by scripts/serve.ts with its .br/.gz copies (the real compressed files).
 */
import { marks, openSession, paintOf, TimeoutError, waitForMark, WATCH } from '../lib/browser.ts';
import type { Bytes } from './bytes.ts';
import { SEAT, SEAT_KEY } from './first-map.ts';
import { boothKey } from './ac-open.ts';

export interface SvgVisit {
	/** ms to the SVG first map; undefined if cut off */
	svg?: number;
	/** ms to MapLibre's paint of the same view (localhost only) */
	live?: number;
	bytesSvg?: Bytes;
}

export async function svgVisit(
	base: string,
	o: { slow?: boolean; capMs: number; live?: boolean }
): Promise<SvgVisit> {
	const s = await openSession(base, { slow: o.slow, cacheDisabled: true });
	try {
		await s.page.goto(base + SEAT, { waitUntil: 'commit' });
		let svg: number | undefined;
		let live: number | undefined;
		try {
			svg = await waitForMark(s.page, (m) => m.svg, o.capMs, 'first map (SVG)');
			if (o.live) live = await waitForMark(s.page, paintOf(SEAT_KEY), o.capMs, 'seat map');
		} catch (e) {
			if (!(e instanceof TimeoutError)) throw e;
		}
		const m = await marks(s.page);
		await s.net.settle();
		s.net.assertClean('seat page');
		return {
			svg,
			live,
			bytesSvg: svg === undefined ? undefined : s.net.bytesBy(m.origin + svg)
		};
	} finally {
		await s.close();
	}
}

/** Bytes until the booth view of AC 213 is interactive (booth table filled, map painted). */
export async function boothVisit(
	base: string,
	capMs: number
): Promise<{ ms: number; bytes: Bytes }> {
	const s = await openSession(base, { cacheDisabled: true });
	try {
		await s.page.goto(base + '/seat/43/ac/213/', { waitUntil: 'commit' });
		const map = await waitForMark(s.page, paintOf(boothKey(213)), capMs, 'booth map');
		const table = await waitForMark(s.page, (m) => m.first.boothTable, capMs, WATCH.boothTable);
		const ms = Math.max(map, table);
		const m = await marks(s.page);
		await s.net.settle();
		s.net.assertClean('booth page');
		return { ms, bytes: s.net.bytesBy(m.origin + ms) };
	} finally {
		await s.close();
	}
}

/** A reload of /seat/43/ with the network cut after one visit: to the SVG and to MapLibre. */
export async function offlineReload(
	base: string,
	capMs: number
): Promise<{ svg: number; live: number }> {
	const s = await openSession(base);
	try {
		await s.page.goto(base + SEAT);
		await waitForMark(s.page, paintOf(SEAT_KEY), capMs, 'seat map');
		await s.page
			.locator('html[data-offline="kept"]')
			.waitFor({ state: 'attached', timeout: capMs });
		await s.ctx.setOffline(true);
		await s.page.reload({ waitUntil: 'commit' });
		const svg = await waitForMark(s.page, (m) => m.svg, capMs, 'offline first map (SVG)');
		const live = await waitForMark(s.page, paintOf(SEAT_KEY), capMs, 'offline seat map');
		return { svg, live };
	} finally {
		await s.close();
	}
}
