/**
 * Reading organisation workbooks (org-xlsx.ts). The workbooks are written here with
 * write-excel-file, so each test shows exactly what the sheet holds: English and Hindi headers,
 * real date cells, TRUE/FALSE cells, a title row above the header. Anything that is not an .xlsx
 * file comes back as one problem on row 0, never as an exception.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { OrgContext, OrgRow } from '../../../src/lib/import/org-import.ts';
import { readOrgXlsx } from '../../../src/lib/import/org-xlsx.ts';

const ctx: OrgContext = {
	booths: (ac) => (ac === 213 ? new Set(Array.from({ length: 252 }, (_, i) => i + 1)) : undefined)
};
const date = (y: number, m: number, d: number) => ({
	value: new Date(Date.UTC(y, m - 1, d)),
	type: Date,
	format: 'dd/mm/yyyy'
});
async function workbook(sheet: SheetData): Promise<ArrayBuffer> {
	const buf = await writeXlsxFile(sheet).toBuffer();
	return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}
const row = (part: number, more: Partial<OrgRow>): OrgRow => ({
	ac_no: 213,
	part_no: part,
	president: null,
	president_name: null,
	committee_members: null,
	bla2: null,
	panna_pramukh: null,
	last_meeting: null,
	notes: null,
	aspirant: null,
	...more
});

describe('readOrgXlsx', () => {
	it.each([
		{
			name: 'English headers',
			sheet: [
				['AC No', 'Booth No', 'Booth President', 'Committee Members', 'BLA-2', 'Last Meeting Date'],
				[213, 1, 'yes', 21, true, date(2024, 3, 5)],
				[213, 2, 'Ram Lal', '11', false, '05/03/2024'],
				[null, null, null, null, null, null]
			],
			expected: [
				row(1, { president: true, committee_members: 21, bla2: true, last_meeting: '2024-03-05' }),
				row(2, {
					president: true,
					president_name: 'Ram Lal',
					committee_members: 11,
					bla2: false,
					last_meeting: '2024-03-05'
				})
			]
		},
		{
			name: 'Hindi headers under a title row',
			sheet: [
				['बूथ समिति सूची, विधानसभा 213'],
				['विधानसभा संख्या', 'बूथ संख्या', 'बूथ अध्यक्ष', 'पन्ना प्रमुख', 'अंतिम बैठक की तिथि', 'पसंदीदा दावेदार'],
				[213, 7, 'हाँ', '३०', date(2023, 12, 31), 'सीता देवी'],
				['२१३', '८', 'नहीं', 0, 45356, null]
			],
			expected: [
				row(7, {
					president: true,
					panna_pramukh: 30,
					last_meeting: '2023-12-31',
					aspirant: 'सीता देवी'
				}),
				row(8, { president: false, panna_pramukh: 0, last_meeting: '2024-03-05' })
			]
		}
	])('reads a workbook with $name', async ({ sheet, expected }) => {
		const r = await readOrgXlsx(await workbook(sheet), 'org.xlsx', ctx);
		expect(r.problems).toEqual([]);
		expect(r.rows).toEqual(expected);
	});

	it('reads a Blob and reports problems by spreadsheet row and column', async () => {
		const data = await workbook([
			['AC No', 'Booth No', 'BLA-2'],
			[213, 1, 'yes'],
			[213, 999, 'maybe']
		]);
		const r = await readOrgXlsx(new Blob([data]), 'org.xlsx', ctx);
		expect(r.rows).toEqual([row(1, { bla2: true })]);
		expect(r.problems.map((p) => [p.row, p.column, p.field])).toEqual([
			[3, 'B "Booth No"', 'part_no'],
			[3, 'C "BLA-2"', 'bla2']
		]);
	});

	it.each([
		{
			name: 'CSV text',
			bytes: new TextEncoder().encode('ac_no,part_no\n213,1'),
			got: /a file of another kind/
		},
		{
			name: 'an old .xls file',
			bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			got: /\.xls workbook/
		},
		{
			name: 'a broken zip',
			bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]),
			got: /damaged/
		},
		{ name: 'no bytes', bytes: new Uint8Array(0), got: /an empty file/ },
		{
			name: 'random bytes',
			bytes: Uint8Array.from({ length: 999 }, (_, i) => (i * 31) % 256),
			got: /./
		}
	])('returns one problem for $name', async ({ bytes, got }) => {
		const r = await readOrgXlsx(bytes.slice().buffer, 'org.xlsx', ctx);
		expect(r.rows).toEqual([]);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatchObject({ file: 'org.xlsx', row: 0, column: '' });
		expect(r.problems[0].message).toMatch(
			/^could not be read as an Excel workbook: expected an \.xlsx file, got /
		);
		expect(r.problems[0].message).toMatch(got);
	});
});
