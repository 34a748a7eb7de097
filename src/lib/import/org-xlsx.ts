/**
 * Reads a party's organisation workbook (.xlsx): the first sheet becomes a grid of cells, checked
 * by parseOrgCells (org-import.ts) exactly as a CSV would be. Party offices keep these sheets in
 * Excel, and asking them to export CSV first loses Hindi text to the wrong encoding too often.
 *
 * The reader is read-excel-file. Its package has no main entry, only `read-excel-file/browser`
 * (File, Blob or ArrayBuffer), `/node` (a path, stream or Buffer, via Node streams: not bundleable
 * for the browser), `/web-worker` and `/universal` (Blob or ArrayBuffer, in any environment: it
 * needs only fflate and its own XML parser). We only ever hold the bytes of a file the user
 * picked, so `/universal` serves the browser, the import worker and the Node tests; it is imported
 * dynamically so that its code is fetched only when someone actually imports a workbook.
 *
 *   const parse = await readOrgXlsx(await file.arrayBuffer(), file.name, ctx);
 *   // parse.problems: [] or, for a file that is not a workbook, one problem on row 0
 */
import type { ImportMessage } from '$lib/i18n/messages/imports.ts';
import { orgFailure, parseOrgCells, type OrgContext, type OrgParse } from './org-import.ts';

export type SheetCell = string | number | Date | null;

/** What read-excel-file's InvalidInputError codes mean for someone who picked a file. */
const GOT: Record<string, ImportMessage['key']> = {
	XLS_FILE_NOT_SUPPORTED: 'imp.kind.xls',
	NO_DATA: 'imp.kind.empty',
	FILE_NOT_SUPPORTED: 'imp.kind.other',
	INVALID_ZIP: 'imp.kind.damagedZip',
	INPUT_TYPE_NOT_SUPPORTED: 'imp.kind.notBytes'
};

/** The first sheet's cells, or why the bytes are not a workbook. */
export async function readXlsxCells(
	data: ArrayBuffer | Blob
): Promise<{ cells: SheetCell[][] } | { problem: ImportMessage }> {
	let readSheet: typeof import('read-excel-file/universal').readSheet;
	try {
		({ readSheet } = await import('read-excel-file/universal'));
	} catch (e) {
		return { problem: { key: 'imp.xlsxLoad', vars: { error: String(e) } } };
	}
	try {
		// A Node Buffer or other typed array is a view on an ArrayBuffer, not one itself.
		const input = ArrayBuffer.isView(data)
			? (data.buffer as ArrayBuffer).slice(data.byteOffset, data.byteOffset + data.byteLength)
			: data;
		const sheet = (await readSheet(input)) as unknown as (SheetCell | boolean)[][];
		// Excel's TRUE/FALSE cells arrive as booleans; as text they read as yes/no.
		return { cells: sheet.map((row) => row.map((c) => (typeof c === 'boolean' ? String(c) : c))) };
	} catch (e) {
		const code = GOT[String((e as { code?: unknown } | null)?.code)];
		return {
			problem: code
				? { key: 'imp.xlsxBad', vars: { kind: { key: code } } }
				: { key: 'imp.xlsxError', vars: { error: e instanceof Error ? e.message : String(e) } }
		};
	}
}

export async function readOrgXlsx(
	data: ArrayBuffer | Blob,
	file: string,
	ctx: OrgContext
): Promise<OrgParse> {
	const read = await readXlsxCells(data);
	return 'problem' in read ? orgFailure(file, read.problem) : parseOrgCells(read.cells, file, ctx);
}
