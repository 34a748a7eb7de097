/**
 * Reads a party's organisation workbook (.xlsx): the first sheet becomes a grid of cells, checked
 * by parseOrgCells (org-import.ts) exactly as a CSV would be. Party offices keep these sheets in
 * Excel, and asking them to export CSV first loses Hindi text to the wrong encoding too often.
 *
 * The reader is read-excel-file. Its package has no main entry, only `read-excel-file/browser`
 * (File, Blob or ArrayBuffer), `/node` (a path, stream or Buffer, via Node streams: not bundleable
 * for the browser), `/web-worker` and `/universal` (Blob or ArrayBuffer, in any environment: it
 * needs only fflate and its own XML parser). We only ever hold the bytes of a file the user
 * picked, so `/universal` serves both the browser build and the Node tests; it is imported
 * dynamically so that its code is fetched only when someone actually imports a workbook.
 *
 *   const parse = await readOrgXlsx(await file.arrayBuffer(), file.name, ctx);
 *   // parse.problems: [] or, for a file that is not a workbook, one problem on row 0
 */
import { parseOrgCells, type OrgContext, type OrgParse } from './org-import.ts';

type SheetCell = string | number | boolean | Date | null;

const failed = (file: string, message: string): OrgParse => ({
	rows: [],
	problems: [{ file, row: 0, column: '', message }],
	rowsWithProblems: 0,
	columns: []
});

/** What read-excel-file's InvalidInputError codes mean for someone who picked a file. */
const GOT: Record<string, string> = {
	XLS_FILE_NOT_SUPPORTED: 'an old-format .xls workbook (save it as .xlsx, or as CSV)',
	NO_DATA: 'an empty file',
	FILE_NOT_SUPPORTED: 'a file of another kind (a CSV file should be imported as CSV)',
	INVALID_ZIP: 'a damaged or incomplete .xlsx file',
	INPUT_TYPE_NOT_SUPPORTED: 'something other than the bytes of a file'
};

export async function readOrgXlsx(
	data: ArrayBuffer | Blob,
	file: string,
	ctx: OrgContext
): Promise<OrgParse> {
	let readSheet: typeof import('read-excel-file/universal').readSheet;
	try {
		({ readSheet } = await import('read-excel-file/universal'));
	} catch (e) {
		return failed(file, `could not load the Excel reader, so the workbook was not read: ${e}`);
	}
	let sheet: SheetCell[][];
	try {
		// A Node Buffer or other typed array is a view on an ArrayBuffer, not one itself.
		const input = ArrayBuffer.isView(data)
			? (data.buffer as ArrayBuffer).slice(data.byteOffset, data.byteOffset + data.byteLength)
			: data;
		sheet = (await readSheet(input)) as unknown as SheetCell[][];
	} catch (e) {
		const code = (e as { code?: unknown } | null)?.code;
		const got = GOT[String(code)] ?? `an error: ${e instanceof Error ? e.message : e}`;
		return failed(
			file,
			`could not be read as an Excel workbook: expected an .xlsx file, got ${got}`
		);
	}
	// Excel's TRUE/FALSE cells arrive as booleans; as text they read as yes/no.
	const cells = sheet.map((row) => row.map((c) => (typeof c === 'boolean' ? String(c) : c)));
	return parseOrgCells(cells, file, ctx);
}
