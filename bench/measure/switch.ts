/**
 * Row 5: on a seat page already drawn for Vidhan Sabha 2022, choose Lok Sabha 2024 in the
 * election menu, then "margin" in the colour-by menu, each timed from the change event to the map
 * drawn with the new view's colours (data-painted = the new view key), once DuckDB-wasm has loaded.
 * In between the page runs its queries (answered from the snapshots where they hold them),
 * recolours and MapLibre redraws. The time is to the paint that
 * shows the new view: for the election, the paint whose labels show the new results
 * (`firstElection`, the first paint of the new key, comes earlier with the previous election's
 * colours); for the metric, the first paint of the new key (`lastMetric` is a second, identical
 * repaint after a needless re-query). See bench/README.md.
 */
import type { Page } from 'playwright-core';
import { waitForNewPaint, waitForSettledPaint } from '../lib/browser.ts';

async function choose(page: Page, testid: string, value: string): Promise<number> {
	return page.evaluate(
		([testid, value]) => {
			const select = document.querySelector<HTMLSelectElement>(`[data-testid="${testid}"]`);
			if (!select) throw new Error(`no ${testid}`);
			if (![...select.options].some((o) => o.value === value))
				throw new Error(`${testid} has no option ${value}`);
			const t0 = performance.now();
			select.value = value;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			return t0;
		},
		[testid, value] as const
	);
}

export interface Switches {
	election: number;
	firstElection: number;
	metric: number;
	/** the map's last repaint after the metric change (the page re-queries and repaints the same colours) */
	lastMetric: number;
}

export async function switchViews(page: Page): Promise<Switches> {
	await waitForSettledPaint(page, 'AE2022:winner:SP', -1, 10_000);
	// Every switch below is answered from the snapshots (election, metric): DuckDB-wasm never
	// starts on the seat page.
	const t0 = await choose(page, 'election-select', 'LS2024');
	// the election's new results change the map labels: wait for those
	const e = await waitForNewPaint(page, 'LS2024:winner:SP', t0, 10_000);
	// winner → margin keeps the labels and needs no new rows: its first paint has the new colours
	const t2 = await choose(page, 'metric-select', 'margin');
	const m = await waitForSettledPaint(page, 'LS2024:margin:SP', t2, 10_000);
	const first = m.paints.find((p) => p.key === 'LS2024:margin:SP')!.t;
	return {
		election: e.t - t0,
		firstElection: (e.stale ?? e.t) - t0,
		metric: first - t2,
		lastMetric: m.t - t2
	};
}
