/**
 * Row 15: the Kanpur seat page reloaded with the network cut after one visit (issue 15). Each run
 * is a new Chromium profile: a first visit online (/seat/43/, until the map has its real colours,
 * the service worker controls the page and has kept what the page loaded), then the network cut
 * (Playwright's setOffline, which the service worker's fetches obey too) and a reload, timed from
 * the reload's navigation start to
 * - the prerendered SVG map painted: the map the reader sees first, in its real colours, drawn by
 *   the cached HTML and CSS alone: the later of the first-visit rows' mark (two frames after it is
 *   in the document; no frame is drawn before the page's stylesheets are in) and the browser's
 *   first contentful paint, its presentation time;
 * - MapLibre's map painted in real colours (data-painted), which needs the app's scripts to run.
 * Target ≤ 1 s for both.
 */
import type { Page } from 'playwright-core';
import { marks, openSession, paintOf, waitForMark } from '../lib/browser.ts';
import { check, type Row } from '../lib/report.ts';
import { range, summarize } from '../lib/stats.ts';
import { SEAT, SEAT_KEY } from './first-map.ts';

const CAP = 60_000;

/** Waits until the service worker controls the page and keeps everything the page has loaded. */
export async function keptByWorker(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: CAP
	});
	// Polled from here: waitForFunction does not await a promise, and took the pending promise the
	// check returns for a yes at once (the reload then went offline before anything was kept).
	const until = Date.now() + CAP;
	for (;;) {
		const missing = await page.evaluate(async () => {
			const urls = performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((u) => u.startsWith(location.origin) && /\/data\//.test(u));
			const left: string[] = [];
			for (const u of [location.href, ...urls]) {
				const url = new URL(u);
				if (!(await caches.match(url.origin + url.pathname))) left.push(url.pathname);
			}
			return left;
		});
		if (!missing.length) return;
		if (Date.now() > until)
			throw new Error(`not kept by the service worker: ${missing.join(', ')}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

export async function offlineReload(base: string, runs: number): Promise<Row[]> {
	const times: number[] = [];
	const svg: number[] = [];
	for (let i = 0; i < runs; i++) {
		console.log(`[bench] offline reload, run ${i + 1}/${runs}`);
		const s = await openSession(base);
		try {
			await s.page.goto(base + SEAT, { waitUntil: 'commit' });
			await waitForMark(s.page, paintOf(SEAT_KEY), CAP, 'seat map painted (online)');
			await keptByWorker(s.page);
			await s.ctx.setOffline(true);
			await s.page.reload({ waitUntil: 'commit' });
			times.push(await waitForMark(s.page, paintOf(SEAT_KEY), CAP, 'seat map painted offline'));
			const m = await marks(s.page);
			const fcp = await s.page.evaluate(
				() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime
			);
			if (m.svgMap === undefined || fcp === undefined)
				throw new Error('offline reload: no prerendered SVG map painted');
			// on screen: the browser's first paint, which on a busy machine is presented well after
			// the frames the page's mark counts
			svg.push(Math.max(m.svgMap, fcp));
		} finally {
			await s.close();
		}
	}
	const t = summarize(times);
	const v = summarize(svg);
	return [
		{
			id: '15',
			name: 'Offline reload: the prerendered SVG map painted (first visit, network cut, reload)',
			value: range(v),
			target: '≤ 1 s',
			status: check(v.median <= 1000),
			data: { times: v }
		},
		{
			id: '15',
			name: 'Offline reload: MapLibre painted the real colours (first visit, network cut, reload)',
			value: range(t),
			target: '≤ 1 s',
			status: check(t.median <= 1000),
			data: { times: t }
		}
	];
}
