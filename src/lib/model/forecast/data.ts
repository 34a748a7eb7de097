/**
 * The forecast's view of the past: every election's votes by party per AC (assembly results, or
 * Lok Sabha results by assembly segment) and per contest (the AC itself, or the Lok Sabha seat as
 * declared), from the rows of src/lib/sql/forecast_votes.sql, with the alliances and the ACs' seats
 * and districts. Pure: the caller runs the queries (Node's DuckDB or the browser's).
 *
 *   historyFromRows(voteRows, allianceRows, acRows) → { order: ['LS2009', …], elections: Map, … }
 */
import type { AllianceOf } from './baseline.ts';
import type { UnitVotes } from './types.ts';

export interface ElectionVotes {
	id: string;
	kind: 'AE' | 'LS';
	/** by AC number: assembly results, or Lok Sabha votes counted in the segment */
	units: Map<number, UnitVotes>;
	/** the contests as declared, by AC number (assembly) or by PC number (Lok Sabha) */
	contests: Map<number, UnitVotes>;
}

export interface AcInfo {
	ac_no: number;
	pc_no: number;
	district: string;
}

export interface History {
	/** elections oldest first */
	order: string[];
	elections: Map<string, ElectionVotes>;
	/** pre-poll alliances, parties under their same_as codes */
	alliances: AllianceOf[];
	/** every AC, by number */
	acs: AcInfo[];
}

export interface VoteRow {
	election_id: string;
	level: 'AC' | 'SEG' | 'PC';
	pc_no: number;
	ac_no: number;
	party: string;
	votes: number;
	/** the party's best candidate in the unit */
	top: number;
}

export function historyFromRows(
	votes: VoteRow[],
	alliances: { election_id: string; alliance: string; party: string }[],
	acs: AcInfo[],
	sameAs: Record<string, string>
): History {
	const elections = new Map<string, ElectionVotes>();
	const add = (m: Map<number, UnitVotes>, key: number, r: VoteRow, withTop: boolean) => {
		let u = m.get(key);
		if (!u) m.set(key, (u = { votes: {}, total: 0, ...(withTop ? { top: {} } : {}) }));
		u.votes[r.party] = (u.votes[r.party] ?? 0) + r.votes;
		u.total += r.votes;
		if (u.top) u.top[r.party] = Math.max(u.top[r.party] ?? 0, r.top);
	};
	for (const r of votes) {
		let e = elections.get(r.election_id);
		if (!e) {
			const kind = r.election_id.startsWith('AE') ? 'AE' : 'LS';
			elections.set(
				r.election_id,
				(e = { id: r.election_id, kind, units: new Map(), contests: new Map() })
			);
		}
		if (r.level === 'AC') {
			add(e.units, r.ac_no, r, false);
			add(e.contests, r.ac_no, r, true);
		} else if (r.level === 'SEG') add(e.units, r.ac_no, r, false);
		else add(e.contests, r.pc_no, r, true);
	}
	const order = [...elections.keys()].sort(
		(a, b) => Number(a.slice(2)) - Number(b.slice(2)) || a.localeCompare(b)
	);
	const byAlliance = new Map<string, AllianceOf>();
	for (const a of alliances) {
		const key = `${a.election_id}|${a.alliance}`;
		const x = byAlliance.get(key) ?? { election: a.election_id, id: a.alliance, parties: [] };
		const code = sameAs[a.party] ?? a.party;
		if (!x.parties.includes(code)) x.parties.push(code);
		byAlliance.set(key, x);
	}
	return {
		order,
		elections,
		alliances: [...byAlliance.values()],
		acs: [...acs].sort((a, b) => a.ac_no - b.ac_no)
	};
}

/** State-wide party shares (0–1) of an election's units. */
export function partyShares(units: Iterable<UnitVotes>): Record<string, number> {
	const out: Record<string, number> = {};
	let total = 0;
	for (const u of units) {
		total += u.total;
		for (const [p, v] of Object.entries(u.votes)) out[p] = (out[p] ?? 0) + v;
	}
	for (const p of Object.keys(out)) out[p] /= total || 1;
	return out;
}
