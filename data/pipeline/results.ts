/**
 * Builds the canonical contests and results tables (src/lib/model/types.ts) from the raw sources,
 * checking them against each other as it goes. Which source is used where:
 *
 *   AE2012/2017/2022, level AC   ElectionLens AC files (TCPD-derived)
 *   LS2009/2014/2019, level PC   TCPD Lok Dhaba (votes include postal ballots)
 *   LS2024, level PC             ECI results scrape (EVM + postal), electors from ElectionLens
 *   all LS, level SEG            ElectionLens acWiseVotes (EVM votes by assembly segment)
 */
import { matchName, nameKey, editDistance } from '../../src/lib/model/names.ts';
import type { ContestRow, ElectionId, ResultRow } from '../../src/lib/model/types.ts';
import { KNOWN_SEGMENT_DISCREPANCIES_2024 } from './known-discrepancies.ts';
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
				party: c.party,
				votes: c.votes,
				evm_votes: null,
				postal_votes: null
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
				turnout_pct: pct(valid, rec.electors),
				source: `electionlens_ac_${year}`
			});
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
			for (const c of cands)
				results.push({
					election_id,
					level: 'PC',
					pc_no,
					ac_no: null,
					candidate: c.candidate,
					party: c.party,
					votes: c.votes,
					evm_votes: null,
					postal_votes: null
				});
			contests.push({
				election_id,
				level: 'PC',
				pc_no,
				ac_no: null,
				electors,
				valid_votes,
				postal_votes: null,
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
		report.check(
			`${election_id}: each candidate's segment votes sum to their PC EVM votes (ElectionLens)`,
			candidates,
			({ rec, c }) => `${pcId(rec.constituencyNo)} candidate ${c.name}`,
			({ rec, c }) => {
				const seg = results.filter(
					(r) =>
						r.election_id === election_id &&
						r.level === 'SEG' &&
						r.pc_no === rec.constituencyNo &&
						r.candidate === c.name &&
						r.party === c.party
				);
				const s = seg.reduce((t, r) => t + r.votes, 0);
				return s === c.votes ? null : `segments sum to ${s}, PC EVM votes ${c.votes}`;
			}
		);
		if (year === 2024) add2024(records, contests, results, partyNames, report);
		else reconcileTcpd(election_id, records, candidates, results, report);
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
	const segRows: ResultRow[] = [];
	const candidates = repairCandidates(election_id, rec, tcpd, report);
	for (const c of candidates) {
		const byAc = new Map<number, number>();
		for (const seg of c.acWiseVotes ?? []) {
			const m = matchName(seg.acName, units);
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
				postal_votes: null
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
			.filter((seg) => matchName(seg.acName, units)?.no === a.ac_no)
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
				postal_votes: r.postal_votes
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
 * TCPD (with postal) and ElectionLens (EVM only) describe the same PC results; they must agree on
 * the winner, and TCPD's winner total may exceed ElectionLens's only by postal ballots.
 */
function reconcileTcpd(
	election_id: ElectionId,
	records: ElRecord[],
	candidates: { rec: ElRecord; c: ElCandidate }[],
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
			if (t.party !== e.party)
				return `TCPD winner ${t.candidate} (${t.party}), ElectionLens ${e.name} (${e.party})`;
			const postal = t.votes - e.votes;
			// Postal ballots were at most a few thousand per PC in 2009–2019.
			if (postal < 0 || postal > 20000)
				return `TCPD winner votes ${t.votes} vs EVM ${e.votes}: implied postal ${postal}`;
			return null;
		}
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
