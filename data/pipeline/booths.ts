/**
 * Booth (polling-station) tables from Form 20: `booths` (one row per booth: name, electors and
 * voters by sex, valid votes, and an estimated point) and `booth_results` (one row per booth and
 * candidate). Candidate columns are joined to parties through the segment results of the same
 * election, and the booth votes of every candidate must add up exactly to that candidate's votes
 * in the segment; the pipeline fails naming the AC and the column when they do not.
 *
 * Booth points are estimated (no public locations exist for most of UP): seeded, evenly spread
 * points inside the AC in booth-number order (src/lib/model/booth-areas.ts), marked 'estimated'.
 */
import type { Feature } from 'geojson';
import { matchName, nameKey } from '../../src/lib/model/names.ts';
import { estimateBoothPoints, type Area } from '../../src/lib/model/booth-areas.ts';
import type { BoothCoverageRow, ElectionId, ResultRow } from '../../src/lib/model/types.ts';
import { readForm20Ls2014 } from './form20-ls2014.ts';
import { Report } from './report.ts';

export interface BoothRow {
	election_id: ElectionId;
	pc_no: number;
	ac_no: number;
	part_no: number;
	booth_name: string;
	booth_name_hi: string | null;
	electors: number | null;
	electors_male: number | null;
	electors_female: number | null;
	electors_other: number | null;
	voters: number | null;
	voters_male: number | null;
	voters_female: number | null;
	voters_other: number | null;
	valid_votes: number | null;
	/** 1 when every count is in the source, 0 when the source has gaps */
	complete: number;
	lon: number;
	lat: number;
	geometry_source: 'estimated' | 'reported';
}

export interface BoothResultRow {
	election_id: ElectionId;
	ac_no: number;
	part_no: number;
	candidate: string;
	party: string;
	votes: number;
}

export interface BoothTables {
	booths: BoothRow[];
	results: BoothResultRow[];
}

export type Coverage = BoothCoverageRow['status'];
export type CoverageRow = BoothCoverageRow;
/** 1% of an AC's votes: below this a difference cannot change a booth-class count much. */
export const CLOSE_PCT = 1;

/** A reviewed record of where Form 20 and the segment results disagree: AC → [serial, form20, segment][] */
export type BoothBaseline = Record<string, [number, number, number][]>;

/**
 * LS2014 Form 20 for every AC of the 2008 order, checked against the LS2014 segment results.
 * Where the two sources disagree the difference must be the one recorded in `baseline` (reviewed,
 * data/pipeline/booth-baseline-ls2014.json); any other difference fails naming the AC and column.
 * With `updateBaseline` the differences found become the new baseline (returned).
 */
export function buildLs2014Booths(
	acFeatures: Map<number, Feature<Area, { ac_no: number; pc_no: number }>>,
	segments: ResultRow[],
	baseline: BoothBaseline,
	report: Report,
	updateBaseline = false
): BoothTables & { coverage: CoverageRow[]; baseline: BoothBaseline } {
	const election_id: ElectionId = 'LS2014';
	const booths: BoothRow[] = [];
	const results: BoothResultRow[] = [];
	const coverage: CoverageRow[] = [];
	const found: BoothBaseline = {};
	for (const [ac_no, feature] of [...acFeatures].sort((a, b) => a[0] - b[0])) {
		const form = readForm20Ls2014(ac_no);
		const seg = segments.filter(
			(r) => r.election_id === election_id && r.level === 'SEG' && r.ac_no === ac_no
		);
		if (!seg.length)
			throw new Error(`LS2014 AC ${ac_no}: no segment results to check ${form.file} against`);
		const sums = form.candidates.map((_, k) =>
			form.booths.reduce((s, b) => s + (b.votes[k] ?? 0), 0)
		);
		const columns = matchColumns(form, seg, sums);
		const diffs: [number, number, number][] = [];
		columns.forEach((c, k) => {
			if (sums[k] !== c.votes) diffs.push([form.candidates[k].serial, sums[k], c.votes]);
		});
		if (diffs.length) found[ac_no] = diffs;
		if (!updateBaseline) {
			const known = new Map(
				(baseline[ac_no] ?? []).map(([serial, f, sg]) => [serial, `${f}/${sg}`])
			);
			for (const [serial, f, sg] of diffs)
				if (known.get(serial) !== `${f}/${sg}`) {
					const c = form.candidates.find((x) => x.serial === serial)!;
					throw new Error(
						`LS2014 AC ${ac_no}: ${form.file} column "${serial} - ${c.name}" adds up to ${f} over ${form.booths.length} booths, but the segment result is ${sg}` +
							(known.has(serial)
								? ` (the reviewed baseline says ${known.get(serial)})`
								: ' (not in the reviewed baseline)')
					);
				}
			const extra = [...known.keys()].filter((serial) => !diffs.some((d) => d[0] === serial));
			if (extra.length)
				throw new Error(
					`LS2014 AC ${ac_no}: the baseline records a difference in column(s) ${extra.join(', ')} of ${form.file} that no longer exists; re-run with --update-booth-baseline after checking`
				);
		}
		const booth_votes = sums.reduce((a, b) => a + b, 0);
		const segment_votes = seg.reduce((a, r) => a + r.votes, 0);
		const abs_diff = diffs.reduce((a, [, f, sg]) => a + Math.abs(f - sg), 0);
		const status: Coverage =
			booth_votes === 0
				? 'empty'
				: abs_diff === 0
					? 'exact'
					: abs_diff <= (segment_votes * CLOSE_PCT) / 100
						? 'close'
						: 'differs';
		coverage.push({
			election_id,
			ac_no,
			booths: form.booths.length,
			booth_votes,
			postal_votes: null,
			segment_votes,
			abs_diff,
			status
		});

		const points = estimateBoothPoints(
			feature,
			form.booths.map((b) => b.part_no),
			`${election_id}:${ac_no}`
		);
		const byPart = [...form.booths].sort((a, b) => a.part_no - b.part_no);
		byPart.forEach((b, i) => {
			booths.push({
				election_id,
				pc_no: feature.properties.pc_no,
				ac_no,
				part_no: b.part_no,
				booth_name: b.name,
				booth_name_hi: null,
				electors: b.electors,
				electors_male: b.electors_male,
				electors_female: b.electors_female,
				electors_other: b.electors_other,
				voters: b.voters,
				voters_male: b.voters_male,
				voters_female: b.voters_female,
				voters_other: b.voters_other,
				valid_votes: b.total,
				complete: b.complete ? 1 : 0,
				lon: points[i].lon,
				lat: points[i].lat,
				geometry_source: 'estimated'
			});
			columns.forEach((c, k) => {
				const v = b.votes[k];
				if (v !== null)
					results.push({
						election_id,
						ac_no,
						part_no: b.part_no,
						candidate: c.candidate,
						party: c.party,
						votes: v
					});
			});
		});
	}
	const count = (st: Coverage) => coverage.filter((c) => c.status === st).length;
	report.checks.push({
		check:
			'LS2014: booth votes of every candidate add up to the segment result, or differ exactly as recorded in the reviewed baseline (Form 20 vs ElectionLens), every AC',
		units: acFeatures.size
	});
	report.note(
		`LS2014 Form 20 vs segment results: ${count('exact')} ACs add up exactly, ${count('close')} within ${CLOSE_PCT}% of the AC's votes, ${count('differs')} differ by more (mostly scrapes that stopped part-way), ${count('empty')} carry no votes. Each AC's status is in booth_coverage.parquet and shown with its booths.`
	);
	return { booths, results, coverage, baseline: found };
}

/**
 * Which segment candidate each Form 20 column is. First pass, by name: same name (after nameKey;
 * namesakes such as LS2014 Mathura's two HEMA MALINIs by nearest votes), the same votes, one name
 * containing the other ("DHARAM YADAV" / "DHARAM YADAV URF D.P.YADAV"; "RAJESH KUMAR S/O BABOORAM"
 * / "O BABOORAM"), or a close spelling. Second pass, for names that share nothing ("SWAMI
 * SACHCHIDANAND HARI SAKSHI" is "SAKSHI MAHARAJ"): the columns left and the candidates left are
 * paired by nearest votes. Every column must end up with a distinct candidate.
 */
function matchColumns(
	form: ReturnType<typeof readForm20Ls2014>,
	seg: ResultRow[],
	sums: number[]
): ResultRow[] {
	const used = new Set<ResultRow>();
	const out: (ResultRow | undefined)[] = form.candidates.map((c, k) => {
		const free = seg.filter(
			(r) => !used.has(r) && (c.nota ? r.party === 'NOTA' : r.party !== 'NOTA')
		);
		const byName = free.filter((r) => c.nota || nameKey(r.candidate) === nameKey(c.name));
		const byVotes = free.filter((r) => r.votes === sums[k]);
		const byContains = c.nota
			? []
			: free.filter((r) => {
					const [a, b] = [nameKey(r.candidate), nameKey(c.name)];
					return a.includes(b) || b.includes(a);
				});
		const bySpelling = c.nota
			? null
			: matchName(
					c.name,
					free.map((r, i) => ({ no: i, names: [r.candidate] })),
					Math.max(3, Math.floor(c.name.length / 4))
				);
		const nearest = (xs: ResultRow[]) =>
			[...xs].sort((a, b) => Math.abs(a.votes - sums[k]) - Math.abs(b.votes - sums[k]))[0];
		const match =
			(byName.length ? nearest(byName) : undefined) ??
			(byVotes.length === 1 ? byVotes[0] : undefined) ??
			(byContains.length === 1 ? byContains[0] : undefined) ??
			(bySpelling ? free[bySpelling.no] : undefined);
		if (match) used.add(match);
		return match;
	});
	const left = seg.filter((r) => !used.has(r) && r.party !== 'NOTA');
	out.forEach((m, k) => {
		if (m) return;
		const pick = [...left].sort(
			(a, b) => Math.abs(a.votes - sums[k]) - Math.abs(b.votes - sums[k])
		)[0];
		if (!pick)
			throw new Error(
				`LS2014 AC ${form.ac_no}: ${form.file} column "${form.candidates[k].serial} - ${form.candidates[k].name}" (${sums[k]} votes) matches no candidate of the segment results`
			);
		left.splice(left.indexOf(pick), 1);
		out[k] = pick;
	});
	return out as ResultRow[];
}
