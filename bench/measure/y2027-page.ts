/**
 * Row 13 (in the app): on the /2027/ target page, once the 403 ACs are drawn, SP's state-wide
 * share slider is moved (its value set, then `input` and `change` dispatched, as a drag and its
 * release do) and the time is taken to:
 *
 *   url     the plan in the URL and on the page (data-plan) says the new share: the page knows,
 *           and in the same Svelte flush it has repainted the table's margins and winners and the
 *           map from the plan's central projection (central2027, on the page's thread;
 *           data-provisional true: chances and the seat range are still the previous answer's)
 *   paint   the next frame after that (requestAnimationFrame, then a task): laid out and painted
 *   central central2027's own time in that flush (the page's performance measure 'y27-central')
 *   ready   the page holds the worker's answer for that plan (data-busy false): the engine ran
 *           the projection and 1,000 seeded simulations for 403 ACs in the worker, and Svelte
 *           re-rendered the tally, the map and the table with the chances
 *   frame   the next frame after that: the simulations' figures painted
 *
 * The issue asks the map and table within 100 ms of a move (`paint`) and the simulations within
 * 1 s (`frame`). At 1280×800 the map is in view when the page opens and the table below it: the
 * first half of the moves is made there, the second half with the table scrolled into view
 * (`where`), so that both are measured painted.
 */
import type { Page } from 'playwright-core';
import { openSession } from '../lib/browser.ts';

export interface Y2027Move {
	url: number;
	paint: number;
	central: number;
	/** the page said provisional (data-provisional) when the plan changed: the fast path drew it */
	provisional: boolean;
	ready: number;
	frame: number;
	/** in view: the top of the page (the map) or the target list */
	where: 'map' | 'table';
}

/** In-page code as a string: tsx would wrap inner functions in a helper the page lacks. */
export const MOVE = `(value) => new Promise((resolve, reject) => {
	const root = document.querySelector('[data-testid="y27"]');
	const input = document.querySelector('input[type="range"][data-party="SP"]');
	if (!root || !input) return reject(new Error('/2027/ page not drawn'));
	const want = 'SP%3A' + value;
	let tUrl = 0, tPaint = 0, tCentral = 0, tReady = 0, tFrame = 0, prov = false;
	const done = () => {
		if (!tPaint || !tFrame) return;
		obs.disconnect();
		clearTimeout(timer);
		resolve({ url: tUrl - t0, paint: tPaint - t0, central: tCentral, provisional: prov, ready: tReady - t0, frame: tFrame - t0 });
	};
	const check = () => {
		const plan = root.getAttribute('data-plan') ?? '';
		if (!tUrl && plan.includes(want)) {
			tUrl = performance.now();
			prov = root.getAttribute('data-provisional') === 'true';
			const m = performance.getEntriesByName('y27-central', 'measure').pop();
			tCentral = m ? m.duration : NaN;
			requestAnimationFrame(() => setTimeout(() => { tPaint = performance.now(); performance.mark('y27-painted'); done(); }));
		}
		if (tUrl && !tReady && root.getAttribute('data-busy') === 'false' && plan.includes(want)) {
			tReady = performance.now();
			requestAnimationFrame(() => setTimeout(() => { tFrame = performance.now(); performance.mark('y27-framed'); done(); }));
		}
	};
	const obs = new MutationObserver(check);
	obs.observe(root, { attributes: true, attributeFilter: ['data-plan', 'data-busy'] });
	const timer = setTimeout(() => {
		obs.disconnect();
		reject(new Error('SP ' + value + '%: the page did not answer within 60 s'));
	}, 60000);
	performance.mark('y27-move');
	const t0 = performance.now();
	input.value = String(value);
	input.dispatchEvent(new Event('input', { bubbles: true }));
	input.dispatchEvent(new Event('change', { bubbles: true }));
})`;

/** Scrolls the map (the top of the page) or the target list into view. */
export async function scrollToPart(page: Page, where: Y2027Move['where']) {
	await page.evaluate((w) => {
		if (w === 'map') scrollTo(0, 0);
		else document.querySelector('[data-testid="y27-table"]')!.scrollIntoView({ block: 'start' });
	}, where);
}

export async function move(page: Page, value: number, where: Y2027Move['where'] = 'map') {
	await scrollToPart(page, where);
	const m = (await page.evaluate(`(${MOVE})(${JSON.stringify(value)})`)) as Y2027Move;
	return { ...m, where };
}

/** Opens /2027/ and waits for the 403 ACs and the worker's first answer. */
export async function open2027(page: Page, base: string): Promise<void> {
	await page.goto(base + '/2027/');
	await page.waitForFunction(
		() =>
			document.querySelector('[data-testid="y27"]')?.getAttribute('data-busy') === 'false' &&
			document.querySelectorAll('[data-testid="y27-table"] tbody tr').length === 403,
		null,
		{ timeout: 60_000 }
	);
}

export async function y2027Moves(base: string, moves: number): Promise<Y2027Move[]> {
	const s = await openSession(base);
	try {
		await open2027(s.page, base);
		const out: Y2027Move[] = [];
		// warm-up moves (JIT, the first re-render), not counted
		for (const v of [33, 34]) await move(s.page, v);
		for (let i = 0; i < moves; i++) {
			out.push(await move(s.page, i % 2 ? 36 : 38, i < moves / 2 ? 'map' : 'table'));
			await s.page.waitForTimeout(300);
		}
		s.net.assertClean('/2027/ page');
		return out;
	} finally {
		await s.close();
	}
}
