/**
 * The /2027/ page's state as runes: the data file, the plan read from the URL (and written back to
 * it on every change, so a link reproduces the screen), and the simulation worker's latest answer.
 * Components only render it and call `setPlan`.
 *
 *   const vm = new Target2027();  $effect(() => vm.start());
 *   vm.plan, vm.summary?.seats.median, vm.rows, vm.setPlan({ ...vm.plan, method: 'proportional' })
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { asset } from '$app/paths';
import { page } from '$app/state';
import { loadFetch } from '$lib/db/load-error.ts';
import { i18n, withLang } from '$lib/i18n/lang.svelte.ts';
import { shortElection } from '$lib/i18n/names.ts';
import { entityColour } from './colours-2027.ts';
import type { WorkerIn, WorkerOut } from './y2027.worker.ts';
import {
	FILE_2027,
	parsePlan,
	parseY2027,
	serializePlan,
	targetRows,
	type Plan2027,
	type Summary2027,
	type Y2027File
} from './y2027.ts';

export class Target2027 {
	file = $state.raw<Y2027File | null>(null);
	error = $state<string | null>(null);
	summary = $state.raw<Summary2027 | null>(null);
	/** the plan the summary answers (the URL may be ahead of it while the worker runs) */
	summaryPlan = $state('');
	/** worker time of the latest run, ms */
	ms = $state(0);
	#worker: Worker | null = null;
	#next = 0;

	readonly parsed = $derived(parsePlan(browser ? page.url.searchParams : new URLSearchParams()));
	readonly plan = $derived(this.parsed.plan);
	readonly planKey = $derived(serializePlan(this.plan).toString());
	readonly busy = $derived(!!this.file && this.summaryPlan !== this.planKey);
	readonly rows = $derived(this.file && this.summary ? targetRows(this.file, this.summary) : []);
	/** our side (the plan's first bloc) and the strongest other by median seats */
	readonly side = $derived(this.plan.blocs[0]?.id ?? '');
	readonly rival = $derived(
		this.summary?.byEntity.filter((e) => e.id !== this.side).sort((a, b) => b.median - a.median)[0]
			?.id ?? ''
	);
	/** AC number → its index in the file and the summary's arrays */
	readonly acIndex = $derived(new Map(this.file?.acs.map((a, i) => [a.ac, i]) ?? []));
	readonly baseText = $derived(
		this.file
			? Object.entries(this.file.baseline)
					.map(([e, w]) => `${shortElection(e)} ×${w}`)
					.join(' + ')
			: ''
	);

	/** An entity's colour: its biggest party's. */
	colourOf = (id: string) => (this.file ? entityColour(this.file, this.plan, id) : '#777');
	/** An AC's name in the interface language. */
	acName = (ac: number) => {
		const a = this.file?.acs[this.acIndex.get(ac) ?? -1];
		return a ? (i18n.lang === 'hi' && a.name_hi ? a.name_hi : a.name) : String(ac);
	};

	/** Loads, starts the worker and keeps it answering `plan` (default: the URL's); in an effect. */
	attach(plan?: () => Plan2027) {
		$effect(() => this.start());
		$effect(() => {
			const p = plan ? plan() : this.plan;
			if (this.file) this.run(p, serializePlan(p).toString());
		});
	}

	/** Loads the file and starts the worker; returns the cleanup. */
	start(): () => void {
		if (!browser) return () => {};
		let stopped = false;
		loadFetch(FILE_2027, asset(`/${FILE_2027}`))
			.then((r) => r.json())
			.then((j) => {
				if (stopped) return;
				const file = parseY2027(j);
				const w = new Worker(new URL('./y2027.worker.ts', import.meta.url), { type: 'module' });
				w.onmessage = (ev: MessageEvent<WorkerOut>) => this.#answer(ev.data);
				w.onerror = (ev) => (this.error = ev.message || 'worker failed');
				w.postMessage({ file } satisfies WorkerIn);
				this.#worker = w;
				this.file = file;
			})
			.catch((e: Error) => (this.error = `${FILE_2027}: ${e.message}`));
		return () => {
			stopped = true;
			this.#worker?.terminate();
			this.#worker = null;
		};
	}

	#keys = new Map<number, string>();

	/** Sends the current plan to the worker (call from an effect that reads planKey). */
	run(plan: Plan2027, key: string) {
		if (!this.#worker) return;
		const id = ++this.#next;
		this.#keys.set(id, key);
		this.#worker.postMessage({ id, plan: $state.snapshot(plan) as Plan2027 } satisfies WorkerIn);
	}

	#answer(m: WorkerOut) {
		const key = this.#keys.get(m.id);
		this.#keys.delete(m.id);
		if (m.id !== this.#next) return; // a newer plan is on its way
		if ('error' in m) {
			this.error = m.error;
			return;
		}
		this.error = null;
		this.summary = m.summary;
		this.ms = m.ms;
		this.summaryPlan = key ?? '';
	}

	setPlan(plan: Plan2027) {
		const q = serializePlan(plan);
		for (const [k, v] of page.url.searchParams)
			if (!['m', 'al', 'sh'].includes(k) && !q.has(k)) q.set(k, v);
		const query = q.toString();
		goto(withLang(page.url.pathname + (query ? `?${query}` : '')), {
			replaceState: true,
			keepFocus: true,
			noScroll: true
		});
	}
}
