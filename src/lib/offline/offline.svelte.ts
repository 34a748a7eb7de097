/**
 * The page's side of working offline (issue 15): registers the service worker
 * (src/service-worker.ts), says when a new version waits and switches to it, and keeps all of
 * Uttar Pradesh on request.
 *
 * A new version waits (it is never forced on a page): the banner offers to reload; the user's click,
 * or their own reload while it waits, lets it take over, and every open page of the site then
 * reloads, so no page runs with files of two versions.
 */
import { dev } from '$app/environment';
import { asset } from '$app/paths';
import type { OfflineMessage, WorkerMessage } from './messages.ts';
import { whenIdle } from '$lib/idle.ts';

export type KeepState =
	| { step: 'idle' }
	| { step: 'keeping'; loaded: number; total: number }
	| { step: 'done'; loaded: number; usage: number | null; quota: number | null }
	| { step: 'failed'; reason: string };

export const offline = $state<{
	/** the worker is there and controls this page */
	ready: boolean;
	/** a new version is installed and waiting */
	update: boolean;
	keep: KeepState;
}>({ ready: false, update: false, keep: { step: 'idle' } });

let registration: ServiceWorkerRegistration | null = null;

const post = (w: ServiceWorker | null | undefined, m: OfflineMessage) => w?.postMessage(m);

/** This page's own files as the browser loaded them, and the page itself. */
function loadedUrls(): string[] {
	const urls = performance
		.getEntriesByType('resource')
		.map((e) => e.name)
		.filter((u) => u.startsWith(location.origin));
	return [location.href, ...urls];
}

/** Tells the worker to keep a page the app has just shown (its own navigation loads no HTML). */
export function keepPage(href: string) {
	if (navigator.serviceWorker?.controller)
		post(navigator.serviceWorker.controller, { type: 'keep-loaded', urls: [href] });
}

/** Registers the worker (after the page has loaded: the first map comes first). */
export async function startOffline(): Promise<void> {
	if (dev || !('serviceWorker' in navigator)) return;
	const sw = navigator.serviceWorker;
	const controlledFromStart = sw.controller !== null;
	let controlled = controlledFromStart;
	let reloading = false;
	sw.addEventListener('controllerchange', () => {
		// a first visit's page is taken over (nothing to switch); later, a new version took over
		if (controlled && !reloading) {
			reloading = true;
			location.reload();
		}
		controlled = true;
		offline.ready = true;
	});
	sw.addEventListener('message', (e: MessageEvent<WorkerMessage>) => onWorkerMessage(e.data));
	offline.ready = controlled;
	registration = (await sw.register(asset('/service-worker.js'))) ?? null;
	// none when the browser blocks service workers (a policy, or a test that blocks them)
	if (!registration) return;
	const watch = (w: ServiceWorker | null) => {
		if (!w) return;
		const check = () => {
			if (w.state === 'installed' && sw.controller) offline.update = true;
		};
		check();
		w.addEventListener('statechange', check);
	};
	watch(registration.waiting);
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration?.installing ?? null));
	// The user reloaded while a new version waited (the banner asked them to): switch now.
	const nav = performance.getEntriesByType('navigation')[0] as
		PerformanceNavigationTiming | undefined;
	if (registration.waiting && controlled && nav?.type === 'reload') switchVersion();
	const ready = await sw.ready;
	const send = (urls: string[]) => {
		if (urls.length) post(sw.controller ?? ready.active, { type: 'keep-loaded', urls });
	};
	send(loadedUrls());
	// Pages start the database engine only when they need it (data/session.svelte.ts): keep it and
	// its first tables anyway, when the page is idle, so that what a page seen online can show
	// (another party's share on the state map) still works offline. Downloaded, not started.
	const keepEngine = () => post(sw.controller ?? ready.active, { type: 'keep-engine' });
	whenIdle(keepEngine, { timeout: 10_000, fallbackMs: 2000 });
	// A page the worker controlled from its start sent every request through it. On a first visit
	// a file whose request began before the worker took the page over never passes through it, and
	// it may finish after the list above was read (the later snapshots, a booth file): each file is
	// handed to the worker as it finishes loading, whatever the order of takeover and load. The
	// worker keeps each file once (keepWhole looks in its cache first).
	if (!controlledFromStart)
		new PerformanceObserver((list) =>
			send(
				list
					.getEntries()
					.map((e) => e.name)
					.filter((u) => u.startsWith(location.origin))
			)
		).observe({ type: 'resource' });
}

/** Lets the waiting version take over; every page then reloads (controllerchange). */
export function switchVersion() {
	post(registration?.waiting, { type: 'skip-waiting' });
}

async function estimate(): Promise<{ usage: number | null; quota: number | null }> {
	try {
		const e = await navigator.storage.estimate();
		return { usage: e.usage ?? null, quota: e.quota ?? null };
	} catch {
		return { usage: null, quota: null };
	}
}

function onWorkerMessage(m: WorkerMessage) {
	if (m.type === 'keep-progress')
		offline.keep = { step: 'keeping', loaded: m.loaded, total: m.total };
	else if (m.type === 'keep-failed') offline.keep = { step: 'failed', reason: m.reason };
	else if (m.type === 'keep-done')
		void estimate().then((e) => (offline.keep = { step: 'done', loaded: m.loaded, ...e }));
}

/** "Keep all of Uttar Pradesh": the worker fetches every data file and the engine. */
export async function keepAll() {
	offline.keep = { step: 'keeping', loaded: 0, total: 0 };
	// kept files are not evicted under storage pressure if the browser grants it
	await navigator.storage?.persist?.().catch(() => false);
	const reg = await navigator.serviceWorker.ready;
	post(reg.active, { type: 'keep-all' });
}
