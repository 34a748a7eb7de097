/**
 * The per-AC snapshots (src/lib/db/snapshot.ts, ac/<ac>.json), computed at build time from the
 * pipeline's files with the site's own queries in DuckDB for Node: each AC's booth coverage, its
 * booth rows for the election its booth view opens on (our default party), and the estimated
 * booth areas built by the same code the browser runs. Opening an AC's booths then needs neither
 * DuckDB-wasm nor the Voronoi step (npm run bench, row 7). Run by scripts/ac-snapshots.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { boothElection } from '$lib/model/booth-map.ts';
import type { Coverage } from '$lib/data/booths.ts';
import type { Db } from '$lib/db/db.ts';
import { createNodeDb } from '$lib/db/duckdb-node.ts';
import {
	SNAPSHOT_PLAN,
	SNAPSHOT_VERSION,
	snapshotKey,
	toAnswer,
	type Snapshot
} from '$lib/db/snapshot.ts';
import { boothAreas, encodeAreas, type Area } from '$lib/model/booth-areas.ts';
import { DEFAULT_VIEW } from '$lib/state/view.ts';
import { queries } from '$lib/sql/index.ts';

/** The AC polygons the browser's booth view uses: each seat file's segments. */
function acPolygons(dataDir: string): Map<number, Feature<Area, { ac_no: number }>> {
	const out = new Map<number, Feature<Area, { ac_no: number }>>();
	for (let pc = 1; pc <= 80; pc++) {
		const fc = JSON.parse(
			readFileSync(join(dataDir, 'seat', `${pc}.geojson`), 'utf8')
		) as FeatureCollection<Area, { ac_no: number; kind?: string }>;
		for (const f of fc.features) if (f.properties.kind !== 'pc') out.set(f.properties.ac_no, f);
	}
	return out;
}

export async function acSnapshot(
	db: Db,
	ac: number,
	polygon: Feature<Area, { ac_no: number }>
): Promise<Snapshot> {
	const coverage = await db.query<Coverage>(queries.boothCoverage.text, [ac]);
	const election = boothElection(coverage, DEFAULT_VIEW.election);
	const answers: Snapshot['answers'] = {};
	for (const q of SNAPSHOT_PLAN.ac(ac, election))
		answers[snapshotKey(q.name, q.params)] = toAnswer(
			await db.query<Record<string, unknown>>(queries[q.name].text, q.params)
		);
	const snapshot: Snapshot = { version: SNAPSHOT_VERSION, answers };
	if (election) {
		// the booth view builds the areas around its rows' points, in this order
		const booths = answers[snapshotKey('acBooths', [election, ac, DEFAULT_VIEW.party])];
		const [p, x, y] = ['part_no', 'lon', 'lat'].map((c) => booths.columns.indexOf(c));
		const rows = booths.rows.map((r) => ({
			part_no: r[p] as number,
			lon: r[x] as number,
			lat: r[y] as number
		}));
		snapshot.areas = {
			[`${election}:${ac}`]: encodeAreas(boothAreas(polygon, rows, 'estimated'))
		};
	}
	return snapshot;
}

/**
 * Writes <outDir>/<ac>.json for every AC, or for every `of`-th starting at the `part`-th (so that
 * processes can share the work); returns how many it wrote.
 */
export async function writeAcSnapshots(
	dataDir: string,
	outDir: string,
	part = 0,
	of = 1
): Promise<number> {
	const db = await createNodeDb(dataDir, { inMemory: true });
	try {
		mkdirSync(outDir, { recursive: true });
		const mine = [...acPolygons(dataDir)].filter((_, i) => i % of === part);
		for (const [ac, polygon] of mine)
			writeFileSync(join(outDir, `${ac}.json`), JSON.stringify(await acSnapshot(db, ac, polygon)));
		return mine.length;
	} finally {
		await db.close();
	}
}
