/**
 * Per-AC snapshots (scripts/ac-snapshots.ts, src/lib/server/ac-snapshots.ts): an AC's booth view
 * opens from one file, with the rows DuckDB gives and the areas the browser would build, and its
 * booth rows reach the database only when a query the file cannot answer needs them. Expected
 * numbers are Form 20 (AE2017, Sishamau booth 1: BJP 268, SP 93), typed in by hand.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAcBooths, loadCoverage } from '../../../src/lib/data/booths.ts';
import { boothElection } from '../../../src/lib/model/booth-map.ts';
import type { Db } from '../../../src/lib/db/db.ts';
import {
	fromAnswer,
	SNAPSHOT_PLAN,
	SnapshotDb,
	snapshotKey,
	type Snapshot
} from '../../../src/lib/db/snapshot.ts';
import {
	boothAreas,
	decodeAreas,
	encodeAreas,
	type Area,
	type BoothAreaProps
} from '../../../src/lib/model/booth-areas.ts';
import { DEFAULT_CLASS_RULES } from '../../../src/lib/model/booth-class.ts';
import { acSnapshot } from '../../../src/lib/server/ac-snapshots.ts';
import { queries } from '../../../src/lib/sql/index.ts';
import { openDb } from '../../sql/helpers.ts';

const seat = JSON.parse(readFileSync('static/data/seat/43.geojson', 'utf8')) as FeatureCollection<
	Area,
	{ ac_no: number; kind?: string }
>;
const sishamau = seat.features.find(
	(f) => f.properties.ac_no === 213 && f.properties.kind !== 'pc'
) as Feature<Area, { ac_no: number }>;

let db: Db;
let snap: Snapshot;
beforeAll(async () => {
	db = await openDb();
	snap = await acSnapshot(db, 213, sishamau);
}, 60_000);
afterAll(() => db.close());

const noDatabase = () => Promise.reject(new Error('the database was asked'));

describe('ac/213.json', () => {
	it('holds the coverage and the booths of the election the view opens on, as DuckDB gives them', async () => {
		const coverage = await loadCoverage(db, 213);
		expect(boothElection(coverage, 'AE2022')).toBe('AE2017');
		const plan = SNAPSHOT_PLAN.ac(213, 'AE2017');
		expect(Object.keys(snap.answers).sort()).toEqual(
			plan.map((q) => snapshotKey(q.name, q.params)).sort()
		);
		for (const q of plan)
			expect(fromAnswer(snap.answers[snapshotKey(q.name, q.params)])).toEqual(
				await db.query(queries[q.name].text, q.params)
			);
	});

	it("opens Sishamau's booth view with no database: booth 1 BJP 268 over SP 93", async () => {
		const s = new SnapshotDb([snap], queries, noDatabase);
		const side = { id: 'SP', label: 'SP', parties: ['SP'] };
		const rows = await loadAcBooths(s, 'AE2017', 213, side, DEFAULT_CLASS_RULES);
		expect(rows.length).toBe(253);
		const one = rows.find((r) => r.part_no === 1)!;
		expect([one.winner_party, one.winner_votes, one.ours_votes]).toEqual(['BJP', 268, 93]);
		expect(s.stats).toEqual({ hits: 1, misses: 0 });
	});

	it('loads the booth rows into the database before a query it cannot answer', async () => {
		const asked: number[] = [];
		const real: Db = { ...db, ensureAc: async (ac) => void asked.push(ac) };
		const s = new SnapshotDb([snap], queries, async () => real);
		const side = { id: 'BJP', label: 'BJP', parties: ['BJP'] };
		await s.ensureAc(213);
		expect(asked).toEqual([]);
		const rows = await loadAcBooths(s, 'AE2017', 213, side, DEFAULT_CLASS_RULES);
		expect(asked).toEqual([213]);
		expect(rows.find((r) => r.part_no === 1)!.ours_votes).toBe(268);
	});

	it('ships the areas the browser would build around the same points', async () => {
		const rows = await db.query<{ part_no: number; lon: number; lat: number }>(
			queries.acBooths.text,
			['AE2017', 213, 'SP']
		);
		expect(decodeAreas(snap.areas!['AE2017:213'])).toEqual(boothAreas(sishamau, rows, 'estimated'));
	});
});

describe('encodeAreas', () => {
	const int = fc.integer({ min: -2_000_000, max: 2_000_000 });
	// as booth-areas.ts rounds them: whole multiples of 1e-5°
	const pos = fc.tuple(int, int).map(([x, y]) => [(x + 8_000_000) / 1e5, (y + 2_600_000) / 1e5]);
	const ring = fc.array(pos, { minLength: 4, maxLength: 12 });
	const feature = fc.record({
		part_no: fc.integer({ min: 1, max: 999 }),
		point: pos,
		polys: fc.array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
	});
	it('decodes to exactly what it encoded', () => {
		fc.assert(
			fc.property(fc.array(feature, { maxLength: 20 }), (fs) => {
				const areas: FeatureCollection<Area, BoothAreaProps> = {
					type: 'FeatureCollection',
					features: fs.map((f) => ({
						type: 'Feature',
						properties: {
							ac_no: 7,
							part_no: f.part_no,
							geometry_source: 'estimated',
							lon: f.point[0],
							lat: f.point[1]
						},
						geometry:
							f.polys.length === 1
								? { type: 'Polygon', coordinates: f.polys[0] }
								: { type: 'MultiPolygon', coordinates: f.polys }
					}))
				};
				expect(decodeAreas(encodeAreas(areas))).toEqual(areas);
			})
		);
	});
});
