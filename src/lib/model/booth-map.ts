/**
 * One AC's booths as a map draws them, from its booth rows: the values its colours come from,
 * and its areas, around the user's imported locations when there are any (marked 'reported'),
 * else around the estimated points (marked 'estimated'). The booth view, the seat map's booth
 * layer and the booth slide share these, so that the same booth looks the same everywhere.
 *
 *   boothValues([{ part_no: 1, winner_party: 'BJP', margin_pct: 50.5, ours_share: 19, … }])
 *   → [{ unit_no: 1, winner_party: 'BJP', margin_pct: 50.5, party_share: 19, … }]
 */
import type { Feature } from 'geojson';
import { boothAreas, type Area } from './booth-areas.ts';
import type { BoothClass } from './booth-class.ts';
import type { UnitValues } from './metrics.ts';
import type { BoothCoverageRow, ElectionId } from './types.ts';

/** The columns of a booth row (ac_booths.sql and its class) that colouring needs. */
export interface BoothValuesRow {
	part_no: number;
	winner_party: string | null;
	margin_pct: number | null;
	ours_share: number | null;
	turnout_pct: number | null;
	klass?: BoothClass;
}

/** A booth with no votes counts as NOTA's, by 0 points, with a share of 0. */
export function boothValues(rows: BoothValuesRow[], id = (r: BoothValuesRow) => r.part_no) {
	return rows.map((r): UnitValues => ({
		unit_no: id(r),
		winner_party: r.winner_party ?? 'NOTA',
		margin_pct: r.margin_pct ?? 0,
		party_share: r.ours_share ?? 0,
		turnout_pct: r.turnout_pct,
		klass: r.klass
	}));
}

export interface Located {
	part_no: number;
	lon: number;
	lat: number;
}

/** The AC's booth areas: around the user's locations if any, else the rows' estimated points. */
export function boothCells(
	ac: Feature<Area, { ac_no: number }>,
	rows: Located[],
	userLocations?: Located[]
) {
	const reported = !!userLocations?.length;
	const points = (reported ? userLocations : rows).map((r) => ({
		part_no: r.part_no,
		lon: r.lon,
		lat: r.lat
	}));
	return {
		areas: boothAreas(ac, points, reported ? 'reported' : 'estimated'),
		estimated: !reported
	};
}

/**
 * The election whose booths are shown for an AC: the one asked for if it has booth rows there,
 * else the newest that has (coverage comes newest first); null if none.
 */
export function boothElection(
	coverage: BoothCoverageRow[],
	asked: ElectionId | null
): ElectionId | null {
	const available = coverage.filter((c) => c.booths > 0).map((c) => c.election_id);
	return asked && available.includes(asked) ? asked : (available[0] ?? null);
}
