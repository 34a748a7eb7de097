/**
 * Reads a party's own booth-level organisation file (one row per polling booth: president, booth
 * committee, BLA-2, panna pramukhs, last meeting, notes, preferred aspirant) and checks every row.
 * The data is private and never leaves the browser, so this module is pure: the caller supplies
 * the cells (from a CSV here, or an Excel sheet via org-xlsx.ts) and which booths exist.
 *
 * Workers fill these sheets by hand, in English or Hindi, so it is forgiving about spelling
 * (header aliases in both languages, हाँ/नहीं, Devanagari digits, Indian digit grouping, a dozen
 * date styles read day first) and strict about meaning: a row with any problem is not imported,
 * and every problem names the file, row, column, what was expected and what was found. It never
 * throws, whatever it is given.
 *
 *   parseOrgText('AC No,बूथ संख्या,बूथ अध्यक्ष\n213,5,Ram Lal', 'org.csv', ctx).rows
 *   → [{ ac_no: 213, part_no: 5, president: true, president_name: 'Ram Lal', …others null }]
 */
import {
	blank,
	cellsToCsv,
	cellText as text,
	headerColumns,
	parseIndianDate,
	quote,
	textToCells,
	wholeNumber,
	yesNo,
	type Cell,
	type Parsed
} from './csv-cells.ts';

export { parseIndianDate };

export interface OrgRow {
	ac_no: number;
	part_no: number;
	/** booth president appointed */
	president: boolean | null;
	/** when the cell holds a name instead of yes/no */
	president_name: string | null;
	/** booth committee size */
	committee_members: number | null;
	/** BLA-2 (booth level agent) appointed */
	bla2: boolean | null;
	/** page-in-charge count */
	panna_pramukh: number | null;
	/** ISO yyyy-mm-dd */
	last_meeting: string | null;
	notes: string | null;
	/** prospective candidate the booth's workers prefer */
	aspirant: string | null;
}

export interface OrgProblem {
	file: string;
	/** 1-based line of the file, the header being row 1; 0 for the file as a whole */
	row: number;
	column: string;
	message: string;
}

export interface OrgParse {
	/** valid rows only */
	rows: OrgRow[];
	/** every problem, at most MAX_PROBLEMS (the last then says how many more there are) */
	problems: OrgProblem[];
	/** data rows not imported because of problems (all of them when the header is unusable) */
	rowsWithProblems: number;
	/** the columns recognised in the header */
	columns: (keyof OrgRow)[];
}

export interface OrgContext {
	/** booth numbers that exist for an AC in the chosen election numbering; undefined = AC unknown */
	booths: (ac: number) => Set<number> | undefined;
}

type Key = keyof OrgRow;

export const MAX_PROBLEMS = 500;
/** India's assembly constituencies are numbered from 1 to at most 403 (Uttar Pradesh). */
export const MAX_AC = 403;

const h = (en: string, hi: string, aliases: string) => ({ en, hi, aliases: aliases.split('|') });

/** Header names: the template's English and Hindi names, then other spellings by priority. */
export const ORG_HEADERS: Record<Key, { en: string; hi: string; aliases: string[] }> = {
	ac_no: h(
		'AC No',
		'विधानसभा संख्या',
		'ac_no|ac|ac number|assembly constituency no|assembly constituency number|assembly constituency|विधान सभा क्रमांक|विधानसभा क्रमांक|विधानसभा क्षेत्र संख्या|विधानसभा क्षेत्र क्रमांक|विधानसभा नं'
	),
	part_no: h(
		'Booth No',
		'बूथ संख्या',
		'part_no|booth no|booth number|part no|part number|ps no|ps number|polling station no|polling station number|booth|part|बूथ क्रमांक|बूथ नंबर|बूथ नं|भाग संख्या|भाग क्रमांक|मतदान केंद्र संख्या|मतदान केन्द्र संख्या|मतदान केंद्र क्रमांक|मतदान केन्द्र क्रमांक'
	),
	president: h('Booth President', 'बूथ अध्यक्ष', 'president|booth president|अध्यक्ष'),
	president_name: h(
		'President Name',
		'अध्यक्ष का नाम',
		'president_name|booth president name|अध्यक्ष नाम|बूथ अध्यक्ष का नाम'
	),
	committee_members: h(
		'Committee Members',
		'समिति सदस्य',
		'committee_members|committee|committee size|booth committee|समिति सदस्य संख्या|बूथ समिति|समिति'
	),
	bla2: h('BLA-2', 'बीएलए-2', 'bla2|bla 2|booth level agent|बी.एल.ए.-2'),
	panna_pramukh: h(
		'Panna Pramukh',
		'पन्ना प्रमुख',
		'panna_pramukh|panna pramukhs|page in charge|page pramukh|पन्ना प्रमुख संख्या'
	),
	last_meeting: h(
		'Last Meeting Date',
		'अंतिम बैठक की तिथि',
		'last_meeting|last meeting|अंतिम बैठक|अंतिम बैठक तिथि|अंतिम बैठक की तारीख'
	),
	notes: h('Notes', 'टिप्पणी', 'notes|note|remarks|comments|टिप्पणियाँ'),
	aspirant: h('Preferred Aspirant', 'पसंदीदा दावेदार', 'aspirant|preferred candidate|दावेदार')
};
const KEYS = Object.keys(ORG_HEADERS) as Key[];
const NAMES = Object.fromEntries(
	KEYS.map((k) => [k, [ORG_HEADERS[k].en, ORG_HEADERS[k].hi, ...ORG_HEADERS[k].aliases]])
) as Record<Key, string[]>;
const hasAcAndBooth = (c: Record<Key, number>) => c.ac_no >= 0 && c.part_no >= 0;
const hasLetter = (s: string) => /\p{L}/u.test(s);

/** Checks the rows below the header; lineOf(i) is the file's line number of grid[i]. */
function parseRows(grid: unknown, file: string, ctx: OrgContext, lineOf: (i: number) => number) {
	const rows: Cell[][] = Array.isArray(grid) ? grid.map((r) => (Array.isArray(r) ? r : [])) : [];
	const all: OrgProblem[] = [];
	const problem = (row: number, column: string, message: string) =>
		all.push({ file, row, column, message });
	const filled = (r: Cell[]) => r.some((c) => !blank(text(c)));
	// The header is the first row naming both AC and booth, among the first ten: title rows above
	// it, as hand-kept sheets often have, are skipped.
	let h = rows.slice(0, 10).findIndex((r) => hasAcAndBooth(headerColumns(r, NAMES)));
	const found = h >= 0;
	if (!found) h = Math.max(0, rows.findIndex(filled));
	const col = headerColumns(rows[h] ?? [], NAMES);
	const columns = KEYS.filter((k) => col[k] >= 0);
	const data = rows
		.map((r, i) => ({ r, row: lineOf(i) }))
		.slice(h + 1)
		.filter(({ r }) => filled(r));
	if (!found) {
		const missing = (['ac_no', 'part_no'] as const).filter((k) => col[k] < 0);
		const names = missing.map(
			(k) => `${k} (e.g. "${ORG_HEADERS[k].en}" or "${ORG_HEADERS[k].hi}")`
		);
		const seen = (rows[h] ?? []).map(text).filter((s) => s !== '');
		const got = seen.length
			? `got ${seen.slice(0, 10).map(quote).join(', ')}${seen.length > 10 ? ', …' : ''}`
			: 'got an empty file';
		problem(
			rows.length ? lineOf(h) : 1,
			missing.join(', '),
			`expected a header naming ${names.join(' and ')}; ${got}`
		);
		return { rows: [], problems: all, rowsWithProblems: data.length, columns };
	}
	if (!data.length) problem(lineOf(h) + 1, '', 'expected booth rows below the header, found none');

	const out: OrgRow[] = [];
	const firstRow = new Map<string, number>();
	const boothsOf = new Map<number, Set<number> | undefined>();
	let withProblems = 0;
	for (const { r, row } of data) {
		const before = all.length;
		const cell = (k: Key): Cell => (col[k] >= 0 ? r[col[k]] : null);
		const bad = (k: Key, message: string) => problem(row, k, message);
		const take = <T>(k: Key, p: Parsed<T>): T | null =>
			'value' in p ? p.value : (bad(k, p.problem), null);
		const num = (k: Key) => {
			const p = wholeNumber(cell(k));
			if ('problem' in p && k === 'part_no' && /^\d+\s*-?\s*[a-z]$/i.test(text(cell(k))))
				p.problem += ' (auxiliary booths such as 12A cannot be imported)';
			return take(k, p);
		};
		const need = (k: 'ac_no' | 'part_no', what: string, max: number) => {
			const n = num(k);
			if (n !== null && n >= 1 && n <= max) return n;
			const got = n === null ? 'an empty cell' : quote(text(cell(k)));
			if (all.length === before || all.at(-1)!.column !== k)
				bad(k, `expected ${what} from 1 to ${max}, got ${got}`);
			return null;
		};

		const ac = need('ac_no', 'an AC number', MAX_AC);
		const part = need('part_no', 'a booth number', 99999);
		if (ac !== null && part !== null) {
			if (!boothsOf.has(ac)) boothsOf.set(ac, ctx.booths(ac));
			const booths = boothsOf.get(ac);
			const key = `${ac}:${part}`;
			if (!booths) bad('ac_no', `expected an AC with booths in this numbering, got AC ${ac}`);
			else if (!booths.has(part))
				bad(
					'part_no',
					`AC ${ac} has no booth ${part} in this numbering (expected one of its ${booths.size} booths, ${Math.min(...booths)} to ${Math.max(...booths)})`
				);
			else if (firstRow.has(key))
				bad(
					'part_no',
					`expected each booth once, got booth ${part} of AC ${ac} again (first on row ${firstRow.get(key)})`
				);
			else firstRow.set(key, row);
		}

		let president: boolean | null = null;
		let president_name: string | null = null;
		const pres = text(cell('president'));
		if (!blank(pres)) {
			const yn = yesNo(pres);
			if (yn !== undefined) president = yn;
			else if (hasLetter(pres)) [president, president_name] = [true, pres];
			else
				bad('president', `expected yes, no (हाँ/नहीं) or the president's name, got ${quote(pres)}`);
		}
		const name = text(cell('president_name'));
		const nameProblem =
			yesNo(name) !== undefined || !hasLetter(name)
				? `expected the president's name, got ${quote(name)}`
				: president === false
					? `expected no name as the president column says ${quote(pres)}, got ${quote(name)}`
					: president_name && president_name !== name
						? `expected the name in the president column, ${quote(president_name)}, got ${quote(name)}`
						: null;
		if (!blank(name) && nameProblem) bad('president_name', nameProblem);
		else if (!blank(name)) [president, president_name] = [true, name];

		const bla = text(cell('bla2'));
		const bla2 = blank(bla)
			? null
			: (yesNo(bla) ?? (bad('bla2', `expected yes or no (हाँ/नहीं), got ${quote(bla)}`), null));
		const committee_members = num('committee_members');
		const panna_pramukh = num('panna_pramukh');
		const m = cell('last_meeting');
		const shown = m instanceof Date && Number.isNaN(m.getTime()) ? 'an invalid date' : text(m);
		const last_meeting = blank(shown) ? null : parseIndianDate(typeof m === 'number' ? m : shown);
		if (!blank(shown) && last_meeting === null)
			bad(
				'last_meeting',
				`expected a date such as 05/03/2024 (day first), 2024-03-05 or 5 Mar 2024, got ${quote(shown)}`
			);

		if (all.length > before) withProblems++;
		else {
			const [notes, aspirant] = [text(cell('notes')) || null, text(cell('aspirant')) || null];
			out.push({
				ac_no: ac!,
				part_no: part!,
				president,
				president_name,
				committee_members,
				bla2,
				panna_pramukh,
				last_meeting,
				notes,
				aspirant
			});
		}
	}
	const problems = all.slice(0, all.length > MAX_PROBLEMS ? MAX_PROBLEMS - 1 : MAX_PROBLEMS);
	if (all.length > MAX_PROBLEMS) {
		const more = all.length - problems.length;
		const message = `${more} more problems, from this row on, are not listed`;
		problems.push({ file, row: all[problems.length].row, column: '', message });
	}
	return { rows: out, problems, rowsWithProblems: withProblems, columns };
}

const failed = (file: string, message: string): OrgParse => ({
	rows: [],
	problems: [{ file, row: 0, column: '', message }],
	rowsWithProblems: 0,
	columns: []
});
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Parses a grid of cells whose header is cells[0] (or a row below leading title rows). */
export function parseOrgCells(
	cells: (string | number | Date | null)[][],
	file: string,
	ctx: OrgContext
): OrgParse {
	try {
		return parseRows(cells, file, ctx, (i) => i + 1);
	} catch (e) {
		return failed(file, `expected a table of booth rows, but reading it failed: ${reason(e)}`);
	}
}

/** Parses CSV/TSV text (comma, semicolon or tab separated; a byte-order mark is ignored). */
export function parseOrgText(text: string, file: string, ctx: OrgContext): OrgParse {
	try {
		const t = String(text ?? '');
		if (t.startsWith('PK\u0003\u0004'))
			return failed(file, 'expected CSV text, got an Excel .xlsx (zip) file: import it as Excel');
		if (/[\u0000-\u0008\u000E-\u001A]/.test(t.slice(0, 4096)))
			return failed(file, 'expected CSV text, got binary data');
		const { cells, lines } = textToCells(t);
		return parseRows(cells, file, ctx, (i) => lines[i] ?? i + 1);
	} catch (e) {
		return failed(file, `expected CSV text, but reading it failed: ${reason(e)}`);
	}
}

/** Stored rows as a CSV file (header in English or Hindi) that parseOrgText reads back unchanged. */
export function orgRowsToCsv(rows: OrgRow[], lang: 'en' | 'hi'): string {
	const yn = (b: boolean) => (lang === 'hi' ? (b ? 'हाँ' : 'नहीं') : b ? 'yes' : 'no');
	const value = (v: OrgRow[Key]) => (typeof v === 'boolean' ? yn(v) : v);
	return cellsToCsv([
		KEYS.map((k) => ORG_HEADERS[k][lang]),
		...rows.map((r) => KEYS.map((k) => value(r[k])))
	]);
}

/** A file to fill in: the header and two example rows (AC 213, booths 1 and 2). */
export function orgTemplateCsv(lang: 'en' | 'hi'): string {
	const hi = lang === 'hi';
	const example = (part: number, ok: boolean): OrgRow => ({
		ac_no: 213,
		part_no: part,
		president: ok,
		president_name: ok ? (hi ? 'उदाहरण नाम' : 'Example Name') : null,
		committee_members: ok ? 21 : 0,
		bla2: ok,
		panna_pramukh: ok ? 30 : 0,
		last_meeting: ok ? '2024-03-05' : null,
		notes: hi ? 'उदाहरण पंक्ति: अपने बूथ के आँकड़े भरें' : 'EXAMPLE ROW: replace with your own booths',
		aspirant: ok ? (hi ? 'उदाहरण दावेदार' : 'Example Aspirant') : null
	});
	return orgRowsToCsv([example(1, true), example(2, false)], lang);
}
