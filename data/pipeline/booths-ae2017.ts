/**
 * AE2017 booths for all 403 ACs from Form 20 (form20-ae2017.ts), checked against the declared
 * results:
 *
 *  1. Three sources (threeWayCheck): ElectionLens's AE2017 candidate votes (the results table),
 *     info-design-lab's scrape of the ECI results page and the Form 20 sums. Where ElectionLens
 *     and the scrape differ, the Form 20 decides: the source it agrees with is used, and a
 *     changed result is reported as a repair. "Agrees" means booth votes + the file's postal row
 *     equal the votes, or, for a file without a postal row, booth votes ≤ votes ≤ booth votes +
 *     the postal bound; when both or neither source fit, ElectionLens is kept and it is reported.
 *  2. Reconciliation (reconcile): per AC and candidate, booth votes + postal = declared. Each AC is
 *     exact, close (differences total ≤ 1% of its votes) or differs; every AC that is not exact is
 *     in the reviewed baseline (booth-baseline-ae2017.json) with its differences and the reason,
 *     and the build fails naming the AC, the candidate column and the booths that changed when an
 *     AC's differences are not the reviewed ones.
 *
 * Booth points are estimated, as for LS2014 (booths.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { estimateBoothPoints, type Area } from '../../src/lib/model/booth-areas.ts';
import { editDistance, nameKey } from '../../src/lib/model/names.ts';
import type { ContestRow, ElectionId, ResultRow } from '../../src/lib/model/types.ts';
import { CLOSE_PCT, type BoothRow, type BoothResultRow, type CoverageRow } from './booths.ts';
import {
	type DeclaredCandidate,
	form20File,
	matchColumns,
	nameScript,
	numberStations,
	stationName
} from './form20-ae2017.ts';
import type { Form20Table } from './form20-table.ts';
import { Report } from './report.ts';
import { readInfoDesignLab2017 } from './sources.ts';

const election_id: ElectionId = 'AE2017';

/** An AC's candidate columns matched to the declared candidates, with their sums. */
export interface AcColumns {
	ac_no: number;
	table: Form20Table;
	/** one per table candidate column */
	columns: {
		/** the results row of this candidate (AE2017, level AC) */
		row: ResultRow;
		printed: string;
		booth_sum: number;
		/** the file's postal row, null where the file has none */
		postal: number | null;
		by: 'name' | 'votes' | 'nota';
	}[];
	/** declared candidates with no column in the file (NOTA where the file has no NOTA column) */
	missing: ResultRow[];
}

const IDL_NOTA = 'None of the Above';

/** The most postal ballots a candidate with `votes` declared votes plausibly had in AE2017. */
export function postalBound2017(votes: number): number {
	return Math.max(25, Math.ceil(0.02 * votes));
}

const sumColumn = (t: Form20Table, k: number) =>
	t.stations.reduce((s, b) => {
		const v = b.votes[k];
		return s + (v === null || Number.isNaN(v) ? 0 : v);
	}, 0);

/**
 * Matches every AC's columns, and settles where ElectionLens and info-design-lab disagree by the
 * Form 20 (step 1 above), changing `results` and the AC's contest where the two that agree
 * differ from ElectionLens. Returns the matched columns per AC.
 */
export function threeWayCheck(
	tables: Map<number, Form20Table>,
	results: ResultRow[],
	contests: ContestRow[],
	report: Report
): { acColumns: Map<number, AcColumns>; orders: OrderFindings } {
	const idl = new Map(readInfoDesignLab2017().map((r) => [r.ac_no, r.candidates]));
	const out = new Map<number, AcColumns>();
	const orders: OrderFindings = {};
	const findings: string[] = [];
	let agree = 0;
	const unmatchedErrors: string[] = [];
	for (const [ac_no, table] of [...tables].sort((a, b) => a[0] - b[0])) {
		const rows = results.filter(
			(r) => r.election_id === election_id && r.level === 'AC' && r.ac_no === ac_no
		);
		const scrape = idl.get(ac_no) ?? [];
		// ElectionLens and the scrape, candidate by candidate (same name, else a close spelling)
		const pairOf = new Map<ResultRow, (typeof scrape)[number] | null>();
		const left = new Set(scrape);
		for (const r of rows) {
			const same = [...left].find((s) =>
				r.party === 'NOTA'
					? s.party_name === IDL_NOTA
					: nameKey(s.candidate) === nameKey(r.candidate)
			);
			if (same) {
				pairOf.set(r, same);
				left.delete(same);
			}
		}
		for (const r of rows) {
			if (pairOf.has(r)) continue;
			const close = [...left].find(
				(s) =>
					s.party_name !== IDL_NOTA && editDistance(nameKey(s.candidate), nameKey(r.candidate)) <= 2
			);
			pairOf.set(r, close ?? null);
			if (close) left.delete(close);
		}
		const declared: DeclaredCandidate[] = rows.map((r) => {
			const s = pairOf.get(r);
			return {
				candidate: r.candidate,
				alt: s ? [s.candidate] : [],
				party: r.party,
				party_name: s?.party_name ?? '',
				votes: s && s.votes !== r.votes ? [r.votes, s.votes] : [r.votes],
				nota: r.party === 'NOTA'
			};
		});
		dropTotalRows(ac_no, table, report);
		const sums = table.candidates.map((_, k) => sumColumn(table, k));
		const match = matchColumns(table, declared, sums);
		const unmatched = settleUnmatched(ac_no, table, declared, sums, match, report);
		if (unmatched.length) {
			unmatchedErrors.push(
				`AE2017 AC ${ac_no}: ${form20File(ac_no)} candidate column(s) ${unmatched.map((k) => `${k + 1} "${table.candidates[k].name}"`).join(', ')} match no declared candidate`
			);
			continue;
		}
		const columns = table.candidates.map((c, k) => ({
			row: rows[match.declared[k]!],
			printed: c.name,
			booth_sum: sums[k],
			postal: table.postal ? table.postal[k] : null,
			by: match.by[k]
		}));
		const missing = rows.filter((r) => !columns.some((c) => c.row === r));
		out.set(ac_no, { ac_no, table, columns, missing });

		// Where ElectionLens and the scrape disagree, the Form 20 decides.
		const elVotes = new Map(rows.map((r) => [r, r.votes]));
		for (const r of rows) {
			const s = pairOf.get(r);
			if (!s) {
				findings.push(
					`AC ${ac_no} ${r.candidate} (${r.party}): ${r.votes} in ElectionLens, not in the info-design-lab scrape; ElectionLens kept.`
				);
				continue;
			}
			if (s.votes === r.votes) {
				agree++;
				continue;
			}
			const col = columns.find((c) => c.row === r);
			const fits = (v: number) =>
				!col
					? false
					: col.postal !== null
						? col.booth_sum + col.postal === v
						: col.booth_sum <= v && v <= col.booth_sum + postalBound2017(v);
			const f20 = col
				? `Form 20 ${col.booth_sum} in the booths${col.postal !== null ? ` + ${col.postal} postal = ${col.booth_sum + col.postal}` : ', no postal row'}`
				: 'no Form 20 column';
			const [el, ok] = [fits(r.votes), fits(s.votes)];
			if (ok && !el) {
				report.repair(
					`AE2017 AC ${ac_no} ${r.candidate} (${r.party}): ElectionLens ${r.votes}, info-design-lab ${s.votes}, ${f20}: the scrape and the Form 20 agree, so ${s.votes} is used.`
				);
				findings.push(
					`AC ${ac_no} ${r.candidate}: ElectionLens ${r.votes} against info-design-lab ${s.votes} and Form 20 (${f20}); ${s.votes} used.`
				);
				r.votes = s.votes;
			} else
				findings.push(
					`AC ${ac_no} ${r.candidate}: ElectionLens ${r.votes}, info-design-lab ${s.votes}, ${f20}: ${el && !ok ? 'the Form 20 agrees with ElectionLens' : 'the Form 20 settles neither'}; ElectionLens kept.`
				);
		}
		for (const s of left)
			findings.push(
				`AC ${ac_no} ${s.candidate} (${s.party_name}): ${s.votes} in the info-design-lab scrape, not in ElectionLens.`
			);
		const order = compareOrder(ac_no, rows, elVotes, scrape, pairOf, columns, !!table.postal);
		if (order) orders[ac_no] = order;
		// the AC's total follows its candidates
		const contest = contests.find(
			(c) => c.election_id === election_id && c.level === 'AC' && c.ac_no === ac_no
		);
		if (contest) {
			const valid = rows.reduce((t, r) => t + r.votes, 0);
			if (valid !== contest.valid_votes) {
				contest.valid_votes = valid;
				contest.turnout_pct = Math.round((valid / contest.electors!) * 10000) / 100;
			}
		}
	}
	// every AC's unmatched columns at once, so that one run shows all that needs fixing
	if (unmatchedErrors.length) throw new Error(unmatchedErrors.join('\n'));
	report.checks.push({
		check:
			'AE2017: ElectionLens, the info-design-lab scrape and the Form 20 sums compared candidate by candidate; where the first two differ, the Form 20 decides',
		units: tables.size
	});
	report.note(
		`AE2017 three-way check: ElectionLens and info-design-lab agree on ${agree} candidates; ${findings.length} finding(s): ${findings.join(' ')}`
	);
	report.checks.push({
		check:
			'AE2017: winner and runner-up by ElectionLens, the info-design-lab scrape and the Form 20 sums compared in every AC; where one differs, the two that agree are used and the AC is in the reviewed three-way-ae2017.json',
		units: tables.size
	});
	for (const [ac, o] of Object.entries(orders))
		report.note(`AE2017 AC ${ac} winner and runner-up differ between sources: ${o.reason}`);
	return { acColumns: out, orders };
}

// ---------------------------------------------------------------------------------------------
// Order: winner and runner-up by each source

type SourceName = 'electionlens' | 'info_design_lab' | 'form20';

/** One AC where the sources name a different winner or runner-up (the reviewed file's entry). */
export interface OrderFinding {
	/** "candidate (party)" first and second by each source */
	electionlens: [string, string];
	info_design_lab: [string, string];
	form20: [string, string];
	/** the two sources that agree against the third, or null where no two agree */
	agree: [SourceName, SourceName] | null;
	/** the order Kshetra shows (after the votes of step 1 are settled) */
	used: [string, string];
	reason: string;
}
export type OrderFindings = Record<string, OrderFinding>;

const SOURCE_LABEL: Record<SourceName, string> = {
	electionlens: 'ElectionLens',
	info_design_lab: 'info-design-lab',
	form20: 'the Form 20'
};

/**
 * The first two candidates by each source, NOTA left out. Candidates are named by their
 * ElectionLens row where the scrape's name was paired to one (by name), so that a spelling
 * difference is not a different order. Null where all three agree.
 */
function compareOrder(
	ac_no: number,
	rows: ResultRow[],
	elVotes: Map<ResultRow, number>,
	scrape: { candidate: string; party_name: string; votes: number }[],
	pairOf: Map<ResultRow, { candidate: string; party_name: string; votes: number } | null>,
	columns: AcColumns['columns'],
	postalRow: boolean
): OrderFinding | null {
	const label = (r: ResultRow) => `${r.candidate} (${r.party})`;
	const rowOf = new Map([...pairOf].flatMap(([r, s]) => (s ? [[s, r] as const] : [])));
	const top2 = <T>(xs: T[], votes: (x: T) => number, name: (x: T) => string) => {
		const [a, b] = [...xs].sort((x, y) => votes(y) - votes(x)).map(name);
		return [a ?? '', b ?? ''] as [string, string];
	};
	const candidates = rows.filter((r) => r.party !== 'NOTA');
	const by: Record<SourceName, [string, string]> = {
		electionlens: top2(candidates, (r) => elVotes.get(r)!, label),
		info_design_lab: top2(
			scrape.filter((s) => s.party_name !== IDL_NOTA),
			(s) => s.votes,
			(s) => {
				const r = rowOf.get(s);
				return r ? label(r) : `${s.candidate} (${s.party_name})`;
			}
		),
		form20: top2(
			columns.filter((c) => c.row.party !== 'NOTA'),
			(c) => c.booth_sum + (c.postal ?? 0),
			(c) => label(c.row)
		)
	};
	const same = (a: SourceName, b: SourceName) => by[a].join('|') === by[b].join('|');
	if (same('electionlens', 'info_design_lab') && same('electionlens', 'form20')) return null;
	const used = top2(candidates, (r) => r.votes, label);
	const pairs: [SourceName, SourceName][] = [
		['electionlens', 'info_design_lab'],
		['electionlens', 'form20'],
		['info_design_lab', 'form20']
	];
	const agree = pairs.find(([a, b]) => same(a, b)) ?? null;
	const odd = agree && (Object.keys(by) as SourceName[]).find((k) => !agree.includes(k))!;
	const place = (o: [string, string]) => `${o[0]} first, ${o[1]} second`;
	const uses = agree && used.join('|') === by[agree[0]].join('|');
	const reason = agree
		? `${SOURCE_LABEL[agree[0]]} and ${SOURCE_LABEL[agree[1]]} agree (${place(by[agree[0]])}) against ${SOURCE_LABEL[odd!]} (${place(by[odd!])}${odd === 'form20' && !postalRow ? ', booth sums without a postal row' : ''}); ${uses ? 'the two are used' : `Kshetra shows ${place(used)}`}.`
		: `no two sources agree: ElectionLens ${place(by.electionlens)}, info-design-lab ${place(by.info_design_lab)}, the Form 20 ${place(by.form20)}; ElectionLens is used.`;
	if (agree && !uses)
		throw new Error(
			`AE2017 AC ${ac_no}: ${reason} The votes settled in the three-way check do not give the order two sources agree on.`
		);
	return { ...by, agree, used, reason };
}

/**
 * A row read as a polling station whose every vote cell is the sum of all the other rows' cells is
 * the file's total row printed without its label (AC 109: a last row "97864" that is the electors'
 * total, with the candidates' totals after it): it is the EVM total, not a station. Reported.
 */
export function dropTotalRows(ac_no: number, table: Form20Table, report: Report): void {
	const sums = table.candidates.map((_, k) => sumColumn(table, k));
	const isTotal = (st: Form20Table['stations'][number]) =>
		sums.filter((t) => t > 0).length >= 2 &&
		st.votes.every((v, k) => (v ?? 0) * 2 === sums[k]) &&
		st.votes.length === sums.length;
	const totals = table.stations.filter(isTotal);
	if (totals.length !== 1) return;
	const [t] = totals;
	table.stations = table.stations.filter((st) => st !== t);
	table.evm_total ??= t.votes.map((v) => v ?? 0);
	report.repair(
		`AE2017 AC ${ac_no}: ${form20File(ac_no)} ${t.where}, read as polling station ${t.part_label || t.part_no}, holds the sum of all the other rows in every candidate column (${sums[0] / 2} for the first): it is the unlabelled total row, not a station.`
	);
}

/**
 * Columns the names, votes and parties left unmatched: a column with no vote at all (booths and
 * postal) is an empty column of the layout (a blank first column, "Invalid postal votes") and is
 * dropped; where the declared NOTA is still unpaired, the one left column within 20% of its votes
 * is NOTA (headings "Votes Se- cured", a Kruti Dev "नोटा विकल्प" split over two cells). Each is
 * reported; what is left is returned (the caller fails on it).
 */
function settleUnmatched(
	ac_no: number,
	table: Form20Table,
	declared: DeclaredCandidate[],
	sums: number[],
	match: ReturnType<typeof matchColumns>,
	report: Report
): number[] {
	const got = (k: number) => sums[k] + (table.postal?.[k] ?? 0);
	let left = match.declared.flatMap((j, k) => (j === null ? [k] : []));
	const drop = (ks: number[], why: (k: number) => string) => {
		for (const k of [...ks].sort((a, b) => b - a)) {
			report.repair(
				`AE2017 AC ${ac_no}: ${form20File(ac_no)} column ${k + 1} "${table.candidates[k].name}" (${sums[k]} in the booths) matches no declared candidate and ${why(k)}: dropped.`
			);
			table.candidates.splice(k, 1);
			for (const st of table.stations) st.votes.splice(k, 1);
			for (const row of [table.postal, table.evm_total, table.grand_total]) row?.splice(k, 1);
			sums.splice(k, 1);
			match.declared.splice(k, 1);
			match.by.splice(k, 1);
		}
		left = match.declared.flatMap((j, k) => (j === null ? [k] : []));
	};
	drop(
		left.filter((k) => sums[k] === 0),
		() => 'has no vote in any booth'
	);
	const nota = declared.findIndex((d, j) => d.nota && !match.declared.includes(j));
	if (nota >= 0 && left.length) {
		const v = declared[nota].votes[0];
		const k = [...left].sort((a, b) => Math.abs(got(a) - v) - Math.abs(got(b) - v))[0];
		if (Math.abs(got(k) - v) <= 0.2 * v) {
			report.repair(
				`AE2017 AC ${ac_no}: ${form20File(ac_no)} column ${k + 1} headed "${table.candidates[k].name}" (${got(k)} votes) is read as NOTA (declared ${v}): the only column left and the declared NOTA the only candidate left.`
			);
			match.declared[k] = nota;
			match.by[k] = 'nota';
			table.candidates[k] = { ...table.candidates[k], name: 'NOTA', party: 'NOTA', nota: true };
			left = left.filter((x) => x !== k);
		}
	}
	// every declared candidate has its column: what is left is a total, rejected-votes or
	// repeated column of the layout (AC 389's "Votes Secured" total, AC 111's NOTA read twice)
	if (declared.every((_, j) => match.declared.includes(j)))
		drop(left, () => 'every declared candidate already has a column');
	return match.declared.flatMap((j, k) => (j === null ? [k] : []));
}

// ---------------------------------------------------------------------------------------------
// Reconciliation

/** One AC's reviewed differences: candidate → [booth sum, postal (null: no row), declared]. */
export interface Ae2017BaselineEntry {
	status: CoverageRow['status'];
	diffs: Record<string, [number, number | null, number]>;
	/** why the AC is not exact, in words (written by the pipeline from what the file shows) */
	reason: string;
	/** what a reviewer found in the file, by hand; kept by --update-booth-baseline while the
	 * AC's differences stay the same */
	reviewed?: string;
}
export type Ae2017Baseline = Record<string, Ae2017BaselineEntry>;

export interface Reconciled {
	coverage: CoverageRow;
	entry: Ae2017BaselineEntry | null;
}

const colKey = (r: ResultRow) => `${r.candidate} (${r.party})`;

/** Booth sum + postal against the declared votes for each candidate (step 2 above). */
export function reconcile(ac: AcColumns, stations: number): Reconciled {
	const diffs: Ae2017BaselineEntry['diffs'] = {};
	let abs = 0;
	for (const c of ac.columns) {
		const got = c.booth_sum + (c.postal ?? 0);
		if (got !== c.row.votes) diffs[colKey(c.row)] = [c.booth_sum, c.postal, c.row.votes];
		abs += Math.abs(c.row.votes - got);
	}
	const noNota = ac.missing.filter((r) => r.party === 'NOTA');
	for (const r of ac.missing)
		if (r.party !== 'NOTA') {
			diffs[colKey(r)] = [0, null, r.votes];
			abs += r.votes;
		}
	const declared = ac.columns.reduce((s, c) => s + c.row.votes, 0);
	const booth_votes = ac.columns.reduce((s, c) => s + c.booth_sum, 0);
	const postal = ac.table.postal ? ac.columns.reduce((s, c) => s + (c.postal ?? 0), 0) : null;
	const status: CoverageRow['status'] =
		stations === 0 || booth_votes === 0
			? 'empty'
			: abs === 0
				? 'exact'
				: abs <= (declared * CLOSE_PCT) / 100
					? 'close'
					: 'differs';
	const coverage: CoverageRow = {
		election_id,
		ac_no: ac.ac_no,
		booths: stations,
		booth_votes,
		postal_votes: postal,
		segment_votes: declared + noNota.reduce((s, r) => s + r.votes, 0),
		abs_diff: abs,
		status
	};
	if (status === 'exact') return { coverage, entry: null };
	return { coverage, entry: { status, diffs, reason: explain(ac, diffs, noNota.length > 0) } };
}

/**
 * A first account of why an AC is not exact, from what the file shows: the polling-station numbers
 * with no row (one per page is the PDF converter losing a page's first or last row), the file's
 * own total row where it adds up to the declared result (then the booths lost are the converter's
 * fault, not the file's), columns unreadable in every row, declared candidates with no column.
 * Reviewed by hand; a hand-written `reviewed` line is kept as long as the differences stay.
 */
function explain(ac: AcColumns, diffs: Ae2017BaselineEntry['diffs'], noNota: boolean): string {
	const parts: string[] = [];
	const d = Object.values(diffs);
	const short = d.filter(([b, p, v]) => v - b - (p ?? 0) > 0);
	const over = d.filter(([b, p, v]) => v - b - (p ?? 0) < 0);
	const nums = ac.table.stations.map((s) => s.part_no);
	const max = Math.max(0, ...nums);
	const have = new Set(nums);
	const gaps = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !have.has(n));
	if (!ac.table.postal && d.every(([b, , v]) => v >= b && v - b <= postalBound2017(v)))
		parts.push(
			'no postal-ballot row in the file: every candidate is short by no more than postal ballots could be'
		);
	else {
		if (!ac.table.postal) parts.push('no postal-ballot row in the file');
		if (gaps.length > 0) {
			const spacing = gaps.slice(1).map((g, i) => g - gaps[i]);
			const even =
				gaps.length >= 3 && Math.max(...spacing) - Math.min(...spacing) <= Math.min(...spacing);
			parts.push(
				`${gaps.length} polling station number(s) below ${max} have no row` +
					(gaps.length <= 25 ? ` (${gaps.join(', ')})` : '') +
					(even ? ', about one per page: the PDF converter lost a row at each page break' : '')
			);
		}
		const unreadable = ac.table.stations.filter((s) => s.votes.some((v) => Number.isNaN(v))).length;
		const dead = (k: number) =>
			ac.table.stations.every((s) => s.votes[k] === null || Number.isNaN(s.votes[k]));
		const blankColumns = ac.columns.filter(
			(_, k) => dead(k) && ac.table.stations.every((s) => s.votes[k] === null)
		);
		const deadColumns = ac.columns.filter((c, k) => dead(k) && !blankColumns.includes(c));
		if (blankColumns.length)
			parts.push(
				`the column(s) of ${blankColumns.map((c) => c.row.candidate).join(', ')} blank in every row: the file prints no booth votes for them`
			);
		if (deadColumns.length)
			parts.push(
				`the column(s) of ${deadColumns.map((c) => c.row.candidate).join(', ')} unreadable in every row (cells merged by the PDF converter)`
			);
		else if (unreadable) parts.push(`${unreadable} row(s) with an unreadable vote cell`);
		const total = ac.table.grand_total ?? ac.table.evm_total;
		if (total) {
			const k = ac.columns.map((c, i) => ({ c, t: total[i] }));
			const fileAddsUp = k.filter(
				({ c, t }) => t !== undefined && t + (c.postal ?? 0) === c.row.votes
			).length;
			const boothsAddUp = k.filter(({ c, t }) => t === c.booth_sum).length;
			if (fileAddsUp > 0 && boothsAddUp < k.length)
				parts.push(
					fileAddsUp === k.length
						? "the file's own total row adds up to the declared result in every column while its booth rows do not: rows were lost in extraction, the file itself is right"
						: `the file's own total row adds up to the declared result for ${fileAddsUp} of ${k.length} columns while its booth rows do not`
				);
			else if (boothsAddUp === k.length)
				parts.push(
					"the file's own total row equals its booth rows: the file's figures themselves differ from the declared result"
				);
		}
		const noColumn = ac.missing.filter((r) => r.party !== 'NOTA');
		if (noColumn.length)
			parts.push(
				`no column in the file for ${noColumn.length} declared candidate(s) (${noColumn
					.slice(0, 4)
					.map((r) => `${r.candidate}, ${r.votes}`)
					.join('; ')}${noColumn.length > 4 ? '; …' : ''})`
			);
		if (short.length) parts.push(`${short.length} candidate(s) short`);
		if (over.length) parts.push(`${over.length} candidate(s) over the declared votes`);
	}
	if (noNota) parts.push('the file has no NOTA column');
	return parts.join('; ');
}

/** Sorted for the file: ACs in number order, candidates in column order. */
export function sortBaseline(b: Ae2017Baseline): Ae2017Baseline {
	return Object.fromEntries(Object.entries(b).sort((x, y) => +x[0] - +y[0]));
}

/**
 * Checks one AC's differences against its reviewed entry; returns a message naming the AC and the
 * candidate column, or null. The caller adds the booths whose votes changed (run.ts).
 */
export function checkAgainstBaseline(
	ac: AcColumns,
	found: Reconciled,
	reviewed: Ae2017BaselineEntry | undefined
): BaselineProblem | null {
	const now = found.entry;
	if (!now && !reviewed) return null;
	const was = reviewed?.diffs ?? {};
	const is = now?.diffs ?? {};
	const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])];
	const same = (a?: [number, number | null, number], b?: [number, number | null, number]) =>
		JSON.stringify(a) === JSON.stringify(b);
	const changed = keys.filter((k) => !same(was[k], is[k]));
	const statusChanged = (now?.status ?? 'exact') !== (reviewed?.status ?? 'exact');
	if (!changed.length && !statusChanged) return null;
	const k = changed[0] ?? keys[0];
	const col = ac.columns.findIndex((c) => colKey(c.row) === k);
	const [b, p, v] = is[k] ?? [
		ac.columns[col]?.booth_sum ?? 0,
		ac.columns[col]?.postal ?? null,
		ac.columns[col]?.row.votes ?? 0
	];
	const candidate = ac.columns[col]?.row.candidate ?? k.replace(/ \([^)]*\)$/, '');
	const message =
		`AE2017 AC ${ac.ac_no}: ${form20File(ac.ac_no)} column ${col + 1} "${k}" adds up to ${b} over ${found.coverage.booths} booths${p !== null ? ` + ${p} postal` : ''}, declared ${v}: ` +
		`status ${found.coverage.status}, the reviewed baseline says ${reviewed ? `${reviewed.status}${was[k] ? ` (${was[k][0]}${was[k][1] !== null ? ` + ${was[k][1]}` : ''}, declared ${was[k][2]})` : ' with no difference in this column'}` : 'exact'}. ` +
		'Re-run with --update-booth-baseline after checking, and review the change.';
	return { ac_no: ac.ac_no, candidate, message };
}

export interface BaselineProblem {
	ac_no: number;
	candidate: string;
	message: string;
}

// ---------------------------------------------------------------------------------------------
// Tables

/**
 * The booth tables of all ACs, and every AC whose differences from the declared result are not
 * the reviewed ones (`problems`, for the caller to fail on; with `update` none are checked and
 * the found entries are returned as the new baseline).
 */
export function buildAe2017Booths(
	acColumns: Map<number, AcColumns>,
	acFeatures: Map<number, Feature<Area, { ac_no: number; pc_no: number }>>,
	baseline: Ae2017Baseline,
	report: Report,
	update: boolean
): {
	booths: BoothRow[];
	results: BoothResultRow[];
	coverage: CoverageRow[];
	baseline: Ae2017Baseline;
	/** ACs whose differences are not the reviewed ones (the caller names the changed booths) */
	problems: BaselineProblem[];
} {
	const booths: BoothRow[] = [];
	const results: BoothResultRow[] = [];
	const coverage: CoverageRow[] = [];
	const found: Ae2017Baseline = {};
	const problems: BaselineProblem[] = [];
	let malformed = 0;
	let hindiNames = 0;
	const scripts = { kruti: 0, unicode: 0, latin: 0 };
	for (const [ac_no, ac] of [...acColumns].sort((a, b) => a[0] - b[0])) {
		const feature = acFeatures.get(ac_no);
		if (!feature) throw new Error(`AE2017 AC ${ac_no}: no AC polygon`);
		const { stations, repairs } = numberStations(ac_no, ac.table.stations);
		for (const r of repairs) report.repair(r);
		const rec = reconcile(ac, stations.length);
		coverage.push(rec.coverage);
		// The file's postal row splits a declared result into EVM and postal votes where booths +
		// postal add up to it exactly (as the ECI reports for 2024).
		for (const c of ac.columns)
			if (c.postal !== null && c.booth_sum + c.postal === c.row.votes) {
				c.row.evm_votes = c.booth_sum;
				c.row.postal_votes = c.postal;
				c.row.postal_source = 'reported';
			}
		if (rec.entry) {
			const was = baseline[ac_no];
			const same =
				was?.status === rec.entry.status &&
				JSON.stringify(was.diffs) === JSON.stringify(rec.entry.diffs);
			found[ac_no] = same && was.reviewed ? { ...rec.entry, reviewed: was.reviewed } : rec.entry;
		}
		if (!update) {
			const problem = checkAgainstBaseline(ac, rec, baseline[ac_no]);
			if (problem) problems.push(problem);
		}
		const script = nameScript(stations.map((s) => s.name_raw));
		scripts[script]++;
		const points = estimateBoothPoints(
			feature,
			stations.map((s) => s.part_no),
			`${election_id}:${ac_no}`
		);
		stations.forEach((s, i) => {
			const { name, lang, malformed: bad } = stationName(s.name_raw, script);
			if (bad.length) malformed++;
			if (lang === 'hi') hindiNames++;
			const printed = s.printed ? `(${s.printed}) ` : '';
			const cells = [s.electors, s.voters_male, s.voters_female, s.voters, ...s.votes];
			const votes = s.votes.map((v) => (v === null || Number.isNaN(v) ? null : v));
			booths.push({
				election_id,
				pc_no: feature.properties.pc_no,
				ac_no,
				part_no: s.part_no,
				booth_name: lang === 'en' ? printed + name : printed.trim(),
				booth_name_hi: lang === 'hi' ? printed + name : null,
				electors: ok(s.electors),
				electors_male: null,
				electors_female: null,
				electors_other: null,
				voters: ok(s.voters),
				voters_male: ok(s.voters_male),
				voters_female: ok(s.voters_female),
				voters_other: ok(s.voters_other) ?? (s.voters_male !== null ? 0 : null),
				valid_votes: votes.some((v) => v !== null)
					? votes.reduce<number>((t, v) => t + (v ?? 0), 0)
					: null,
				complete: cells.every((c) => c !== null && !Number.isNaN(c)) ? 1 : 0,
				lon: points[i].lon,
				lat: points[i].lat,
				geometry_source: 'estimated'
			});
			ac.columns.forEach((c, k) => {
				if (votes[k] === null) return;
				results.push({
					election_id,
					ac_no,
					part_no: s.part_no,
					candidate: c.row.candidate,
					party: c.row.party,
					votes: votes[k]
				});
			});
		});
	}
	if (!update) {
		const stale = Object.keys(baseline).filter((ac) => !acColumns.has(+ac));
		if (stale.length)
			throw new Error(
				`booth-baseline-ae2017.json names AC(s) ${stale.join(', ')} that have no Form 20 table`
			);
	}
	const count = (st: CoverageRow['status']) => coverage.filter((c) => c.status === st).length;
	report.checks.push({
		check:
			'AE2017: booth votes plus postal ballots of every candidate equal the declared result, or differ exactly as recorded in the reviewed baseline (booth-baseline-ae2017.json), every AC',
		units: coverage.length
	});
	report.note(
		`AE2017 Form 20 (${coverage.length} ACs, ${booths.length} polling stations) vs the declared results: ${count('exact')} ACs add up exactly (booths + postal = declared for every candidate), ${count('close')} within ${CLOSE_PCT}% of the AC's votes, ${count('differs')} differ by more, ${count('empty')} carry no votes. Each AC's status and reason is in data/pipeline/booth-baseline-ae2017.json and shown with its booths.`
	);
	report.note(
		`AE2017 polling-station names: ${scripts.kruti} ACs in Kruti Dev (converted to Devanagari), ${scripts.unicode} in Unicode Devanagari as extracted (the PDF converter dropped or moved some vowel signs), ${scripts.latin} in English; ${hindiNames} Hindi names, ${malformed} of them with a malformed sequence after conversion, kept as converted.`
	);
	return { booths, results, coverage, baseline: sortBaseline(found), problems };
}

const ok = (n: number | null) => (n === null || Number.isNaN(n) ? null : n);

/** Reads the baseline file, or {} when it does not exist yet. */
export function readAe2017Baseline(file: string): Ae2017Baseline {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Ae2017Baseline) : {};
}
