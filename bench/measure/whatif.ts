/**
 * Rows 6, 8 and 9 (what-if part): the benchmark-only page /dev/bench/whatif/ imports the app's
 * own what-if path (src/lib/winnability/compute.ts: compileBooths, recomputeBooths, over
 * projection-fast.ts, as the winnability page calls them) and getDb(), and exposes its steps on
 * window.__bench (see that page). Here they are run in order in a fresh context while memory is
 * sampled:
 *
 *   Kanpur: as its winnability page loads it (segments, the AE2017 booths of ACs 212–216, the
 *           demo organisation file), compiled once; per move recomputeBooths() (every booth's
 *           shares, margin, votes needed and group) and the page's whole move in JS timed
 *   all UP: every booth (LS2014) loaded by `how` ('hyparquet': both booth files read whole;
 *           'ensureAc': db.ensureAc for ACs 1–403 then one SQL) and every PC's segment
 *           baselines, compileBooths() once, recomputeBooths() per move timed
 *   memory: peak JS heap while loading, JS heap kept, DuckDB's memory, renderer peak RSS
 *   scale n: recompute() over the compiled arrays repeated n times; hyparquet: the load repeated
 *           n times (heap growth); ensureAc: the booth tables copied into new tables once and n
 *           times inside DuckDB, their memory and the all-UP SQL over them
 */
import type { Browser } from 'playwright-core';
import { openPage } from '../lib/browser.ts';
import { MemorySampler } from './memory.ts';

export const WHATIF = '/dev/bench/whatif/';

export interface Timing {
	median: number;
	min: number;
	max: number;
	samples: number;
	batch: number;
}
interface Step {
	booths: number;
	compileMs: number;
	/** recomputeBooths() as the page calls it (two sets of arrays by turns) */
	recomputeMs: Timing;
}
interface SqlCopy {
	rows: number;
	sqlMs: number;
	bytes: number;
}

export interface WhatIf {
	how: 'hyparquet' | 'ensureAc';
	kanpur: Step & {
		dbMs: number;
		loadMs: number;
		election: string;
		/** the page's whole move in JS: segments and seat, every booth as a row, the priority order */
		seatMs: Timing;
	};
	load: {
		booths: number;
		rows: number;
		loadMs: number;
		ensureMs?: number;
		sqlMs?: number;
		/** every PC's segment baselines (seat_party_votes.sql ×80) */
		segMs?: number;
	};
	up: Step;
	memory: {
		peakHeap: number;
		retainedHeap: number;
		baseHeap: number;
		duckdb: number;
		duckdbTags?: Record<string, number>;
		peakRss: number;
	};
	scale?: {
		n: number;
		recompute: Step & { scale: number };
		/** hyparquet: JS heap kept with n copies loaded, and the load time */
		heap?: { base: number; one: number; many: number; loadMs: number };
		/** ensureAc: the booth tables copied once and n times in DuckDB: the all-UP SQL, their memory */
		sql?: { one: SqlCopy; many: SqlCopy };
	};
}

export async function whatIf(
	browser: Browser,
	base: string,
	how: WhatIf['how'],
	scale: number
): Promise<WhatIf> {
	const s = await openPage(browser, base);
	const mem = new MemorySampler(browser, s.cdp);
	try {
		await s.page.goto(base + WHATIF);
		await s.page.waitForFunction(
			() => (window as unknown as { __bench?: { ready: boolean } }).__bench?.ready
		);
		const step = <T>(name: string, ...args: unknown[]): Promise<T> =>
			s.page.evaluate(
				([name, args]) =>
					(
						window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>
					).__bench[name as string](...(args as unknown[])),
				[name, args] as const
			) as Promise<T>;
		await mem.start();
		const kanpur = await step<WhatIf['kanpur']>('kanpur');
		const baseHeap = await mem.retainedHeap();
		const load = await step<WhatIf['load']>('loadUp', how);
		const up = await step<Step>('upRecompute');
		await mem.sample();
		const retainedHeap = await mem.retainedHeap();
		const duck = await step<{ bytes: number; tags: Record<string, number> } | null>('duckdbMemory');
		const memory = {
			peakHeap: mem.peakHeap,
			retainedHeap,
			baseHeap,
			duckdb: duck?.bytes ?? 0,
			duckdbTags: duck?.tags,
			peakRss: (await mem.renderer()).peakRss
		};
		const out: WhatIf = { how, kanpur, load, up, memory };
		if (scale > 1) {
			const recompute = await step<Step & { scale: number }>('scaled', scale);
			out.scale = { n: scale, recompute };
			if (how === 'hyparquet') {
				const many = await step<{ loadMs: number }>('loadUp', 'hyparquet', scale);
				out.scale.heap = {
					base: baseHeap,
					one: retainedHeap,
					many: await mem.retainedHeap(),
					loadMs: many.loadMs
				};
			} else {
				out.scale.sql = await step<{ one: SqlCopy; many: SqlCopy }>('sqlScaled', scale);
			}
		}
		s.net.assertClean('whatif page');
		return out;
	} finally {
		mem.stop();
		await s.close();
	}
}
