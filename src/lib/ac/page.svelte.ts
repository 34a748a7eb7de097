/**
 * The booth view's state, as one rune class: one assembly constituency's booths in the URL's
 * election, metric, side and class thresholds, their rows, areas (estimated, or around the user's
 * imported locations), colours, classes and coverage of the declared result, and the booth picked
 * or under the pointer. AcView only renders it; the booth slide draws the same booths through the
 * same loader (data/ac-booths.ts) and functions (model/booth-map.ts, map/colouring.ts).
 *
 *   const page = new AcPage(() => ({ pc: 43, ac: 213 }));   page.rows.length → 262 (AE2017)
 */
import { browser } from '$app/environment';
import { preloadData } from '$app/navigation';
import { resolve } from '$app/paths';
import { page as appPage } from '$app/state';
import { untrack } from 'svelte';
import { acBooths, acBoothsNow, acCoverage, acCoverageNow } from '$lib/data/ac-booths.ts';
import { resolveSide, type BoothResult, type Coverage, type Side } from '$lib/data/booths.ts';
import { loads, reportLoad } from '$lib/data/faults.svelte.ts';
import { choices2027, withBlocs } from '$lib/data/blocs.ts';
import { follow } from '$lib/data/follow.ts';
import { SeatGeo } from '$lib/data/seat-geo.svelte.ts';
import { DbSession } from '$lib/data/session.svelte.ts';
import { i18n, t } from '$lib/i18n/lang.svelte.ts';
import { acName as acNameOf } from '$lib/i18n/names.ts';
import { unitText } from '$lib/i18n/unit-text.ts';
import { colourWith, NO_COLOURS } from '$lib/map/colouring.ts';
import type { UnitItem } from '$lib/map/UnitsList.svelte';
import { classCounts, parseClassRules } from '$lib/model/booth-class.ts';
import { boothCells, boothElection, boothValues } from '$lib/model/booth-map.ts';
import type { Db } from '$lib/db/db.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { loadCoords, type CoordsRecord } from '$lib/storage/coords.ts';
import { UrlView } from '$lib/state/url-view.svelte.ts';
import { whenIdle } from '$lib/idle.ts';

/**
 * The estimated booth areas drawn for a set of booth rows (acBooths gives the same array each
 * time): a sibling AC read ahead, or one opened again, draws without building them again.
 */
const estimatedCells = new WeakMap<BoothResult[], ReturnType<typeof boothCells>>();

export class AcPage {
	readonly #where: () => { pc: number; ac: number };
	readonly url = new UrlView(['election', 'metric', 'party', 'classRules'], ['tr', 'al']);
	readonly session = new DbSession();
	readonly geo: SeatGeo;

	/** the coverage last read (for this AC, or the one before while it is read) */
	#coverageRead = $state.raw<Coverage[]>([]);
	/** the booth rows last read, with the `key` they were read for */
	#boothsRead = $state.raw<{ key: string; side: Side | null; rows: BoothResult[] }>({
		key: '',
		side: null,
		rows: []
	});
	/** the user's locations last read, with the `election:ac` they belong to */
	#coordsRead = $state.raw<{ key: string; coords: CoordsRecord | undefined }>({
		key: '',
		coords: undefined
	});
	/**
	 * Locations read ahead for sibling ACs, by `election:ac` (not reactive: looked up when the
	 * view moves to one); forgotten when the user's locations change.
	 */
	#coordsAhead = new Map<string, CoordsRecord | undefined>();
	#coordsVersion = $state(0);
	hover = $state.raw<{ id: number; x: number; y: number } | null>(null);
	/** the booth the keyboard is on in the list under the map */
	focused = $state<number | null>(null);
	/** A booth named in the link (?b=45, as the search box writes it) starts selected and in view. */
	selected = $state<number | null>(
		browser ? Number(appPage.url.searchParams.get('b')) || null : null
	);

	constructor(where: () => { pc: number; ac: number }) {
		this.#where = where;
		this.geo = new SeatGeo(() => where().pc);
		$effect(() => this.session.start());
		$effect(() => {
			const db = this.session.db;
			if (!db) return;
			return follow(acCoverage(db, this.ac), (c) => (this.#coverageRead = c), this.#fail);
		});
		$effect(() => {
			const db = this.session.db;
			const [election, side, k] = [this.election, this.side, this.key];
			if (!db || !election || !side) return;
			const [meta, ac, rules] = [this.meta!, this.ac, untrack(() => this.rules)];
			return follow(
				acBooths(db, meta, election, ac, side, rules),
				([s, r]) => (this.#boothsRead = { key: k, side: s, rows: r }),
				this.#fail
			);
		});
		// The table's rows follow the map (see tableRows).
		$effect(() => {
			const rows = this.rows;
			if (!this.ready) return;
			let live = true;
			whenIdle(
				() => {
					if (live) this.#tableRows = rows;
				},
				{ timeout: 1000 }
			);
			return () => (live = false);
		});
		// Once this AC is drawn: read its sibling ACs ahead, in idle time (see readAhead).
		$effect(() => {
			const db = this.session.db;
			if (!db || !this.meta || !this.ready || !this.areas) return;
			const siblings = this.geo.segments
				.map((f) => f.properties.ac_no)
				.filter((a) => a !== this.ac);
			const [view, rules] = [this.view, this.rules];
			return untrack(() => this.#readAhead(db, siblings, view.election, view.party, rules));
		});
		$effect(() => {
			void this.#coordsVersion;
			void loads.attempt; // read again after Retry (a stored-data fault)
			const election = this.election;
			if (!election) return;
			const k = `${election}:${this.ac}`;
			return follow(
				loadCoords(election, this.ac),
				(c) => (this.#coordsRead = { key: k, coords: c }),
				(e) => {
					// unreadable stored locations: draw the estimated areas, and report the fault
					this.#coordsRead = { key: k, coords: undefined };
					this.#fail(e);
				}
			);
		});
	}

	/**
	 * Reads each sibling AC ahead as its link would open it (the page's data, the AC's booth rows
	 * for the same election, side and rules, their estimated areas), one per idle period, so that
	 * opening it is drawing only. Not on a connection that asks to save data. Returns a cleanup
	 * that stops it (the view moved on).
	 */
	#readAhead(
		db: Db,
		siblings: number[],
		asked: ElectionId,
		party: string,
		rules: ReturnType<typeof parseClassRules>
	): () => void {
		if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData)
			return () => {};
		let stopped = false;
		const meta = this.meta!;
		const pc = this.pc;
		const next = async (i: number) => {
			const ac = siblings[i];
			if (stopped || ac === undefined) return;
			try {
				// The page's data, from the network: not while the browser is offline, where the fetch
				// fails and SvelteKit reports it on the console (the sibling's own link says so if
				// followed). Its rows below come from files already kept whole.
				if (navigator.onLine)
					void preloadData(`${resolve('/seat/[pc]/ac/[ac]', { pc: String(pc), ac: String(ac) })}/`);
				const election = boothElection(await acCoverage(db, ac), asked);
				const feature = this.geo.segment(ac);
				if (election && feature && !stopped) {
					const coords = await loadCoords(election, ac).catch(() => null);
					if (coords !== null) this.#coordsAhead.set(`${election}:${ac}`, coords);
					const [, rows] = await acBooths(
						db,
						meta,
						election,
						ac,
						resolveSide(meta, election, party),
						rules
					);
					if (!stopped && rows.length && !estimatedCells.has(rows))
						estimatedCells.set(rows, boothCells(feature, rows));
				}
			} catch {
				// reading ahead is a favour: the AC's own page reports its faults when opened
			}
			if (!stopped) whenIdle(() => void next(i + 1));
		};
		whenIdle(() => void next(0));
		return () => (stopped = true);
	}

	/** A load that failed: a fault (a file, stored data) goes to the notices with Retry. */
	#fail = reportLoad;

	get pc() {
		return this.#where().pc;
	}
	get ac() {
		return this.#where().ac;
	}
	get view() {
		return this.url.view;
	}
	get meta() {
		return this.session.meta;
	}

	/**
	 * The AC's coverage, booth rows and locations: already read (a sibling read ahead, or an AC
	 * opened before), they are taken at once, so that following a sibling's link draws it in the
	 * same update as the navigation (no step in between with the table and the map emptied);
	 * otherwise what was read last, until the loads above bring this AC's.
	 */
	coverage = $derived.by(
		() => (this.session.db && acCoverageNow(this.session.db, this.ac)) || this.#coverageRead
	);
	#booths = $derived.by(() => {
		const [db, election, side] = [this.session.db, this.election, this.side];
		const now = db && election && side && acBoothsNow(db, election, this.ac, side, this.rules);
		return now ? { key: this.key, side: now[0], rows: now[1] } : this.#boothsRead;
	});
	rows = $derived(this.#booths.rows);
	/** the side as the booth rows on screen were read for it in this AC (an ally standing in) */
	acSide = $derived(this.#booths.side);
	#coords = $derived.by(() => {
		void this.#coordsVersion;
		const k = `${this.election}:${this.ac}`;
		if (this.#coordsRead.key !== k && this.#coordsAhead.has(k))
			return { key: k, coords: this.#coordsAhead.get(k) };
		return this.#coordsRead;
	});
	coords = $derived(this.#coords.coords);
	/** `election:ac` the locations in `coords` belong to */
	#coordsKey = $derived(this.#coords.key);

	/** Elections with booth rows for this AC, newest first. */
	available = $derived(this.coverage.filter((c) => c.booths > 0).map((c) => c.election_id));
	/** The URL's election if it has booth rows here, else the newest that has. */
	election = $derived.by((): ElectionId | null => boothElection(this.coverage, this.view.election));
	wrongElection = $derived.by(
		() => this.election !== null && !this.available.includes(this.view.election)
	);
	rules = $derived(parseClassRules(this.view.classRules));
	side = $derived.by(() =>
		this.meta && this.election ? resolveSide(this.meta, this.election, this.view.party) : null
	);
	/**
	 * What the booth rows on screen were read for: the AC is part of it, so moving to a sibling AC
	 * never shows the previous AC's booths under the new name.
	 */
	key = $derived.by(
		() => `${this.ac}:${this.election}:${this.side?.parties.join('+')}:${this.view.classRules}`
	);
	ready = $derived.by(() => this.#booths.key === this.key && this.rows.length > 0);
	#tableRows = $state.raw<BoothResult[]>([]);
	/**
	 * The booth rows of the table under the map: this AC's from the first idle moment after they
	 * came (at most a second later), null until then. Built in the same update as the map's new
	 * data, the table's hundreds of rows (about 4,000 elements) cost a sibling AC's link about 90 ms
	 * of style and layout before the map could draw (315 ms to drawn, 221 ms without them).
	 */
	tableRows = $derived(this.ready && this.#tableRows === this.rows ? this.rows : null);

	feature = $derived.by(() => this.geo.segment(this.ac));
	acName = $derived.by(() =>
		this.feature
			? acNameOf(this.feature.properties)
			: this.meta
				? this.meta.acName(this.ac)
				: t('common.ac', { ac: this.ac })
	);
	pcName = $derived.by(() =>
		this.meta ? this.meta.pcName(this.pc) : t('common.pc', { pc: this.pc })
	);
	outline = $derived.by(() =>
		this.feature ? { type: 'FeatureCollection' as const, features: [this.feature] } : null
	);

	/** Booth areas: around the user's locations when they imported some, else estimated. */
	#cells = $derived.by(() => {
		if (!this.feature || !this.ready || this.#coordsKey !== `${this.election}:${this.ac}`)
			return null;
		if (this.coords?.rows.length) return boothCells(this.feature, this.rows, this.coords.rows);
		let cells = estimatedCells.get(this.rows);
		if (!cells) estimatedCells.set(this.rows, (cells = boothCells(this.feature, this.rows)));
		return cells;
	});
	areas = $derived.by(() => this.#cells?.areas ?? null);
	estimated = $derived.by(() => !this.coords?.rows.length);
	drawn = $derived.by(() => this.areas?.features.length ?? 0);
	/** The names the user's locations file gives booths (its optional name column). */
	userNames = $derived.by(
		() =>
			new Map(
				this.#coordsKey === `${this.election}:${this.ac}`
					? (this.coords?.rows ?? []).flatMap((r) => (r.name ? [[r.part_no, r.name] as const] : []))
					: []
			)
	);

	values = $derived.by(() => boothValues(this.rows));
	/** Colours and names that know the election's blocs and the 2027 blocs (data/blocs.ts). */
	#withBlocs = $derived.by(() =>
		this.meta && this.election
			? { ...this.meta, ...withBlocs(this.meta, this.election) }
			: this.meta
	);
	colouring = $derived.by(() =>
		this.ready
			? colourWith(this.#withBlocs, this.view.metric, this.values, {
					party: this.view.party,
					sideLabel: this.acSide?.label ?? this.side?.label,
					rules: this.rules,
					booths: true
				})
			: NO_COLOURS
	);
	/** The map as a list: every booth with what its colour means in words. */
	items = $derived.by((): UnitItem[] =>
		this.ready
			? this.values.map((v, i) => ({
					id: v.unit_no,
					name: `${t('booths.booth', { n: v.unit_no })} ${(i18n.lang === 'hi' && this.rows[i].booth_name_hi) || this.rows[i].booth_name || this.rows[i].booth_name_hi || ''}`,
					text: unitText(this.view.metric, v, {
						party: this.view.party,
						sideLabel: this.acSide?.label ?? this.side?.label,
						rules: this.rules
					}),
					colour: this.colouring.colours.get(v.unit_no) ?? '#d4d4d4'
				}))
			: []
	);
	paintKey = $derived.by(() => {
		const v = this.view;
		return this.ready && this.areas
			? `${this.ac}:${this.election}:${v.metric}:${v.party}:${v.classRules}:${this.estimated ? 'est' : 'rep'}`
			: 'pending';
	});
	counts = $derived.by(() => classCounts(this.rows.map((r) => r.klass)));
	cov = $derived.by(() => this.coverage.find((c) => c.election_id === this.election));
	electionRow = $derived.by(() =>
		this.meta?.elections.find((e) => e.election_id === this.election)
	);
	/**
	 * The parties of the AC's booths, the election's alliances and the 2027 blocs (as the seat
	 * map offers them), as choices of side.
	 */
	sideOptions = $derived.by(() => {
		const meta = this.meta;
		const election = this.election;
		if (!meta || !election) return [];
		const alliances = [
			...new Set(meta.alliances.filter((a) => a.election_id === election).map((a) => a.alliance))
		].map((id) => ({ party: id, name: resolveSide(meta, election, id).label }));
		const tally = new Map<string, number>();
		for (const r of this.rows)
			for (const p of (r.top3 ?? '').split(' · '))
				if (p) tally.set(p.split(' ')[0], (tally.get(p.split(' ')[0]) ?? 0) + 1);
		const parties = [...tally.keys()].map((p) => ({ party: p, name: meta.partyName(p) }));
		return [...parties, ...alliances, ...choices2027()];
	});
	selectedRow = $derived.by(() =>
		this.selected !== null ? this.rows.find((r) => r.part_no === this.selected) : undefined
	);
	hoverRow = $derived.by(() =>
		this.hover ? this.rows.find((r) => r.part_no === this.hover!.id) : undefined
	);

	/** A class threshold changed (0–99 points). */
	setRule(which: 'lead' | 'trail', value: number) {
		if (!Number.isFinite(value) || value < 0 || value > 99) return;
		const next = { ...this.rules, [which]: value };
		this.url.set({ classRules: `${next.lead},${next.trail}` });
	}

	/** The user's locations changed (imported or forgotten): read them again. */
	coordsChanged = () => {
		this.#coordsAhead.clear();
		this.#coordsVersion++;
	};
}
