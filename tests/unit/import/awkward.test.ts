/**
 * The awkward-file corpus (tests/fixtures/awkward, README.md there): each file goes through the
 * real import code (importFile, as the import worker runs it) with the page's own answers about
 * booths (askBoothNumbers: the booth numbers of the chosen numbering, from the pipeline's Parquet
 * files, and the AC polygons of ac.geojson), and the test states exactly what the user sees: the
 * rows accepted and every problem's row, column (its letter and the header text the fixture gives
 * it) and message. Each file is also read in pieces of 61 bytes,
 * which cuts UTF-8 and UTF-16 characters, quoted cells and line ends in two, and must give the
 * same result.
 */
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db.ts';
import {
	importFile,
	type AskBooths,
	type ImportKind,
	type ImportProgress,
	type ImportResult
} from '../../../src/lib/import/file-import.ts';
import { importText } from '../../../src/lib/i18n/messages/imports.ts';
import { askBoothLocations, askBoothNumbers } from '../../../src/lib/import/numberings.ts';
import type { Area } from '../../../src/lib/model/booth-areas.ts';
import type { OrgRow } from '../../../src/lib/import/org-import.ts';
import type { ElectionId } from '../../../src/lib/model/types.ts';
import { openDb } from '../../sql/helpers.ts';
import { acPolygons } from '../../helpers/geojson-files.ts';

const DIR = new URL('../../fixtures/awkward/', import.meta.url).pathname;
const polygons: Map<number, Feature<Area>> = acPolygons();

let db: Db;
beforeAll(async () => {
	db = await openDb();
});
afterAll(() => db.close());

/**
 * What the page answers the import worker: the booth numbers as OrgPanel.svelte answers them
 * (askBoothNumbers), and for booth locations the AC's polygon too, as CoordsImport.svelte does
 * (askBoothLocations).
 */
const askFor = (election: ElectionId, kind: ImportKind = 'coords'): AskBooths =>
	kind === 'org'
		? askBoothNumbers(db, election)
		: askBoothLocations(db, election, async () => polygons);

/**
 * Imports a fixture (under another name if `as` is given), whole-chunk and in 61-byte pieces;
 * both must agree, and progress must end at the file's size.
 */
async function importFixture<K extends ImportKind>(
	fixture: string,
	kind: K,
	election: ElectionId,
	as = fixture
): Promise<ImportResult<K>> {
	const bytes = readFileSync(DIR + fixture);
	const file = new File([bytes], as);
	const seen: ImportProgress[] = [];
	const whole = await importFile(file, kind, askFor(election, kind), (p) => seen.push(p));
	const pieces = await importFile(file, kind, askFor(election, kind), () => {}, 61);
	expect(pieces).toEqual(whole);
	if (seen.length) expect(seen.at(-1)!.bytes).toBe(bytes.length);
	return whole;
}

/** A problem as the user reads it. */
const shown = (ps: { file: string; row: number; column: string; message: string }[]) =>
	ps.map(({ file, row, column, message }) => ({ file, row, column, message }));

const ALL_COLUMNS: (keyof OrgRow)[] = [
	'ac_no',
	'part_no',
	'president',
	'president_name',
	'committee_members',
	'bla2',
	'panna_pramukh',
	'last_meeting',
	'notes',
	'aspirant'
];
const SUTARGANJ = 'लेदर वर्किंग इस्टीट्यूट सूटरगंज';

describe('organisation files', () => {
	it('Excel "Unicode Text": UTF-16LE with a byte-order mark, tabs, CRLF, a quoted cell', async () => {
		const r = await importFixture('excel-unicode-text.txt', 'org', 'AE2017');
		expect(shown(r.problems)).toEqual([]);
		expect(r.columns).toEqual(ALL_COLUMNS);
		expect(r.notices).toEqual([]);
		expect(r.rows.map((x) => x.part_no)).toEqual([1, 2, 3, 4, 5, 253]);
		expect(r.rows[0]).toEqual({
			ac_no: 213,
			part_no: 1,
			president: true,
			president_name: 'रमेश चन्द्र गुप्ता',
			committee_members: 21,
			bla2: true,
			panna_pramukh: 28,
			last_meeting: '2026-05-01',
			notes: `मतदान केंद्र: "${SUTARGANJ}"`,
			aspirant: 'Aspirant A'
		});
		expect(r.rows[2]).toMatchObject({
			president: false,
			president_name: null,
			committee_members: 0
		});
		// booth 253 exists in the 2017 numbering of Sishamau (253 booths)…
		expect(r.rows[5]).toMatchObject({
			part_no: 253,
			notes: 'भारतीय विद्यालय इण्टर कालेज आचार्यनगर कक्ष सं. 17'
		});
	});

	it('…and not in the 2014 one (252 booths): that row is named, the rest imported', async () => {
		const r = await importFixture('excel-unicode-text.txt', 'org', 'LS2014');
		expect(r.rows.map((x) => x.part_no)).toEqual([1, 2, 3, 4, 5]);
		expect(r.rowsWithProblems).toBe(1);
		expect(shown(r.problems)).toEqual([
			{
				file: 'excel-unicode-text.txt',
				row: 7,
				column: 'B "Booth No"',
				message:
					'AC 213 has no booth 253 in this numbering (expected one of its 252 booths, 1 to 252)'
			}
		]);
	});

	it('Excel "CSV UTF-8": byte-order mark, Hindi yes/no, a note over two lines, two bad rows', async () => {
		const r = await importFixture('excel-csv-utf8-bom.csv', 'org', 'LS2014');
		expect(r.rows.map((x) => x.part_no)).toEqual([1, 2, 3, 4, 6]);
		expect(r.rows[1]).toMatchObject({
			president: true,
			president_name: 'सुनील कुमार',
			bla2: true,
			last_meeting: '2026-01-09', // "9/1/2026", day first
			notes: 'NAGAR MAHAPALIKA PRIMARY SCHOOL PARMAT ROOM NO. 2\nसमिति की बैठक हर रविवार'
		});
		expect(r.rowsWithProblems).toBe(2);
		// Row numbers are the file's lines: booth 2's note spans lines 3 and 4.
		expect(shown(r.problems)).toEqual([
			{
				file: 'excel-csv-utf8-bom.csv',
				row: 7,
				column: 'F "BLA-2"',
				message: 'expected yes or no (हाँ/नहीं), got "शायद"'
			},
			{
				file: 'excel-csv-utf8-bom.csv',
				row: 9,
				column: 'B "Booth No"',
				message:
					'AC 214 has no booth 252 in this numbering (expected one of its 251 booths, 1 to 251)'
			}
		]);
	});

	it("the template's Hindi header, हाँ/नहीं, Devanagari digits and Hindi month names", async () => {
		const r = await importFixture('hindi-headers.csv', 'org', 'AE2017');
		expect(shown(r.problems)).toEqual([]);
		expect(r.columns).toEqual(ALL_COLUMNS);
		expect(r.rows.map((x) => [x.ac_no, x.part_no, x.committee_members, x.last_meeting])).toEqual([
			[215, 1, 20, '2026-07-09'],
			[215, 2, 24, '2026-07-25'],
			[215, 3, 19, '2026-09-09'],
			[215, 4, 15, '2026-03-25'],
			[215, 5, 12, '2026-05-01'],
			[215, 6, 21, '2026-03-05']
		]);
		expect(r.rows[5]).toMatchObject({ president: false, president_name: null, bla2: true });
		expect(r.rows[0].notes).toBe(
			'बूथ १: CHACHA NEHRU INTER COLLEGE GOVIND NAGAR ROOM NO.1, CHAK 124 GOVIND'
		);
	});

	it('Kruti Dev names in a Windows-1252 file become Unicode Hindi, and the user is told', async () => {
		const r = await importFixture('krutidev-windows-1252.csv', 'org', 'AE2017');
		expect(shown(r.problems)).toEqual([]);
		expect(r.rows.map((x) => [x.part_no, x.president_name, x.notes, x.aspirant])).toEqual([
			[10, 'रमेश चन्द्र गुप्ता', 'प्राथमिक विद्यालय सीसामऊ', 'विनीत मिश्रा'],
			[11, 'सुनील कुमार', '(दक्षिणी भवन)', 'विनीत मिश्रा'],
			[12, 'सीता देवी', 'मारवाड़ी स्कूल', 'सुरेश अवस्थी'],
			[13, 'अनिल वर्मा', 'नई सड़क', 'विनीत मिश्रा'],
			[14, 'मुकेश श्रीवास्तव', 'सीसामऊ', 'सुरेश अवस्थी']
		]);
		expect(r.notices.map((n) => n.message)).toEqual([
			'column D "President Name": 5 cells looked like Kruti Dev (a legacy Hindi font) and were converted to Unicode Hindi, e.g. "jes\'k pUnz xqIrk" → "रमेश चन्द्र गुप्ता"',
			'column I "Notes": 5 cells looked like Kruti Dev (a legacy Hindi font) and were converted to Unicode Hindi, e.g. "izkFkfed fo|ky; lhlkeÅ" → "प्राथमिक विद्यालय सीसामऊ"',
			'column J "Preferred Aspirant": 5 cells looked like Kruti Dev (a legacy Hindi font) and were converted to Unicode Hindi, e.g. "fouhr feJk" → "विनीत मिश्रा"'
		]);
	});

	it('trailing rows of commas and blank lines are not rows', async () => {
		const r = await importFixture('trailing-empty-rows.csv', 'org', 'LS2014');
		expect(shown(r.problems)).toEqual([]);
		expect(r.rowsWithProblems).toBe(0);
		expect(r.columns).toEqual([
			'ac_no',
			'part_no',
			'president',
			'committee_members',
			'panna_pramukh'
		]);
		expect(r.rows.map((x) => [x.ac_no, x.part_no, x.committee_members, x.panna_pramukh])).toEqual([
			[216, 1, 14, 20],
			[216, 2, 16, 26],
			[216, 3, 12, 22],
			[216, 4, 16, 28],
			[216, 5, 16, 22]
		]);
	});

	it('a workbook with a merged title row and a header of two rows (merged cells)', async () => {
		const r = await importFixture('merged-header.xlsx', 'org', 'AE2017');
		expect(shown(r.problems)).toEqual([]);
		expect(r.notices.map((n) => n.message)).toEqual([
			'the header spans rows 2 and 3 (merged cells); data starts on row 4'
		]);
		expect(r.columns).toEqual([
			'ac_no',
			'part_no',
			'president',
			'president_name',
			'committee_members',
			'last_meeting',
			'notes'
		]);
		// each column as the sheet names it: "Booth President" is merged over "Appointed" and "Name"
		expect(r.headers.map((h) => `${h.letter} ${h.header}`)).toEqual([
			'A AC No',
			'B Booth No',
			'C Booth President',
			'D Booth President Name',
			'E Committee Members',
			'F Last Meeting Date',
			'G Notes'
		]);
		expect(
			r.rows.map((x) => [
				x.part_no,
				x.president,
				x.president_name,
				x.committee_members,
				x.last_meeting
			])
		).toEqual([
			[1, true, 'रमेश चन्द्र गुप्ता', 16, '2026-09-17'],
			[2, true, 'सुनील कुमार', 20, '2026-10-13'],
			[3, true, 'सीता देवी', 14, '2026-11-21'],
			[4, false, null, 16, '2026-09-13'],
			[344, true, 'हीरा लाल', 18, '2026-10-09'],
			[345, true, 'मुकेश श्रीवास्तव', 22, '2026-11-25']
		]);
		expect(r.rows[0].notes).toBe('गुरू नानक इ0 कालेज लडको का चक नं0 120 नारायनपुरवा');
	});

	it('the same workbook in the 2014 numbering: Govindnagar had 344 booths', async () => {
		const r = await importFixture('merged-header.xlsx', 'org', 'LS2014');
		expect(r.rows).toHaveLength(5);
		expect(shown(r.problems)).toEqual([
			{
				file: 'merged-header.xlsx',
				row: 9,
				column: 'B "Booth No"',
				message:
					'AC 212 has no booth 345 in this numbering (expected one of its 344 booths, 1 to 344)'
			}
		]);
	});

	it('a booth given twice is named on its later row, with the first; another AC may reuse the number', async () => {
		const r = await importFixture('duplicate-booths.csv', 'org', 'LS2014');
		expect(r.rows.map((x) => [x.ac_no, x.part_no, x.notes])).toEqual([
			[213, 7, 'from ward sheet 1'],
			[213, 8, 'from ward sheet 1'],
			[214, 7, 'same number, another AC: not a duplicate'],
			[213, 9, 'from ward sheet 1']
		]);
		expect(r.rowsWithProblems).toBe(2);
		expect(shown(r.problems)).toEqual([
			{
				file: 'duplicate-booths.csv',
				row: 6,
				column: 'B "Booth No"',
				message: 'expected each booth once, got booth 7 of AC 213 again (first on row 2)'
			},
			{
				file: 'duplicate-booths.csv',
				row: 7,
				column: 'B "Booth No"',
				message: 'expected each booth once, got booth 8 of AC 213 again (first on row 3)'
			}
		]);
	});

	it('all 253 booths of Sishamau with Devanagari digits, ".00" and Indian grouping; the totals row is named', async () => {
		const r = await importFixture('indian-numbers.csv', 'org', 'AE2017');
		expect(r.rows.map((x) => x.part_no)).toEqual(Array.from({ length: 253 }, (_, i) => i + 1));
		expect(r.columns).toEqual(['ac_no', 'part_no', 'committee_members', 'panna_pramukh']);
		// row 4 is "२१३,३,"1,500",१२,५०"; row 5 "213,4,"1,293",18.00,44.00"
		expect(r.rows[2]).toMatchObject({
			ac_no: 213,
			part_no: 3,
			committee_members: 12,
			panna_pramukh: 50
		});
		expect(r.rows[3]).toMatchObject({ part_no: 4, committee_members: 18, panna_pramukh: 44 });
		const sum = (k: 'committee_members' | 'panna_pramukh') =>
			r.rows.reduce((s, x) => s + (x[k] ?? 0), 0);
		// The totals row holds "3,490" and "9,194": read as numbers (no problem in those columns),
		// and they are the sums of the rows read. Only its AC and booth cells are problems.
		expect([sum('committee_members'), sum('panna_pramukh')]).toEqual([3490, 9194]);
		expect(r.rowsWithProblems).toBe(1);
		expect(shown(r.problems)).toEqual([
			{
				file: 'indian-numbers.csv',
				row: 255,
				column: 'A "AC No"',
				message: 'expected a whole number, got "कुल योग"'
			},
			{
				file: 'indian-numbers.csv',
				row: 255,
				column: 'B "Booth No"',
				message: 'expected a booth number from 1 to 99999, got an empty cell'
			}
		]);
	});

	it("a state office's register of all 403 ACs: every row checked, the two unmatched booths named", async () => {
		const r = await importFixture('state-wide.csv', 'org', 'LS2014');
		expect(r.rows).toHaveLength(806);
		expect(new Set(r.rows.map((x) => x.ac_no)).size).toBe(403);
		expect(r.rows.slice(0, 2).map((x) => [x.ac_no, x.part_no, x.committee_members])).toEqual([
			[1, 1, 15],
			[1, 318, 13]
		]);
		expect(r.rowsWithProblems).toBe(2);
		expect(shown(r.problems)).toEqual([
			{
				file: 'state-wide.csv',
				row: 202,
				column: 'B "बूथ संख्या"',
				message:
					'AC 100 has no booth 363 in this numbering (expected one of its 362 booths, 1 to 362)'
			},
			{
				file: 'state-wide.csv',
				row: 809,
				column: 'B "बूथ संख्या"',
				message:
					'AC 403 has no booth 302 in this numbering (expected one of its 301 booths, 1 to 301)'
			}
		]);
	});

	it('the same register in the 2017 numbering: the 4 ACs without 2017 booths (192, 193, 194, 402) are said so', async () => {
		const r = await importFixture('state-wide.csv', 'org', 'AE2017');
		const unknown = r.problems.filter((p) => p.key === 'imp.acUnknown');
		expect(unknown).toHaveLength(4 * 2);
		expect(shown(unknown)[0]).toEqual({
			file: 'state-wide.csv',
			row: 385,
			column: 'A "विधानसभा संख्या"',
			message: 'expected an AC with booths in this numbering, got AC 192'
		});
		const kept = new Set(r.rows.map((x) => x.ac_no));
		for (const ac of [192, 193, 194, 402]) expect(kept.has(ac)).toBe(false);
		for (const ac of [1, 213, 403]) expect(kept.has(ac)).toBe(true);
	});

	it('semicolons (a European-region Excel), dates with dots, commas inside cells', async () => {
		const r = await importFixture('semicolon-separated.csv', 'org', 'LS2014');
		expect(shown(r.problems)).toEqual([]);
		expect(r.rows.map((x) => [x.ac_no, x.part_no, x.committee_members, x.last_meeting])).toEqual([
			[215, 1, 17, '2026-11-05'],
			[215, 2, 13, '2026-11-21'],
			[215, 3, 17, '2026-11-05'],
			[215, 4, 13, '2026-11-01'],
			[215, 5, 17, '2026-11-25']
		]);
		expect(r.rows[0].notes).toBe(
			'CHACHA NEHRU INTER COLLEGE GOVIND NAGAR, ROOM NO.1, CHAK 124 GOVIND NAGAR'
		);
	});

	it.each([
		{ fixture: 'booth-list.pdf', as: 'booth-list.pdf', got: 'a PDF document' },
		{ fixture: 'booth-list.pdf', as: 'booths.csv', got: 'a PDF document' },
		{ fixture: 'register-photo.png', as: 'register.csv', got: 'a PNG image' }
	])(
		'not a spreadsheet: $fixture named $as is one problem, nothing read',
		async ({ fixture, as, got }) => {
			const r = await importFixture(fixture, 'org', 'LS2014', as);
			expect(r.rows).toEqual([]);
			expect(r.columns).toEqual([]);
			expect(shown(r.problems)).toEqual([
				{
					file: as,
					row: 0,
					column: '',
					message: `expected a CSV or Excel (.xlsx) file, got ${got}`
				}
			]);
		}
	);
});

describe('booth-location files', () => {
	it('Hindi headers, semicolons, a byte-order mark; a point with latitude and longitude swapped', async () => {
		const r = await importFixture('coords-hindi-semicolon.csv', 'coords', 'AE2017');
		// the swapped point (booth 6) rejects the file: nothing to store, though 7 rows passed
		expect(r.rows).toEqual([]);
		expect(r.accepted).toBe(7);
		expect(r.rejected).toMatchObject({ value: 0, outside: 1 });
		// without that row, the file is stored whole
		const text = readFileSync(DIR + 'coords-hindi-semicolon.csv', 'utf8');
		const fixed = text.replace(/^213;6;[^\n]*\n/m, '');
		const ok = await importFile(
			new File([fixed], 'coords-hindi-semicolon.csv'),
			'coords',
			askFor('AE2017')
		);
		expect(ok.errors).toEqual([]);
		expect(ok.rows.map((x) => x.part_no)).toEqual([1, 2, 3, 4, 5, 7, 8]);
		expect(ok.rows[0]).toEqual({
			ac_no: 213,
			part_no: 1,
			lat: 26.46042,
			lon: 80.32472,
			name: SUTARGANJ
		});
		// the point's two columns, as the file names them (its header: विधानसभा संख्या;बूथ संख्या;अक्षांश;देशांतर;…)
		expect(shown(r.errors)).toEqual([
			{
				file: 'coords-hindi-semicolon.csv',
				row: 7,
				column: 'C "अक्षांश", D "देशांतर"',
				message:
					"expected a point inside AC 213 or within 500 m of it, got 80.33168, 26.45593, which lies 6461.7 km outside it (are latitude and longitude swapped, or is it another AC's booth?)"
			}
		]);
		expect(importText(r.errors[0], 'hi')).toBe(
			'विधानसभा क्षेत्र 213 के भीतर या उससे 500 मी. के अंदर का बिंदु होना चाहिए था, मिला 80.33168, 26.45593, जो उससे 6461.7 किमी बाहर है (क्या अक्षांश और देशांतर आपस में बदल गए हैं, या यह किसी और क्षेत्र का बूथ है?)'
		);
		expect(r.notices).toEqual([]);
	});

	describe('real points of 50 ACs: the six districts of the 2009 GIS scrape and 15 other ACs', () => {
		// coords-many-acs.csv (README.md): row n of the file is lines[n - 1]
		const lines = readFileSync(DIR + 'coords-many-acs.csv', 'utf8')
			.trimEnd()
			.split('\n');
		const cells = (row: number) => lines[row - 1].split(',');
		/** the file's ACs, in the order they first appear */
		const acs = [...new Set(lines.slice(1).map((l) => Number(l.split(',')[0])))];
		const POINT = "(are latitude and longitude swapped, or is it another AC's booth?)";
		const outside = (row: number, km: string) => {
			const [ac, , lat, lon] = cells(row);
			return {
				file: 'coords-many-acs.csv',
				row,
				column: 'C "Latitude", D "Longitude"',
				message: `expected a point inside AC ${ac} or within 500 m of it, got ${lat}, ${lon}, which lies ${km} km outside it ${POINT}`
			};
		};
		const problem = (row: number, column: string, message: string) => ({
			file: 'coords-many-acs.csv',
			row,
			column,
			message
		});

		it('checks every AC the file names, the 41st to the 50th too, and names each problem by its column', async () => {
			expect(lines[0]).toBe('AC No,Part No,Latitude,Longitude');
			expect(lines).toHaveLength(102);
			expect(acs).toHaveLength(51); // 50 ACs of Uttar Pradesh, and AC 404, which no state has
			const r = await importFixture('coords-many-acs.csv', 'coords', 'LS2014');
			expect(r.rows).toEqual([]); // a file with problems stores nothing
			expect(r.accepted).toBe(101 - 13);
			expect(r.rejected).toEqual({
				value: 2,
				unknownAc: 1,
				unknownBooth: 2,
				duplicate: 1,
				outside: 7
			});
			expect(r.nearEdge).toEqual([]);
			expect(shown(r.errors)).toEqual([
				// Bareilly: the six ACs whose every point the raw boundaries put in another AC
				// (booth-coords-real.test.ts), here the first row of each
				outside(10, '80.1'), // AC 118 Baheri, in AC 114 Bilsi
				outside(11, '46.0'),
				outside(12, '50.0'),
				outside(13, '19.0'),
				outside(18, '48.0'),
				outside(19, '19.4'), // AC 125 Bareilly Cantt., in AC 123 Bithari Chainpur
				// Lucknow AC 168 booth 139 has no coordinates in the scrape
				problem(24, 'C "Latitude"', 'expected a number from -90 to 90, got ""'),
				problem(24, 'D "Longitude"', 'expected a number from -180 to 180, got ""'),
				// an auxiliary booth
				problem(29, 'B "Part No"', 'expected a whole number from 1 to 99999, got "105A"'),
				// the 2009 list of AC 175 runs to 273; its 2014 Form 20 to 240
				problem(
					40,
					'B "Part No"',
					'AC 175 has no booth 241 in this election (expected one of its 240 booths, 1 to 240)'
				),
				// Faizabad AC 276 booth 190: longitude 28.28, not 82.28
				outside(47, '5304.3'),
				// the made-up rows at the end
				problem(100, 'A "AC No"', 'expected an AC with booth results in this election, got AC 404'),
				problem(
					101,
					'B "Part No"',
					'AC 403 has no booth 302 in this election (expected one of its 301 booths, 1 to 301)'
				),
				problem(
					102,
					'B "Part No"',
					'expected each booth once, got booth 1 of AC 1 again (first on row 70)'
				)
			]);
			expect(cells(70).slice(0, 2)).toEqual(['1', '1']);
			// no AC of Uttar Pradesh is said to have no booths, however late in the file it comes
			expect(r.errors.filter((e) => e.key === 'imp.coordsAcUnknown').map((e) => e.row)).toEqual([
				100
			]);
		});

		it('without its problem rows, the file is stored whole: every booth of 44 ACs', async () => {
			const bad = new Set([10, 11, 12, 13, 18, 19, 24, 29, 40, 47, 100, 101, 102]);
			const fixed = lines.filter((_, i) => !bad.has(i + 1)).join('\n');
			const ok = await importFile(
				new File([fixed], 'coords-many-acs.csv'),
				'coords',
				askFor('LS2014')
			);
			expect(ok.errors).toEqual([]);
			expect(ok.rows).toHaveLength(88);
			const stored = [...new Set(ok.rows.map((x) => x.ac_no))];
			// the 35 ACs of the six districts but Bareilly's six, and the 15 others
			expect(stored).toEqual(acs.filter((ac) => ![118, 119, 120, 121, 124, 125, 404].includes(ac)));
			expect(stored).toHaveLength(44);
			// each row as the file has it
			expect(ok.rows.at(-1)).toEqual({
				ac_no: 403,
				part_no: 301,
				lat: Number(cells(99)[2]),
				lon: Number(cells(99)[3])
			});
		});
	});

	it.each([
		{ fixture: 'merged-header.xlsx', got: 'an Excel workbook: save it as CSV' },
		{ fixture: 'booth-list.pdf', got: 'a PDF document' },
		{ fixture: 'register-photo.png', got: 'a PNG image' }
	])('not a CSV file: $fixture is one problem, nothing read', async ({ fixture, got }) => {
		const r = await importFixture(fixture, 'coords', 'AE2017');
		expect(r.rows).toEqual([]);
		expect(shown(r.errors)).toEqual([
			{ file: fixture, row: 0, column: '', message: `expected a CSV file, got ${got}` }
		]);
	});
});
