/**
 * The backtest page's state: the what-if settings from the URL (the winnability page's), every
 * Lok Sabha seat's baseline votes in the settings' baseline elections and the declared 2024
 * result, and the score of the projection against it (model/contest/backtest.ts). The target
 * election is never its own baseline.
 *
 *   const page = new BacktestPage();   page.result?.correct → 49 (of 80, at the defaults)
 */
import { loadPcBaselines } from '$lib/data/baselines.ts';
import { reportLoad } from '$lib/data/faults.svelte.ts';
import { follow } from '$lib/data/follow.ts';
import { DbSession } from '$lib/data/session.svelte.ts';
import { backtest } from '$lib/model/contest/backtest.ts';
import type { ByElection } from '$lib/model/contest/baseline.ts';
import { sameAsOf, scenarioFor } from '$lib/model/contest/settings.ts';
import type { Baseline } from '$lib/model/projection.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { UrlState } from '$lib/state/url-state.svelte.ts';
import { allianceName, parseWhatIf, serializeWhatIf, sideOptions } from './settings.ts';

export const TARGET: ElectionId = 'LS2024';

export class BacktestPage {
	readonly session = new DbSession();
	readonly url = new UrlState(parseWhatIf, serializeWhatIf);
	bases = $state.raw<Map<number, ByElection>>(new Map());
	actual = $state.raw<Map<number, Baseline>>(new Map());

	constructor() {
		$effect(() => this.session.start());
		$effect(() => {
			const db = this.session.db;
			if (!db) return;
			const elections = Object.keys(this.weights) as ElectionId[];
			return follow(
				Promise.all([loadPcBaselines(db, TARGET), ...elections.map((e) => loadPcBaselines(db, e))]),
				([target, ...rest]) => {
					const m = new Map<number, ByElection>();
					rest.forEach((byPc, i) => {
						for (const [pc, b] of byPc) {
							if (!m.has(pc)) m.set(pc, new Map());
							m.get(pc)!.set(elections[i], b);
						}
					});
					[this.bases, this.actual] = [m, target];
				},
				reportLoad
			);
		});
	}

	get w() {
		return this.url.value;
	}
	get meta() {
		return this.session.meta;
	}
	/** The baseline weights without the target election. */
	weights = $derived(
		Object.fromEntries(Object.entries(this.w.base).filter(([e]) => e !== TARGET)) as Partial<
			Record<ElectionId, number>
		>
	);
	/** The side's parties in the alliance table's order: backtest() puts each seat's biggest first. */
	scenario = $derived(
		this.meta
			? scenarioFor(
					this.w,
					this.meta.alliances,
					(ps) => ps,
					sameAsOf(this.meta.parties.values()),
					allianceName
				)
			: null
	);
	result = $derived(
		this.scenario && this.bases.size && this.actual.size
			? backtest(this.bases, this.actual, this.weights, this.scenario)
			: null
	);
	sideLabel = $derived(
		this.meta
			? (sideOptions(this.meta.alliances, []).find((s) => s.id === this.w.side)?.label ??
					this.w.side)
			: this.w.side
	);
}
