/**
 * Every request a page and its workers make (Playwright reports both; a raw CDP session on the
 * page does not see DuckDB's worker fetching its wasm), with the bytes received (the response
 * body as sent, i.e. CDP's encodedDataLength minus headers; Content-Length where Chromium does
 * not report a size, as for worker scripts), when it ended (epoch ms), and any Range header.
 * Requests to any other origin are collected in `foreign` (the site must never make one), and
 * uncaught exceptions in the page in `errors`.
 */
import type { Page, Request } from 'playwright-core';
import { watchErrors } from './errors.ts';

export type Category = 'code' | 'wasm' | 'data' | 'fonts' | 'other';
export const CATEGORIES: Category[] = ['code', 'wasm', 'data', 'fonts', 'other'];

export interface Entry {
	url: string;
	path: string;
	status: number;
	bytes: number;
	end: number;
	range?: string;
	category: Category;
}

export function categorize(path: string): Category {
	if (/\.wasm$/.test(path)) return 'wasm';
	if (path.includes('/data/') && /\.(parquet|geojson|csv|json)$/.test(path)) return 'data';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
	if (/\.(m?js|css|html)$/.test(path) || path.endsWith('/')) return 'code';
	return 'other';
}

export class NetLog {
	entries: Entry[] = [];
	foreign: string[] = [];
	failed: string[] = [];
	errors: string[];
	#pending = new Set<Promise<void>>();
	#origin: string;

	constructor(page: Page, base: string) {
		this.#origin = new URL(base).origin;
		page.on('request', (r) => {
			const u = r.url();
			if (!u.startsWith(this.#origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
				this.foreign.push(u);
		});
		this.errors = watchErrors(page);
		page.on('requestfinished', (r) => this.#track(this.#record(r)));
		page.on('requestfailed', (r) => {
			// A navigation away cancels in-flight requests; only count real failures.
			if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) this.failed.push(r.url());
		});
	}

	#track(p: Promise<void>) {
		this.#pending.add(p);
		p.finally(() => this.#pending.delete(p));
	}

	async #record(r: Request) {
		const end = Date.now();
		const u = new URL(r.url());
		if (u.protocol !== 'http:' || u.origin !== this.#origin) return;
		const res = await r.response().catch(() => null);
		const sizes = await r.sizes().catch(() => null);
		const length = Number((await res?.headerValue('content-length').catch(() => null)) ?? 0);
		const t = r.timing();
		this.entries.push({
			url: r.url(),
			path: u.pathname,
			status: res?.status() ?? 0,
			// a HEAD response has no body, whatever its Content-Length says
			// (and one served from the cache reports no size, or a negative one: nothing came)
			bytes: r.method() === 'HEAD' ? 0 : Math.max(0, sizes?.responseBodySize || length),
			end: t.startTime > 0 && t.responseEnd >= 0 ? t.startTime + t.responseEnd : end,
			range: (await r.headerValue('range').catch(() => null)) ?? undefined,
			category: categorize(u.pathname)
		});
	}

	/** Waits until the sizes of finished requests are known. */
	async settle() {
		while (this.#pending.size) await Promise.all([...this.#pending]);
	}

	/** Bytes per category of the requests that ended at or before `until` (epoch ms). */
	bytesBy(until = Infinity, from = -Infinity): Record<Category | 'total', number> {
		const out = { code: 0, wasm: 0, data: 0, fonts: 0, other: 0, total: 0 };
		for (const e of this.entries)
			if (e.end <= until && e.end >= from) {
				out[e.category] += e.bytes;
				out.total += e.bytes;
			}
		return out;
	}

	/** Fails if the site asked another origin for anything, a request failed or the page threw. */
	assertClean(what: string) {
		if (this.foreign.length)
			throw new Error(`${what}: requests left localhost: ${this.foreign.join(', ')}`);
		if (this.failed.length) throw new Error(`${what}: requests failed: ${this.failed.join(', ')}`);
		if (this.errors.length) throw new Error(`${what}: the page threw: ${this.errors.join('; ')}`);
	}
}
