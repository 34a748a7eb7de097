/**
 * Loads the baselines the what-if needs: votes by party per segment and election for one seat,
 * per booth for one AC and booth election, and per PC for one election (the backtest).
 */
import type { Db } from '$lib/db/db.ts';
import type { Baseline } from '$lib/model/projection.ts';
import type { ElectionId } from '$lib/model/types.ts';
import { queries, run } from '$lib/sql/index.ts';
import type { ByElection } from '$lib/model/contest/baseline.ts';
import { boothVotesFromRows, type BoothBaselines } from '$lib/model/contest/booth-votes.ts';
import { seatTotals, type SeatTotals } from '$lib/model/trend.ts';

interface VoteRow {
	party: string;
	votes: number;
	valid_votes: number;
	electors: number | null;
}

/** Groups rows by a key into baselines. */
function baselines<K>(rows: (VoteRow & { key: K })[]): Map<K, Baseline> {
	const out = new Map<K, Baseline>();
	for (const r of rows) {
		let b = out.get(r.key);
		if (!b) out.set(r.key, (b = { votes: {}, valid: r.valid_votes, electors: r.electors }));
		b.votes[r.party] = (b.votes[r.party] ?? 0) + r.votes;
	}
	return out;
}

export async function loadSeatBaselines(db: Db, pc: number): Promise<Map<number, ByElection>> {
	const rows = await run<VoteRow & { election_id: ElectionId; ac_no: number }, 'pc_no'>(
		db,
		queries.seatPartyVotes,
		{ pc_no: pc }
	);
	const out = new Map<number, ByElection>();
	for (const [key, b] of baselines(
		rows.map((r) => ({ ...r, key: `${r.ac_no}|${r.election_id}` }))
	)) {
		const [ac, election] = key.split('|');
		const m: ByElection = out.get(Number(ac)) ?? new Map<ElectionId, Baseline>();
		m.set(election as ElectionId, b);
		out.set(Number(ac), m);
	}
	return out;
}

export async function loadBoothBaselines(
	db: Db,
	election: ElectionId,
	ac: number
): Promise<BoothBaselines> {
	await db.ensureAc(ac);
	const rows = await run<VoteRow & { part_no: number }, 'election_id' | 'ac_no'>(
		db,
		queries.acBoothVotes,
		{ election_id: election, ac_no: ac }
	);
	return boothVotesFromRows(election, rows);
}

export async function loadPcBaselines(
	db: Db,
	election: ElectionId
): Promise<Map<number, Baseline>> {
	const rows = await run<VoteRow & { pc_no: number }, 'election_id'>(db, queries.pcPartyVotes, {
		election_id: election
	});
	return baselines(rows.map((r) => ({ ...r, key: r.pc_no })));
}

/** One seat's votes by party in every election as its trend chart reads them (model/trend.ts). */
export async function loadSeatTotals(db: Db, pc: number): Promise<SeatTotals> {
	return seatTotals(
		await run<
			{ election_id: ElectionId; party: string; votes: number; valid_votes: number },
			'pc_no'
		>(db, queries.seatPartyTotals, { pc_no: pc })
	);
}

/** One AC's votes by party in every election (LS: its segment's count), for its trend chart. */
export async function loadAcTotals(db: Db, ac: number): Promise<SeatTotals> {
	return seatTotals(
		await run<
			{ election_id: ElectionId; party: string; votes: number; valid_votes: number },
			'ac_no'
		>(db, queries.acPartyTotals, { ac_no: ac })
	);
}
