/**
 * Reader for the 2017 Vidhan Sabha Form 20 of Kanpur's five ACs
 * (booth/form20_ae2017_kanpur_raw/{212..216}.xml, see data/raw/SOURCES.md): one row per polling
 * station with electors, voters by sex, tendered votes and votes per candidate and NOTA.
 *
 * The files are a PDF-table extraction, not a clean table:
 *  - Each file is several XML documents glued together, one `<?xml …?><table src="N.pdf">` per PDF
 *    page, each holding flat `<cell p x y w h>text</cell>` elements (empty cells are `<cell …/>`).
 *  - `x`..`y` is a cell's horizontal extent and `w`..`h` its vertical one, so the cells with the
 *    same `(p, w, h)` are one table row, read left to right by `x`. Every data row of a file has
 *    exactly the same column `x` positions (those of the column-number row "1 2 3 …" under the
 *    page-1 header, except that 214's lacks Rejected), so columns are identified by `x`. Errors
 *    say "page P row N": the N-th row of cells from the top of PDF page P.
 *  - The page-1 header cells above the column-number row name each column: AC No, Polling
 *    Station No / Name, Total No. of Electors, Voters Turnout Male/Female/Other/Total, EPIC,
 *    Tendered, then per candidate "S.No." + "Party Affiliation" + "Votes Secured" under the
 *    candidate's name (the only place names appear), NOTA, Rejected and Total Votes Secured. The
 *    layout differs per AC: NOTA is a 3-cell group in 213 and one cell elsewhere; only 213 and 214
 *    have a Rejected column; in 215 and 216 NOTA comes after Total. 216 repeats the header on
 *    every page; 213 ends with a row of blank cells.
 *  - After the polling stations come summary rows ("TOTAL EVM Votes" in 213–215, a postal-ballot
 *    row in all five, "Total"). The postal row is kept: it explains the gap between the booth sums
 *    and the declared result (checkAe2017AgainstResults).
 *  - Data quirks handled: in 212 the AC-no cell of data rows is blank; 212–214 names are Kruti Dev
 *    (converted with krutiDevToUnicode; a name that converts to malformed Devanagari, such as a
 *    halant followed by a halant or a vowel sign, stops the pipeline); in 216 the electors cell of
 *    PS 149–155 starts with a stray "- " (the name's hyphen spilling over); blank "Other" voters
 *    (214, 6 rows) and blank Rejected (every 213 row; EVMs produce none) read as 0; the printed
 *    party strings are garbled ("Congress Indian National"), so parties come from ElectionLens,
 *    matched by candidate name.
 *  - Kept as printed: rows whose votes do not add up to the turnout (213 PS 93, 122, 153, 218,
 *    219, 221, 249; PS 218 and 219 look swapped), 215 PS 316 with 354 voters but 0 votes for all.
 *
 * Rows found: 212 = 345, 213 = 253, 214 = 249, 215 = 319, 216 = 312 polling stations (1,478).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { krutiDevToUnicode, malformedDevanagari } from '../../src/lib/model/krutidev.ts';
import { editDistance } from '../../src/lib/model/names.ts';
import { RAW, electionLensFile, type ElRecord } from './sources.ts';

export const FORM20_AE2017_DIR = 'booth/form20_ae2017_kanpur_raw';
export const AE2017_KANPUR_ACS = [212, 213, 214, 215, 216];
const KRUTI_DEV_ACS = new Set([212, 213, 214]);

export interface Ae2017Booth {
	ac_no: number;
	/** polling station number */
	part_no: number;
	/** Unicode (converted from Kruti Dev for 212–214) */
	name: string;
	/** as in the file */
	name_raw: string;
	name_lang: 'hi' | 'en';
	electors: number;
	voters_male: number;
	voters_female: number;
	voters_other: number;
	voters_total: number;
	tendered: number;
	/** one per candidate column in file order, NOTA included (party 'NOTA') */
	votes: { candidate: string; party: string; votes: number }[];
	/** 0 where the file has no Rejected column (212, 215, 216) or leaves it blank (213) */
	rejected: number;
	/** sum of `votes` (candidates + NOTA) */
	total: number;
	/**
	 * The printed "Total Votes Secured" cell. Its meaning differs per file: candidates without
	 * NOTA in 212, 215, 216 (mostly), with NOTA in 214, and it does not add up at all in 213.
	 */
	total_printed: number;
}

interface Column {
	x: number;
	role: string;
	/** for error messages: "votes of candidate 3", "total electors" … */
	label: string;
}

interface Cell {
	p: number;
	x: number;
	w: number;
	h: number;
	text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const decode = (s: string) =>
	s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|apos|amp));/gi, (_, hex, dec, name) =>
		name ? ENTITIES[name.toLowerCase()] : String.fromCodePoint(hex ? parseInt(hex, 16) : +dec)
	);

/** All `<cell>` elements of all concatenated documents, text decoded and whitespace collapsed. */
function readCells(xml: string, file: string): Cell[] {
	return xml
		.split('<?xml')
		.flatMap((doc) => [...doc.matchAll(/<cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/cell>)/g)])
		.map((m) => {
			const a = Object.fromEntries([...m[1].matchAll(/(\w+)="(\d+)"/g)].map((x) => [x[1], +x[2]]));
			if (![a.p, a.x, a.w, a.h].every(Number.isInteger))
				throw new Error(`${file}: cell without p/x/w/h: ${m[0]}`);
			const text = decode(m[2] ?? '')
				.replace(/\s+/g, ' ')
				.trim();
			return { p: a.p, x: a.x, w: a.w, h: a.h, text };
		});
}

/** Rows of cells grouped by (page, w, h), top to bottom, each sorted by x. */
function groupRows(cells: Cell[]): Cell[][] {
	const rows = new Map<string, Cell[]>();
	for (const c of cells)
		rows.set(`${c.p}|${c.w}|${c.h}`, [...(rows.get(`${c.p}|${c.w}|${c.h}`) ?? []), c]);
	return [...rows.values()]
		.map((r) => r.sort((a, b) => a.x - b.x))
		.sort((a, b) => a[0].p - b[0].p || a[0].w - b[0].w || a[0].h - b[0].h);
}

const isInt = (s: string) => /^\d+$/.test(s);
/** The "1 2 3 …" row under the header: whole numbers, starting at 1, increasing (blanks allowed). */
function isColumnNumberRow(row: Cell[]): boolean {
	const n = row.filter((c) => c.text !== '').map((c) => c.text);
	return n.length > 5 && n[0] === '1' && n.every((t, i) => isInt(t) && (i === 0 || +t > +n[i - 1]));
}

/** Header text → role of the columns other than the per-candidate ones (first match wins). */
const FIXED: [RegExp, string, string][] = [
	[/AC No/i, 'ac', 'AC no'],
	[/Polling Station.*No\./i, 'ps', 'polling station no'],
	[/\bName\b/i, 'name', 'polling station name'],
	[/Electors/i, 'electors', 'total electors'],
	[/\bFemale\b/i, 'female', 'voters female'],
	[/\bMale\b/i, 'male', 'voters male'],
	[/\bOther\b/i, 'other', 'voters other'],
	[/EPIC/i, 'epic', 'EPIC-identified'],
	[/Ten-?\s?dere?\s?d/i, 'tendered', 'tendered votes'],
	[/Rej/i, 'rejected', 'rejected votes'],
	[/Total Votes/i, 'total', 'total votes secured'],
	[/(^| )Total$/i, 'voters', 'voters total']
];

/** Column roles and candidate names from the page-1 header cells, matched to the columns by x. */
function readLayout(rows: Cell[][], file: string): { columns: Column[]; names: string[] } {
	const numbers = rows.find((r) => r[0].p === 1 && isColumnNumberRow(r));
	if (!numbers)
		throw new Error(`${file} page 1: no column-number row ("1 2 3 …") under the header`);
	const header = rows.filter((r) => r[0].p === 1 && r[0].w < numbers[0].w).flat();
	// The columns are the x signature shared by most rows, i.e. the data rows (214's column-number
	// row lacks the Rejected column, so it cannot be used).
	const count = new Map<string, number>();
	for (const key of rows.map((r) => r.map((c) => c.x).join(',')))
		count.set(key, (count.get(key) ?? 0) + 1);
	const xs = [...count]
		.sort((a, b) => b[1] - a[1])[0][0]
		.split(',')
		.map(Number);
	const columns: Column[] = [];
	const names: string[] = [];
	const candidate = (role: string) => `${role} of candidate ${names.length}`;
	for (const x of xs) {
		const labels = header.filter((c) => c.x === x && c.text !== '').map((c) => c.text);
		const all = labels.join(' ');
		const name = labels.find((l) => !/^(S\.No\.|Party Affiliation|Votes Secured)$/i.test(l));
		const last = columns.at(-1)?.role;
		if (labels.includes('S.No.')) {
			names.push(name ?? '');
			columns.push({ x, role: 'serial', label: candidate('serial') });
		} else if (/Party Affiliation/i.test(all) && last === 'serial') {
			columns.push({ x, role: 'party', label: candidate('party') });
		} else if (/Votes Secured|^Nota$/i.test(all) && !/Total/i.test(all)) {
			if (last !== 'party') names.push(name ?? all); // a one-cell NOTA column (212, 214–216)
			columns.push({ x, role: 'votes', label: candidate('votes') });
		} else {
			const fixed = FIXED.find(([re]) => re.test(all));
			if (!fixed) throw new Error(`${file} page 1 column at x=${x}: unknown header "${all}"`);
			columns.push({ x, role: fixed[1], label: fixed[2] });
		}
	}
	for (const role of ['ps', 'name', 'electors', 'male', 'female', 'voters', 'tendered', 'total'])
		if (!columns.some((c) => c.role === role))
			throw new Error(`${file} page 1: no "${role}" column in the header`);
	return { columns, names };
}

/** Form 20 candidate names → ElectionLens candidates of the AC (closest names first, each once). */
function matchCandidates(names: string[], el: ElRecord, file: string) {
	const key = (s: string) =>
		/^(NOTA|None of the Above)$/i.test(s.trim()) ? 'NOTA' : s.toUpperCase().replace(/[^A-Z]/g, '');
	const pairs = names.flatMap((n, i) =>
		el.candidates.map((c, j) => {
			const [a, b] = [key(n), key(c.name)];
			return { i, j, d: editDistance(a, b) / Math.max(a.length, b.length) };
		})
	);
	const out: { candidate: string; party: string }[] = [];
	const used = new Set<number>();
	for (const { i, j, d } of pairs.sort((a, b) => a.d - b.d)) {
		if (d > 0.3 || out[i] || used.has(j)) continue;
		const c = el.candidates[j];
		out[i] = { candidate: c.party === 'NOTA' ? 'None of the Above' : c.name, party: c.party };
		used.add(j);
	}
	names.forEach((n, i) => {
		if (!out[i])
			throw new Error(
				`${file} page 1 column "votes of candidate ${i + 1}": no ElectionLens 2017 candidate of AC ${el.constituencyNo} is named like "${n}"`
			);
	});
	return out;
}

function readElectionLens2017(ac_no: number, rawDir: string): ElRecord {
	const file = electionLensFile('ac', 2017);
	const data = JSON.parse(readFileSync(join(rawDir, file), 'utf8')) as Record<string, ElRecord>;
	const rec = data[`UP-${ac_no}`];
	if (!rec) throw new Error(`${file}: no record "UP-${ac_no}"`);
	return rec;
}

interface Ae2017File {
	booths: Ae2017Booth[];
	/** votes per candidate column in the summary rows, where the file has them */
	summary: { evm: number[] | null; postal: number[] | null };
}

function parseAe2017File(ac_no: number, rawDir: string): Ae2017File {
	const file = `${FORM20_AE2017_DIR.split('/').at(-1)}/${ac_no}.xml`;
	const rows = groupRows(
		readCells(readFileSync(join(rawDir, FORM20_AE2017_DIR, `${ac_no}.xml`), 'utf8'), file)
	);
	const { columns, names } = readLayout(rows, file);
	const el = readElectionLens2017(ac_no, rawDir);
	const matched = matchCandidates(names, el, file);
	const voteCols = columns.filter((c) => c.role === 'votes');
	const byX = new Map(columns.map((c) => [c.x, c]));

	const booths: Ae2017Booth[] = [];
	const summary: Ae2017File['summary'] = { evm: null, postal: null };
	let rowNo = 0;
	for (const [r, row] of rows.entries()) {
		rowNo = r > 0 && rows[r - 1][0].p === row[0].p ? rowNo + 1 : 1;
		const where = `${file} page ${row[0].p} row ${rowNo}`;
		// skip headers, titles, the column-number row and blank rows
		const inTable = row.every((c) => byX.has(c.x));
		if (!inTable || isColumnNumberRow(row) || !row.some((c) => isInt(c.text))) continue;
		const cell = (col: Column) => row.find((c) => c.x === col.x)?.text ?? '';
		const get = (role: string) => columns.find((c) => c.role === role);
		const num = (col: Column | undefined, blank?: number): number => {
			if (!col) return 0;
			let t = cell(col);
			if (col.role === 'electors') t = t.replace(/^-\s+(?=\d)/, ''); // 216 PS 149–155
			if (t === '' && blank !== undefined) return blank;
			if (!isInt(t))
				throw new Error(`${where} column "${col.label}": expected a whole number, got "${t}"`);
			return Number(t);
		};
		const label = row.map((c) => c.text).join(' ');
		const ps = cell(get('ps')!);
		if (!isInt(ps)) {
			if (/postal/i.test(label)) summary.postal = voteCols.map((c) => num(c, 0));
			else if (/total evm/i.test(label)) summary.evm = voteCols.map((c) => num(c, 0));
			else if (!/total/i.test(label))
				throw new Error(
					`${where} column "polling station no": expected a whole number, got "${ps}"`
				);
			continue;
		}
		const ac = cell(get('ac')!);
		if (ac !== '' && ac !== String(ac_no))
			throw new Error(`${where} column "AC no": expected ${ac_no} or blank, got "${ac}"`);
		const name_raw = cell(get('name')!);
		const name = KRUTI_DEV_ACS.has(ac_no) ? krutiDevToUnicode(name_raw) : name_raw;
		const malformed = malformedDevanagari(name);
		if (malformed.length)
			throw new Error(
				`${where} column "${get('name')!.label}": the Kruti Dev name "${name_raw}" converts to "${name}", which has malformed Devanagari (${malformed.join(', ')}); fix the rules in src/lib/model/krutidev.ts`
			);
		const votes = voteCols.map((c, k) => ({ ...matched[k], votes: num(c) }));
		booths.push({
			ac_no,
			part_no: Number(ps),
			name,
			name_raw,
			name_lang: KRUTI_DEV_ACS.has(ac_no) ? 'hi' : 'en',
			electors: num(get('electors')),
			voters_male: num(get('male')),
			voters_female: num(get('female')),
			voters_other: num(get('other'), 0),
			voters_total: num(get('voters')),
			tendered: num(get('tendered')),
			votes,
			rejected: num(get('rejected'), 0),
			total: votes.reduce((s, v) => s + v.votes, 0),
			total_printed: num(get('total'))
		});
	}
	booths.forEach((b, i) => {
		if (b.part_no !== i + 1)
			throw new Error(`${file}: polling stations are not numbered 1…n: #${i + 1} is ${b.part_no}`);
	});
	return { booths, summary };
}

/** The polling-station rows of one AC's 2017 Form 20, in polling-station order. */
export function readAe2017Form20(ac_no: number, rawDir = RAW): Ae2017Booth[] {
	return parseAe2017File(ac_no, rawDir).booths;
}

/**
 * Differences from ElectionLens that are not postal ballots, checked by hand and accepted. Each
 * entry names all three values, so it stops matching (and fails again) if either source changes.
 *  - 213 NOTA: the Form 20's booth rows, its own "TOTAL EVM Votes" row and its "TOTAL" row all
 *    give 786 (postal row: 0). ElectionLens and the ECI results-page scrape of 11 March 2017
 *    (results/up2017_info_design_lab) both declare 791. Not a parse error; the 5 votes are
 *    unexplained.
 */
export const KNOWN_AE2017_DISCREPANCIES = [
	{ ac_no: 213, party: 'NOTA', booth_sum: 786, postal: 0, declared: 791 }
];

type Difference = { candidate: string; party: string } & Record<
	'booth_sum' | 'postal' | 'declared',
	number
>;

export interface Ae2017Check {
	/** fatal: the sums do not reconcile; each names the AC and the candidate column */
	problems: string[];
	/** candidates whose booth sum is below the declared votes by exactly the file's postal votes */
	postal: Difference[];
	/** differences accepted in KNOWN_AE2017_DISCREPANCIES */
	known: Difference[];
}

/**
 * Compares each candidate's booth sum with the ElectionLens 2017 result of the AC. The declared
 * result includes postal ballots and the polling-station rows do not, so a candidate passes when
 * booth sum = declared, or booth sum + the file's postal-ballot row = declared (listed in
 * `postal`). The booth sums must also equal the file's own "TOTAL EVM Votes" row where it has one.
 * Anything else, or a declared candidate without a column, is a problem.
 */
export function checkAe2017AgainstResults(
	ac_no: number,
	booths: Ae2017Booth[],
	rawDir = RAW
): Ae2017Check {
	const el = readElectionLens2017(ac_no, rawDir);
	const { summary } = parseAe2017File(ac_no, rawDir);
	const out: Ae2017Check = { problems: [], postal: [], known: [] };
	const columns = booths[0]?.votes ?? [];
	columns.forEach(({ candidate, party }, k) => {
		const col = `AC ${ac_no} column "votes of candidate ${k + 1}" (${candidate}, ${party})`;
		const declared = el.candidates.find((c) =>
			party === 'NOTA' ? c.party === 'NOTA' : c.name === candidate
		)?.votes;
		const booth_sum = booths.reduce((s, b) => s + (b.votes[k]?.votes ?? 0), 0);
		const postal = summary.postal?.[k] ?? 0;
		const diff = { candidate, party, booth_sum, postal, declared: declared ?? 0 };
		const known = (d: (typeof KNOWN_AE2017_DISCREPANCIES)[0]) =>
			d.ac_no === ac_no &&
			d.party === party &&
			d.booth_sum === booth_sum &&
			d.postal === postal &&
			d.declared === declared;
		if (summary.evm && summary.evm[k] !== booth_sum)
			out.problems.push(
				`${col}: booth sum ${booth_sum} ≠ ${summary.evm[k]} in the file's "TOTAL EVM Votes" row`
			);
		if (declared === undefined) out.problems.push(`${col}: not in the ElectionLens 2017 result`);
		else if (booth_sum === declared) return;
		else if (postal > 0 && booth_sum + postal === declared) out.postal.push(diff);
		else if (KNOWN_AE2017_DISCREPANCIES.some(known)) out.known.push(diff);
		else
			out.problems.push(`${col}: booth sum ${booth_sum} + postal ${postal} ≠ declared ${declared}`);
	});
	for (const c of el.candidates)
		if (!columns.some((v) => (c.party === 'NOTA' ? v.party === 'NOTA' : v.candidate === c.name)))
			out.problems.push(
				`AC ${ac_no}: declared candidate ${c.name} (${c.party}) has no Form 20 column`
			);
	return out;
}
