/**
 * What every slide receives: the database, the labels, the seat's geometry, and a shared loader
 * for the seat's winnability model (loaded once for all slides that need it).
 */
import type { FeatureCollection } from 'geojson';
import type { Db } from '$lib/db/db.ts';
import type { Meta } from '$lib/data/meta.ts';
import type { ContestWithOrg } from '$lib/data/contest.ts';

export interface SlideContext {
	db: Db;
	meta: Meta;
	pc: number;
	/** the seat's segments and its outline (static/data/seat/<pc>.geojson) */
	seat: FeatureCollection;
	/**
	 * The contest with the organisation data in use: the seat, or one of its ACs (a slide's `ac`,
	 * an AC deck); each loaded once for every slide that needs it.
	 */
	seatContest: (ac?: number) => Promise<ContestWithOrg>;
	/** when set, slides must say their organisation numbers are demo data */
	today: string;
	/** a slide's query or file failed: the deck shows the failure (pass to .catch) */
	fail: (e: unknown) => void;
}
