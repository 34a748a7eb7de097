/**
 * The seat view's state, as one rune class: one Lok Sabha seat in the URL's election, metric and
 * party, its segments' geometry, their rows (from snapshots first, then DuckDB-wasm), colours,
 * labels and tally, the declared result, and the segment under the pointer. SeatView only renders
 * it; the seat map slide derives its rows and labels through the same functions (model/seat.ts,
 * seat/segment-labels.ts, map/colouring.ts) from the deck's own database.
 *
 *   const page = new SeatPage(() => 43);   page.unitRows.length → 5 (Kanpur's segments)
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { FeatureCollection } from 'geojson';
import { bboxOf, type PcProps } from '$lib/data/geo.ts';
import { blocChoices, withBlocs } from '$lib/data/blocs.ts';
import { follow } from '$lib/data/follow.ts';
import {
	loadPartyVotes,
	loadSeatResults,
	loadSeatSegments,
	loadUnitResults,
	type PartyVotes,
	type SeatResult,
	type SegmentResult,
	type UnitResult
} from '$lib/data/results.ts';
import { SeatGeo } from '$lib/data/seat-geo.svelte.ts';
import { DbSession } from '$lib/data/session.svelte.ts';
import { t, withLang } from '$lib/i18n/lang.svelte.ts';
import { acName, pcName } from '$lib/i18n/names.ts';
import { unitText } from '$lib/i18n/unit-text.ts';
import { colourWith } from '$lib/map/colouring.ts';
import type { UnitItem } from '$lib/map/UnitsList.svelte';
import { UNIT_METRICS } from '$lib/model/metrics.ts';
import { partyChoices, seatRows, winnerTally } from '$lib/model/seat.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { UrlView } from '$lib/state/url-view.svelte.ts';
import { segmentLabels } from './segment-labels.ts';

export class SeatPage {
	readonly #pc: () => number;
	readonly url = new UrlView(['election', 'metric', 'party'], ['tr', 'al']);
	/**
	 * The first map and the segments table come from snapshots (a few hundred kB) while
	 * DuckDB-wasm loads in the background.
	 */
	readonly session: DbSession;
	readonly geo: SeatGeo;

	segments = $state.raw<SegmentResult[]>([]);
	seatResults = $state.raw<SeatResult[]>([]);
	unitRows = $state.raw<UnitResult[]>([]);
	partyVotes = $state.raw<PartyVotes[]>([]);
	/** `election:party` the rows in `unitRows` were read for */
	#rowsKey = $state('');
	hover = $state.raw<{ id: number; x: number; y: number } | null>(null);
	/** the segment the keyboard is on in the list under the map */
	focused = $state<number | null>(null);

	constructor(pc: () => number) {
		this.#pc = pc;
		this.session = new DbSession(() => ({
			first: ['common', `seat/${pc()}`],
			later: ['elections']
		}));
		this.geo = new SeatGeo(pc);
		$effect(() => this.session.start());
		$effect(() => {
			const db = this.session.db;
			if (!db) return;
			const pc = this.pc;
			return follow(
				Promise.all([loadSeatSegments(db, pc), loadSeatResults(db, pc)]),
				([s, r]) => ([this.segments, this.seatResults] = [s, r]),
				this.session.fail
			);
		});
		$effect(() => {
			const db = this.session.db;
			if (!db) return;
			const { election, party } = this.view;
			const pc = this.pc;
			return follow(
				Promise.all([loadUnitResults(db, election, 'ac', party), loadPartyVotes(db, pc, election)]),
				([u, p]) => {
					this.unitRows = seatRows(u, this.meta?.acs, pc);
					this.partyVotes = p;
					this.#rowsKey = `${election}:${party}`;
				},
				this.session.fail
			);
		});
	}

	get pc() {
		return this.#pc();
	}
	get meta() {
		return this.session.meta;
	}

	/** Booth classes exist only in booth views; a link asking for them here shows winners. */
	view = $derived.by(() => {
		const v = this.url.view;
		return { ...v, metric: UNIT_METRICS.includes(v.metric) ? v.metric : ('winner' as const) };
	});

	acFeatures = $derived.by(() => this.geo.segments);
	units = $derived.by((): FeatureCollection | null =>
		this.geo.geo ? { type: 'FeatureCollection', features: this.acFeatures } : null
	);
	outline = $derived.by(() => this.geo.outline);
	pcProps = $derived.by(() => this.outline?.features[0].properties as PcProps | undefined);
	bounds = $derived.by(() => (this.units ? bboxOf(this.units) : null));
	election = $derived.by(() =>
		this.meta?.elections.find((e) => e.election_id === this.view.election)
	);

	/**
	 * The map has the rows of the URL's election and party. Until then the page says what is
	 * loading; once they are in (from the snapshots, before DuckDB-wasm), the engine that goes on
	 * loading in the background is not announced over a finished map (issue 17, on a phone).
	 */
	current = $derived.by(
		() => this.unitRows.length > 0 && this.#rowsKey === `${this.view.election}:${this.view.party}`
	);
	/** Colours and names that know the election's blocs as well as its parties (data/blocs.ts). */
	#withBlocs = $derived.by(() =>
		this.meta ? { ...this.meta, ...withBlocs(this.meta, this.view.election) } : null
	);
	colouring = $derived.by(() =>
		colourWith(this.#withBlocs, this.view.metric, this.unitRows, { party: this.view.party })
	);
	paintKey = $derived.by(() =>
		this.unitRows.length
			? `${this.view.election}:${this.view.metric}:${this.view.party}`
			: 'pending'
	);
	labels = $derived.by(() =>
		segmentLabels(this.acFeatures, this.unitRows, this.view.metric, this.view.party)
	);
	partyOptions = $derived.by(() => partyChoices(this.partyVotes));
	/**
	 * The side a map shows: the seat's main parties, then blocs (the election's alliances and the
	 * 2027 blocs, added up from their parties), as the state map offers them (issue 13 §2).
	 */
	sideOptions = $derived.by(() => {
		const meta = this.meta;
		return [
			...this.partyOptions.map((p) => ({
				party: p.party,
				name: meta?.partyName(p.party) ?? p.party
			})),
			...(meta ? blocChoices(meta, this.view.election) : [])
		];
	});
	declared = $derived.by(() => this.seatResults.find((r) => r.election_id === this.view.election));
	tally = $derived.by(() => winnerTally(this.unitRows));
	hoverRow = $derived.by(() => {
		const id = this.hover?.id;
		return id === undefined ? undefined : this.unitRows.find((r) => r.unit_no === id);
	});
	hoverName = $derived.by(() => {
		const id = this.hover?.id;
		return id === undefined
			? undefined
			: this.acFeatures.find((f) => f.properties.ac_no === id)?.properties;
	});
	/** The map as a list: each segment with what its colour means in words. */
	items = $derived.by((): UnitItem[] =>
		this.acFeatures.map((f) => {
			const p = f.properties;
			const r = this.unitRows.find((x) => x.unit_no === p.ac_no);
			return {
				id: p.ac_no,
				name: `${p.ac_no} ${acName(p)}`,
				text: r ? unitText(this.view.metric, r, { party: this.view.party }) : '',
				colour: this.colouring.colours.get(p.ac_no) ?? '#d4d4d4'
			};
		})
	);
	/** The seat's name in the interface language, and as a place: 'Kanpur (PC 43)'. */
	name = $derived.by(() => (this.pcProps ? pcName(this.pcProps) : t('common.pc', { pc: this.pc })));
	place = $derived.by(() =>
		this.pcProps ? t('common.place', { name: this.name, pc: this.pc }) : this.name
	);

	pick = (e: ElectionId) => this.url.set({ election: e });

	/**
	 * A segment opens its booths, from the map or from the list; a booth clicked on the zoomed map
	 * opens its segment with that booth selected (?b=, as the search box links to a booth).
	 */
	openSegment = (id: number, booth?: number) => {
		// not state: the query string of one navigation, read once
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const q = new URLSearchParams(location.search);
		if (booth !== undefined) q.set('b', String(booth));
		const search = q.size ? `?${q}` : '';
		// void: a failed navigation is shown by SvelteKit itself (the error page).
		void goto(
			withLang(
				`${resolve('/seat/[pc]/ac/[ac]', { pc: String(this.pc), ac: String(id) })}/${search}`
			)
		);
	};
}
