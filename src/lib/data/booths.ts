/**
 * Booth rows of one AC for the AC view, and "our side" (a party or an alliance) resolved for an
 * election. Loads the AC's booth rows into the database first (the browser fetches them on demand).
 */
import type { Db } from '$lib/db/db.ts';
import type { Meta } from '$lib/data/meta.ts';
import { byLang } from '$lib/i18n/names.ts';
import { boothClass, leadPts, type BoothClass, type ClassRules } from '$lib/model/booth-class.ts';
import type { BoothCoverageRow, ElectionId } from '$lib/model/types.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import { sideInAc } from '$lib/model/side.ts';
import { codes2027, members2027 } from './blocs.ts';
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
	/** in one AC (resolveAcSide): false when neither the side nor an ally had a candidate there */
	stood?: boolean;
}

export function resolveSide(meta: Meta, election: ElectionId, id: string): Side {
	// a 2027 bloc (INDIA-2027), as the seat map offers it: its parties in any election's codes
	const bloc = members2027(id);
	if (bloc)
		return { id, label: `${id} (${bloc.join(' + ')})`, parties: codes2027(meta, id) ?? bloc };
	const members = meta.alliances.filter((a) => a.election_id === election && a.alliance === id);
	if (members.length)
		return {
			id,
			label: `${byLang(members[0].alliance_en, members[0].alliance_hi)} (${members.map((m) => m.party).join(' + ')})`,
			parties: members.map((m) => m.party)
		};
	return { id, label: id, parties: [id] };
}

/**
 * The side in one AC: where none of its parties had a candidate, its allies of that election who
 * stood count as it (SP in Gorakhpur Urban 2017 is INC's votes, labelled so); where none stood
 * either, `stood` is false and the view says so instead of grading every booth D.
 */
export async function resolveAcSide(
	db: Db,
	meta: Meta,
	election: ElectionId,
	ac: number,
	side: Side
): Promise<Side> {
	await db.ensureAc(ac);
	const standing = await run<{ party: string }, 'election_id' | 'ac_no'>(db, queries.acParties, {
		election_id: election,
		ac_no: ac
	});
	const s = sideInAc(
		side.parties,
		standing.map((r) => r.party),
		meta.alliances.filter((a) => a.election_id === election)
	);
	return {
		...side,
		parties: s.parties,
		label: s.standIns.length
			? t('booths.standIn', { side: side.label, allies: s.standIns.join(' + ') })
			: side.label,
		stood: s.stood
	};
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
