/**
 * Row 7: opening an AC's booths. From Govind Nagar's booth page (/seat/43/ac/212/) drawn, click
 * the sibling link to Sishamau (213) and time until the map has drawn 213's booths (the paint of
 * 213:AE2017:winner… on /ac/213/ whose legend counts 213's booths: the booth rows are queried, the booth
 * areas built from 213's outline and the map redrawn). Also a cold direct load of /seat/43/ac/213/.
 * Both record the bytes fetched for the AC (the Parquet range requests among them).
 */
import {
	marks,
	openSession,
	paintOf,
	waitForMark,
	waitForNewPaint,
	waitForSettledPaint,
	type Session
} from '../lib/browser.ts';
import type { Entry } from '../lib/net.ts';
import type { Bytes } from './bytes.ts';

/** The AC views open on the newest election with booth rows: Vidhan Sabha 2017 in Kanpur. The
 * key starts with the AC, so a paint of the previous AC's booths never counts. */
export const boothKey = (ac: number) => `${ac}:AE2017:winner*`;

const isBoothParquet = (e: Entry) => /\/(booths|booth_results)\.parquet$/.test(e.path);

export interface AcOpen {
	ms: number;
	/** an earlier paint after the click with the same key but 212's booths (see bench/README.md) */
	firstMs?: number;
	/** bytes received after the click (or during the load) */
	bytes: number;
	/** the cold load: bytes received by the time the booths are drawn, by kind (the sibling ACs
	 * the view reads ahead afterwards are not counted) */
	drawnBytes?: Bytes;
	parquet: { path: string; range?: string; bytes: number }[];
}

function parquetAfter(s: Session, epoch: number) {
	return s.net.entries
		.filter((e) => e.end >= epoch && isBoothParquet(e))
		.map((e) => ({ path: e.path, range: e.range, bytes: e.bytes }));
}

/** Clicks the link matching `selector` from inside the page; returns the click's time there. */
export function clickLink(s: Session, selector: string): Promise<number> {
	return s.page.evaluate((selector) => {
		const a = document.querySelector<HTMLAnchorElement>(selector);
		if (!a) throw new Error(`no link ${selector}`);
		const t0 = performance.now();
		a.click();
		return t0;
	}, selector);
}

export async function acSiblingClick(base: string, capMs = 60_000): Promise<AcOpen> {
	const s = await openSession(base);
	try {
		await s.page.goto(base + '/seat/43/ac/212/', { waitUntil: 'commit' });
		await waitForSettledPaint(s.page, boothKey(212), -1, capMs, '/ac/212/');
		const t0 = await clickLink(s, 'nav.siblings a[href*="/ac/213/"]');
		// 213's booths change the legend's counts: wait for the paint that shows them
		const { t: t1, stale } = await waitForNewPaint(s.page, boothKey(213), t0, 30_000, '/ac/213/');
		const h1 = await s.page.locator('h1').first().textContent();
		if (!/Sishamau/i.test(h1 ?? '')) throw new Error(`AC 213 page shows "${h1}"`);
		await s.net.settle();
		s.net.assertClean('AC page');
		const epoch = (await marks(s.page)).origin + t0;
		return {
			ms: t1 - t0,
			firstMs: stale === undefined ? undefined : stale - t0,
			bytes: s.net.bytesBy(Infinity, epoch).total,
			parquet: parquetAfter(s, epoch)
		};
	} finally {
		await s.close();
	}
}

export async function acColdLoad(base: string, capMs = 60_000): Promise<AcOpen> {
	const s = await openSession(base, { cacheDisabled: true });
	try {
		await s.page.goto(base + '/seat/43/ac/213/', { waitUntil: 'commit' });
		const t = await waitForMark(
			s.page,
			paintOf(boothKey(213), -1, '/ac/213/'),
			capMs,
			'AC 213 painted'
		);
		await s.net.settle();
		s.net.assertClean('AC page (cold)');
		const drawnBytes = s.net.bytesBy((await marks(s.page)).origin + t);
		return { ms: t, bytes: s.net.bytesBy().total, drawnBytes, parquet: parquetAfter(s, 0) };
	} finally {
		await s.close();
	}
}
