/**
 * The winnability page's booth map, as runes over its WinnabilityPage: the booths of the AC
 * shown (estimated areas around their points), each coloured by its winnability group, the
 * legend with counts, the scatter chart's points and the map as a list in words.
 *
 * The map takes new colours one frame after the numbers. Redrawing a WebGL map makes its frame
 * several times slower where the browser draws without a GPU (and in the benchmark's headless
 * Chromium): this way the contest margin, tables and chart are on screen first. While a slider
 * is dragged, the map follows once it rests for a frame.
 */
import type { FeatureCollection } from 'geojson';
import type { UnitItem } from '$lib/map/UnitsList.svelte';
import { formatPts } from '$lib/i18n/format.ts';
import { GROUP_LABELS, groupName } from '$lib/i18n/labels.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import { boothAreas } from '$lib/model/booth-areas.ts';
import { GROUP_COLOURS, GROUPS } from '$lib/model/winnability.ts';
import type { WinnabilityPage } from './page.svelte.ts';

export class WinBoothMap {
	readonly #page: WinnabilityPage;

	constructor(page: WinnabilityPage) {
		this.#page = page;
		$effect(() => {
			const next = { colours: this.colours, paintKey: this.paintKey };
			let timer: ReturnType<typeof setTimeout> | undefined;
			const frame = requestAnimationFrame(() => (timer = setTimeout(() => (this.shown = next))));
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
	}

	/** the AC's outline */
	feature = $derived.by(() =>
		this.#page.mapAc ? this.#page.geo.segment(this.#page.mapAc) : undefined
	);
	outline = $derived<FeatureCollection | null>(
		this.feature ? { type: 'FeatureCollection', features: [this.feature] } : null
	);
	/** the booths' areas, estimated around their points */
	areas = $derived.by(() => {
		const ac = this.#page.mapAc;
		const b = ac ? this.#page.booths.get(ac) : undefined;
		return this.feature && b ? boothAreas(this.feature, b.points, 'estimated') : null;
	});
	colours = $derived.by(
		() => new Map(this.#page.mapBooths.map((b) => [b.part_no, GROUP_COLOURS[b.group]]))
	);
	counts = $derived.by(
		() =>
			Object.fromEntries(
				GROUPS.map((g) => [g, this.#page.mapBooths.filter((b) => b.group === g).length])
			) as Record<(typeof GROUPS)[number], number>
	);
	legend = $derived(
		GROUPS.map((g) => ({
			key: g,
			label: GROUP_LABELS[g],
			colour: GROUP_COLOURS[g],
			count: this.counts[g]
		}))
	);
	scatter = $derived.by(() =>
		this.#page.mapBooths.map((b) => ({
			id: b.part_no,
			score: b.score,
			marginPts: b.projection.marginPts,
			group: b.group
		}))
	);
	/** The map as a list: every booth with its group and projected margin in words. */
	items = $derived.by((): UnitItem[] =>
		this.#page.mapBooths.map((b) => ({
			id: b.part_no,
			name: `${t('booths.booth', { n: b.part_no })} ${this.#page.mapAc ? this.#page.boothNameOf(this.#page.mapAc, b.part_no) : ''}`,
			text: t('units.projected', {
				group: groupName(b.group),
				margin: formatPts(b.projection.marginPts)
			}),
			colour: GROUP_COLOURS[b.group]
		}))
	);
	paintKey = $derived.by(() => {
		const p = this.#page;
		return this.areas && p.mapBooths.length
			? `${p.mapAc}:${p.query()}:${p.org?.demo ? 'demo' : (p.org?.file ?? 'none')}`
			: 'pending';
	});
	/** What the map draws: the colours and key of a frame ago (see the module comment). */
	shown = $state.raw<{ colours: Map<number, string>; paintKey: string }>({
		colours: new Map(),
		paintKey: 'pending'
	});
}
