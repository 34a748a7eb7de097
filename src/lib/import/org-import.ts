/**
 * Reads a party's own booth-level organisation file (one row per polling booth: president, booth
 * committee, BLA-2, panna pramukhs, last meeting, notes, preferred aspirant) and checks every row.
 * The data is private and never leaves the browser, so this module is pure: the caller supplies
 * the cells (from a CSV here, or an Excel sheet via org-xlsx.ts) and which booths exist.
 *
 * Workers fill these sheets by hand, in English or Hindi, so it is forgiving about spelling
 * (header aliases in both languages, हाँ/नहीं, Devanagari digits, Indian digit grouping, a dozen
 * date styles read day first) and strict about meaning: a row with any problem is not imported,
 * and every problem names the file, the row, the column as the user's file has it (its spreadsheet
 * letter and header text, e.g. D "समिति सदस्य"), what was expected and what was found. It never
 * throws, whatever it is given.
 *
 *   parseOrgText('AC No,बूथ संख्या,बूथ अध्यक्ष\n213,5,Ram Lal', 'org.csv', ctx).rows
 *   → [{ ac_no: 213, part_no: 5, president: true, president_name: 'Ram Lal', …others null }]
 */
import { importText, type ImportMessage } from '$lib/i18n/messages/imports.ts';
import {
	blank,
	cellText as text,
	columnLetter,
	columnName,
	headerColumnsOf,
	headerKey,
	looksBinary,
	looksKrutiDev,
	parseIndianDate,
	quote,
	textToCells,
	wholeNumber,
	yesNo,
	type Cell
} from './csv-cells.ts';
import { csvRows } from '$lib/export/csv.ts';
import { krutiDevToUnicode } from '$lib/model/krutidev.ts';
import type { OrgRow } from '$lib/model/org-score.ts';

export { parseIndianDate };

export type { OrgRow } from '$lib/model/org-score.ts';

/** A problem with the file: where, and what (its key and values, and its English text). */
export interface OrgProblem extends ImportMessage {
	file: string;
	/** 1-based line of the file, the header being row 1; 0 for the file as a whole */
	row: number;
	/**
	 * The column as the user's file names it: its spreadsheet letter and its header text, e.g.
	 * 'D "समिति सदस्य"'; '' for the file, the header or the row as a whole.
	 */
	column: string;
	/** the field the column was read as (committee_members…), for programs; '' when none */
	field: string;
	/** in English; the interface shows importText(problem, lang) */
	message: string;
}

/** A column of the user's header: its spreadsheet letter and its text as the file has it. */
export interface OrgHeaderCell {
	letter: string;
	header: string;
}

/** Something the importer changed while reading, for the user to check (not a problem). */
export interface OrgNotice extends ImportMessage {
	message: string;
}

export interface OrgParse {
	/** valid rows only */
	rows: OrgRow[];
	/** every problem, at most MAX_PROBLEMS (the last then says how many more there are) */
	problems: OrgProblem[];
	/** data rows not imported because of problems (all of them when the header is unusable) */
	rowsWithProblems: number;
	/** the columns recognised in the header, in template order */
	columns: (keyof OrgRow)[];
	/** the same, as the file names them, in the file's order */
	headers: (OrgHeaderCell & { field: keyof OrgRow })[];
	/** the header's other columns, which are not read */
	ignored: OrgHeaderCell[];
	/** what was changed while reading (Kruti Dev text converted, a header of two rows) */
	notices: OrgNotice[];
}

export interface OrgContext {
	/** booth numbers that exist for an AC in the chosen election numbering; undefined = AC unknown */
	booths: (ac: number) => Set<number> | undefined;
}

type Key = keyof OrgRow;

/**
 * Problems kept in full (the last then says how many more there are): more than every booth of
 * Uttar Pradesh (1,40,771 in 2014), so that even a state-wide file read in the wrong numbering has
 * its every unmatched row listed, while a 100 MB file of nothing but problems stays bounded.
 */
export const MAX_PROBLEMS = 200_000;
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
const found = (c: Record<Key, number>) => KEYS.filter((k) => c[k] >= 0).length;
const hasLetter = (s: string) => /\p{L}/u.test(s);
const filled = (r: Cell[]) => r.some((c) => !blank(text(c)));
const isDevanagari = (s: string) => /[\u0900-\u097F]/.test(s);
/** Columns of free text, where names typed in Kruti Dev are found. */
const TEXT_KEYS: Key[] = ['president', 'president_name', 'bla2', 'notes', 'aspirant'];
/** Rows searched for the header: title rows above it are skipped. */
const HEADER_SEARCH = 10;
const m = (key: ImportMessage['key'], vars: ImportMessage['vars'] = {}): ImportMessage => ({
	key,
	vars
});

/** Each column's possible names in a header of one row. */
const oneRow = (r: Cell[]) => r.map((c) => [text(c)]);
/**
 * Each column's possible names in a header of two rows, as merged cells make them: a group name
 * ("Booth President") over several sub-names ("Appointed", "Name"), read as the sub-name, the two
 * together ("Booth President Name") or, under the group's first cell, the group name alone.
 */
function twoRows(top: Cell[], sub: Cell[]): string[][] {
	let group = '';
	return Array.from({ length: Math.max(top.length, sub.length) }, (_, j) => {
		const [a, b] = [text(top[j]), text(sub[j])];
		if (a) group = a;
		const names = b ? [b, `${group} ${b}`] : [];
		if (a) names.push(a);
		return names;
	});
}

interface Header {
	/** index of the header's (first) row */
	at: number;
	/** rows the header spans */
	span: 1 | 2;
	col: Record<Key, number>;
	/** each column's possible names (oneRow or twoRows) */
	names: string[][];
}

/** The name of a header column that made it `key`'s (of its names in a two-row header). */
function nameFor(names: string[], key: Key): string {
	const wanted = new Set(NAMES[key].map(headerKey));
	return names.find((n) => wanted.has(headerKey(n))) ?? names[0] ?? '';
}
/** A column as a message names it: its letter and header text, e.g. D "समिति सदस्य". */
const columnOf = columnName;

/**
 * The header: the first of the first ten rows naming both AC and booth, read together with the
 * row below (sub-names) or above (group names) when merged cells split it over two rows.
 */
function findHeader(rows: Cell[][]): Header | null {
	const numberCell = (c: Cell) => typeof c === 'number' || /^\s*[\d०-९]+\s*$/.test(text(c));
	for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH); i++) {
		const names = oneRow(rows[i]);
		const col = headerColumnsOf(names, NAMES);
		if (!hasAcAndBooth(col)) continue;
		const below = rows[i + 1];
		if (
			below &&
			filled(below) &&
			blank(text(below[col.ac_no])) &&
			blank(text(below[col.part_no])) &&
			!below.some(numberCell)
		) {
			const both = twoRows(rows[i], below);
			const two = headerColumnsOf(both, NAMES);
			if (hasAcAndBooth(two) && found(two) > found(col))
				return { at: i, span: 2, col: two, names: both };
		}
		if (i > 0 && filled(rows[i - 1])) {
			const both = twoRows(rows[i - 1], rows[i]);
			const two = headerColumnsOf(both, NAMES);
			if (hasAcAndBooth(two) && found(two) > found(col))
				return { at: i - 1, span: 2, col: two, names: both };
		}
		return { at: i, span: 1, col, names };
	}
	// AC in one row and booth in the other: only the two rows together name both.
	for (let i = 0; i + 1 < Math.min(rows.length, HEADER_SEARCH + 1); i++) {
		const names = twoRows(rows[i], rows[i + 1]);
		const col = headerColumnsOf(names, NAMES);
		if (hasAcAndBooth(col)) return { at: i, span: 2, col, names };
	}
	return null;
}

/** Cells of a row in Kruti Dev made Unicode (numbers and yes/no in English kept). */
const fromKruti = (r: Cell[]) =>
	r.map((c) => (typeof c === 'string' && !isDevanagari(c) ? krutiDevToUnicode(c) : c));

/**
 * Reads organisation rows as they come, so that a file of any size can be checked in pieces
 * without holding it: push() the records of each piece (with their file lines), ask the booths of
 * the ACs wantedAcs() names (a worker asks the page's database), check() them, and at the end
 * close() and take result(). Memory stays bounded: at most one row per real booth, and at most
 * MAX_PROBLEMS problems (the rest are counted).
 *
 *   const r = new OrgReader('org.csv', ctx);
 *   r.push(cells, lines); r.check(); … r.close(); r.result()
 */
export class OrgReader {
	/** data rows read so far (empty rows not counted) */
	rowsRead = 0;
	private buffer: { r: Cell[]; row: number }[] = [];
	private state: 'header' | 'rows' | 'failed' = 'header';
	private closed = false;
	private col = headerColumnsOf([], NAMES);
	private columns: Key[] = [];
	private headers: OrgParse['headers'] = [];
	private ignored: OrgHeaderCell[] = [];
	/** each recognised field's column as messages name it, e.g. D "समिति सदस्य" */
	private where = {} as Record<Key, string>;
	private headerEnd = 1;
	/** text columns whose cells are Kruti Dev (decided on the first rows), or every one */
	private kruti: Set<Key> | null = null;
	private krutiAll = false;
	private converted = new Map<Key, { n: number; from: string; to: string }>();
	private problems: OrgProblem[] = [];
	private problemCount = 0;
	private notices: OrgNotice[] = [];
	private out: OrgRow[] = [];
	private firstRow = new Map<string, number>();
	private boothsOf = new Map<number, Set<number> | undefined>();
	private asked = new Set<number>();
	private withProblems = 0;

	constructor(
		private file: string,
		private ctx: OrgContext
	) {}

	push(cells: Cell[][], lines: number[]) {
		cells.forEach((r, i) =>
			this.buffer.push({ r: Array.isArray(r) ? r : [], row: lines[i] ?? i + 1 })
		);
		if (this.state === 'header' && this.buffer.length > HEADER_SEARCH + 1) this.readHeader();
	}

	close() {
		this.closed = true;
		if (this.state === 'header') this.readHeader();
	}

	/** The ACs named in the rows waiting to be checked whose booths were not asked for yet. */
	wantedAcs(): number[] {
		if (this.state !== 'rows') return [];
		const acs: number[] = [];
		for (const { r } of this.buffer) {
			const p = wholeNumber(r[this.col.ac_no]);
			const ac = 'value' in p ? p.value : null;
			if (ac !== null && ac >= 1 && ac <= MAX_AC && !this.asked.has(ac)) {
				this.asked.add(ac);
				acs.push(ac);
			}
		}
		return acs;
	}

	/** Checks the rows pushed so far (once the header is known). */
	check() {
		if (this.state === 'header') return;
		const rows = this.buffer;
		this.buffer = [];
		if (this.state === 'failed') {
			this.withProblems += rows.filter(({ r }) => filled(r)).length;
			return;
		}
		if (!this.kruti) this.decideKruti(rows);
		for (const { r, row } of rows) {
			if (!filled(r)) continue;
			this.rowsRead++;
			this.checkRow(r, row);
		}
	}

	result(): OrgParse {
		if (!this.closed) this.close();
		this.check();
		if (this.state === 'rows' && this.rowsRead === 0)
			this.problem(this.headerEnd + 1, '', m('imp.noRows'));
		for (const [k, c] of this.converted)
			if (!this.krutiAll)
				this.notice(
					m('imp.krutiColumn', {
						column: this.where[k],
						n: c.n,
						from: quote(c.from),
						to: quote(c.to)
					})
				);
		const problems = this.problems.slice();
		if (this.problemCount > MAX_PROBLEMS) {
			const n = this.problemCount - (MAX_PROBLEMS - 1);
			problems[MAX_PROBLEMS - 1] = this.make(
				problems[MAX_PROBLEMS - 1].row,
				'',
				m('imp.more', { n })
			);
		}
		return {
			rows: this.out,
			problems,
			rowsWithProblems: this.withProblems,
			columns: this.columns,
			headers: this.headers,
			ignored: this.ignored,
			notices: this.notices
		};
	}

	/** A problem in a field's column ('' for the row, the header or the file as a whole). */
	private make(
		row: number,
		field: Key | '',
		msg: ImportMessage,
		fields: string = field
	): OrgProblem {
		const column = field ? (this.where[field] ?? '') : '';
		return { file: this.file, row, column, field: fields, message: importText(msg, 'en'), ...msg };
	}
	private problem(row: number, field: Key | '', msg: ImportMessage, fields: string = field) {
		this.problemCount++;
		if (this.problems.length < MAX_PROBLEMS) this.problems.push(this.make(row, field, msg, fields));
	}
	private notice(msg: ImportMessage) {
		this.notices.push({ message: importText(msg, 'en'), ...msg });
	}

	private readHeader() {
		const rows = this.buffer.map((b) => b.r);
		let header = findHeader(rows);
		if (!header) {
			// A sheet typed in Kruti Dev has its header in Kruti Dev too.
			const converted = rows.slice(0, HEADER_SEARCH + 1).map(fromKruti);
			header = findHeader(converted);
			if (header) {
				this.krutiAll = true;
				const i = header.at + header.span - 1;
				const j = header.col.part_no;
				this.notice(
					m('imp.krutiHeader', { from: quote(text(rows[i][j])), to: quote(text(converted[i][j])) })
				);
			}
		}
		if (!header) return this.failHeader(rows);
		this.col = header.col;
		this.columns = KEYS.filter((k) => this.col[k] >= 0);
		const fieldAt = new Map(this.columns.map((k) => [this.col[k], k]));
		header.names.forEach((names, j) => {
			const field = fieldAt.get(j);
			if (field) {
				const header = nameFor(names, field);
				this.where[field] = columnOf(j, header);
				this.headers.push({ letter: columnLetter(j), header, field });
			} else if (names.length && !blank(names[0]))
				this.ignored.push({ letter: columnLetter(j), header: names[0] });
		});
		const last = header.at + header.span - 1;
		this.headerEnd = this.buffer[last].row;
		if (header.span === 2)
			this.notice(
				m('imp.headerTwoRows', {
					first: this.buffer[header.at].row,
					second: this.headerEnd,
					data: this.headerEnd + 1
				})
			);
		this.buffer = this.buffer.slice(last + 1);
		this.state = 'rows';
	}

	private failHeader(rows: Cell[][]) {
		const h = Math.max(0, rows.findIndex(filled));
		const col = headerColumnsOf(oneRow(rows[h] ?? []), NAMES);
		this.columns = KEYS.filter((k) => col[k] >= 0);
		const missing = (['ac_no', 'part_no'] as const).filter((k) => col[k] < 0);
		const seen = (rows[h] ?? [])
			.map((c, j) => columnOf(j, text(c)))
			.filter((_, j) => text(rows[h][j]) !== '');
		const got = `${seen.slice(0, 10).join(', ')}${seen.length > 10 ? ', …' : ''}`;
		const key = !seen.length
			? 'imp.headerNoAcBoothEmpty'
			: missing.length === 2
				? 'imp.headerNoAcBooth'
				: missing[0] === 'ac_no'
					? 'imp.headerNoAc'
					: 'imp.headerNoBooth';
		this.problem(rows.length ? this.buffer[h].row : 1, '', m(key, { got }), missing.join(', '));
		this.buffer = this.buffer.slice(h + 1);
		this.state = 'failed';
	}

	/** Which text columns hold Kruti Dev, judged on (up to 200 cells of) the first rows. */
	private decideKruti(rows: { r: Cell[] }[]) {
		const keys = TEXT_KEYS.filter((k) => this.col[k] >= 0);
		this.kruti = new Set(
			this.krutiAll
				? keys
				: keys.filter((k) => {
						const cells = rows
							.map(({ r }) => text(r[this.col[k]]))
							.filter((s) => !blank(s) && yesNo(s) === undefined)
							.slice(0, 200);
						const kruti = cells.filter(looksKrutiDev).length;
						return cells.length >= 3 && kruti >= 0.6 * cells.length;
					})
		);
	}

	/** A cell's text, made Unicode in a Kruti Dev column. */
	private textOf(r: Cell[], k: Key): string {
		const s = this.col[k] >= 0 ? text(r[this.col[k]]) : '';
		if (!this.kruti?.has(k) || blank(s) || isDevanagari(s) || yesNo(s) !== undefined) return s;
		const to = krutiDevToUnicode(s);
		const c = this.converted.get(k) ?? { n: 0, from: s, to };
		c.n++;
		this.converted.set(k, c);
		return to;
	}

	// The row being checked, and its problems (kept as fields: this runs for every row of a file).
	private r: Cell[] = [];
	private rowProblems: { column: Key; msg: ImportMessage }[] = [];

	private cell(k: Key): Cell {
		return this.col[k] >= 0 ? this.r[this.col[k]] : null;
	}
	private bad(k: Key, msg: ImportMessage) {
		this.rowProblems.push({ column: k, msg });
	}
	private num(k: Key): number | null {
		const p = wholeNumber(this.cell(k));
		if ('value' in p) return p.value;
		if (k === 'part_no' && /^\d+\s*-?\s*[a-z]$/i.test(text(this.cell(k))))
			p.problem = m('imp.wholeNumberAux', p.problem.vars);
		this.bad(k, p.problem);
		return null;
	}
	private need(k: 'ac_no' | 'part_no', max: number): number | null {
		const before = this.rowProblems.length;
		const n = this.num(k);
		if (n !== null && n >= 1 && n <= max) return n;
		if (this.rowProblems.length === before) {
			const empty = n === null;
			const key =
				k === 'ac_no'
					? empty
						? 'imp.acRangeEmpty'
						: 'imp.acRange'
					: empty
						? 'imp.boothRangeEmpty'
						: 'imp.boothRange';
			this.bad(k, m(key, { max, ...(empty ? {} : { got: quote(text(this.cell(k))) }) }));
		}
		return null;
	}

	private checkRow(r: Cell[], row: number) {
		this.r = r;
		this.rowProblems = [];
		const ac = this.need('ac_no', MAX_AC);
		const part = this.need('part_no', 99999);
		if (ac !== null && part !== null) {
			if (!this.boothsOf.has(ac)) this.boothsOf.set(ac, this.ctx.booths(ac));
			const booths = this.boothsOf.get(ac);
			const key = `${ac}:${part}`;
			if (!booths) this.bad('ac_no', m('imp.acUnknown', { ac }));
			else if (!booths.has(part)) {
				let [lo, hi] = [Infinity, -Infinity];
				for (const b of booths) [lo, hi] = [Math.min(lo, b), Math.max(hi, b)];
				this.bad('part_no', m('imp.boothUnknown', { ac, part, n: booths.size, lo, hi }));
			} else if (this.firstRow.has(key))
				this.bad('part_no', m('imp.boothTwice', { part, ac, first: this.firstRow.get(key)! }));
			else this.firstRow.set(key, row);
		}

		let president: boolean | null = null;
		let president_name: string | null = null;
		const pres = this.textOf(r, 'president');
		if (!blank(pres)) {
			const yn = yesNo(pres);
			if (yn !== undefined) president = yn;
			else if (hasLetter(pres)) [president, president_name] = [true, pres];
			else this.bad('president', m('imp.president', { got: quote(pres) }));
		}
		const name = this.textOf(r, 'president_name');
		if (!blank(name)) {
			const nameProblem =
				yesNo(name) !== undefined || !hasLetter(name)
					? m('imp.presidentName', { got: quote(name) })
					: president === false
						? m('imp.presidentNameButNo', { said: quote(pres), got: quote(name) })
						: president_name && president_name !== name
							? m('imp.presidentNameDiffers', { said: quote(president_name), got: quote(name) })
							: null;
			if (nameProblem) this.bad('president_name', nameProblem);
			else [president, president_name] = [true, name];
		}

		const bla = this.textOf(r, 'bla2');
		const bla2 = blank(bla)
			? null
			: (yesNo(bla) ?? (this.bad('bla2', m('imp.yesNo', { got: quote(bla) })), null));
		const committee_members = this.num('committee_members');
		const panna_pramukh = this.num('panna_pramukh');
		const mt = this.cell('last_meeting');
		const shown = mt instanceof Date && Number.isNaN(mt.getTime()) ? 'an invalid date' : text(mt);
		const last_meeting = blank(shown) ? null : parseIndianDate(typeof mt === 'number' ? mt : shown);
		if (!blank(shown) && last_meeting === null)
			this.bad('last_meeting', m('imp.date', { got: quote(shown) }));

		if (this.rowProblems.length) {
			this.withProblems++;
			// Only the problems that will be listed are written out; the rest are counted.
			for (const p of this.rowProblems) this.problem(row, p.column, p.msg);
			return;
		}
		const notes = this.textOf(r, 'notes') || null;
		const aspirant = this.textOf(r, 'aspirant') || null;
		this.out.push({
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

const failed = (file: string, msg: ImportMessage): OrgParse => ({
	rows: [],
	problems: [{ file, row: 0, column: '', field: '', message: importText(msg, 'en'), ...msg }],
	rowsWithProblems: 0,
	columns: [],
	headers: [],
	ignored: [],
	notices: []
});
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
export { failed as orgFailure };

/** Reads a whole grid of cells with an OrgReader; lines[i] is the file line of grid[i]. */
function readAll(grid: unknown, lines: (i: number) => number, file: string, ctx: OrgContext) {
	const rows = Array.isArray(grid) ? (grid as Cell[][]) : [];
	const reader = new OrgReader(file, ctx);
	reader.push(
		rows,
		rows.map((_, i) => lines(i))
	);
	reader.close();
	return reader.result();
}

/** Parses a grid of cells whose header is cells[0] (or a row below leading title rows). */
export function parseOrgCells(
	cells: (string | number | Date | null)[][],
	file: string,
	ctx: OrgContext
): OrgParse {
	try {
		return readAll(cells, (i) => i + 1, file, ctx);
	} catch (e) {
		return failed(file, m('imp.readFailed', { error: reason(e) }));
	}
}

/** Parses CSV/TSV text (comma, semicolon or tab separated; a byte-order mark is ignored). */
export function parseOrgText(text: string, file: string, ctx: OrgContext): OrgParse {
	try {
		const t = String(text ?? '');
		if (t.startsWith('PK\u0003\u0004')) return failed(file, m('imp.csvGotXlsx'));
		if (looksBinary(t)) return failed(file, m('imp.csvGotBinary'));
		const { cells, lines } = textToCells(t);
		return readAll(cells, (i) => lines[i] ?? i + 1, file, ctx);
	} catch (e) {
		return failed(file, m('imp.csvFailed', { error: reason(e) }));
	}
}

/** Stored rows as a CSV file (header in English or Hindi) that parseOrgText reads back unchanged. */
export function orgRowsToCsv(rows: OrgRow[], lang: 'en' | 'hi'): string {
	const yn = (b: boolean) => (lang === 'hi' ? (b ? 'हाँ' : 'नहीं') : b ? 'yes' : 'no');
	const value = (v: OrgRow[Key]) => (typeof v === 'boolean' ? yn(v) : v);
	return csvRows([
		KEYS.map((k) => ORG_HEADERS[k][lang]),
		...rows.map((r) => KEYS.map((k) => value(r[k])))
	]);
}

/** A problem as it is kept with the imported data: where and what, not the file name or the text. */
export type OrgProblemKept = Pick<OrgProblem, 'row' | 'column' | 'field' | 'key' | 'vars'>;

/** The problems to keep with an import (each message is written again in the reader's language). */
export const keptProblems = (problems: OrgProblem[]): OrgProblemKept[] =>
	problems.map(({ row, column, field, key, vars }) => ({ row, column, field, key, vars }));

/**
 * The problems of an import as a CSV file, one line per problem: the file, its row (0 for the
 * file as a whole), the column as the file names it, and the problem in the language asked for.
 */
export function orgProblemsCsv(
	problems: OrgProblemKept[],
	file: string,
	lang: 'en' | 'hi'
): string {
	const head = (['imp.csv.file', 'imp.csv.row', 'imp.csv.column', 'imp.csv.problem'] as const).map(
		(key) => importText({ key, vars: {} }, lang)
	);
	return csvRows([head, ...problems.map((p) => [file, p.row, p.column, importText(p, lang)])]);
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
