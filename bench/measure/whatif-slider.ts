/**
 * Row 6 (in the app): on Kanpur's winnability page (/seat/43/winnability/), once its five ACs'
 * booths are loaded and the booth map drawn, the swing slider is moved (its value set and an
 * `input` event dispatched, as a drag does) and the time is taken to:
 *
 *   margin  the seat's projected margin on screen ([data-testid=seat-margin]) shows the new value
 *           (the URL updated, every segment and all 1,478 booths recomputed, the tables, legend,
 *           scatter chart and priority list re-rendered: Svelte updates them in one flush)
 *   frame   the next frame after that (requestAnimationFrame, then a task): the browser has laid
 *           out and painted it
 *   map     the booth map repainted with the new groups (data-painted carries the settings)
 *
 * Moves alternate between swing values so that every move changes the margin.
 */
import type { Page } from 'playwright-core';
import { openSession } from '../lib/browser.ts';

export interface SliderMove {
	margin: number;
	frame: number;
	map: number | null;
}

/**
 * One move of the swing slider to `value`, timed inside the page. The in-page code is a string:
 * tsx would wrap its inner functions in a helper (__name) the page does not have.
 */
const MOVE = `(value) => new Promise((resolve, reject) => {
	const slider = document.querySelector('[data-testid="swing"]');
	const margin = document.querySelector('[data-testid="seat-margin"]');
	const map = document.querySelector('[data-painted]');
	if (!slider || !margin || !map) return reject(new Error('winnability page not drawn'));
	const before = margin.textContent;
	const want = 'sw=' + value;
	let tMargin = 0, tFrame = 0, tMap = null;
	const stop = () => { obs.disconnect(); mapObs.disconnect(); clearTimeout(timer); };
	const done = () => {
		if (tFrame && tMap !== null) {
			stop();
			resolve({ margin: tMargin - t0, frame: tFrame - t0, map: tMap - t0 });
		}
	};
	const obs = new MutationObserver(() => {
		if (tMargin || margin.textContent === before) return;
		tMargin = performance.now();
		requestAnimationFrame(() => setTimeout(() => { tFrame = performance.now(); done(); }));
	});
	obs.observe(margin, { subtree: true, childList: true, characterData: true });
	const mapObs = new MutationObserver(() => {
		if (tMap === null && (map.getAttribute('data-painted') ?? '').includes(want)) {
			tMap = performance.now();
			done();
		}
	});
	mapObs.observe(map, { attributes: true, attributeFilter: ['data-painted'] });
	const timer = setTimeout(() => {
		stop();
		if (tMargin && tFrame) resolve({ margin: tMargin - t0, frame: tFrame - t0, map: null });
		else reject(new Error('swing ' + value + ': the seat margin did not change within 10 s'));
	}, 10000);
	const t0 = performance.now();
	slider.value = String(value);
	slider.dispatchEvent(new Event('input', { bubbles: true }));
})`;

function move(page: Page, value: number): Promise<SliderMove> {
	return page.evaluate(`(${MOVE})(${JSON.stringify(value)})`) as Promise<SliderMove>;
}

export async function sliderMoves(base: string, moves: number): Promise<SliderMove[]> {
	const s = await openSession(base);
	try {
		await s.page.goto(base + '/seat/43/winnability/');
		await s.page.waitForFunction(() => document.documentElement.dataset.duckdb === 'ready', null, {
			timeout: 60_000
		});
		// the booths of all five ACs are in (the priority list counts them) and the map is drawn
		await s.page.waitForFunction(
			() =>
				document.querySelectorAll('[data-testid="priority-table"] tbody tr').length > 0 &&
				/^\d+:/.test(document.querySelector('[data-painted]')?.getAttribute('data-painted') ?? ''),
			null,
			{ timeout: 60_000 }
		);
		await s.page.waitForTimeout(1000);
		const out: SliderMove[] = [];
		// warm-up moves (JIT, first renders of changed rows), not counted
		for (const v of [1, 2]) await move(s.page, v);
		for (let i = 0; i < moves; i++) {
			out.push(await move(s.page, i % 2 ? 3 : 4.5));
			await s.page.waitForTimeout(300);
		}
		s.net.assertClean('winnability page');
		return out;
	} finally {
		await s.close();
	}
}
