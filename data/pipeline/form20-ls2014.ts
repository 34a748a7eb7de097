/**
 * Reader for the Lok Sabha 2014 Form 20 files (booth/form20_ls2014_up/<ac_no>.csv): one row per
 * polling station with electors and voters by sex, votes per candidate and NOTA.
 *
 * Layout: two header lines (group labels, then column names); columns are Part No, Part Name,
 * electors Male/Female/Other/Total, voters Male/Female/Other/Total, EPIC-identified, Tendered, then
 * one column per candidate ("<serial> - <NAME>", the last one "None of the Above"), then Total
 * Votes Secured. Twelve stations in the whole state have empty cells (a gap in the 2014 scrape);
 * they are kept with null counts and flagged, never filled in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { RAW } from './sources.ts';

export const FORM20_LS2014_DIR = 'booth/form20_ls2014_up';

export interface Form20Booth {
	ac_no: number;
	part_no: number;
	name: string;
	electors_male: number | null;
	electors_female: number | null;
	electors_other: number | null;
	electors: number | null;
	voters_male: number | null;
	voters_female: number | null;
	voters_other: number | null;
	voters: number | null;
	/** votes per candidate column, in column order; null where the cell is empty */
	votes: (number | null)[];
	total: number | null;
	/** false when any count is missing from the source */
	complete: boolean;
	line: number;
}

export interface Form20File {
	ac_no: number;
	file: string;
	/** candidate columns: serial and name as printed, the last one NOTA */
	candidates: { serial: number; name: string; nota: boolean }[];
	booths: Form20Booth[];
}

const FIXED = 12;

export function readForm20Ls2014(ac_no: number, rawDir = RAW): Form20File {
	const file = `${FORM20_LS2014_DIR}/${ac_no}.csv`;
	const rows = csvParseRows(readFileSync(join(rawDir, file), 'utf8').replace(/^\uFEFF/, ''));
	const header = rows[1];
	if (!header || header[0] !== 'Part No' || header.at(-1) !== 'Total Votes Secured')
		throw new Error(
			`${file} row 2: expected the Form 20 column header ("Part No" … "Total Votes Secured")`
		);
	const candidates = header.slice(FIXED, -1).map((h, i) => {
		const m = /^(\d+)\s*-\s*(.+)$/.exec(h.trim());
		if (!m)
			throw new Error(
				`${file} row 2 column ${FIXED + i + 1}: expected "<serial> - <name>", got "${h}"`
			);
		return { serial: Number(m[1]), name: m[2].trim(), nota: /none of the above/i.test(m[2]) };
	});
	if (!candidates.at(-1)?.nota)
		throw new Error(`${file} row 2: the last candidate column is not NOTA`);

	const seen = new Set<number>();
	const booths = rows
		.slice(2)
		.filter((r) => r.some((c) => c.trim() !== ''))
		.map((r, i): Form20Booth => {
			const line = i + 3;
			if (r.length !== header.length)
				throw new Error(`${file} row ${line}: expected ${header.length} cells, got ${r.length}`);
			let complete = true;
			const num = (j: number): number | null => {
				const c = r[j].trim();
				if (c === '') {
					complete = false;
					return null;
				}
				if (!/^\d+$/.test(c))
					throw new Error(
						`${file} row ${line} column "${header[j]}": expected a whole number, got "${c}"`
					);
				return Number(c);
			};
			const part_no = num(0);
			if (part_no === null) throw new Error(`${file} row ${line} column "Part No": empty`);
			if (seen.has(part_no))
				throw new Error(`${file} row ${line} column "Part No": booth ${part_no} appears twice`);
			seen.add(part_no);
			const votes = candidates.map((_, k) => num(FIXED + k));
			const booth: Form20Booth = {
				ac_no,
				part_no,
				name: r[1].trim(),
				electors_male: num(2),
				electors_female: num(3),
				electors_other: num(4),
				electors: num(5),
				voters_male: num(6),
				voters_female: num(7),
				voters_other: num(8),
				voters: num(9),
				votes,
				total: num(header.length - 1),
				complete,
				line
			};
			if (booth.complete) {
				const sum = votes.reduce<number>((s, v) => s + (v ?? 0), 0);
				if (sum !== booth.total)
					throw new Error(
						`${file} row ${line} column "Total Votes Secured": ${booth.total}, but the candidate columns add up to ${sum}`
					);
			}
			return booth;
		});
	return { ac_no, file, candidates, booths };
}
