/**
 * Builds the canonical contests and results tables (src/lib/model/types.ts) from the raw sources,
 * checking them against each other as it goes. Which source is used where:
 *
 *   AE2012/2017/2022, level AC   ElectionLens AC files (TCPD-derived)
 *   LS2009/2014/2019, level PC   TCPD Lok Dhaba (votes include postal ballots)
 *   LS2024, level PC             ECI results scrape (EVM + postal), electors from ElectionLens
 *   all LS, level SEG            ElectionLens acWiseVotes (EVM votes by assembly segment)
 *
 * LS2009–2019 PC rows get evm_votes = the candidate's ElectionLens segment sum and postal_votes =
 * TCPD total − that sum (postal_source 'derived'), after checking per candidate and PC that the
 * difference is a plausible postal vote (reconcileTcpd).
 */
import { matchName, nameKey, editDistance } from '../../src/lib/model/names.ts';
import type { ContestRow, ElectionId, ResultRow } from '../../src/lib/model/types.ts';
import {
	KNOWN_SEGMENT_DISCREPANCIES_2024,
	KNOWN_TCPD_SEGMENT_DISCREPANCIES
} from './known-discrepancies.ts';
import { Report } from './report.ts';
import {
	type DelimitationRow,
	type ElCandidate,
	type ElRecord,
	type TcpdRow,
	readDelimitation,
	readEci2024,
	readElectionLens,
	readInfoDesignLab2017,
	readSusewind2012,
	readTcpd
} from './sources.ts';

export interface ResultTables {
	contests: ContestRow[];
	results: ResultRow[];
	/** party code → full name, from the ECI 2024 file */
	partyNames: Map<string, string>;
}

const pct = (num: number, den: number) => Math.round((num / den) * 10000) / 100;
const acId = (n: number) => `AC ${n}`;
const pcId = (n: number) => `PC ${n}`;

/** Kshetra's code for the Vikassheel Insaan Party, ElectionLens's "VIP" of AE2022 only. */
export const AE2022_VIP = 'VSIP';
/** One code, one party: AE2022's VIP is not the VIP of other elections (see the repair). */
const partyCode = (year: number, code: string) =>
	year === 2022 && code === 'VIP' ? AE2022_VIP : code;

export function buildResults(report: Report): ResultTables {
	const delim = readDelimitation();
	const acToPc = new Map(delim.map((d) => [d.ac_no, d.pc_no]));
	const contests: ContestRow[] = [];
	const results: ResultRow[] = [];

	// --- Assembly elections -----------------------------------------------------------------
	for (const year of [2012, 2017, 2022] as const) {
		const election_id = `AE${year}` as ElectionId;
		const records = readElectionLens('ac', year);
		report.check(
			`${election_id}: one ElectionLens record per AC 1–403`,
			[records],
			() => election_id,
			(r) =>
				r.length === 403 && r.every((x, i) => x.constituencyNo === i + 1)
					? null
					: `expected ACs 1–403, got ${r.length} records`
		);
		for (const rec of records) {
			const ac_no = rec.constituencyNo;
			const pc_no = acToPc.get(ac_no)!;
			const sum = rec.candidates.reduce((s, c) => s + c.votes, 0);
			const valid = rec.validVotes;
			const rows: ResultRow[] = rec.candidates.map((c) => ({
				election_id,
				level: 'AC',
				pc_no,
				ac_no,
				candidate: c.name,
				party: partyCode(year, c.party),
				votes: c.votes,
				evm_votes: null,
				postal_votes: null,
				postal_source: null
			}));
			if (sum !== valid) {
				// ElectionLens dropped the NOTA rows of 2022 but kept NOTA in validVotes.
				const nota = valid - sum;
				if (nota < 0 || rec.candidates.some((c) => c.party === 'NOTA'))
					throw new Error(
						`${election_id} ${acId(ac_no)}: candidate votes ${sum} exceed validVotes ${valid}`
					);
				rows.push({ ...rows[0], candidate: 'None of the Above', party: 'NOTA', votes: nota });
			}
			results.push(...rows);
			contests.push({
				election_id,
				level: 'AC',
				pc_no,
				ac_no,
				electors: rec.electors,
				valid_votes: valid,
				postal_votes: null,
				postal_source: null,
				turnout_pct: pct(valid, rec.electors),
				source: `electionlens_ac_${year}`
			});
		}
		if (year === 2022) {
			const vip = results.filter((r) => r.election_id === election_id && r.party === AE2022_VIP);
			report.repair(
				`AE2022: ElectionLens's code VIP is the Vikassheel Insaan Party (विकासशील इंसान पार्टी) there, but the Vanchitsamaj Insaaf Party in AE2017 and LS2024; its ${vip.length} AE2022 candidates (${vip.reduce((t, r) => t + r.votes, 0)} votes) carry the code ${AE2022_VIP}, so that one code names one party.`
			);
		}
		if (year === 2022)
			report.repair(
				'AE2022: ElectionLens drops NOTA rows but counts NOTA in validVotes; a NOTA row was added per AC with votes = validVotes − Σ candidate votes (403 ACs).'
			);
	}
	report.check(
		'AE turnout: valid votes / electors agrees with the source turnout within 0.01 points',
		contests.filter((c) => c.level === 'AC'),
		(c) => `${c.election_id} ${acId(c.ac_no!)}`,
		(c) => {
			const src = readElectionLensCached('ac', Number(c.election_id.slice(2))).get(
				c.ac_no!
			)!.turnout;
			return Math.abs(src - c.turnout_pct!) <= 0.011
				? null
				: `source turnout ${src}, computed ${c.turnout_pct}`;
		}
	);
	crossCheckAssemblyWinners(report, results);

	// --- Lok Sabha, PC level --------------------------------------------------------------------
	const tcpd = readTcpd();
	const tcpdRows = new Map<TcpdRow, ResultRow>();
	for (const year of [2009, 2014, 2019] as const) {
		const election_id = `LS${year}` as ElectionId;
		const rows = tcpd.filter((r) => r.year === year);
		const pcs = [...new Set(rows.map((r) => r.pc_no))].sort((a, b) => a - b);
		report.check(
			`${election_id}: TCPD has every PC 1–80`,
			[pcs],
			() => election_id,
			(p) => (p.length === 80 && p[79] === 80 ? null : `found ${p.length} PCs`)
		);
		for (const pc_no of pcs) {
			const cands = rows.filter((r) => r.pc_no === pc_no);
			const sum = cands.reduce((s, c) => s + c.votes, 0);
			const { valid_votes, electors } = cands[0];
			if (sum !== valid_votes)
				throw new Error(
					`${election_id} ${pcId(pc_no)}: TCPD candidate votes sum to ${sum}, Valid_Votes is ${valid_votes}`
				);
			for (const c of cands) {
				// evm_votes and postal_votes are derived in reconcileTcpd, once the segments are read.
				const row: ResultRow = {
					election_id,
					level: 'PC',
					pc_no,
					ac_no: null,
					candidate: c.candidate,
					party: c.party,
					votes: c.votes,
					evm_votes: null,
					postal_votes: null,
					postal_source: null
				};
				results.push(row);
				tcpdRows.set(c, row);
			}
			contests.push({
				election_id,
				level: 'PC',
				pc_no,
				ac_no: null,
				electors,
				valid_votes,
				postal_votes: null,
				postal_source: null,
				turnout_pct: pct(valid_votes, electors),
				source: 'tcpd_ge'
			});
		}
	}

	// --- Lok Sabha, segment level (and the 2024 PC level) -------------------------------------
	const partyNames = new Map<string, string>();
	for (const year of [2009, 2014, 2019, 2024] as const) {
		const election_id = `LS${year}` as ElectionId;
		const records = readElectionLens('pc', year);
		report.check(
			`${election_id}: one ElectionLens record per PC 1–80`,
			[records],
			() => election_id,
			(r) =>
				r.length === 80 && r.every((x, i) => x.constituencyNo === i + 1)
					? null
					: `got ${r.length} records`
		);
		const candidates = records.flatMap((rec) =>
			addSegments(election_id, rec, delim, tcpd, contests, results, report).map((c) => ({ rec, c }))
		);
		const segKey = (pc_no: number, candidate: string, party: string) =>
			JSON.stringify([pc_no, candidate, party]);
		const segSum = new Map<string, number>();
		for (const r of results)
			if (r.election_id === election_id && r.level === 'SEG') {
				const k = segKey(r.pc_no, r.candidate, r.party);
				segSum.set(k, (segSum.get(k) ?? 0) + r.votes);
			}
		report.check(
			`${election_id}: each candidate's segment votes sum to their PC EVM votes in the same ElectionLens record`,
			candidates,
			({ rec, c }) => `${pcId(rec.constituencyNo)} candidate ${c.name}`,
			({ rec, c }) => {
				const s = segSum.get(segKey(rec.constituencyNo, c.name, c.party)) ?? 0;
				return s === c.votes ? null : `segments sum to ${s}, PC EVM votes ${c.votes}`;
			}
		);
		if (year === 2024) add2024(records, contests, results, partyNames, report);
		else reconcileTcpd(election_id, records, candidates, tcpdRows, contests, results, report);
		// The audit said LS2019 segments carry no NOTA; ElectionLens's LS2019 file does list NOTA
		// with its votes per segment (and LS2014's too), so the check is that every segment of
		// those years has its NOTA row. LS2024's segments have none, and its note says so (add2024).
		if (year === 2014 || year === 2019) {
			const segs = results.filter((r) => r.election_id === election_id && r.level === 'SEG');
			const withNota = new Set(segs.filter((r) => r.party === 'NOTA').map((r) => r.ac_no));
			report.check(
				`${election_id}: every segment carries a NOTA row`,
				[...new Set(segs.map((r) => r.ac_no))],
				(ac) => `${election_id} ${acId(ac!)}`,
				(ac) => (withNota.has(ac) ? null : 'no NOTA row in the segment')
			);
		}
	}
	return { contests, results, partyNames };
}

const elCache = new Map<string, Map<number, ElRecord>>();
function readElectionLensCached(kind: 'ac' | 'pc', year: number): Map<number, ElRecord> {
	const key = `${kind}${year}`;
	if (!elCache.has(key))
		elCache.set(key, new Map(readElectionLens(kind, year).map((r) => [r.constituencyNo, r])));
	return elCache.get(key)!;
}

/** ElectionLens acWiseVotes → SEG rows, with segment names matched to the PC's AC numbers. */
function addSegments(
	election_id: ElectionId,
	rec: ElRecord,
	delim: DelimitationRow[],
	tcpd: TcpdRow[],
	contests: ContestRow[],
	results: ResultRow[],
	report: Report
): ElCandidate[] {
	const pc_no = rec.constituencyNo;
	const acs = delim.filter((d) => d.pc_no === pc_no);
	const units = acs.map((d) => ({
		no: d.ac_no,
		names: [d.ac_name, ...readNamesOf(d.ac_no)]
	}));
	const seen = new Map<string, { ac_no: number; votes: number }>();
	// Each spelling is matched once (a PC's candidates repeat the same few segment names).
	const matched = new Map<string, ReturnType<typeof matchName>>();
	const match = (acName: string) => {
		if (!matched.has(acName)) matched.set(acName, matchName(acName, units));
		return matched.get(acName)!;
	};
	const segRows: ResultRow[] = [];
	const candidates = repairCandidates(election_id, rec, tcpd, report);
	for (const c of candidates) {
		const byAc = new Map<number, number>();
		for (const seg of c.acWiseVotes ?? []) {
			const m = match(seg.acName);
			if (!m)
				throw new Error(
					`${election_id} ${pcId(pc_no)}: segment name "${seg.acName}" matches none of ACs ${acs.map((a) => a.ac_no).join(', ')}`
				);
			if (m.distance > 0 && !seen.has(seg.acName))
				report.note(
					`${election_id} ${pcId(pc_no)}: segment "${seg.acName}" matched to AC ${m.no} by spelling (edit distance ${m.distance}).`
				);
			seen.set(seg.acName, { ac_no: m.no, votes: seg.votes });
			const prev = byAc.get(m.no);
			if (prev !== undefined && prev !== seg.votes)
				throw new Error(
					`${election_id} ${pcId(pc_no)} candidate ${c.name}: AC ${m.no} listed twice with different votes (${prev}, ${seg.votes})`
				);
			byAc.set(m.no, seg.votes);
		}
		const missing = acs.filter((a) => !byAc.has(a.ac_no));
		if (missing.length)
			throw new Error(
				`${election_id} ${pcId(pc_no)} candidate ${c.name}: no segment votes for AC ${missing.map((a) => a.ac_no).join(', ')}`
			);
		for (const [ac_no, votes] of byAc)
			segRows.push({
				election_id,
				level: 'SEG',
				pc_no,
				ac_no,
				candidate: c.name,
				party: c.party,
				votes,
				evm_votes: votes,
				postal_votes: null,
				postal_source: null
			});
	}
	results.push(...segRows);
	for (const a of acs) {
		const valid = segRows.filter((r) => r.ac_no === a.ac_no).reduce((s, r) => s + r.votes, 0);
		// The source's own segment totals must match its candidate rows (before any repair).
		const srcValid = Object.values(rec.acWiseResults ?? {}).find(
			(x) => x.acNo === a.ac_no
		)?.validVotes;
		const rawValid = rec.candidates
			.flatMap((c) => c.acWiseVotes ?? [])
			.filter((seg) => match(seg.acName)?.no === a.ac_no)
			.reduce((t, seg) => t + seg.votes, 0);
		if (srcValid !== undefined && srcValid !== rawValid)
			throw new Error(
				`${election_id} ${acId(a.ac_no)}: segment votes sum to ${rawValid}, acWiseResults validVotes ${srcValid}`
			);
		contests.push({
			election_id,
			level: 'SEG',
			pc_no,
			ac_no: a.ac_no,
			electors: null,
			valid_votes: valid,
			postal_votes: null,
			postal_source: null,
			turnout_pct: null,
			source: `electionlens_pc_${election_id.slice(2)}`
		});
	}
	return candidates;
}

/**
 * Repairs two faults of the ElectionLens segment records, both found by comparing with TCPD:
 * - one candidate split into two records: a truncated name carrying the segments the full name
 *   lacks (LS2009 PC 4: "SALESH KUMAR ALIAS SADHAWI" 200 votes in Bijnor, "… SARLESH GIRI" 754 in
 *   the other four). Same party, one name extends the other, disjoint segments: merged.
 * - two namesake candidates merged into one record, every segment listed twice (LS2009 PC 14:
 *   KAMLESH of SP and KAMLESH, an independent with 3,068 votes). The larger set stays with the
 *   record's party; the smaller becomes the namesake, whose party comes from the TCPD row of the
 *   same name and PC with votes closest to (and not below) the smaller set's total.
 * Every repair is reported.
 */
function repairCandidates(
	election_id: ElectionId,
	rec: ElRecord,
	tcpd: TcpdRow[],
	report: Report
): ElCandidate[] {
	const pc_no = rec.constituencyNo;
	const out: (ElCandidate & { acWiseVotes: { acName: string; votes: number }[] })[] = [];
	for (const c of rec.candidates) {
		const segs = c.acWiseVotes ?? [];
		const keys = segs.map((s) => nameKey(s.acName));
		const distinct = new Set(keys);
		if (
			keys.length === 2 * distinct.size &&
			[...distinct].every((k) => keys.filter((x) => x === k).length === 2)
		) {
			const first = segs.filter((_, i) => keys.indexOf(keys[i]) === i);
			const second = segs.filter((_, i) => keys.indexOf(keys[i]) !== i);
			const sum = (xs: { votes: number }[]) => xs.reduce((t, x) => t + x.votes, 0);
			if (first.every((s, i) => s.votes === second[i].votes)) {
				// The same set twice: one namesake's segments were written over the other's.
				const lost = tcpd.filter(
					(t) =>
						t.year === Number(election_id.slice(2)) &&
						t.pc_no === pc_no &&
						nameKey(t.candidate) === nameKey(c.name) &&
						Math.abs(t.votes - sum(first)) > 1000
				);
				report.repair(
					`${election_id} ${pcId(pc_no)}: ElectionLens lists ${c.name}'s segments twice with the same votes (${sum(first)} each); kept once. ` +
						`Segment votes of the namesake(s) ${lost.map((t) => `${t.candidate} ${t.party} (TCPD ${t.votes})`).join(', ') || '(none in TCPD)'} are missing from the source, so this PC's segment totals leave them out.`
				);
				out.push({ ...c, votes: sum(first), acWiseVotes: first });
				continue;
			}
			const [main, other] = sum(first) >= sum(second) ? [first, second] : [second, first];
			const otherVotes = sum(other);
			const twin = tcpd
				.filter(
					(t) =>
						t.year === Number(election_id.slice(2)) &&
						t.pc_no === pc_no &&
						nameKey(t.candidate) === nameKey(c.name) &&
						t.party !== c.party &&
						t.votes >= otherVotes
				)
				.sort((a, b) => a.votes - b.votes)[0];
			if (!twin || twin.votes - otherVotes > 1000)
				throw new Error(
					`${election_id} ${pcId(pc_no)} candidate ${c.name}: every segment listed twice and no namesake with about ${otherVotes} votes in TCPD`
				);
			report.repair(
				`${election_id} ${pcId(pc_no)}: ElectionLens merged two candidates named ${c.name}; split into ${c.party} (${sum(main)} EVM votes) and ${twin.party} (${otherVotes}; TCPD ${twin.votes} with postal).`
			);
			out.push({ ...c, votes: sum(main), acWiseVotes: main });
			out.push({
				...c,
				party: twin.party,
				votes: otherVotes,
				acWiseVotes: other,
				position: twin.position
			});
		} else {
			out.push({ ...c, acWiseVotes: [...segs] });
		}
	}
	for (let i = 0; i < out.length; i++) {
		for (let j = 0; j < out.length; j++) {
			const [a, b] = [out[i], out[j]];
			if (i === j || !a || !b || a.party !== b.party) continue;
			if (!(nameKey(a.name).startsWith(nameKey(b.name)) && a.name.length > b.name.length)) continue;
			const segA = new Set(a.acWiseVotes.map((s) => nameKey(s.acName)));
			if (b.acWiseVotes.some((s) => segA.has(nameKey(s.acName)))) continue;
			report.repair(
				`${election_id} ${pcId(pc_no)}: merged ElectionLens records "${b.name}" (${b.votes}) into "${a.name}" (${a.votes}); their segments are disjoint.`
			);
			a.acWiseVotes.push(...b.acWiseVotes);
			a.votes += b.votes;
			out[j] = undefined as unknown as (typeof out)[number];
		}
	}
	return out.filter(Boolean);
}

function readNamesOf(ac_no: number): string[] {
	return [2012, 2017, 2022].flatMap((y) => {
		const r = readElectionLensCached('ac', y).get(ac_no)!;
		return [r.name, r.constituencyName];
	});
}

/** LS2024 PC rows from the ECI scrape, party codes from ElectionLens, electors from ElectionLens. */
function add2024(
	records: ElRecord[],
	contests: ContestRow[],
	results: ResultRow[],
	partyNames: Map<string, string>,
	report: Report
) {
	const eci = readEci2024();
	const election_id = 'LS2024';
	const discrepancies: string[] = [];
	for (const rec of records) {
		const pc_no = rec.constituencyNo;
		const rows = eci.filter((r) => r.pc_no === pc_no);
		const used = new Set<number>();
		const codeOf = new Map<number, string>();
		for (const c of rec.candidates) {
			const sameName = rows.filter(
				(r) => !used.has(r.line) && nameKey(r.candidate) === nameKey(c.name)
			);
			const match =
				(sameName.length === 1 ? sameName[0] : sameName.find((r) => r.evm_votes === c.votes)) ??
				onlyOne(rows.filter((r) => !used.has(r.line) && r.evm_votes === c.votes));
			if (!match)
				throw new Error(
					`LS2024 ${pcId(pc_no)}: ElectionLens candidate ${c.name} (${c.votes} votes) not found in the ECI file`
				);
			if (nameKey(match.candidate) !== nameKey(c.name))
				report.note(
					`LS2024 ${pcId(pc_no)}: ElectionLens "${c.name}" matched to ECI "${match.candidate}" by EVM votes (${c.votes}).`
				);
			used.add(match.line);
			codeOf.set(match.line, c.party);
			const segSum = c.votes; // checked above to equal the segment sum
			if (match.evm_votes !== segSum) {
				const known = KNOWN_SEGMENT_DISCREPANCIES_2024.find(
					(k) =>
						k.pc_no === pc_no &&
						k.candidate === match.candidate &&
						k.eci_evm === match.evm_votes &&
						k.segments === segSum
				);
				if (!known)
					throw new Error(
						`LS2024 ${pcId(pc_no)} candidate ${match.candidate}: segment votes sum to ${segSum} but ECI EVM votes are ${match.evm_votes} (add to known-discrepancies.ts only after checking the ECI page)`
					);
				discrepancies.push(
					`${pcId(pc_no)} ${match.candidate}: ECI EVM ${match.evm_votes}, segments ${segSum}`
				);
			}
		}
		// The PC as a whole: Σ segment votes against Σ ECI EVM votes of the candidates (segments
		// carry no NOTA). Per-candidate differences can cancel or add up; the PC total is checked
		// on its own so that a net gap (PC 51 Pratapgarh: 7 votes) is named, not only its parts.
		const segTotal = rec.candidates.reduce((t, c) => t + c.votes, 0);
		const eciTotal = rows
			.filter((r) => r.party_name !== 'None of the Above')
			.reduce((t, r) => t + r.evm_votes, 0);
		const knownNet = KNOWN_SEGMENT_DISCREPANCIES_2024.filter((k) => k.pc_no === pc_no).reduce(
			(t, k) => t + k.segments - k.eci_evm,
			0
		);
		if (segTotal - eciTotal !== knownNet)
			throw new Error(
				`LS2024 ${pcId(pc_no)}: segment votes total ${segTotal}, ECI EVM votes of the candidates ${eciTotal} (${segTotal - eciTotal}); the known per-candidate differences account for ${knownNet}`
			);
		if (knownNet !== 0)
			discrepancies.push(
				`${pcId(pc_no)} as a whole: its segments add up to ${Math.abs(knownNet)} ${knownNet < 0 ? 'fewer' : 'more'} votes than ECI's EVM total of the candidates (${segTotal} against ${eciTotal}), the net of the candidate differences listed, all among minor candidates (ElectionLens's segment table, not ECI's PC result, is the one that differs; the ECI PC result is shown)`
			);
		const unmatched = rows.filter((r) => !used.has(r.line) && r.party_name !== 'None of the Above');
		if (unmatched.length)
			throw new Error(
				`LS2024 ${pcId(pc_no)}: ECI candidates ${unmatched.map((r) => r.candidate).join(', ')} have no ElectionLens match`
			);
		for (const r of rows) {
			let party = r.party_name === 'None of the Above' ? 'NOTA' : codeOf.get(r.line)!;
			if (party === 'IND' && r.party_name !== 'Independent') {
				const other = [...codeOf.entries()].find(
					([line, code]) =>
						code !== 'IND' && eci.find((e) => e.line === line)?.party_name === r.party_name
				);
				const fixed =
					other?.[1] ?? [...partyNames.entries()].find(([, n]) => n === r.party_name)?.[0];
				if (fixed) {
					report.repair(
						`LS2024 ${pcId(pc_no)} ${r.candidate}: ElectionLens says IND, ECI says ${r.party_name}; used ${fixed}.`
					);
					party = fixed;
				}
			}
			if (party !== 'IND' && party !== 'NOTA' && !partyNames.has(party))
				partyNames.set(party, r.party_name);
			results.push({
				election_id,
				level: 'PC',
				pc_no,
				ac_no: null,
				candidate: r.candidate,
				party,
				votes: r.votes,
				evm_votes: r.evm_votes,
				postal_votes: r.postal_votes,
				postal_source: 'reported'
			});
		}
		const valid = rows.reduce((s, r) => s + r.votes, 0);
		contests.push({
			election_id,
			level: 'PC',
			pc_no,
			ac_no: null,
			electors: rec.electors,
			valid_votes: valid,
			postal_votes: rows.reduce((s, r) => s + r.postal_votes, 0),
			postal_source: 'reported',
			turnout_pct: pct(valid, rec.electors),
			source: 'eci_2024+electionlens_pc_2024'
		});
	}
	report.check(
		'LS2024: every ECI row has a whole total = EVM + postal',
		eci,
		(r) => `ECI 2024 row ${r.line}`,
		(r) =>
			r.evm_votes + r.postal_votes === r.votes
				? null
				: `${r.evm_votes} + ${r.postal_votes} ≠ ${r.votes}`
	);
	report.checks.push({
		check:
			"LS2024: per PC, the segment votes add up to ECI's EVM votes of the candidates, or differ by exactly the net of the known per-candidate differences",
		units: records.length
	});
	for (const d of discrepancies)
		report.note(`LS2024 known source discrepancy (segment totals kept as published): ${d}.`);
	report.note(
		'LS2024: ElectionLens segment rows have no NOTA; segment valid votes are the sum of the candidates.'
	);
}

function onlyOne<T>(xs: T[]): T | undefined {
	return xs.length === 1 ? xs[0] : undefined;
}

/**
 * The most postal ballots a candidate with `votes` votes (postal included) can plausibly have had
 * in a UP Lok Sabha election: max(500, 3% of the votes). From the LS2024 ECI file, where EVM and
 * postal votes are both given for all 931 rows: the most postal ballots of any candidate was 3,518
 * (0.67% of 5,27,005, Basti), the highest share among candidates with ≥ 1 lakh votes 0.70%, the
 * most of any candidate with under 20,000 votes 189, and no row reached 0.38 of this bound; 2024
 * had more postal voting than 2009–2019 (home voting for electors over 85 and the disabled).
 */
export function postalBound(votes: number): number {
	return Math.max(500, Math.ceil(0.03 * votes));
}

/** A TCPD candidate row and the ElectionLens record (after repairs) of the same candidate. */
export interface TcpdPair {
	t: TcpdRow;
	/** null when ElectionLens has no record of this candidate (no segment votes) */
	e: ElCandidate | null;
	/** how they were paired: same name and party, or by spelling (a name one source shortened) */
	by: 'name' | 'spelling';
}

const isNota = (party: string) => party === 'NOTA';

/**
 * Pairs one PC's TCPD rows with its ElectionLens candidates, one to one. First the same name
 * (nameKey) and party code; of namesakes of one party, each ElectionLens candidate takes the TCPD
 * row whose total is closest to (and not below) its EVM votes. Then, among what is left, names that one source shortened or
 * spaced differently ("MANOJ KUMAR S/O RAM NARESH SINGH" / "O RAM NARESH SINGH", "DR.MAHESH  SHARMA"
 * / "DR.MAHESH SHARMA") when exactly one candidate fits. NOTA pairs with NOTA.
 * Returns the pairs and the ElectionLens candidates left over.
 */
export function pairTcpd(
	tRows: TcpdRow[],
	eCands: ElCandidate[]
): { pairs: TcpdPair[]; unpaired: ElCandidate[] } {
	const pairs: TcpdPair[] = [];
	// Each ElectionLens candidate (EVM votes) takes the same-named TCPD row whose total is closest
	// to and not below its votes, so that of namesakes each gets its own.
	const byT = new Map<TcpdRow, ElCandidate>();
	const free = new Set<ElCandidate>();
	for (const e of [...eCands].sort((a, b) => b.votes - a.votes)) {
		const same = tRows.filter(
			(t) =>
				!byT.has(t) &&
				(isNota(t.party)
					? isNota(e.party)
					: nameKey(e.name) === nameKey(t.candidate) && nameKey(e.party) === nameKey(t.party))
		);
		const t = same.sort((a, b) => {
			const [da, db] = [a.votes - e.votes, b.votes - e.votes];
			return Number(da < 0) - Number(db < 0) || Math.abs(da) - Math.abs(db);
		})[0];
		if (t) byT.set(t, e);
		else free.add(e);
	}
	const pending: TcpdRow[] = [];
	for (const t of tRows) {
		const e = byT.get(t);
		if (e) pairs.push({ t, e, by: 'name' });
		else pending.push(t);
	}
	const similar = (a: string, b: string) => {
		const [x, y] = [nameKey(a), nameKey(b)];
		const [short, long] = x.length <= y.length ? [x, y] : [y, x];
		return (
			(short.length >= 5 && (long.startsWith(short) || long.endsWith(short))) ||
			editDistance(x, y) <= Math.max(2, Math.floor(long.length / 8))
		);
	};
	for (const t of pending) {
		const fits = [...free].filter((e) => !isNota(e.party) && similar(e.name, t.candidate));
		const e = fits.length === 1 ? fits[0] : null;
		if (e) free.delete(e);
		pairs.push({ t, e, by: 'spelling' });
	}
	// In TCPD's order.
	pairs.sort((a, b) => tRows.indexOf(a.t) - tRows.indexOf(b.t));
	return { pairs, unpaired: [...free] };
}

/**
 * TCPD (with postal) and ElectionLens (EVM votes by segment) describe the same PC results. They
 * must agree on the winner; every candidate's TCPD total may exceed their segment sum only by
 * postal ballots (0 ≤ difference ≤ postalBound), and so may each PC's valid votes. Where they do,
 * the difference is the candidate's (and PC's) postal vote, stored as derived. The source faults
 * reviewed by hand are in known-discrepancies.ts; those candidates and PCs get no derived value.
 */
function reconcileTcpd(
	election_id: ElectionId,
	records: ElRecord[],
	candidates: { rec: ElRecord; c: ElCandidate }[],
	tcpdRows: Map<TcpdRow, ResultRow>,
	contests: ContestRow[],
	results: ResultRow[],
	report: Report
) {
	report.check(
		`${election_id}: PC winner agrees between TCPD and ElectionLens`,
		records,
		(rec) => pcId(rec.constituencyNo),
		(rec) => {
			const t = results
				.filter(
					(r) => r.election_id === election_id && r.level === 'PC' && r.pc_no === rec.constituencyNo
				)
				.sort((a, b) => b.votes - a.votes)[0];
			const e = candidates
				.filter((x) => x.rec === rec)
				.map((x) => x.c)
				.sort((a, b) => b.votes - a.votes)[0];
			return t.party === e.party
				? null
				: `TCPD winner ${t.candidate} (${t.party}), ElectionLens ${e.name} (${e.party})`;
		}
	);

	const known = KNOWN_TCPD_SEGMENT_DISCREPANCIES.filter((k) => k.election_id === election_id);
	const used = new Set<(typeof known)[number]>();
	const accept = (pc_no: number, candidate: string | null, tcpd: number, segments: number) => {
		const k = known.find(
			(k) =>
				k.pc_no === pc_no && k.candidate === candidate && k.tcpd === tcpd && k.segments === segments
		);
		if (k) used.add(k);
		return k;
	};
	const faulty = new Set<number>(); // PCs with an accepted discrepancy: no derived PC postal
	const tcpdOf = [...tcpdRows.keys()].filter((t) => `LS${t.year}` === election_id);
	const allPairs: (TcpdPair & { pc_no: number })[] = [];
	const excepted = new Set<(typeof allPairs)[number]>();
	for (const rec of records) {
		const pc_no = rec.constituencyNo;
		const { pairs, unpaired } = pairTcpd(
			tcpdOf.filter((t) => t.pc_no === pc_no),
			candidates.filter((x) => x.rec === rec).map((x) => x.c)
		);
		if (unpaired.length)
			throw new Error(
				`${election_id} ${pcId(pc_no)}: ElectionLens candidate(s) ${unpaired.map((e) => `${e.name} (${e.party}, ${e.votes} EVM votes)`).join(', ')} have no TCPD row`
			);
		for (const p of pairs) {
			allPairs.push({ ...p, pc_no });
			if (p.e && p.by === 'spelling')
				report.note(
					`${election_id} ${pcId(pc_no)}: TCPD "${p.t.candidate}" (${p.t.party}) paired with ElectionLens "${p.e.name}" (${p.e.party}) by spelling.`
				);
		}
	}
	report.check(
		`${election_id}: every candidate's TCPD total (with postal) minus their ElectionLens segment (EVM) votes is between 0 and max(500, 3% of the votes)`,
		allPairs,
		(p) => `${election_id} ${pcId(p.pc_no)} candidate ${p.t.candidate} (${p.t.party})`,
		(p) => {
			const seg = p.e?.votes ?? 0;
			const postal = p.t.votes - seg;
			if (postal >= 0 && postal <= postalBound(p.t.votes)) return null;
			if (accept(p.pc_no, p.t.candidate, p.t.votes, seg)) {
				excepted.add(p);
				return null;
			}
			return `TCPD total ${p.t.votes}, ElectionLens segments sum to ${seg}${p.e ? '' : ' (no ElectionLens record)'}: implied postal ${postal}, outside 0…${postalBound(p.t.votes)} (add to known-discrepancies.ts only after checking both sources)`;
		}
	);
	for (const p of allPairs) {
		const seg = p.e?.votes ?? 0;
		if (excepted.has(p)) {
			faulty.add(p.pc_no);
			continue;
		}
		const row = tcpdRows.get(p.t)!;
		row.evm_votes = seg;
		row.postal_votes = p.t.votes - seg;
		row.postal_source = 'derived';
	}

	const pcContests = contests.filter((c) => c.election_id === election_id && c.level === 'PC');
	const segValid = (pc_no: number) =>
		contests
			.filter((c) => c.election_id === election_id && c.level === 'SEG' && c.pc_no === pc_no)
			.reduce((s, c) => s + c.valid_votes, 0);
	report.check(
		`${election_id}: every PC's TCPD valid votes minus its ElectionLens segment valid votes is between 0 and max(500, 3% of the valid votes)`,
		pcContests,
		(c) => `${election_id} ${pcId(c.pc_no)}`,
		(c) => {
			const seg = segValid(c.pc_no);
			const postal = c.valid_votes - seg;
			if (postal >= 0 && postal <= postalBound(c.valid_votes)) return null;
			if (accept(c.pc_no, null, c.valid_votes, seg)) {
				faulty.add(c.pc_no);
				return null;
			}
			return `TCPD valid votes ${c.valid_votes}, ElectionLens segment valid votes ${seg}: implied postal ${postal}, outside 0…${postalBound(c.valid_votes)} (add to known-discrepancies.ts only after checking both sources)`;
		}
	);
	const stale = known.filter((k) => !used.has(k));
	if (stale.length)
		throw new Error(
			`known-discrepancies.ts: ${stale.map((k) => `${election_id} ${pcId(k.pc_no)} ${k.candidate ?? 'valid votes'} (TCPD ${k.tcpd}, segments ${k.segments})`).join('; ')} no longer occur(s) in the sources; remove the entry`
		);
	for (const c of pcContests) {
		if (faulty.has(c.pc_no)) continue;
		c.postal_votes = c.valid_votes - segValid(c.pc_no);
		c.postal_source = 'derived';
	}
	// The PC's postal votes are the sum of its candidates' (every TCPD row was paired above).
	report.check(
		`${election_id}: each PC's derived postal votes equal the sum of its candidates' derived postal votes`,
		pcContests.filter((c) => c.postal_votes !== null),
		(c) => `${election_id} ${pcId(c.pc_no)}`,
		(c) => {
			const sum = results
				.filter((r) => r.election_id === election_id && r.level === 'PC' && r.pc_no === c.pc_no)
				.reduce((s, r) => s + (r.postal_votes ?? 0), 0);
			return sum === c.postal_votes ? null : `PC ${c.postal_votes}, candidates ${sum}`;
		}
	);
	for (const k of known.filter((k) => used.has(k)))
		report.note(
			`${election_id} ${pcId(k.pc_no)} known source discrepancy (TCPD vs ElectionLens segments), so no postal votes are derived for ${k.candidate ? `this candidate or the PC` : 'the PC'}: ${k.candidate ?? 'valid votes'}: TCPD ${k.tcpd}, segments ${k.segments}. ${k.reason}`
		);
	const derived = pcContests.filter((c) => c.postal_votes !== null);
	const rows = results.filter(
		(r) => r.election_id === election_id && r.postal_source === 'derived'
	);
	report.note(
		`${election_id}: postal votes derived as TCPD total − ElectionLens segment sum for ${rows.length} of ${allPairs.length} candidates and ${derived.length} of ${pcContests.length} PCs (${derived.reduce((s, c) => s + c.postal_votes!, 0)} postal votes in all; most for one candidate ${Math.max(...rows.map((r) => r.postal_votes!))}).`
	);
}

const IDL_PARTY_CODES: Record<string, string> = {
	'Bharatiya Janata Party': 'BJP',
	'Samajwadi Party': 'SP',
	'Bahujan Samaj Party': 'BSP',
	'Indian National Congress': 'INC',
	'Rashtriya Lok Dal': 'RLD',
	'Apna Dal (Soneylal)': 'ADAL',
	'Suheldev Bharatiya Samaj Party': 'SBSP',
	'Suheldev Bhartiya Samaj Party': 'SBSP',
	'Nirbal Indian Shoshit Hamara Aam Dal': 'NINSHAD',
	Independent: 'IND'
};

/** Winners of AE2012 (vs Susewind's ECI-derived file) and AE2017 (vs the info-design-lab scrape). */
function crossCheckAssemblyWinners(report: Report, results: ResultRow[]) {
	const winnerOf = (election_id: ElectionId, ac_no: number) =>
		results
			.filter((r) => r.election_id === election_id && r.ac_no === ac_no)
			.reduce((a, b) => (b.votes > a.votes ? b : a));
	const similar = (a: string, b: string) => {
		const [x, y] = [nameKey(a), nameKey(b)];
		return editDistance(x, y) <= Math.max(3, Math.floor(Math.max(x.length, y.length) / 4));
	};

	const s2012 = readSusewind2012().filter((r) => r.position === 1);
	report.check(
		'AE2012: AC winner agrees between ElectionLens and Susewind (ECI statistical report)',
		s2012,
		(r) => acId(r.ac_no),
		(r) => {
			const w = winnerOf('AE2012', r.ac_no);
			if (w.party !== r.party || w.votes !== r.votes)
				return `ElectionLens ${w.candidate} (${w.party}, ${w.votes}), Susewind ${r.candidate} (${r.party}, ${r.votes})`;
			return null;
		}
	);
	const idl = readInfoDesignLab2017();
	report.check(
		'AE2017: AC winner agrees between ElectionLens and the info-design-lab ECI scrape',
		idl,
		(r) => acId(r.ac_no),
		(r) => {
			const top = r.candidates.reduce((a, b) => (b.votes > a.votes ? b : a));
			const w = winnerOf('AE2017', r.ac_no);
			const code = IDL_PARTY_CODES[top.party_name];
			if (code !== w.party || !similar(top.candidate, w.candidate))
				return `ElectionLens ${w.candidate} (${w.party}), scrape ${top.candidate} (${top.party_name})`;
			return null;
		}
	);
	const votesDiffer = idl.filter(
		(r) =>
			r.candidates.reduce((a, b) => (b.votes > a.votes ? b : a)).votes !==
			winnerOf('AE2017', r.ac_no).votes
	);
	if (votesDiffer.length)
		report.note(
			`AE2017: winner's votes differ between ElectionLens (final) and the info-design-lab scrape (taken on counting day) in ${votesDiffer.length} ACs; ElectionLens is used.`
		);
}
