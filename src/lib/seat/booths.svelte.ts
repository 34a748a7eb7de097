/**
 * Booths on the seat map, when zoomed in, as one rune class: once the map is BOOTH_ZOOM levels
 * past the zoom that fits the seat, the booths of the segments in view are loaded (one AC at a
 * time, the one nearest the middle of the view first) and drawn over the segments, coloured by
 * the booth equivalent of the seat's metric, for the election the AC view would show (the seat's
 * election if it has booth rows, else the newest that has). Zooming out removes them.
 *
 * Nothing is loaded before the user zooms in: the first map still comes from snapshots alone.
 * BoothsLayer.svelte draws what this holds (its layers inside the seat's UnitsMap),
 * SeatBooths.svelte its notes and tooltip; `painted` is the key the layer last drew ('' when no
 * booths are drawn, null while drawing), which end-to-end tests wait for.
 */
import { untrack } from 'svelte';
import type { Feature, FeatureCollection } from 'geojson';
import type { Map as MlMap } from 'maplibre-gl';
import { loadAcBoothMap, type AcBoothMap } from '$lib/data/ac-booths.ts';
import { loadCoverage, resolveSide, type Coverage } from '$lib/data/booths.ts';
import { bboxOf, type AcProps } from '$lib/data/geo.ts';
import { describeFault } from '$lib/data/faults.svelte.ts';
import type { Meta } from '$lib/data/meta.ts';
import type { Db } from '$lib/db/db.ts';
import { METRIC_LABELS } from '$lib/i18n/labels.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import { acName, electionLabel } from '$lib/i18n/names.ts';
import { colourWith, NO_COLOURS } from '$lib/map/colouring.ts';
import type { Area, BoothAreaProps } from '$lib/model/booth-areas.ts';
import { DEFAULT_CLASS_RULES } from '$lib/model/booth-class.ts';
import { boothCells, boothElection, boothValues } from '$lib/model/booth-map.ts';
import type { Colouring, Metric } from '$lib/model/metrics.ts';
import type { ElectionId } from '$lib/model/types.ts';
import {
	boothBid,
	boothsKey,
	bidAc,
	bidPart,
	segmentsInView,
	showBooths,
	type Box
} from './booth-zoom.ts';

export interface SeatBoothsInput {
	map: MlMap | null;
	db: Db | null;
	meta: Meta | null;
	/** the seat's assembly segments */
	segments: Feature[];
	/** the box the seat map is fitted to (its fitted zoom is the reference) */
	bounds: Box | null;
	election: ElectionId;
	metric: Metric;
	party: string;
}

type BoothProps = BoothAreaProps & { bid: number };
/** An AC's booths as drawn: the loaded map and its cells, with a seat-wide id per booth. */
interface AcBooths extends AcBoothMap {
	areas: Feature<Area, BoothProps>[];
	estimated: boolean;
}

export interface BoothLegend {
	title: string;
	colouring: Colouring;
}

const rowsKey = (ac: number, el: ElectionId, parties: string[]) =>
	`${ac}:${el}:${parties.join('+')}`;

export class SeatBooths {
	readonly #in: () => SeatBoothsInput;
	/** zoomed in far enough, and the segments whose box is in view (nearest the middle first) */
	zoomed = $state(false);
	inView = $state.raw<number[]>([]);
	coverage = $state.raw(new Map<number, Coverage[]>());
	loaded = $state.raw(new Map<string, AcBooths>());
	error = $state<string | null>(null);
	/** the key the booth layer last drew; null while drawing */
	painted = $state<string | null>('');
	/** the booth under the pointer, and where the pointer is */
	hovered = $state.raw<{ ac: number; part: number } | null>(null);
	pointer = $state.raw<{ x: number; y: number } | null>(null);

	#pending = new Set<string>();
	#cells = new Map<string, Feature<Area, BoothProps>[]>();
	#queue: [Db, Meta, number, ElectionId, string][] = [];
	#pumping = false;

	constructor(input: () => SeatBoothsInput) {
		this.#in = input;
		// Where the map is: zoomed in enough, and which segments are in view.
		$effect(() => {
			const m = this.#in().map;
			if (!m) return;
			// untracked: MapLibre fires moveend synchronously inside other effects (UnitsMap's
			// fitBounds), which must not come to depend on what this reads
			const update = () => untrack(() => this.#where(m));
			update();
			m.on('moveend', update);
			m.on('resize', update);
			return () => {
				m.off('moveend', update);
				m.off('resize', update);
			};
		});
		// Booth rows and areas of the segments in view, once each per AC, election and side.
		$effect(() => {
			const { db, meta, election, party } = this.#in();
			const acs = this.wanted;
			if (!db || !meta) return;
			this.#queue = acs.map((ac) => [db, meta, ac, election, party]);
			untrack(() => void this.#pump());
		});
		// A booth that is no longer drawn is no longer hovered.
		$effect(() => {
			const h = this.hovered;
			if (h && !this.drawn.some((b) => b.ac === h.ac)) this.hovered = null;
		});
	}

	#boxes = $derived.by((): [number, Box][] =>
		this.#in().segments.map((f) => [
			(f.properties as AcProps).ac_no,
			bboxOf({ type: 'FeatureCollection', features: [f] })
		])
	);

	#where(m: MlMap) {
		const bounds = this.#in().bounds;
		const fitted = bounds ? m.cameraForBounds(bounds, { padding: 24 })?.zoom : undefined;
		this.zoomed = fitted !== undefined && showBooths(m.getZoom(), fitted);
		const b = m.getBounds();
		const c = m.getCenter();
		const off = (id: number) => {
			const [w, s, e, n] = this.#boxes.find(([x]) => x === id)![1];
			return Math.hypot((w + e) / 2 - c.lng, (s + n) / 2 - c.lat);
		};
		const next = segmentsInView(this.#boxes, [
			b.getWest(),
			b.getSouth(),
			b.getEast(),
			b.getNorth()
		]).sort((x, y) => off(x) - off(y));
		if (next.join() !== this.inView.join()) this.inView = next;
	}

	wanted = $derived.by(() => (this.zoomed ? this.inView : []));

	async #pump() {
		if (this.#pumping) return;
		this.#pumping = true;
		try {
			for (let job = this.#queue.shift(); job; job = this.#queue.shift())
				await this.#ensure(...job).catch((e: unknown) => {
					this.error = t('map.error', { error: describeFault(e) });
				});
		} finally {
			this.#pumping = false;
		}
	}

	async #ensure(db: Db, meta: Meta, ac: number, asked: ElectionId, party: string) {
		let cov = this.coverage.get(ac);
		if (!cov) {
			cov = await loadCoverage(db, ac);
			this.coverage = new Map(this.coverage).set(ac, cov);
		}
		const el = boothElection(cov, asked);
		if (!el) return;
		const key = rowsKey(ac, el, resolveSide(meta, el, party).parties);
		if (this.loaded.has(key) || this.#pending.has(key)) return;
		this.#pending.add(key);
		try {
			const b = await loadAcBoothMap(db, meta, ac, asked, party, DEFAULT_CLASS_RULES, cov);
			const areas = b && this.#cellsOf(b);
			if (!b || !areas) return;
			this.loaded = new Map(this.loaded).set(key, {
				...b,
				areas,
				estimated: !b.coords?.rows.length
			});
			this.error = null;
		} finally {
			this.#pending.delete(key);
		}
	}

	/** An AC's booth cells (around the user's imported locations if any, else estimated), once. */
	#cellsOf(b: AcBoothMap): Feature<Area, BoothProps>[] | null {
		const key = `${b.ac}:${b.election}:${b.coords?.imported_at ?? 'est'}`;
		const hit = this.#cells.get(key);
		if (hit) return hit;
		const f = this.#in().segments.find((x) => x.properties?.ac_no === b.ac) as
			Feature<Area, AcProps> | undefined;
		if (!f) return null;
		const cells = boothCells(f, b.rows, b.coords?.rows).areas.features.map((c) => ({
			...c,
			properties: { ...c.properties, bid: boothBid(b.ac, c.properties.part_no) }
		}));
		this.#cells.set(key, cells);
		return cells;
	}

	/** What is drawn: the segments in view whose booths have loaded, in the current view. */
	drawn = $derived.by(() => {
		const { meta, election, party } = this.#in();
		if (!meta) return [];
		return this.wanted.flatMap((ac) => {
			const el = boothElection(this.coverage.get(ac) ?? [], election);
			if (!el) return [];
			const b = this.loaded.get(rowsKey(ac, el, resolveSide(meta, el, party).parties));
			return b ? [b] : [];
		});
	});
	/** Segments in view whose booths are still on their way. */
	waiting = $derived.by(() =>
		this.wanted.filter(
			(ac) =>
				!this.drawn.some((b) => b.ac === ac) &&
				(!this.coverage.has(ac) ||
					boothElection(this.coverage.get(ac)!, this.#in().election) !== null)
		)
	);
	none = $derived.by(() => this.wanted.length > 0 && !this.drawn.length && !this.waiting.length);

	colouring = $derived.by((): Colouring => {
		const { meta, metric, party } = this.#in();
		return this.drawn.length
			? colourWith(
					meta,
					metric,
					this.drawn.flatMap((b) => boothValues(b.rows, (r) => boothBid(b.ac, r.part_no))),
					{ party, sideLabel: this.drawn[0].side.label }
				)
			: NO_COLOURS;
	});
	/** the key of what is drawn ('' with nothing drawn) */
	key = $derived.by(() => boothsKey(this.drawn, this.#in().metric, this.#in().party));
	features = $derived.by((): FeatureCollection => ({
		type: 'FeatureCollection',
		features: this.drawn.flatMap((b) => b.areas)
	}));
	elections = $derived.by(() =>
		[...new Set(this.drawn.map((b) => b.election))].map((e) => {
			const row = this.#in().meta?.elections.find((x) => x.election_id === e);
			return row ? electionLabel(row) : e;
		})
	);
	estimated = $derived.by(() => this.drawn.some((b) => b.estimated));
	/** What the booth colours mean, while booths are drawn. */
	legend = $derived.by((): BoothLegend | null =>
		this.drawn.length
			? {
					title: t('seat.boothsLegend', {
						metric: METRIC_LABELS[this.#in().metric],
						election: this.elections.join(', ')
					}),
					colouring: this.colouring
				}
			: null
	);
	hoverBooth = $derived.by(() => {
		const h = this.hovered;
		if (!h) return null;
		const b = this.drawn.find((x) => x.ac === h.ac);
		const row = b?.rows.find((r) => r.part_no === h.part);
		return b && row ? { b, row } : null;
	});

	nameOf = (ac: number) => {
		const f = this.#in().segments.find((x) => x.properties?.ac_no === ac);
		return f ? acName(f.properties as AcProps) : (this.#in().meta?.acName(ac) ?? String(ac));
	};

	/** The pointer over a booth cell (its seat-wide id), or off the booths. */
	hover = (bid: unknown, point: { x: number; y: number } | null) => {
		this.hovered = typeof bid === 'number' ? { ac: bidAc(bid), part: bidPart(bid) } : null;
		if (point) this.pointer = point;
	};
}
