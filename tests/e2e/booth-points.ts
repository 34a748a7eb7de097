/**
 * Where to look for a booth on a map: the deepest point (polylabel) of its estimated area, built
 * from the pipeline's estimated points (static/data, read with DuckDB for Node) with the app's own
 * cell function. A booth's point itself can lie within a pixel of its AC's outline.
 */
import polylabel from 'polylabel';
import { createNodeDb } from '../../src/lib/db/duckdb-node.ts';
import { boothAreas } from '../../src/lib/model/booth-areas.ts';
import { seatSegment } from '../helpers/geojson-files.ts';

export async function boothDeepPoints(
	pc: number,
	ac: number,
	election: string
): Promise<Map<number, { lon: number; lat: number }>> {
	const f = seatSegment(pc, ac);
	const db = await createNodeDb('static/data');
	let points: { part_no: number; lon: number; lat: number }[];
	try {
		points = await db.query<{ part_no: number; lon: number; lat: number }>(
			'SELECT part_no, lon, lat FROM booths WHERE election_id = $1 AND ac_no = $2',
			[election, ac]
		);
	} finally {
		await db.close();
	}
	const cells = boothAreas(f, points, 'estimated');
	return new Map(
		cells.features.map((c) => {
			const rings =
				c.geometry.type === 'Polygon' ? c.geometry.coordinates : c.geometry.coordinates[0];
			const [lon, lat] = polylabel(rings as [number, number][][], 1e-6);
			return [c.properties.part_no, { lon, lat }];
		})
	);
}
