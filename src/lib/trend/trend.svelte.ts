/**
 * A trend chart's state as runes, for the seat view (the whole Lok Sabha seat) and the AC view
 * (one assembly constituency): its votes by party in every election, and what the lines are.
 * Maps and charts speak in blocs (issue 13 §2), so a trend shows by default the 2027 blocs
 * (the defaults, or the alliance editor's blocs carried in the URL's al=, as /2027/ writes it),
 * else the alliances of one past election (tr=LS2024), or parties alone (tr=parties). A bloc's
 * line adds up its parties in every election (model/trend.ts), whether or not they stood together.
 *
 *   const trend = new TrendView(() => ({ db, meta, load: (d) => loadSeatTotals(d, 43), fail }));
 *   trend.rows[0] → { id: 'INDIA-2027', label: 'INDIA', cells: [{ votes: 422087, share: 47.6 }, …] }
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { allianceLines, leadParty } from '$lib/data/blocs.ts';
import { follow } from '$lib/data/follow.ts';
import type { Meta } from '$lib/data/meta.ts';
import type { Db } from '$lib/db/db.ts';
import { parsePlan } from '$lib/forecast/y2027.ts';
import { t, withLang } from '$lib/i18n/lang.svelte.ts';
import { blocShort, partyShort, shortElection } from '$lib/i18n/names.ts';
import {
	lineVotes,
	trendLines,
	trendShares,
	type SeatTotals,
	type TrendLine
} from '$lib/model/trend.ts';
import type { ElectionId } from '$lib/model/types.ts';

/** What the lines are: the 2027 blocs, one election's alliances, or parties alone. */
export type TrendChoice = '2027' | 'parties' | ElectionId;

export interface TrendSource {
	db: Db | null;
	meta: Meta | null;
	/** what `load` reads, so that a new seat or AC loads again */
	key: string;
	load: (db: Db) => Promise<SeatTotals>;
	fail: (e: unknown) => void;
}

export class TrendView {
	readonly #src: () => TrendSource;
	totals = $state.raw<SeatTotals | null>(null);
	#totalsKey = $state('');

	constructor(src: () => TrendSource) {
		this.#src = src;
		$effect(() => {
			const { db, key, load, fail } = this.#src();
			if (!db) return;
			return follow(load(db), (x) => ([this.totals, this.#totalsKey] = [x, key]), fail);
		});
	}

	get meta() {
		return this.#src().meta;
	}
	/** The totals of the seat or AC on screen (not the previous one's while the next loads). */
	ready = $derived.by(() => this.totals !== null && this.#totalsKey === this.#src().key);

	#params = $derived(browser ? page.url.searchParams : new URLSearchParams());
	/** The 2027 blocs: the URL's al= (the alliance editor's), else the defaults. */
	plan = $derived.by(() => {
		const al = this.#params.get('al');
		return parsePlan(new URLSearchParams(al === null ? '' : `al=${encodeURIComponent(al)}`));
	});
	/** al= that could not be read (the defaults stand in), for the page's notices. */
	problems = $derived(this.plan.problems);
	blocs2027 = $derived.by((): TrendLine[] =>
		this.plan.plan.blocs.map((b) => ({ id: `${b.id}-2027`, parties: [...b.parties] }))
	);
	/** Elections with pre-poll alliances, newest first. */
	allianceElections = $derived.by((): ElectionId[] => {
		const meta = this.meta;
		if (!meta) return [];
		return [...meta.elections]
			.sort((a, b) => b.year - a.year)
			.map((e) => e.election_id)
			.filter((e) => meta.alliances.some((a) => a.election_id === e));
	});
	choice = $derived.by((): TrendChoice => {
		const v = this.#params.get('tr');
		if (v === 'parties') return v;
		if (v && this.allianceElections.some((e) => e === v)) return v as ElectionId;
		return '2027';
	});
	choices = $derived.by((): { id: TrendChoice; label: string }[] => [
		{ id: '2027', label: t('seat.trend2027') },
		...this.allianceElections.map((e) => ({
			id: e,
			label: t('seat.trendAlliances', { election: shortElection(e) })
		})),
		{ id: 'parties', label: t('seat.trendParties') }
	]);
	/** The blocs of the choice (none for parties alone). */
	blocs = $derived.by((): TrendLine[] => {
		const c = this.choice;
		if (c === '2027') return this.blocs2027;
		if (c === 'parties' || !this.meta) return [];
		return allianceLines(this.meta, c);
	});
	lines = $derived(trendLines(this.blocs));
	/** Elections oldest first. */
	elections = $derived.by((): ElectionId[] =>
		[...(this.meta?.elections ?? [])].sort((a, b) => a.year - b.year).map((e) => e.election_id)
	);
	#isBloc = (l: TrendLine) => this.blocs.includes(l);
	label = (l: TrendLine) => (this.#isBloc(l) ? blocShort(l.id) : partyShort(l.id));
	/** The chart's lines. */
	series = $derived.by(() => {
		const totals = this.ready ? this.totals : null;
		const meta = this.meta;
		if (!totals || !meta) return [];
		return this.lines.map((l) => ({
			party: l.id,
			label: this.label(l),
			colour: meta.partyColour(leadParty(l.parties)),
			values: trendShares(totals, this.elections, l)
		}));
	});
	/** The same numbers as a table: each line's votes and share in every election. */
	rows = $derived.by(() => {
		const totals = this.ready ? this.totals : null;
		if (!totals) return [];
		return this.lines.map((l) => {
			const shares = trendShares(totals, this.elections, l);
			return {
				id: l.id,
				label: this.label(l),
				bloc: this.#isBloc(l),
				cells: this.elections.map((e, i) => ({
					election: e,
					votes: lineVotes(totals, e, l),
					share: shares[i]
				}))
			};
		});
	});
	/** Each bloc's parties in words: 'INDIA: SP + INC'. */
	members = $derived(
		this.blocs.map((b) => `${blocShort(b.id)}: ${b.parties.map(partyShort).join(' + ')}`)
	);

	/** Shows another choice (in the URL's tr=, so that a link shows the same chart). */
	choose(c: TrendChoice) {
		// not state: the query string of one navigation, built once
		const q = new URLSearchParams(page.url.search);
		if (c === '2027') q.delete('tr');
		else q.set('tr', c);
		const search = q.size ? `?${q}` : '';
		// void: a failed navigation is shown by SvelteKit itself (the error page)
		void goto(withLang(page.url.pathname + search), {
			replaceState: true,
			keepFocus: true,
			noScroll: true
		});
	}
}
