/**
 * Row 8: memory. Samples the page's JS heap (CDP Performance.getMetrics JSHeapUsedSize, main
 * thread) while the benchmark drives a page, and reads the renderer processes' peak resident set
 * (VmHWM in /proc, for the pids CDP SystemInfo.getProcessInfo lists): the renderer holds the page,
 * its workers (DuckDB-wasm's linear memory among them) and MapLibre's. DuckDB's own account of its
 * memory comes from the page (duckdb_memory(), see the whatif page).
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession } from 'playwright-core';

const kb = (status: string, field: string) =>
	Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? 0) * 1024;

export class MemorySampler {
	peakHeap = 0;
	#timer: NodeJS.Timeout | null = null;
	#busy = false;

	constructor(
		private browser: Browser,
		private cdp: CDPSession
	) {}

	async start(everyMs = 100) {
		await this.cdp.send('Performance.enable');
		this.#timer = setInterval(() => void this.sample(), everyMs);
	}

	async heap(): Promise<number> {
		const { metrics } = await this.cdp.send('Performance.getMetrics');
		return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
	}

	async sample() {
		if (this.#busy) return;
		this.#busy = true;
		try {
			this.peakHeap = Math.max(this.peakHeap, await this.heap());
		} catch {
			// the page is navigating or closing
		} finally {
			this.#busy = false;
		}
	}

	/** JS heap after a full garbage collection: what the page keeps. */
	async retainedHeap(): Promise<number> {
		await this.cdp.send('HeapProfiler.collectGarbage');
		return this.heap();
	}

	/** The largest renderer's peak and current resident set, in bytes. */
	async renderer(): Promise<{ peakRss: number; rss: number }> {
		const b = await this.browser.newBrowserCDPSession();
		try {
			const { processInfo } = (await b.send('SystemInfo.getProcessInfo')) as {
				processInfo: { type: string; id: number }[];
			};
			let best = { peakRss: 0, rss: 0 };
			for (const p of processInfo.filter((x) => x.type === 'renderer')) {
				let status = '';
				try {
					status = readFileSync(`/proc/${p.id}/status`, 'utf8');
				} catch {
					continue; // not on this machine's /proc (or exited)
				}
				const r = { peakRss: kb(status, 'VmHWM'), rss: kb(status, 'VmRSS') };
				if (r.peakRss > best.peakRss) best = r;
			}
			return best;
		} finally {
			await b.detach();
		}
	}

	stop() {
		if (this.#timer) clearInterval(this.#timer);
	}
}
