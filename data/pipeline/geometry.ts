/**
 * AC and PC polygons for the web. The AC layer (Hindustan Times shapefiles, ECI-derived) is the
 * only geometry source; PCs and the state outline are dissolved from it, so that a seat's outline
 * and its segments' outlines coincide exactly. The datameet PC layer is used only to check the
 * dissolved PCs.
 *
 * Repairs (reported): z values dropped; GeometryCollections of polygons turned into MultiPolygons;
 * PC numbers taken from the 2008 delimitation order rather than the shapefile's PC_NO; gaps and
 * overlaps between neighbours removed by mapshaper's -clean. The source is already simplified
 * (MaxSimpTol 300 m, 40k vertices for 403 ACs), so it is only quantised to 1e-4° (about 11 m).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mapshaper from 'mapshaper';
import polylabel from 'polylabel';
import { area } from '@turf/area';
import { booleanValid } from '@turf/boolean-valid';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { AcRow, PcRow } from '../../src/lib/model/types.ts';
import { AC_NAMES_HI } from './ac-names-hi.ts';
import { Report } from './report.ts';
import { AC_GEOJSON_FILE, PC_GEOJSON_FILE, RAW, type DelimitationRow } from './sources.ts';

type Area = Polygon | MultiPolygon;

interface LabelPoint {
	/** where a label sits: the pole of inaccessibility of the largest part (polylabel) */
	label_lon: number;
	label_lat: number;
}

export interface GeometryOutput {
	ac: FeatureCollection<
		Area,
		{ ac_no: number; pc_no: number; ac_name: string; ac_name_hi: string } & LabelPoint
	>;
	pc: FeatureCollection<Area, { pc_no: number; pc_name: string; pc_name_hi: string } & LabelPoint>;
	state: FeatureCollection<Area, Record<string, never>>;
	acRows: AcRow[];
	pcRows: PcRow[];
}

/** Coordinates in the output are rounded to 1e-4 degrees (≈ 11 m, well under the source's 300 m tolerance). */
const PRECISION = 0.0001;
/** A dissolved PC must overlap the independent datameet PC polygon by at least this IoU. */
const MIN_PC_IOU = 0.85;

function strip2d(c: unknown): { coords: unknown; dropped: number } {
	let dropped = 0;
	const walk = (x: unknown): unknown => {
		if (Array.isArray(x) && typeof x[0] === 'number') {
			if (x.length > 2) dropped++;
			return [x[0], x[1]];
		}
		return (x as unknown[]).map(walk);
	};
	return { coords: walk(c), dropped };
}

export async function buildGeometry(
	delim: DelimitationRow[],
	report: Report
): Promise<GeometryOutput> {
	const raw = JSON.parse(readFileSync(join(RAW, AC_GEOJSON_FILE), 'utf8')) as FeatureCollection;
	const byAc = new Map(delim.map((d) => [d.ac_no, d]));
	let zDropped = 0;
	const collections: number[] = [];
	const pcFixed: string[] = [];
	const seen = new Set<number>();

	const features: Feature<
		Area,
		{
			ac_no: number;
			pc_no: number;
			ht_pc_no: number;
			ac_name: string;
			ac_name_hi: string;
			district: string;
		}
	>[] = raw.features.map((f, i) => {
		const p = f.properties as Record<string, string>;
		const ac_no = Number(p.AC_NO);
		const d = byAc.get(ac_no);
		if (!d)
			throw new Error(
				`${AC_GEOJSON_FILE} feature ${i}: AC_NO "${p.AC_NO}" is not in the 2008 delimitation order`
			);
		if (seen.has(ac_no))
			throw new Error(`${AC_GEOJSON_FILE} feature ${i}: AC ${ac_no} appears twice`);
		seen.add(ac_no);
		let geometry: Area;
		const g = f.geometry;
		if (g.type === 'GeometryCollection') {
			collections.push(ac_no);
			const parts: Position[][][] = [];
			for (const part of g.geometries) {
				const { coords, dropped } = strip2d(
					part.type === 'Polygon' ? [part.coordinates] : (part as MultiPolygon).coordinates
				);
				if (part.type !== 'Polygon' && part.type !== 'MultiPolygon')
					throw new Error(
						`${AC_GEOJSON_FILE} AC ${ac_no}: GeometryCollection holds a ${part.type}`
					);
				zDropped += dropped;
				parts.push(...(coords as Position[][][]));
			}
			geometry = { type: 'MultiPolygon', coordinates: parts };
		} else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
			const { coords, dropped } = strip2d(g.coordinates);
			zDropped += dropped;
			geometry = { ...g, coordinates: coords } as Area;
		} else {
			throw new Error(`${AC_GEOJSON_FILE} AC ${ac_no}: unexpected geometry type ${g.type}`);
		}
		if (Number(p.PC_NO) !== d.pc_no)
			pcFixed.push(
				`AC ${ac_no} ${p.AC_NAME}: shapefile PC_NO ${p.PC_NO}, 2008 order PC ${d.pc_no}`
			);
		return {
			type: 'Feature',
			properties: {
				ac_no,
				pc_no: d.pc_no,
				ht_pc_no: Number(p.PC_NO),
				ac_name: acDisplayName(p.AC_NAME),
				ac_name_hi: AC_NAMES_HI[ac_no] ?? '',
				district: titleCase(p.DIST_NAME)
			},
			geometry
		};
	});
	report.check(
		'every AC of the 2008 order has a polygon, and every polygon an AC',
		delim,
		(d) => `AC ${d.ac_no}`,
		(d) => (seen.has(d.ac_no) ? null : 'no polygon in ' + AC_GEOJSON_FILE)
	);
	report.check(
		'every AC has a Hindi name (data/pipeline/ac-names-hi.ts)',
		delim,
		(d) => `AC ${d.ac_no}`,
		(d) => (AC_NAMES_HI[d.ac_no] ? null : 'no Hindi name')
	);
	report.repair(`AC polygons: dropped the z value from ${zDropped} vertices.`);
	report.repair(
		`AC polygons: turned GeometryCollections into MultiPolygons for ACs ${collections.join(', ')}.`
	);
	for (const f of pcFixed)
		report.repair(`AC→PC: ${f}; the 2008 order is used (every results file agrees with it).`);

	features.sort((a, b) => a.properties.ac_no - b.properties.ac_no);
	// PCs whose AC list differs between the 2008 order and the shapefile's PC_NO (AC 24 Noorpur).
	// (Computed before mapshaper, which edits the input's properties in place.)
	const regrouped = new Set(
		features
			.filter((f) => f.properties.ht_pc_no !== f.properties.pc_no)
			.flatMap((f) => [f.properties.pc_no, f.properties.ht_pc_no])
	);

	const input = { type: 'FeatureCollection', features };
	const out = await mapshaper.applyCommands(
		[
			'-i ac.json',
			'-clean',
			'-dissolve pc_no + name=pc',
			`-o pc_out.json target=pc precision=${PRECISION}`,
			'-dissolve target=ac + name=state',
			`-o state_out.json target=state precision=${PRECISION}`,
			// The same dissolve by the shapefile's own PC_NO, to explain differences from datameet.
			'-dissolve ht_pc_no target=ac + name=htpc',
			`-o htpc_out.json target=htpc precision=${PRECISION}`,
			'-drop fields=ht_pc_no target=ac',
			`-o ac_out.json target=ac precision=${PRECISION}`
		].join(' '),
		{ 'ac.json': input }
	);
	const ac = JSON.parse(out['ac_out.json']) as GeometryOutput['ac'];
	const pcRaw = JSON.parse(out['pc_out.json']) as FeatureCollection<Area, { pc_no: number }>;
	const state = JSON.parse(out['state_out.json']) as GeometryOutput['state'];
	const htpc = new Map(
		(
			JSON.parse(out['htpc_out.json']) as FeatureCollection<Area, { ht_pc_no: number }>
		).features.map((f) => [f.properties.ht_pc_no, f])
	);

	const datameet = JSON.parse(
		readFileSync(join(RAW, PC_GEOJSON_FILE), 'utf8')
	) as FeatureCollection<
		Area,
		{ pc_no: number; pc_name: string; pc_name_hi: string; pc_category: string }
	>;
	const dm = new Map(datameet.features.map((f) => [f.properties.pc_no, f]));
	const pcRows: PcRow[] = [];
	const pc: GeometryOutput['pc'] = {
		type: 'FeatureCollection',
		features: pcRaw.features
			.sort((a, b) => a.properties.pc_no - b.properties.pc_no)
			.map((f) => {
				const ref = dm.get(f.properties.pc_no);
				if (!ref) throw new Error(`${PC_GEOJSON_FILE}: no polygon for PC ${f.properties.pc_no}`);
				const d = delim.find((x) => x.pc_no === f.properties.pc_no)!;
				const row: PcRow = {
					pc_no: f.properties.pc_no,
					pc_name: ref.properties.pc_name,
					pc_name_hi: ref.properties.pc_name_hi,
					pc_type: d.pc_type
				};
				pcRows.push(row);
				return {
					...f,
					properties: {
						pc_no: row.pc_no,
						pc_name: row.pc_name,
						pc_name_hi: row.pc_name_hi,
						...labelPoint(f.geometry)
					}
				};
			})
	};

	const iou = (a: Feature<Area>, b: Feature<Area>) => {
		const both = featureCollection([a, b]);
		const i = intersect(both);
		const u = union(both);
		return i && u ? area(i) / area(u) : 0;
	};
	// datameet's PC layer follows the shapefile's grouping, so regrouped PCs are compared with that.
	const ious = pc.features.map((f) => {
		const ref = dm.get(f.properties.pc_no)!;
		const alt = regrouped.has(f.properties.pc_no) ? htpc.get(f.properties.pc_no) : undefined;
		return { pc_no: f.properties.pc_no, iou: iou(f, ref), alt: alt ? iou(alt, ref) : undefined };
	});
	report.check(
		`dissolved PC polygons overlap the datameet PC polygons (IoU ≥ ${MIN_PC_IOU}; for PCs regrouped by the 2008 order, the shapefile's own grouping must)`,
		ious,
		(x) => `PC ${x.pc_no}`,
		(x) =>
			(x.alt ?? x.iou) >= MIN_PC_IOU
				? null
				: `IoU ${x.iou.toFixed(3)}${x.alt ? `, shapefile grouping ${x.alt.toFixed(3)}` : ''}`
	);
	for (const x of ious.filter((x) => x.alt !== undefined))
		report.note(
			`PC ${x.pc_no}: IoU with datameet ${x.iou.toFixed(3)} when grouped by the 2008 order, ${x.alt!.toFixed(3)} by the shapefile's PC_NO: datameet's PC layer places AC 24 Noorpur like the shapefile does. Kshetra follows the 2008 order, which every results file uses.`
		);
	const worst = [...ious].sort((a, b) => a.iou - b.iou).slice(0, 3);
	report.note(
		`Dissolved PCs vs datameet PCs: median IoU ${median(ious.map((x) => x.iou)).toFixed(3)}; lowest ${worst.map((x) => `PC ${x.pc_no} ${x.iou.toFixed(3)}`).join(', ')}.`
	);
	report.check(
		'output polygons are valid (turf booleanValid)',
		[...ac.features, ...pc.features],
		(f) =>
			'ac_no' in f.properties
				? `AC ${(f.properties as { ac_no: number }).ac_no}`
				: `PC ${f.properties.pc_no}`,
		(f) => (booleanValid(f) ? null : 'invalid polygon after cleaning')
	);

	const acRows: AcRow[] = ac.features.map((f) => {
		const d = byAc.get(f.properties.ac_no)!;
		return {
			ac_no: d.ac_no,
			ac_name: f.properties.ac_name,
			ac_name_hi: f.properties.ac_name_hi,
			ac_type: d.ac_type,
			pc_no: d.pc_no,
			district: (f.properties as unknown as { district: string }).district
		};
	});
	for (const f of ac.features) {
		delete (f.properties as { district?: string }).district;
		Object.assign(f.properties, labelPoint(f.geometry));
	}
	return { ac, pc, state, acRows, pcRows };
}

/** Label anchor inside the largest polygon part, to 1e-4° (≈ 11 m; finer than any label needs). */
function labelPoint(g: Area): LabelPoint {
	const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const largest = parts.reduce((a, b) =>
		area({ type: 'Polygon', coordinates: b }) > area({ type: 'Polygon', coordinates: a }) ? b : a
	);
	const [lon, lat] = polylabel(largest as [number, number][][], 0.0005);
	return { label_lon: Math.round(lon * 1e4) / 1e4, label_lat: Math.round(lat * 1e4) / 1e4 };
}

/** "Kadipur (SC)" → "Kadipur"; the reservation is kept in ac_type. */
function acDisplayName(name: string): string {
	return name.replace(/\s*\((SC|ST)\)\s*$/, '').trim();
}

function titleCase(s: string): string {
	return s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}
