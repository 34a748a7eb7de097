/**
 * Which booth numbering an organisation file is checked against, and the page's answers to the
 * import worker in that numbering (for organisation and booth-location files). Booths are renumbered between elections (Sishamau had 252
 * booths in 2014 and 253 in 2017), so a file is valid only in the numbering it was written in: the
 * import offers every election with booth results for the seat's ACs, newest first, and checks
 * the file against the one chosen.
 *
 *   boothNumberings([{ election_id: 'LS2014', ac_no: 215, booths: 330 },
 *                    { election_id: 'AE2017', ac_no: 215, booths: 319 }])  → ['AE2017', 'LS2014']
 *   const ask = askBoothNumbers(db, 'LS2014');  // for startImport(file, 'org', ask, …)
 *   askBoothLocations(db, 'LS2014', loadPolygons);  // for startImport(file, 'coords', …)
 */
import type { Feature } from 'geojson';
import type { Db } from '../db/db.ts';
import type { Area } from '../model/booth-areas.ts';
import { ELECTION_IDS, type ElectionId } from '../model/types.ts';
import type { AcAnswer, AskBooths } from './file-import.ts';

/** The elections with booth rows in any of these coverage rows (booth_coverage.sql), newest first. */
export function boothNumberings(
	coverage: { election_id: ElectionId; booths: number }[]
): ElectionId[] {
	const have = new Set(coverage.filter((c) => c.booths > 0).map((c) => c.election_id));
	return ELECTION_IDS.filter((e) => have.has(e)).reverse();
}

/**
 * The page's answer to the import worker: the booth numbers of each AC it names, in one election's
 * numbering, or null for an AC with no booths in it. Every AC's numbers are read at once, the first
 * time (db.boothNumbers: one read of the booth numbers, not of the booth tables), so a state-wide
 * file naming all 403 ACs is checked exactly as one naming a single AC.
 */
export function askBoothNumbers(db: Pick<Db, 'boothNumbers'>, election: ElectionId): AskBooths {
	let all: Promise<Map<number, number[]>> | null = null;
	return async (acs) => {
		const numbers = await (all ??= db.boothNumbers(election));
		return acs.map((ac): AcAnswer => ({ ac, parts: numbers.get(ac) ?? null }));
	};
}

/**
 * The page's answer for a booth-location file: each AC's booth numbers in the election's numbering
 * (as askBoothNumbers: every AC's, from one read) and its polygon (`polygons`, loaded the first time
 * the worker asks), against which each point is checked. So a file naming any number of ACs, up to
 * all 403, is checked in full. (An AC without a polygon has every point reported outside it; the
 * shipped ac.geojson has all 403.)
 */
export function askBoothLocations(
	db: Pick<Db, 'boothNumbers'>,
	election: ElectionId,
	polygons: () => Promise<Map<number, Feature<Area>>>
): AskBooths {
	const numbers = askBoothNumbers(db, election);
	let areas: Promise<Map<number, Feature<Area>>> | null = null;
	return async (acs) => {
		const [answers, shapes] = await Promise.all([numbers(acs), (areas ??= polygons())]);
		return answers.map((a): AcAnswer => ({ ...a, area: shapes.get(a.ac) ?? null }));
	};
}
