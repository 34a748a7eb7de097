/**
 * The page's side of working offline (the worker is src/service-worker.ts): registers the service
 * worker once the first map is drawn (so it never competes with it on a slow line), says when a
 * new version is ready and switches to it, tells the worker what the first visit loaded before
 * it could see it, and runs "keep all of Uttar Pradesh": every file offline.json lists for it,
 * fetched through the worker (which keeps it), with progress in bytes.
 *
 *   offline.start()            // once, from the root layout
 *   await offline.measure()    // offline.kept / offline.total (bytes), from the caches
 *   await offline.keepAll()    // offline.progress while it runs
 */
import { dev, version } from '$app/environment';
import { asset } from '$app/paths';
import { afterPaint } from '$lib/map/first-paint.ts';
import {
	appCache,
	dataCache,
	KEEP_ALL,
	OFFLINE_LIST,
	type FromWorker,
	type ListedFile,
	type OfflineList,
	type ToWorker
} from './caches.ts';

/** Files fetched at once while keeping all. */
const PARALLEL = 4;
/** How long the page waits for DuckDB before telling the worker what it loaded. */
const BACKFILL_WAIT = 15_000;

class Offline {
	/** the browser can keep the site (a service worker, the Cache API; not in `vite dev`) */
	supported = $state(false);
	online = $state(true);
	/** a new version has installed and waits: the page says so */
	updateReady = $state(false);
	/** bytes of "keep all" already kept, and in all (null until measured) */
	kept = $state<number | null>(null);
	total = $state<number | null>(null);
	/** what keeping all would download (brotli copies), bytes not yet kept */
	download = $state<number | null>(null);
	/** keep all is running: bytes kept of total */
	progress = $state<{ loaded: number; total: number } | null>(null);
	error = $state<string | null>(null);
	#registration: ServiceWorkerRegistration | null = null;
	#started = false;
	#switching = false;

	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));
		this.supported = !dev && !!navigator.serviceWorker && 'caches' in window;
		if (!this.supported) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (this.#switching) location.reload();
		});
		// After the first map, when the browser is idle: the worker's install fetches the shell.
		afterPaint().then(() => {
			const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 500));
			idle(() => this.#register());
		});
	}

	async #register() {
		const reg = await navigator.serviceWorker.register(
			new URL(asset('/service-worker.js'), location.href),
			{ updateViaCache: 'none' }
		);
		// A browser that blocks service workers (Playwright's serviceWorkers: 'block', some
		// privacy settings) resolves with nothing: the site works as before, online only.
		if (!reg) return;
		this.#registration = reg;
		const check = () => {
			this.updateReady = reg.waiting !== null && navigator.serviceWorker.controller !== null;
		};
		const watch = (w: ServiceWorker | null) =>
			w?.addEventListener('statechange', () => w.state === 'installed' && check());
		reg.addEventListener('updatefound', () => watch(reg.installing));
		watch(reg.installing); // one already installing when the page registered
		check();
		// A deployment made while the page is open is found within the hour, or on coming back.
		setInterval(() => reg.update().catch(() => {}), 3_600_000);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') reg.update().catch(() => {});
		});
		this.#backfill();
	}

	/** Switches to the waiting version: it takes over, then the page reloads. */
	applyUpdate(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) return location.reload();
		this.#switching = true;
		waiting.postMessage({ type: 'skip-waiting' } satisfies ToWorker);
	}

	/**
	 * What this page loaded before the worker controlled it (the first visit): once the database
	 * has loaded, the worker is told, and keeps those files too (from the browser's HTTP cache).
	 */
	async #backfill() {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((ok) =>
				navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true })
			);
		await Promise.race([
			new Promise((ok) => setTimeout(ok, BACKFILL_WAIT)),
			new Promise<void>((ok) => {
				const seen = () => document.documentElement.dataset.duckdb === 'ready';
				if (seen()) return ok();
				new MutationObserver((_, o) => seen() && (o.disconnect(), ok())).observe(
					document.documentElement,
					{ attributes: true, attributeFilter: ['data-duckdb'] }
				);
			})
		]);
		const urls = [
			location.href,
			...performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((u) => new URL(u).origin === location.origin)
		];
		navigator.serviceWorker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
			// For tests and the benchmark: this visit is kept for offline use.
			if (e.data?.type === 'kept') document.documentElement.dataset.offline = 'kept';
		});
		navigator.serviceWorker.controller?.postMessage({ type: 'keep', urls } satisfies ToWorker);
	}

	async #list(): Promise<OfflineList> {
		const res = await fetch(asset(`/${OFFLINE_LIST}`));
		if (!res.ok) throw new Error(`${OFFLINE_LIST}: HTTP ${res.status}`);
		return res.json();
	}

	#keyOf(f: ListedFile): string {
		return new URL(asset(`/${f.url}`), location.href).href;
	}

	/** Which of keep-all's files are kept already, from the caches of this version. */
	async #status(l: OfflineList) {
		// Only caches the worker has made are read (caches.open would make one: the worker of a
		// newer version may just have deleted this version's).
		const open = async (name: string) => ((await caches.has(name)) ? caches.open(name) : null);
		const [app, data] = await Promise.all([
			open(appCache(version)),
			open(dataCache(__DATA_VERSION__))
		]);
		const wanted = l.files.filter((f) => KEEP_ALL.includes(f.group));
		const kept = await Promise.all(
			wanted.map(async (f) =>
				Boolean(await (f.url.startsWith('data/') ? data : app)?.match(this.#keyOf(f)))
			)
		);
		return { wanted, missing: wanted.filter((_, i) => !kept[i]) };
	}

	/** Sets kept, total and download from the caches. */
	async measure(): Promise<void> {
		this.start();
		if (!this.supported) return;
		try {
			const { wanted, missing } = await this.#status(await this.#list());
			const sum = (fs: ListedFile[], k: 'bytes' | 'br' = 'bytes') =>
				fs.reduce((s, f) => s + (f[k] ?? f.bytes), 0);
			this.total = sum(wanted);
			this.kept = this.total - sum(missing);
			this.download = sum(missing, 'br');
		} catch {
			// offline with nothing kept, or no list: the panel says what it can
		}
	}

	/**
	 * Fetches every file not yet kept through the worker, which keeps it; progress counts the
	 * bytes as they arrive. Asks the browser to keep the site's storage (not evict it).
	 */
	async keepAll(): Promise<void> {
		if (!this.supported || this.progress) return;
		this.error = null;
		try {
			await navigator.storage?.persist?.();
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise((ok) =>
					navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true })
				);
			const l = await this.#list();
			const { wanted, missing } = await this.#status(l);
			const total = wanted.reduce((s, f) => s + f.bytes, 0);
			const progress = { loaded: total - missing.reduce((s, f) => s + f.bytes, 0), total };
			this.progress = { ...progress };
			let last = 0;
			const queue = [...missing];
			const worker = async () => {
				for (let f = queue.shift(); f; f = queue.shift()) {
					const res = await fetch(this.#keyOf(f));
					if (!res.ok || !res.body) throw new Error(`${f.url}: HTTP ${res.status}`);
					const reader = res.body.getReader();
					for (;;) {
						const { done, value } = await reader.read();
						if (done) break;
						progress.loaded += value.byteLength;
						if (performance.now() - last > 100) {
							last = performance.now();
							this.progress = { ...progress };
						}
					}
				}
			};
			await Promise.all(Array.from({ length: PARALLEL }, worker));
			this.progress = { ...progress };
			localStorage.setItem('kshetra-keep-all', '1');
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.progress = null;
			await this.measure();
		}
	}

	/** The user asked to keep all before (this browser): keep it so after an update too. */
	get wantsAll(): boolean {
		try {
			return localStorage.getItem('kshetra-keep-all') === '1';
		} catch {
			return false;
		}
	}
}

export const offline = new Offline();
