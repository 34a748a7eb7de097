/**
 * Importing a party's booth organisation file (org-import.ts): header spellings in English and
 * Hindi, yes/no/name cells, dates and numbers as Indian workers type them, and that every bad
 * cell is reported by file, row and column (its letter and the header text the file gives it)
 * while nothing of its row is imported. The context knows AC 213 with booths 1–252 (the
 * template's AC) and AC 214 with booths 1–10.
 */
import { describe, expect, it } from 'vitest';
import { orgRow } from '../../helpers/org-row.ts';
import { decodeText } from '../../../src/lib/import/booth-coords.ts';
import { columnLetter } from '../../../src/lib/import/csv-cells.ts';
import {
	keptProblems,
	MAX_PROBLEMS,
	ORG_HEADERS,
	orgProblemsCsv,
	orgRowsToCsv,
	orgTemplateCsv,
	parseIndianDate,
	parseOrgCells,
	parseOrgText,
	type OrgContext,
	type OrgProblem,
	type OrgRow
} from '../../../src/lib/import/org-import.ts';

const range = (n: number) => new Set(Array.from({ length: n }, (_, i) => i + 1));
const ctx: OrgContext = { booths: (ac) => ({ 213: range(252), 214: range(10) })[ac] };
const parse = (text: string) => parseOrgText(text, 'org.csv', ctx);
/** A problem as the user reads it (the message's key and values are checked in tests/unit/import). */
const plain = (problems: OrgProblem[]) =>
	problems.map(({ file, row, column, message }) => ({ file, row, column, message }));
const row = orgRow;

describe('header spellings', () => {
	it.each([
		...[
			'ac_no',
			'AC',
			'ac no',
			'A.C. No.',
			'Assembly Constituency',
			'विधानसभा संख्या',
			'विधान सभा क्रमांक'
		].map((name) => ({ name, input: `${name},part_no\n213,5`, expected: row(5) })),
		...[
			'part_no',
			'Booth',
			'booth no',
			'PS No',
			'Polling Station No',
			'बूथ संख्या',
			'भाग संख्या',
			'मतदान केंद्र संख्या',
			'मतदान केन्द्र संख्या'
		].map((name) => ({ name, input: `ac_no,${name}\n213,5`, expected: row(5) })),
		...(
			[
				['president', 'President', 'yes', { president: true }],
				['president', 'Booth President', 'no', { president: false }],
				['president', 'अध्यक्ष', 'हाँ', { president: true }],
				['president', 'बूथ अध्यक्ष', 'नहीं', { president: false }],
				['president_name', 'President Name', 'Ram', { president: true, president_name: 'Ram' }],
				['president_name', 'अध्यक्ष का नाम', 'राम', { president: true, president_name: 'राम' }],
				['committee_members', 'Committee Members', '11', { committee_members: 11 }],
				['committee_members', 'committee', '11', { committee_members: 11 }],
				['committee_members', 'समिति सदस्य', '११', { committee_members: 11 }],
				['bla2', 'bla2', 'y', { bla2: true }],
				['bla2', 'BLA-2', 'n', { bla2: false }],
				['bla2', 'bla 2', 'yes', { bla2: true }],
				['bla2', 'Booth Level Agent', 'yes', { bla2: true }],
				['bla2', 'बीएलए-2', 'हां', { bla2: true }],
				['bla2', 'बी.एल.ए.-2', 'nahi', { bla2: false }],
				['panna_pramukh', 'Panna Pramukh', '30', { panna_pramukh: 30 }],
				['panna_pramukh', 'page_in_charge', '30', { panna_pramukh: 30 }],
				['panna_pramukh', 'पन्ना प्रमुख', '30', { panna_pramukh: 30 }],
				['last_meeting', 'Last Meeting', '5/3/24', { last_meeting: '2024-03-05' }],
				['last_meeting', 'last meeting date', '05-03-2024', { last_meeting: '2024-03-05' }],
				['last_meeting', 'अंतिम बैठक', '05.03.2024', { last_meeting: '2024-03-05' }],
				['last_meeting', 'अंतिम बैठक की तिथि', '2024-03-05', { last_meeting: '2024-03-05' }],
				['notes', 'Notes', 'hi', { notes: 'hi' }],
				['notes', 'REMARKS', 'hi', { notes: 'hi' }],
				['notes', 'टिप्पणी', 'नमस्ते', { notes: 'नमस्ते' }],
				['aspirant', 'aspirant', 'A', { aspirant: 'A' }],
				['aspirant', 'Preferred Aspirant', 'A', { aspirant: 'A' }],
				['aspirant', 'preferred-candidate', 'A', { aspirant: 'A' }],
				['aspirant', 'दावेदार', 'अ', { aspirant: 'अ' }],
				['aspirant', 'पसंदीदा दावेदार', 'अ', { aspirant: 'अ' }]
			] as const
		).map(([key, name, value, more]) => ({
			name: `${name} (${key})`,
			input: `ac_no,part_no,${name}\n213,5,${value}`,
			expected: row(5, more)
		}))
	])('reads "$name"', ({ input, expected }) => {
		const r = parse(input);
		expect(plain(r.problems)).toEqual([]);
		expect(r.rows).toEqual([expected]);
	});

	it('lists the recognised columns as the file names them, and the ones it does not read', () => {
		const r = parse('Sr No,AC No,Booth No,Mobile,Notes\n1,213,5,98xxxxxx,ok');
		expect(plain(r.problems)).toEqual([]);
		expect(r.columns).toEqual(['ac_no', 'part_no', 'notes']);
		expect(r.headers).toEqual([
			{ letter: 'B', header: 'AC No', field: 'ac_no' },
			{ letter: 'C', header: 'Booth No', field: 'part_no' },
			{ letter: 'E', header: 'Notes', field: 'notes' }
		]);
		expect(r.ignored).toEqual([
			{ letter: 'A', header: 'Sr No' },
			{ letter: 'D', header: 'Mobile' }
		]);
		expect(r.rows).toEqual([row(5, { notes: 'ok' })]);
	});

	it('skips title rows above the header and keeps the file line numbers', () => {
		const r = parse('Booth committee list,,\nAC 213,,\nac_no,part_no,bla2\n213,5,maybe');
		expect(plain(r.problems)).toEqual([
			{
				file: 'org.csv',
				row: 4,
				column: 'C "bla2"',
				message: 'expected yes or no (हाँ/नहीं), got "maybe"'
			}
		]);
	});

	it('names a column of a Hindi header by its letter and its own text', () => {
		const r = parse('विधानसभा संख्या,बूथ संख्या,अध्यक्ष,समिति सदस्य\n213,5,हाँ,ग्यारह');
		expect(plain(r.problems)).toEqual([
			{
				file: 'org.csv',
				row: 2,
				column: 'D "समिति सदस्य"',
				message: 'expected a whole number, got "ग्यारह"'
			}
		]);
		expect(r.problems[0].field).toBe('committee_members');
	});

	it.each([
		{
			name: 'no booth column',
			input: 'AC No,Notes\n213,x',
			field: 'part_no',
			message:
				'expected a header naming the booth number (e.g. "Booth No" or "बूथ संख्या"); got A "AC No", B "Notes"'
		},
		{
			name: 'no AC column',
			input: 'बूथ संख्या\n5',
			field: 'ac_no',
			message:
				'expected a header naming the AC number (e.g. "AC No" or "विधानसभा संख्या"); got A "बूथ संख्या"'
		},
		{
			name: 'neither',
			input: 'foo,,bar\n1,,2',
			field: 'ac_no, part_no',
			message:
				'expected a header naming the AC number (e.g. "AC No" or "विधानसभा संख्या") and the booth number (e.g. "Booth No" or "बूथ संख्या"); got A "foo", C "bar"'
		}
	])('reports $name once, on row 1, and imports nothing', ({ input, field, message }) => {
		const r = parse(input);
		expect(r.rows).toEqual([]);
		expect(plain(r.problems)).toEqual([{ file: 'org.csv', row: 1, column: '', message }]);
		expect(r.problems[0].field).toBe(field);
		expect(r.rowsWithProblems).toBe(1);
	});

	it.each([
		[0, 'A'],
		[3, 'D'],
		[25, 'Z'],
		[26, 'AA'],
		[51, 'AZ'],
		[52, 'BA'],
		[701, 'ZZ'],
		[702, 'AAA']
	])('column %i is %s, as a spreadsheet names it', (i, letter) => {
		expect(columnLetter(i)).toBe(letter);
	});
});

describe('cell values', () => {
	it.each([
		...['yes', 'YES', 'Y', 'true', '1', 'हाँ', 'हां', 'ha', 'Haan'].map((input) => ({
			name: input,
			input,
			expected: { president: true, president_name: null }
		})),
		...['no', 'N', 'FALSE', '0', 'नहीं', 'nahi', 'Nahi'].map((input) => ({
			name: input,
			input,
			expected: { president: false, president_name: null }
		})),
		{ name: 'a name', input: 'Ram Lal', expected: { president: true, president_name: 'Ram Lal' } },
		{
			name: 'a Hindi name',
			input: 'राम लाल',
			expected: { president: true, president_name: 'राम लाल' }
		},
		{ name: 'empty', input: '', expected: { president: null, president_name: null } },
		{ name: 'a dash', input: '-', expected: { president: null, president_name: null } }
	])('president "$name"', ({ input, expected }) => {
		const r = parse(`ac_no,part_no,president\n213,5,${input}`);
		expect(plain(r.problems)).toEqual([]);
		expect(r.rows[0]).toMatchObject(expected);
	});

	it.each([
		{ name: 'Indian grouping', input: '"1,23,456"', expected: 123456 },
		{ name: 'thousands', input: '"1,234"', expected: 1234 },
		{ name: 'Devanagari digits', input: '१२', expected: 12 },
		{ name: 'spaces', input: '  7  ', expected: 7 },
		{ name: 'zero', input: '0', expected: 0 },
		{ name: 'empty', input: '', expected: null }
	])('number with $name', ({ input, expected }) => {
		const r = parse(`ac_no,part_no,committee_members\n213,5,${input}`);
		expect(plain(r.problems)).toEqual([]);
		expect(r.rows[0].committee_members).toBe(expected);
	});

	it.each([
		...['05/03/2024', '5/3/2024', '05-03-2024', '05.03.2024', '5/3/24', '2024-03-05', '2024/03/05'],
		...['5 Mar 2024', '05-Mar-2024', '5-mar-24', 'March 5, 2024', 'Mar. 5, 2024', '5th March 2024'],
		...['5 मार्च 2024', '०५/०३/२०२४', ' 05/03/2024 ', '2024-03-05T00:00:00', '05/03/2024 10:30'],
		...[45356, '45356', new Date(Date.UTC(2024, 2, 5)), new Date(2024, 2, 5, 14, 30)]
	])('date %s is 2024-03-05', (input) => {
		expect(parseIndianDate(input)).toBe('2024-03-05');
	});

	it.each([
		{ name: '29 February in a leap year', input: '29/02/2024', expected: '2024-02-29' },
		{ name: '31 December', input: '31-12-2023', expected: '2023-12-31' },
		{ name: 'an Excel serial with a time', input: 45356.75, expected: '2024-03-05' },
		{ name: '31 February', input: '31/02/2024', expected: null },
		{ name: '29 February in 2023', input: '29/02/2023', expected: null },
		{ name: 'month 13', input: '05/13/2024', expected: null },
		{ name: 'a US month-first date', input: '03/25/2024', expected: null },
		{ name: 'day 32', input: '2024-01-32', expected: null },
		{ name: 'an unknown month', input: '5 Foo 2024', expected: null },
		{ name: 'a word', input: 'yesterday', expected: null },
		{ name: 'a small number', input: 5, expected: null },
		{ name: 'a number below the serial range', input: 19999, expected: null },
		{ name: 'a number above the serial range', input: 80001, expected: null },
		{ name: 'an invalid Date', input: new Date(NaN), expected: null },
		{ name: 'empty text', input: '', expected: null }
	])('date: $name', ({ input, expected }) => {
		expect(parseIndianDate(input)).toBe(expected);
	});
});

describe('problems', () => {
	// English and Hindi names, as a party office's sheet mixes them: A to H.
	const head =
		'AC No,Booth No,Booth President,President Name,समिति सदस्य,BLA-2,पन्ना प्रमुख,Last Meeting Date';
	it.each([
		{
			name: 'a word for a number',
			cells: '213,5,,,eleven',
			field: 'committee_members',
			column: 'E "समिति सदस्य"',
			message: 'expected a whole number, got "eleven"'
		},
		{
			name: 'a fraction',
			cells: '213,5,,,,,2.5',
			field: 'panna_pramukh',
			column: 'G "पन्ना प्रमुख"',
			message: 'expected a whole number, got "2.5"'
		},
		{
			name: 'a negative number',
			cells: '213,5,,,-3',
			field: 'committee_members',
			column: 'E "समिति सदस्य"',
			message: 'expected a whole number, got "-3"'
		},
		{
			name: 'bad grouping',
			cells: '213,5,,,"12,34"',
			field: 'committee_members',
			column: 'E "समिति सदस्य"',
			message: 'expected a whole number, got "12,34"'
		},
		{
			name: 'an empty AC',
			cells: ',5',
			field: 'ac_no',
			column: 'A "AC No"',
			message: 'expected an AC number from 1 to 403, got an empty cell'
		},
		{
			name: 'AC 404',
			cells: '404,5',
			field: 'ac_no',
			column: 'A "AC No"',
			message: 'expected an AC number from 1 to 403, got "404"'
		},
		{
			name: 'an auxiliary booth',
			cells: '213,12A',
			field: 'part_no',
			column: 'B "Booth No"',
			message:
				'expected a whole number, got "12A" (auxiliary booths such as 12A cannot be imported)'
		},
		{
			name: 'an unknown AC',
			cells: '215,5',
			field: 'ac_no',
			column: 'A "AC No"',
			message: 'expected an AC with booths in this numbering, got AC 215'
		},
		{
			name: 'an unknown booth',
			cells: '213,999',
			field: 'part_no',
			column: 'B "Booth No"',
			message:
				'AC 213 has no booth 999 in this numbering (expected one of its 252 booths, 1 to 252)'
		},
		{
			name: 'a number as president',
			cells: '213,5,2',
			field: 'president',
			column: 'C "Booth President"',
			message: `expected yes, no (हाँ/नहीं) or the president's name, got "2"`
		},
		{
			name: 'a name when president is no',
			cells: '213,5,no,Ram',
			field: 'president_name',
			column: 'D "President Name"',
			message: 'expected no name as the president column says "no", got "Ram"'
		},
		{
			name: 'two different names',
			cells: '213,5,Ram,Shyam',
			field: 'president_name',
			column: 'D "President Name"',
			message: 'expected the name in the president column, "Ram", got "Shyam"'
		},
		{
			name: 'text for BLA-2',
			cells: '213,5,,,,maybe',
			field: 'bla2',
			column: 'F "BLA-2"',
			message: 'expected yes or no (हाँ/नहीं), got "maybe"'
		},
		{
			name: 'an impossible date',
			cells: '213,5,,,,,,31/02/2024',
			field: 'last_meeting',
			column: 'H "Last Meeting Date"',
			message:
				'expected a date such as 05/03/2024 (day first), 2024-03-05 or 5 Mar 2024, got "31/02/2024"'
		}
	])(
		'reports $name by file, row and column, and imports nothing of the row',
		({ cells, field, column, message }) => {
			const r = parse(`${head}\n213,1\n${cells}\n213,2`);
			expect(plain(r.problems)).toEqual([{ file: 'org.csv', row: 3, column, message }]);
			expect(r.problems[0].field).toBe(field);
			expect(r.rows.map((x) => x.part_no)).toEqual([1, 2]);
			expect(r.rowsWithProblems).toBe(1);
		}
	);

	it('reports a duplicate booth on the later row, naming the first', () => {
		const r = parse('ac_no,part_no\n213,5\n214,5\n213,5');
		expect(plain(r.problems)).toEqual([
			{
				file: 'org.csv',
				row: 4,
				column: 'B "part_no"',
				message: 'expected each booth once, got booth 5 of AC 213 again (first on row 2)'
			}
		]);
		expect(r.rows).toEqual([row(5), { ...row(5), ac_no: 214 }]);
	});

	it('reports every problem of a row and counts the row once', () => {
		const r = parse('ac_no,part_no,bla2,last_meeting\n213,x,maybe,never');
		expect(r.problems.map((p) => p.field)).toEqual(['part_no', 'bla2', 'last_meeting']);
		expect(r.problems.map((p) => p.column)).toEqual([
			'B "part_no"',
			'C "bla2"',
			'D "last_meeting"'
		]);
		expect(r.rowsWithProblems).toBe(1);
	});

	it('numbers rows by file line when a quoted cell spans lines', () => {
		const r = parse('ac_no,part_no,notes\n213,1,"line one\nline two"\n213,999,');
		expect(r.rows[0].notes).toBe('line one\nline two');
		expect(r.problems[0]).toMatchObject({ row: 4, column: 'B "part_no"', field: 'part_no' });
	});

	it('keeps every problem of a state-wide file, and past MAX_PROBLEMS says how many more', () => {
		// more than every booth of UP (1,40,771): a whole state read in the wrong numbering fits
		expect(MAX_PROBLEMS).toBeGreaterThan(140_771);
		const rows = Array.from({ length: MAX_PROBLEMS + 100 }, (_, i) => `213,${1000 + (i % 9000)}`);
		const r = parse(['ac_no,part_no', ...rows].join('\n'));
		expect(r.problems).toHaveLength(MAX_PROBLEMS);
		expect(r.problems[MAX_PROBLEMS - 2]).toMatchObject({ row: MAX_PROBLEMS, field: 'part_no' });
		expect(plain(r.problems)[MAX_PROBLEMS - 1]).toEqual({
			file: 'org.csv',
			row: MAX_PROBLEMS + 1,
			column: '',
			message: '101 more problems, from this row on, are not listed'
		});
		expect(r.rowsWithProblems).toBe(MAX_PROBLEMS + 100);
	});

	it('reports a header with no rows below it', () => {
		expect(plain(parse('ac_no,part_no\n').problems)).toEqual([
			{
				file: 'org.csv',
				row: 2,
				column: '',
				message: 'expected booth rows below the header, found none'
			}
		]);
	});
});

describe('file forms', () => {
	const expected = [row(5, { bla2: true, notes: 'ठीक है' })];
	it.each([
		{ name: 'a UTF-8 byte-order mark', input: '\uFEFFac_no,part_no,bla2,notes\n213,5,yes,ठीक है' },
		{ name: 'semicolons', input: 'ac_no;part_no;bla2;notes\n213;5;yes;ठीक है' },
		{ name: 'tabs', input: 'ac_no\tpart_no\tbla2\tnotes\n213\t5\tyes\tठीक है' },
		{ name: 'CRLF line ends', input: 'ac_no,part_no,bla2,notes\r\n213,5,yes,ठीक है\r\n' },
		{
			name: 'trailing empty rows',
			input: 'ac_no,part_no,bla2,notes\n213,5,yes,ठीक है\n,,,\n\n , \n'
		},
		{ name: 'empty rows in between', input: 'ac_no,part_no,bla2,notes\n\n,,,\n213,5,yes,ठीक है' },
		{
			name: 'UTF-16 without a byte-order mark (via decodeText)',
			input: decodeText(
				new Uint8Array(
					Uint16Array.from('ac_no,part_no,bla2,notes\n213,5,yes,ठीक है', (c) => c.charCodeAt(0))
						.buffer
				)
			)
		},
		{
			name: 'UTF-16 from Excel (via decodeText)',
			input: decodeText(
				new Uint8Array([
					0xff,
					0xfe,
					...new Uint8Array(
						Uint16Array.from('ac_no\tpart_no\tbla2\tnotes\r\n213\t5\tyes\tठीक है', (c) =>
							c.charCodeAt(0)
						).buffer
					)
				])
			)
		}
	])('reads $name', ({ input }) => {
		const r = parse(input);
		expect(plain(r.problems)).toEqual([]);
		expect(r.rows).toEqual(expected);
	});

	it.each([
		{ name: 'an empty string', input: '' },
		{ name: 'only spaces and newlines', input: ' \n\n \r\n' },
		{
			name: 'binary bytes',
			input: decodeText(Uint8Array.from({ length: 300 }, (_, i) => (i * 97) % 256))
		},
		{ name: 'an xlsx file read as text', input: 'PK\u0003\u0004\u0014\u0000\u0006\u0000' },
		{ name: 'unbalanced quotes', input: 'ac_no,part_no\n"213,5\n' },
		{ name: 'one huge line', input: 'x'.repeat(100_000) },
		{ name: 'not a string', input: null as unknown as string }
	])('returns problems, not an exception, for $name', ({ input }) => {
		const r = parse(input);
		expect(r.rows).toEqual([]);
		expect(r.problems.length).toBeGreaterThan(0);
		expect(r.problems[0].file).toBe('org.csv');
	});

	it('survives odd cell grids and a failing context', () => {
		const odd = [null, 'x', [['ac_no', 'part_no'], 'row', [213, 5, {}]]] as unknown[];
		for (const cells of odd)
			expect(() => parseOrgCells(cells as never, 'x.xlsx', ctx)).not.toThrow();
		const throwing: OrgContext = {
			booths: () => {
				throw new Error('boom');
			}
		};
		const r = parseOrgCells(
			[
				['ac_no', 'part_no'],
				[213, 5]
			],
			'x.xlsx',
			throwing
		);
		expect(plain(r.problems)).toEqual([
			// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any
			{ file: 'x.xlsx', row: 0, column: '', message: expect.stringContaining('boom') }
		]);
	});

	it('reads cells: numbers, Dates, Excel serials and a booth Excel turned into a date', () => {
		const r = parseOrgCells(
			[
				['AC No', 'Booth No', 'Last Meeting Date', 'Committee Members'],
				[213, 1, new Date(Date.UTC(2024, 2, 5)), 11],
				[213, 2, 45356, null],
				[213, 3, null, new Date(Date.UTC(2024, 0, 12))]
			],
			'x.xlsx',
			ctx
		);
		expect(r.rows).toEqual([
			row(1, { last_meeting: '2024-03-05', committee_members: 11 }),
			row(2, { last_meeting: '2024-03-05' })
		]);
		expect(plain(r.problems)).toEqual([
			{
				file: 'x.xlsx',
				row: 4,
				column: 'D "Committee Members"',
				message: 'expected a whole number, got the date 2024-01-12 (did Excel turn it into a date?)'
			}
		]);
	});
});

describe('template and export', () => {
	it.each(['en', 'hi'] as const)('the %s template parses back with no problems', (lang) => {
		const text = orgTemplateCsv(lang);
		// No byte-order mark in the text: the download adds the one (tests/unit/export/download.test.ts).
		expect(text.startsWith('\uFEFF')).toBe(false);
		expect(text.split('\n', 1)[0]).toContain(ORG_HEADERS.part_no[lang]);
		const r = parse(text);
		expect(plain(r.problems)).toEqual([]);
		expect(r.rows.map((x) => [x.ac_no, x.part_no])).toEqual([
			[213, 1],
			[213, 2]
		]);
		expect(r.columns).toHaveLength(10);
	});

	const stored: OrgRow[] = [
		row(1),
		row(2, {
			president: true,
			president_name: 'Ram "Bhaiya", Lal',
			committee_members: 1234,
			bla2: false,
			panna_pramukh: 0,
			last_meeting: '2023-12-31',
			notes: 'two\nlines, and "quotes"',
			aspirant: 'श्रीमती सीता देवी'
		}),
		row(3, { president: false, bla2: true, notes: 'yes' }),
		{ ...row(7, { president: true }), ac_no: 214 }
	];
	it.each(['en', 'hi'] as const)('stored rows round-trip through %s CSV', (lang) => {
		const r = parse(orgRowsToCsv(stored, lang));
		expect(plain(r.problems)).toEqual([]);
		expect(r.rows).toEqual(stored);
	});
});

describe('the problems as a CSV file', () => {
	const r = parse('विधानसभा संख्या,बूथ संख्या,समिति सदस्य\n213,5,11\n213,999,ग्यारह\n214,11,3\n');
	it.each([
		{
			lang: 'en' as const,
			csv: [
				'File,Row,Column,Problem',
				'org.csv,3,"B ""बूथ संख्या""","AC 213 has no booth 999 in this numbering (expected one of its 252 booths, 1 to 252)"',
				'org.csv,3,"C ""समिति सदस्य""","expected a whole number, got ""ग्यारह"""',
				'org.csv,4,"B ""बूथ संख्या""","AC 214 has no booth 11 in this numbering (expected one of its 10 booths, 1 to 10)"'
			]
		},
		{
			lang: 'hi' as const,
			csv: [
				'फाइल,पंक्ति,कॉलम,समस्या',
				'org.csv,3,"B ""बूथ संख्या""","इस क्रमांकन में विधानसभा क्षेत्र 213 में बूथ 999 नहीं है (इसके 252 बूथों में से कोई होना चाहिए था, 1 से 252)"',
				'org.csv,3,"C ""समिति सदस्य""","पूर्ण संख्या होनी चाहिए थी, मिला ""ग्यारह"""',
				'org.csv,4,"B ""बूथ संख्या""","इस क्रमांकन में विधानसभा क्षेत्र 214 में बूथ 11 नहीं है (इसके 10 बूथों में से कोई होना चाहिए था, 1 से 10)"'
			]
		}
	])('lists every problem by file, row and column, in $lang', ({ lang, csv }) => {
		expect(r.rowsWithProblems).toBe(2);
		const text = orgProblemsCsv(keptProblems(r.problems), 'org.csv', lang);
		expect(text).toBe(csv.join('\n') + '\n');
	});
});
