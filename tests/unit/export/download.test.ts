/**
 * The files Kshetra hands to the browser's download carry exactly one UTF-8 byte-order mark
 * (EF BB BF), which Excel needs to read Hindi: the serialisers write none and the download adds
 * it once. Two marks made Excel show "ï»¿" before the first header.
 */
import { describe, expect, it } from 'vitest';
import { textBlob } from '../../../src/lib/export/download.ts';
import {
	orgProblemsCsv,
	orgRowsToCsv,
	orgTemplateCsv,
	parseOrgText
} from '../../../src/lib/import/org-import.ts';

const BOM = [0xef, 0xbb, 0xbf];
const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];
/** How many byte-order marks the bytes start with. */
function marks(bytes: number[]): number {
	let n = 0;
	while (BOM.every((b, i) => bytes[3 * n + i] === b)) n++;
	return n;
}

const ctx = { booths: () => new Set([1, 2]) };
const parsed = parseOrgText('AC No,Booth No\n213,1\n213,9\n', 'x.csv', ctx);

describe('downloaded CSV files', () => {
	it.each([
		['the English template', orgTemplateCsv('en')],
		['the Hindi template', orgTemplateCsv('hi')],
		['an export of the organisation data', orgRowsToCsv(parsed.rows, 'hi')],
		['the problems of an import', orgProblemsCsv(parsed.problems, 'x.csv', 'hi')],
		['text that already starts with a mark', '\uFEFFa,b\n1,2\n']
	])('%s starts with exactly one EF BB BF', async (_, text) => {
		const blob = textBlob(text);
		expect(blob.type).toBe('text/csv;charset=utf-8');
		const bytes = await bytesOf(blob);
		expect(bytes.slice(0, 3)).toEqual(BOM);
		expect(marks(bytes)).toBe(1);
		// and the text after it is the serialised text, unchanged
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bytes))).toBe(
			'\uFEFF' + text.replace(/^\uFEFF/, '')
		);
	});

	it('other files get no mark', async () => {
		const bytes = await bytesOf(textBlob('<svg/>', 'image/svg+xml'));
		expect(marks(bytes)).toBe(0);
	});
});
