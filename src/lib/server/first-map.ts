/**
 * The first maps of the state, seat and AC pages, computed when the pages are prerendered from the
 * files the live maps use: the GeoJSON of static/data, the snapshot answers (static/data/snapshot,
 * and the per-AC snapshots of generated/) through a SnapshotDb with no database behind it, and the
 * views' own colouring (colourWith, boothValues). So the SVG shows exactly what MapLibre then
 * draws over it (src/lib/map/first-map.ts, FirstMap.svelte).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import mapshaper from 'mapshaper';
import { loadCoverage } from '$lib/data/booths.ts';
import { boothElection } from '$lib/model/booth-map.ts';
import { bboxOf, type AcProps, type PcProps } from '$lib/data/geo.ts';
import { loadMeta, type Meta } from '$lib/data/meta.ts';
import { loadUnitResults, type UnitResult } from '$lib/data/results.ts';
import { parseSnapshot, SnapshotDb, type Snapshot } from '$lib/db/snapshot.ts';
import { i18n } from '$lib/i18n/lang.svelte.ts';
import { labelDetail } from '$lib/export/specs.ts';
import {
	estimateOffsets,
	fitBounds,
	percentOf,
	svgPath,
	firstMapSvg,
	type Fit,
	type FirstMapData
} from '$lib/map/first-map.ts';
import { colourWith } from '$lib/map/colouring.ts';
import type { Colouring } from '$lib/model/metrics.ts';
import { queries } from '$lib/sql/index.ts';
import { DEFAULT_VIEW } from '$lib/state/view.ts';

const DATA = 'static/data';
const GENERATED = 'generated/data';
/** The state map's bounds before any seat is chosen (UnitsMap's default). */
export const STATE_BOUNDS: [number, number, number, number] = [77, 23.8, 84.7, 30.5];

const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const snapshot = (name: string): Snapshot | null => {
	for (const dir of [DATA, GENERATED]) {
		const path = join(dir, 'snapshot', `${name}.json`);
		if (existsSync(path)) return parseSnapshot(json(path));
	}
	return null;
};
const noDatabase = () => Promise.reject(new Error('a first map needs only the snapshots'));

let common: Promise<{ meta: Meta; db: SnapshotDb }> | null = null;
function base() {
	common ??= (async () => {
		const db = new SnapshotDb([snapshot('common')!], queries, noDatabase);
		return { db, meta: await loadMeta(db) };
	})();
	return common;
}

/** The legend in both languages (party names follow i18n.lang). */
function legendOf(colour: () => Colouring): FirstMapData['legend'] {
	const was = i18n.lang;
	try {
		i18n.lang = 'en';
		const en = colour().legend;
		i18n.lang = 'hi';
		const hi = colour().legend;
		return en.map((e, i) => ({
			key: e.key,
			colour: e.colour,
			count: e.count,
			en: e.label,
			hi: hi[i].label
		}));
	} finally {
		i18n.lang = was;
	}
}

/** A first map as built: its data, and the paths that go into the page's SVG only. */
type Built = FirstMapData & { units: { id: number; d: string; fill: string }[]; outline: string };

export interface Drawing {
	/** for the page's data (labels, legend, the view, names) */
	data: FirstMapData;
	/** the map itself, put into the prerendered HTML (src/hooks.server.ts) */
	svg: string;
}

const drawings = new Map<string, Promise<Drawing | null>>();

/**
 * The first map of a page, by its path ('/', '/seat/43/', '/seat/43/ac/213/'), or null for pages
 * that have none; built once per page (the load and the hook both ask).
 */
export function firstMapOf(path: string): Promise<Drawing | null> {
	let d = drawings.get(path);
	if (!d) {
		const seat = /\/seat\/(\d+)\/$/.exec(path);
		const ac = /\/seat\/(\d+)\/ac\/(\d+)\/$/.exec(path);
		const built =
			path === '/' || path === ''
				? stateFirstMap()
				: seat
					? seatFirstMap(Number(seat[1]))
					: ac
						? acFirstMap(Number(ac[1]), Number(ac[2]))
						: Promise.resolve(null);
		d = built.then((b) => {
			if (!b) return null;
			const { units, outline, ...data } = b;
			return { data, svg: firstMapSvg(b.width, b.height, units, outline) };
		});
		drawings.set(path, d);
	}
	return d;
}

function unitsOf(
	fit: Fit,
	features: Feature[],
	idProperty: string,
	colours: Map<number, string>
): Built['units'] {
	return features.map((f) => {
		const id = Number(f.properties?.[idProperty]);
		return { id, d: svgPath(f.geometry, fit.project), fill: colours.get(id) ?? '#e9e9e9' };
	});
}

/** The labels with their offsets estimated (the English text: the prerendered page is English). */
function withOffsets(fit: Fit, labels: FirstMapData['labels']): FirstMapData['labels'] {
	const dy = estimateOffsets(
		fit,
		labels.map((l) => ({
			x: l.x,
			y: l.y,
			title: l.en,
			detail: l.detail && labelDetail('winner', l.detail as UnitResult, DEFAULT_VIEW.party)
		}))
	);
	return labels.map((l, i) => ({ ...l, dy: Math.round(dy[i]) }));
}

const pathOf = (fit: Fit, fs: Feature[]) =>
	fs.map((f) => svgPath(f.geometry, fit.project)).join('');

/**
 * The ACs simplified for the state map: at its scale (about 800 m a viewBox unit) points closer
 * than 600 m cannot be told apart. mapshaper keeps neighbours' shared edges shared (no gaps) and
 * every AC drawn; 0.2 MB of paths instead of 0.4.
 */
async function simplified(file: string): Promise<FeatureCollection> {
	const out = await mapshaper.applyCommands(
		'-i in.geojson -simplify interval=600 keep-shapes -o out.geojson',
		{ 'in.geojson': readFileSync(file, 'utf8') }
	);
	return JSON.parse(out['out.geojson'].toString()) as FeatureCollection;
}

/** The state page: the 403 ACs by their 2022 winner, Kanpur's outline and name. */
async function stateFirstMap(): Promise<Built> {
	const { db, meta } = await base();
	const { election, party, pc } = DEFAULT_VIEW;
	const rows = await loadUnitResults(db, election, 'ac', party);
	const colour = () => colourWith(meta, 'winner', rows, { party });
	const acs = await simplified(join(DATA, 'ac.geojson'));
	const seat = json<FeatureCollection>(join(DATA, 'pc.geojson')).features.filter(
		(f) => f.properties?.pc_no === pc
	);
	// a coarser grid than the seat maps: 403 ACs, and MapLibre takes over within a second or two
	const fit = fitBounds(STATE_BOUNDS, 1000);
	return {
		view: { e: election, m: 'winner', p: party, u: 'ac', pc: String(pc) },
		width: fit.width,
		height: fit.height,
		units: unitsOf(fit, acs.features, 'ac_no', colour().colours),
		outline: pathOf(fit, seat),
		labels: seat.map((f) => {
			const p = f.properties as PcProps;
			return {
				id: p.pc_no,
				...percentOf(fit, p.label_lon, p.label_lat),
				dy: 0,
				en: p.pc_name,
				hi: p.pc_name_hi
			};
		}),
		legend: legendOf(colour),
		page: {
			elections: meta.elections,
			name: { en: meta.pcs.get(pc)!.pc_name, hi: meta.pcs.get(pc)!.pc_name_hi }
		}
	};
}

/** A seat page: its segments by their 2022 winner, labelled with the lead over the runner-up. */
async function seatFirstMap(pc: number): Promise<Built> {
	const { db, meta } = await base();
	const { election, party } = DEFAULT_VIEW;
	const geo = json<FeatureCollection>(join(DATA, 'seat', `${pc}.geojson`));
	const segments = geo.features.filter((f) => f.properties?.kind !== 'pc');
	const ids = new Set(segments.map((f) => (f.properties as AcProps).ac_no));
	const rows = (await loadUnitResults(db, election, 'ac', party)).filter((r) => ids.has(r.unit_no));
	const colour = () => colourWith(meta, 'winner', rows, { party });
	const fit = fitBounds(bboxOf({ type: 'FeatureCollection', features: segments }));
	return {
		view: { e: election, m: 'winner', p: party },
		width: fit.width,
		height: fit.height,
		units: unitsOf(fit, segments, 'ac_no', colour().colours),
		outline: pathOf(
			fit,
			geo.features.filter((f) => f.properties?.kind === 'pc')
		),
		labels: withOffsets(
			fit,
			segments.map((f) => {
				const p = f.properties as AcProps;
				const r = rows.find((x) => x.unit_no === p.ac_no);
				return {
					id: p.ac_no,
					...percentOf(fit, p.label_lon, p.label_lat),
					dy: 0,
					en: p.ac_name,
					hi: p.ac_name_hi,
					...(r && {
						detail: {
							winner_party: r.winner_party,
							runner_up_party: r.runner_up_party,
							margin_pct: r.margin_pct
						}
					})
				};
			})
		),
		legend: legendOf(colour),
		page: {
			elections: meta.elections,
			name: { en: meta.pcs.get(pc)!.pc_name, hi: meta.pcs.get(pc)!.pc_name_hi }
		}
	};
}

/**
 * An AC page: its outline and name, without its booths. Drawing every AC's booth areas into its
 * page made the build 6–7 minutes and 117 MB (403 pages of 25–40 kB of paths, their .br and .gz
 * copies, and the areas decoded and coloured per page); CI's whole run has 15 minutes. The outline
 * is the same fit as the booth map, so MapLibre's booths take over in place; the legend, names,
 * siblings and coverage come from the AC's snapshot (null when it has none), and the note says the
 * booths are on their way. The state and seat pages keep their full maps (3 pages' worth of work).
 */
async function acFirstMap(pc: number, ac: number): Promise<Built | null> {
	const acSnap = snapshot(`ac/${ac}`);
	if (!acSnap) return null;
	const { meta } = await base();
	const db = new SnapshotDb([snapshot('common')!, acSnap], queries, noDatabase);
	const coverage = await loadCoverage(db, ac);
	const election = boothElection(coverage, DEFAULT_VIEW.election);
	if (!election || !acSnap.areas?.[`${election}:${ac}`]) return null;
	const segments = seatSegments(pc);
	const outline = segments.filter((f) => f.properties?.ac_no === ac);
	const p = outline[0].properties as AcProps;
	const nameOfAc = (p: AcProps) => ({ en: p.ac_name, hi: p.ac_name_hi });
	const fit = fitBounds(bboxOf({ type: 'FeatureCollection', features: outline }));
	return {
		view: { e: election, m: 'winner', p: DEFAULT_VIEW.party, cr: DEFAULT_VIEW.classRules },
		width: fit.width,
		height: fit.height,
		units: unitsOf(fit, outline, 'ac_no', new Map()),
		outline: pathOf(fit, outline),
		labels: [{ id: ac, ...percentOf(fit, p.label_lon, p.label_lat), dy: 0, ...nameOfAc(p) }],
		legend: [],
		note: 'firstMap.boothsLater',
		page: {
			elections: meta.elections,
			name: nameOfAc(p),
			seat: { en: meta.pcs.get(pc)!.pc_name, hi: meta.pcs.get(pc)!.pc_name_hi },
			siblings: segments.map((f) => ({
				ac_no: (f.properties as AcProps).ac_no,
				...nameOfAc(f.properties as AcProps)
			})),
			coverage
		}
	};
}

const seats = new Map<number, Feature[]>();
/** A seat's segments (its ACs), read once for its 5 or so AC pages. */
function seatSegments(pc: number): Feature[] {
	let s = seats.get(pc);
	if (!s) {
		s = json<FeatureCollection>(join(DATA, 'seat', `${pc}.geojson`)).features.filter(
			(f) => f.properties?.kind !== 'pc'
		);
		seats.set(pc, s);
	}
	return s;
}
