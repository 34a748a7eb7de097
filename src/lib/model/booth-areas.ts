/**
 * Booth areas. No public source gives Kanpur's polling-station locations, so Kshetra estimates
 * them: one point per booth inside the AC, spread evenly (Mitchell's best-candidate sampling with
 * a seeded generator, so the same AC always gets the same points), ordered along a Hilbert curve
 * so that consecutive booth numbers (which in Form 20 follow localities and buildings) sit next to
 * each other, and Voronoi cells around the points clipped to the AC. Every such area is marked
 * geometry_source 'estimated'. When a user supplies real coordinates the same cell builder runs on
 * them and the areas are marked 'reported'.
 *
 * Runs in Node and in the browser. The pipeline (data/pipeline/booths.ts) stores only the
 * estimated points, as the lon/lat columns of booths.parquet (sorted by AC, so the browser reads
 * one AC's rows with a few range requests of its row groups); the cells are built here, in the
 * browser, from those points or from the user's imported locations.
 *
 *   const pts = estimateBoothPoints(acPolygon, [1, 2, 3], 'LS2014:213');
 *   boothAreas(acPolygon, pts, 'estimated') → FeatureCollection of 3 cells
 */
import { Delaunay, randomLcg } from 'd3';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection, point } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { pointOnFeature } from '@turf/point-on-feature';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type Area = Polygon | MultiPolygon;
export type GeometrySource = 'estimated' | 'reported';

export interface BoothAreaProps {
	ac_no: number;
	part_no: number;
	geometry_source: GeometrySource;
	/** the booth's point: estimated, or as reported */
	lon: number;
	lat: number;
}

/** Candidates drawn per point in best-candidate sampling; 10 gives an even spread (Mitchell 1991). */
const CANDIDATES = 10;
/** Output precision: 1e-5° ≈ 1 m, finer than any booth area needs and short in JSON. */
const PRECISION = 1e5;

/** A stable 32-bit seed from a string such as 'LS2014:213' (FNV-1a). */
export function seedOf(key: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		h ^= key.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) / 2 ** 32;
}

/** Position along a Hilbert curve of order 16 for x, y in [0, 1). */
export function hilbertIndex(x: number, y: number): number {
	const n = 1 << 16;
	let xi = Math.min(n - 1, Math.floor(x * n));
	let yi = Math.min(n - 1, Math.floor(y * n));
	let d = 0;
	for (let s = n >> 1; s > 0; s >>= 1) {
		const rx = (xi & s) > 0 ? 1 : 0;
		const ry = (yi & s) > 0 ? 1 : 0;
		d += s * s * ((3 * rx) ^ ry);
		if (ry === 0) {
			if (rx === 1) {
				xi = s - 1 - xi;
				yi = s - 1 - yi;
			}
			[xi, yi] = [yi, xi];
		}
	}
	return d;
}

/** n evenly spread, seeded points inside the area, in Hilbert-curve order. */
export function seededPoints(area: Feature<Area>, n: number, seed: string): Position[] {
	const random = randomLcg(seedOf(seed));
	const [w, s, e, north] = bbox(area);
	const k = Math.cos((((s + north) / 2) * Math.PI) / 180);
	const inside = (p: Position) => booleanPointInPolygon(p, area);
	const draw = (): Position => {
		for (let tries = 0; tries < 10_000; tries++) {
			const p = [w + random() * (e - w), s + random() * (north - s)];
			if (inside(p)) return p;
		}
		throw new Error('could not place a point inside the area (is it empty?)');
	};
	const points: Position[] = [];
	for (let i = 0; i < n; i++) {
		let best = draw();
		let bestD = -1;
		if (points.length)
			for (let c = 0; c < CANDIDATES; c++) {
				const cand = c === 0 ? best : draw();
				let d = Infinity;
				for (const p of points)
					d = Math.min(d, ((p[0] - cand[0]) * k) ** 2 + (p[1] - cand[1]) ** 2);
				if (d > bestD) [best, bestD] = [cand, d];
			}
		points.push(best);
	}
	const h = (p: Position) => hilbertIndex((p[0] - w) / (e - w || 1), (p[1] - s) / (north - s || 1));
	return points.sort((a, b) => h(a) - h(b));
}

const round = (p: Position): Position => [
	Math.round(p[0] * PRECISION) / PRECISION,
	Math.round(p[1] * PRECISION) / PRECISION
];

/**
 * Voronoi cells around the points, clipped to the area; cell i belongs to points[i]. Distances are
 * measured with longitude scaled by cos(latitude), so cells are not stretched east–west.
 */
export function voronoiCells(area: Feature<Area>, points: Position[]): (Area | null)[] {
	const [w, s, e, n] = bbox(area);
	const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
	const delaunay = Delaunay.from(points.map((p) => [p[0] * k, p[1]]));
	const areaVertices = (
		area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates
	).flat(2);
	const voronoi = delaunay.voronoi([w * k - 0.01, s - 0.01, e * k + 0.01, n + 0.01]);
	return points.map((_, i) => {
		const ring = voronoi.cellPolygon(i);
		if (!ring) return null;
		const cell: Feature<Polygon> = {
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x / k, y])] }
		};
		if (insideWhole(cell.geometry.coordinates[0], area, areaVertices))
			return { type: 'Polygon', coordinates: [cell.geometry.coordinates[0].map(round)] };
		const clipped = intersect(featureCollection<Area>([cell, area]));
		if (!clipped) return null;
		const g = clipped.geometry;
		return g.type === 'Polygon'
			? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(round)) }
			: { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(round))) };
	});
}

/**
 * True when a (convex) cell lies wholly inside the area: all its corners are inside and no corner
 * of the area pokes into it. Such cells need no clipping, which is most of them and most of the time.
 */
function insideWhole(ring: Position[], area: Feature<Area>, areaVertices: Position[]): boolean {
	if (!ring.every((p) => booleanPointInPolygon(p, area))) return false;
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ring)
		[w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
	const cell: Polygon = { type: 'Polygon', coordinates: [ring] };
	return !areaVertices.some(
		([x, y]) => x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon([x, y], cell)
	);
}

function cellsToFeatures(
	ac_no: number,
	parts: number[],
	points: Position[],
	cells: (Area | null)[],
	geometry_source: GeometrySource
): FeatureCollection<Area, BoothAreaProps> {
	return {
		type: 'FeatureCollection',
		features: parts.flatMap((part_no, i) => {
			const g = cells[i];
			if (!g) return [];
			const [lon, lat] = round(points[i]);
			return [
				{
					type: 'Feature' as const,
					properties: { ac_no, part_no, geometry_source, lon, lat },
					geometry: g
				}
			];
		})
	};
}

/**
 * Radius, in degrees of latitude (≈ 15 m), of the ring on which booths located at the same place
 * (rooms of one building) are spread so that each still gets a cell of its own.
 */
const SHARED_POINT_RING = 0.00015;
/**
 * Booths closer than this, in metres, are at the same place. Real files give the rooms of one
 * building a few decimetres apart (Lucknow AC 173 booths 43–51, 2009 GIS scrape), or a few metres
 * apart on a straight line (AC 173 booths 190–195, 4 m): so close, or so exactly in line, that the
 * Voronoi diagram has no cell for some of them.
 */
export const SAME_PLACE_M = 5;
const M_PER_DEG = 111_320;

/** Groups of points (indices) closer than SAME_PLACE_M to another of their group. */
function samePlaceGroups(points: Position[]): number[][] {
	if (!points.length) return [];
	const k = Math.cos((points[0][1] * Math.PI) / 180);
	const size = SAME_PLACE_M / M_PER_DEG;
	const parent = points.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	const grid = new Map<string, number[]>();
	points.forEach(([x, y], i) => {
		const gx = Math.floor((x * k) / size);
		const gy = Math.floor(y / size);
		for (let dx = -1; dx <= 1; dx++)
			for (let dy = -1; dy <= 1; dy++)
				for (const j of grid.get(`${gx + dx},${gy + dy}`) ?? [])
					if (Math.hypot((points[j][0] - x) * k, points[j][1] - y) < size)
						parent[find(i)] = find(j);
		const key = `${gx},${gy}`;
		grid.set(key, [...(grid.get(key) ?? []), i]);
	});
	const groups = new Map<number, number[]>();
	points.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
	return [...groups.values()];
}

/**
 * The point itself when it lies inside the area, else a point just inside the area's nearest edge
 * (a few metres in). Reported locations may lie up to BOUNDARY_TOLERANCE_M outside the AC, whose
 * boundary is simplified; the Voronoi cell of a point outside the AC can miss the AC altogether,
 * and that booth would not be drawn.
 */
export function snapInside(area: Feature<Area>, lon: number, lat: number): Position {
	if (booleanPointInPolygon([lon, lat], area)) return [lon, lat];
	const k = Math.cos((lat * Math.PI) / 180);
	const rings =
		area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.coordinates.flat();
	const px = lon * k;
	let best = { d: Infinity, x: 0, y: 0, nx: 0, ny: 0 };
	for (const ring of rings)
		for (let i = 1; i < ring.length; i++) {
			const [ax, ay] = [ring[i - 1][0] * k, ring[i - 1][1]];
			const [bx, by] = [ring[i][0] * k, ring[i][1]];
			const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
			const t = len2
				? Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (lat - ay) * (by - ay)) / len2))
				: 0;
			const [x, y] = [ax + t * (bx - ax), ay + t * (by - ay)];
			const d = Math.hypot(px - x, lat - y);
			const len = Math.sqrt(len2) || 1;
			if (d < best.d) best = { d, x, y, nx: -(by - ay) / len, ny: (bx - ax) / len };
		}
	// towards the edge and on past it; else either way along the edge's normal
	const dirs = [
		best.d > 0 ? [(best.x - px) / best.d, (best.y - lat) / best.d] : [best.nx, best.ny],
		[best.nx, best.ny],
		[-best.nx, -best.ny]
	];
	for (const [ux, uy] of dirs)
		for (let m = 3; m <= 384; m *= 2) {
			const step = m / M_PER_DEG;
			const p: Position = [(best.x + ux * step) / k, best.y + uy * step];
			if (booleanPointInPolygon(p, area)) return p;
		}
	return pointOnFeature(area).geometry.coordinates;
}

/**
 * Where the cells are built around: every point inside the area (snapInside), and the booths at
 * one place spread evenly on a small ring around it, so that each booth gets a cell.
 */
export function cellSites(
	area: Feature<Area>,
	located: { lon: number; lat: number }[]
): Position[] {
	const points = located.map((b) => snapInside(area, b.lon, b.lat));
	for (const members of samePlaceGroups(points)) {
		if (members.length < 2) continue;
		const [cx, cy] = members
			.reduce(([x, y], i) => [x + points[i][0], y + points[i][1]], [0, 0])
			.map((v) => v / members.length);
		const k = Math.cos((cy * Math.PI) / 180);
		members.forEach((i, j) => {
			const a = (2 * Math.PI * j) / members.length;
			const [x, y] = [
				cx + (SHARED_POINT_RING * Math.cos(a)) / k,
				cy + SHARED_POINT_RING * Math.sin(a)
			];
			points[i] = snapInside(area, x, y);
		});
	}
	return points;
}

/**
 * Areas around booth points (estimated or reported), clipped to the AC: one for every booth.
 * Points outside the AC are moved just inside it and booths at one place are spread on a small
 * ring first (cellSites); the features keep the points as given.
 */
export function boothAreas(
	area: Feature<Area, { ac_no: number }>,
	located: { part_no: number; lon: number; lat: number }[],
	source: GeometrySource
): FeatureCollection<Area, BoothAreaProps> {
	const sites = cellSites(area, located);
	let cells = voronoiCells(area, sites);
	// Should a site still get no cell (points in some exact degenerate layout), nudge it a few
	// metres, a different way each time, and build again.
	for (let round = 1; round <= 3 && cells.some((c) => !c); round++) {
		cells.forEach((c, i) => {
			if (c) return;
			const [x, y] = sites[i];
			const a = 2.399963 * (i + round); // golden angle: no two booths nudged the same way
			const r = (2 * round) / M_PER_DEG;
			const k = Math.cos((y * Math.PI) / 180);
			sites[i] = snapInside(area, x + (r * Math.cos(a)) / k, y + r * Math.sin(a));
		});
		cells = voronoiCells(area, sites);
	}
	return cellsToFeatures(
		area.properties.ac_no,
		located.map((b) => b.part_no),
		located.map((b) => [b.lon, b.lat]),
		cells,
		source
	);
}

/** Estimated points for the booths of one AC: seeded, spread evenly, in booth-number order. */
export function estimateBoothPoints(
	area: Feature<Area>,
	parts: number[],
	seed: string
): { part_no: number; lon: number; lat: number }[] {
	const sorted = [...parts].sort((a, b) => a - b);
	const points = seededPoints(area, sorted.length, seed);
	return sorted.map((part_no, i) => {
		const [lon, lat] = round(points[i]);
		return { part_no, lon, lat };
	});
}

/** Whether a point lies inside the area. */
export function insideArea(area: Feature<Area>, lon: number, lat: number): boolean {
	return booleanPointInPolygon(point([lon, lat]), area);
}

/** How far a point lies outside the area, in metres (0 when inside). */
export function metresOutside(area: Feature<Area>, lon: number, lat: number): number {
	if (insideArea(area, lon, lat)) return 0;
	return Math.max(0, pointToPolygonDistance([lon, lat], area, { units: 'meters' }));
}
