/**
 * The /2027/ page's state as runes: the data file, the plan read from the URL (and written back to
 * it on every change, shallowly, so a link reproduces the screen), and the simulation worker's latest answer.
 * Components only render it and call `setPlan`. A plan's central projection (margins, winners,
 * the single projection) is computed here at once, on the page's thread; `shown` is the worker's
 * answer when it answers the plan on screen, else that central projection with the previous
 * answer's chances and seat range, marked provisional, so a move repaints map and table at once
 * and the simulations follow.
 *
 *   const vm = new Target2027();  $effect(() => vm.start());
 *   vm.plan, vm.shown?.seats.median, vm.rows, vm.setPlan({ ...vm.plan, method: 'proportional' })
 */
import { browser } from '$app/environment';
import { asset } from '$app/paths';
import { currentUrl, writeUrl } from '$lib/state/shallow-url.svelte.ts';
import { loadFetch } from '$lib/db/load-error.ts';
import { readObjects } from '$lib/db/parquet-objects.ts';
import { readOrgInUse } from '$lib/data/org.ts';
import { coverageOfAcs } from '$lib/model/contest/org.ts';
import { DEFAULT_SCORE } from '$lib/model/org-score.ts';
import { i18n, withLang } from '$lib/i18n/lang.svelte.ts';
import { shortElection } from '$lib/i18n/names.ts';
import { entityColour } from './colours-2027.ts';
import type { WorkerIn, WorkerOut } from './y2027.worker.ts';
import {
	central2027,
	FILE_2027,
	parsePlan,
	provisional,
	parseY2027,
	PLAN_PARAMS,
	serializePlan,
	targetRows,
	type Plan2027,
	type Summary2027,
	type TargetOrg,
	type Y2027File
} from './y2027.ts';

export class Target2027 {
	file = $state.raw<Y2027File | null>(null);
	error = $state<string | null>(null);
	summary = $state.raw<Summary2027 | null>(null);
	/** the plan the summary answers (the URL may be ahead of it while the worker runs) */
	summaryPlan = $state('');
	/**
	 * Organisation coverage per AC: the party's own file kept in this browser, else the shipped
	 * Kanpur demo (labelled demo); null until read, or when it cannot be (the column stays empty).
	 */
	org = $state.raw<TargetOrg | null>(null);
	orgError = $state<string | null>(null);
	/** worker time of the latest run, ms */
	ms = $state(0);
	#worker: Worker | null = null;
	#next = 0;

	/**
	 * The plan's part of the query (PLAN_PARAMS: m, al, sh, tm) as a string: another parameter changing (the target
	 * list's filters and sort, table-view.ts) leaves it equal, so the plan is not parsed again and
	 * the worker is not asked again.
	 */
	readonly #planQuery = $derived.by(() => {
		const q = browser ? currentUrl().searchParams : new URLSearchParams();
		return new URLSearchParams(
			PLAN_PARAMS.flatMap((k) => (q.has(k) ? [[k, q.get(k)!]] : []))
		).toString();
	});
	readonly parsed = $derived(parsePlan(new URLSearchParams(this.#planQuery)));
	readonly plan = $derived(this.parsed.plan);
	readonly planKey = $derived(serializePlan(this.plan).toString());
	readonly busy = $derived(!!this.file && this.summaryPlan !== this.planKey);
	/**
	 * the URL plan's central projection, on this thread (null until the file is read); its time is
	 * left as a performance measure 'y27-central' for the benchmark (bench/measure/y2027-page.ts)
	 */
	readonly central = $derived.by(() => {
		if (!this.file) return null;
		const t0 = performance.now();
		const c = central2027(this.file, this.plan);
		performance.clearMeasures('y27-central');
		performance.measure('y27-central', { start: t0 });
		return c;
	});
	/**
	 * What the page shows: the worker's answer to the URL's plan, else (while it runs) the
	 * central projection with the previous answer's chances and seat range (provisional: true)
	 */
	readonly shown = $derived.by(() => {
		if (!this.busy || !this.central) return this.summary;
		return provisional(this.central, this.summary);
	});
	readonly rows = $derived(
		this.file && this.shown ? targetRows(this.file, this.shown, this.org) : []
	);
	/** our side (the plan's first bloc) and the strongest other by median seats */
	readonly side = $derived(this.plan.blocs[0]?.id ?? '');
	readonly rival = $derived(
		this.shown?.byEntity.filter((e) => e.id !== this.side).sort((a, b) => b.median - a.median)[0]
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
	/** The legend of the seat count: every entity that wins somewhere, its median and 80% range. */
	readonly entityItems = $derived(
		(this.shown?.byEntity ?? []).map((e) => ({
			id: e.id,
			colour: this.colourOf(e.id),
			label: e.id,
			strong: true,
			detail: `${this.shown?.provisional ? '≈' : ''}${e.median} (${e.lo}–${e.hi})`
		}))
	);
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
		Promise.all([
			readOrgInUse(),
			readObjects<{ election_id: string; ac_no: number; booths: number }>(
				'booth_coverage.parquet',
				['election_id', 'ac_no', 'booths']
			)
		])
			.then(([{ org }, booths]) => {
				if (stopped) return;
				const today = new Date().toISOString().slice(0, 10);
				this.org = {
					demo: org.demo,
					file: org.file,
					byAc: coverageOfAcs(org, booths, DEFAULT_SCORE, today)
				};
			})
			.catch((e: Error) => (this.orgError = e.message));
		return () => {
			stopped = true;
			this.#worker?.terminate();
			this.#worker = null;
		};
	}

	#keys = new Map<number, string>();
	/** answers awaited by compute(), by (negative) message id */
	#asked = new Map<number, { ok: (s: Summary2027) => void; fail: (e: Error) => void }>();
	#nextAsk = 0;

	/**
	 * Another plan's summary (a saved scenario to compare), from the same worker and seed; it does
	 * not change the page's own answer. Rejects when the worker is not running or fails.
	 */
	compute(plan: Plan2027): Promise<Summary2027> {
		const w = this.#worker;
		if (!w) return Promise.reject(new Error('the simulation is not running yet'));
		const id = --this.#nextAsk;
		return new Promise((ok, fail) => {
			this.#asked.set(id, { ok, fail });
			w.postMessage({ id, plan: $state.snapshot<Plan2027>(plan) } satisfies WorkerIn);
		});
	}

	/** Sends the current plan to the worker (call from an effect that reads planKey). */
	run(plan: Plan2027, key: string) {
		if (!this.#worker) return;
		const id = ++this.#next;
		this.#keys.set(id, key);
		this.#worker.postMessage({ id, plan: $state.snapshot<Plan2027>(plan) } satisfies WorkerIn);
	}

	#answer(m: WorkerOut) {
		const asked = this.#asked.get(m.id);
		if (asked) {
			this.#asked.delete(m.id);
			if ('error' in m) asked.fail(new Error(m.error));
			else asked.ok(m.summary);
			return;
		}
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

	/**
	 * Writes the plan to the URL without a navigation (the page stays the same page; a navigation
	 * would lay out the whole page before the move is drawn): see shallow-url.svelte.ts.
	 */
	setPlan(plan: Plan2027) {
		const url = currentUrl();
		const q = serializePlan(plan);
		for (const [k, v] of url.searchParams) if (!PLAN_PARAMS.includes(k) && !q.has(k)) q.set(k, v);
		const query = q.toString();
		writeUrl(withLang(url.pathname + (query ? `?${query}` : '')));
	}
}
