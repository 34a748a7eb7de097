/**
 * Booth rows of one AC for the AC view, and "our side" (a party or an alliance) resolved for an
 * election. Loads the AC's booth rows into the database first (the browser fetches them on demand).
 */
import type { Db } from '$lib/db/db.ts';
import type { Meta } from '$lib/data/meta.ts';
import { byLang } from '$lib/i18n/names.ts';
import { boothClass, leadPts, type BoothClass, type ClassRules } from '$lib/model/booth-class.ts';
import type { BoothCoverageRow, ElectionId } from '$lib/model/types.ts';
import { queries, run } from '$lib/sql/index.ts';

export interface BoothResult {
	part_no: number;
	booth_name: string;
	booth_name_hi: string | null;
	electors: number | null;
	voters: number | null;
	valid_votes: number | null;
	turnout_pct: number | null;
	complete: number;
	lon: number;
	lat: number;
	geometry_source: 'estimated' | 'reported';
	winner_party: string | null;
	winner: string | null;
	winner_votes: number | null;
	runner_up_party: string | null;
	runner_up_votes: number | null;
	margin: number | null;
	margin_pct: number | null;
	ours_votes: number;
	ours_share: number | null;
	best_other_party: string | null;
	best_other_votes: number;
	top3: string | null;
	klass: BoothClass;
	lead_pts: number;
}

export type Coverage = BoothCoverageRow;

export function loadCoverage(db: Db, ac: number): Promise<Coverage[]> {
	return run<Coverage, 'ac_no'>(db, queries.boothCoverage, { ac_no: ac });
}

/** A side: one party, or an alliance's parties together. */
export interface Side {
	id: string;
	label: string;
	parties: string[];
}

export function resolveSide(meta: Meta, election: ElectionId, id: string): Side {
	const members = meta.alliances.filter((a) => a.election_id === election && a.alliance === id);
	if (members.length)
		return {
			id,
			label: `${byLang(members[0].alliance_en, members[0].alliance_hi)} (${members.map((m) => m.party).join(' + ')})`,
			parties: members.map((m) => m.party)
		};
	return { id, label: id, parties: [id] };
}

export async function loadAcBooths(
	db: Db,
	election: ElectionId,
	ac: number,
	side: Side,
	rules: ClassRules
): Promise<BoothResult[]> {
	await db.ensureAc(ac);
	const rows = await run<Omit<BoothResult, 'klass' | 'lead_pts'>, 'election_id' | 'ac_no' | 'ours'>(
		db,
		queries.acBooths,
		{ election_id: election, ac_no: ac, ours: side.parties.join(',') }
	);
	return rows.map((r) => {
		const x = { ours: r.ours_votes, bestOther: r.best_other_votes, valid: r.valid_votes ?? 0 };
		return { ...r, klass: boothClass(x, rules), lead_pts: Math.round(leadPts(x) * 100) / 100 };
	});
}
