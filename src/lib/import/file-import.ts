/**
 * Reads a user's file of any size in pieces and checks it, for both importers (organisation data,
 * booth locations). It runs in a Web Worker (import.worker.ts), so that a 100 MB file neither
 * freezes the page nor has to sit in memory whole; it is plain code, so the tests run it in Node.
 *
 * What the file is comes from its first bytes, not its name: an .xlsx workbook (organisation data
 * only), CSV/TSV text in UTF-8, UTF-16 or Windows-1252, or something that is not a table (a PDF,
 * a photo), which is reported in one message. Text is decoded and split into records chunk by
 * chunk; the booth numbers of each AC the rows name are asked for once, the first time the AC
 * appears (the page answers from its database), so one pass over the file is enough.
 *
 *   const result = await importFile(file, 'org', ask, (p) => console.log(p.bytes, p.total));
 */
import type { Feature } from 'geojson';
import type { ImportMessage } from '$lib/i18n/messages/imports.ts';
import { importText } from '$lib/i18n/messages/imports.ts';
import { metresOutside, type Area } from '../model/booth-areas.ts';
import { CoordsReader, noneRejected, type CoordsResult } from './booth-coords.ts';
import { CsvReader, looksBinary, sniffBytes, TextStream, type Cell } from './csv-cells.ts';
import { OrgReader, orgFailure, type OrgParse } from './org-import.ts';
import { readXlsxCells } from './org-xlsx.ts';

export type ImportKind = 'org' | 'coords';
export type ImportResult<K extends ImportKind> = K extends 'org' ? OrgParse : CoordsResult;

export interface ImportProgress {
	/** bytes of the file read so far, and in all */
	bytes: number;
	total: number;
	/** data rows checked so far */
	rows: number;
	/** reading text, or opening a workbook (which is read whole first) */
	phase: 'text' | 'workbook';
}

/** The page's answer for one AC: its booth numbers (null: no booths), and its polygon (locations). */
export interface AcAnswer {
	ac: number;
	parts: number[] | null;
	area?: Feature<Area> | null;
}
export type AskBooths = (acs: number[]) => Promise<AcAnswer[]>;

/** Bytes read at a time: big enough to be quick, small enough for progress to move smoothly. */
export const CHUNK = 2 * 1024 * 1024;
/** Rows of a workbook checked between two progress reports. */
const SHEET_BATCH = 20_000;

interface Reader {
	rowsRead: number;
	push(cells: Cell[][], lines: number[]): void;
	close(): void;
	wantedAcs(): number[];
	check(): void;
}

/** A file that is not a table at all: one problem, on row 0. */
function notATable<K extends ImportKind>(kind: K, file: string, msg: ImportMessage) {
	if (kind === 'org') return orgFailure(file, msg) as ImportResult<K>;
	const error = { file, row: 0, column: '', field: '', message: importText(msg, 'en'), ...msg };
	const none: CoordsResult = {
		rows: [],
		errors: [error],
		notices: [],
		accepted: 0,
		rejected: noneRejected(),
		nearEdge: []
	};
	return none as ImportResult<K>;
}

export async function importFile<K extends ImportKind>(
	file: Blob & { name: string },
	kind: K,
	ask: AskBooths,
	progress: (p: ImportProgress) => void = () => {},
	chunk = CHUNK
): Promise<ImportResult<K>> {
	const total = file.size;
	const name = file.name;
	const booths = new Map<number, Set<number>>();
	const areas = new Map<number, Feature<Area>>();
	const reader: Reader & { result(): OrgParse | CoordsResult } =
		kind === 'org'
			? new OrgReader(name, { booths: (ac) => booths.get(ac) })
			: new CoordsReader(name, {
					booths: (ac) => booths.get(ac),
					metresOutside: (ac, lon, lat) => {
						const area = areas.get(ac);
						return area ? metresOutside(area, lon, lat) : Infinity;
					}
				});
	/** Asks for the booths of the ACs the rows pushed so far name, then checks those rows. */
	const check = async () => {
		const acs = reader.wantedAcs();
		if (acs.length)
			for (const a of await ask(acs)) {
				if (a.parts) booths.set(a.ac, new Set(a.parts));
				if (a.area) areas.set(a.ac, a.area);
			}
		reader.check();
	};
	const bytesOf = async (from: number, to: number) =>
		new Uint8Array(await file.slice(from, to).arrayBuffer());

	const head = await bytesOf(0, Math.min(total, 16));
	const sort = sniffBytes(head);
	const kindOf: Partial<Record<typeof sort, ImportMessage['key']>> = {
		pdf: 'imp.kind.pdf',
		png: 'imp.kind.png',
		jpeg: 'imp.kind.jpeg',
		gif: 'imp.kind.gif',
		ole: 'imp.kind.ole',
		...(kind === 'coords' ? { zip: 'imp.kind.xlsx' as const } : {})
	};
	const other = kindOf[sort];
	if (other)
		return notATable(kind, name, {
			key: kind === 'org' ? 'imp.notTable' : 'imp.notCsv',
			vars: { kind: { key: other } }
		});

	if (sort === 'zip') {
		// A workbook is read whole (the zip's directory is at its end), then checked in batches.
		const all = new Uint8Array(total);
		for (let at = 0; at < total; at += chunk) {
			all.set(await bytesOf(at, Math.min(total, at + chunk)), at);
			progress({ bytes: Math.min(total, at + chunk), total, rows: 0, phase: 'workbook' });
		}
		const sheet = await readXlsxCells(all.buffer);
		if ('problem' in sheet) return notATable(kind, name, sheet.problem);
		for (let i = 0; i < sheet.cells.length; i += SHEET_BATCH) {
			const rows = sheet.cells.slice(i, i + SHEET_BATCH);
			reader.push(
				rows,
				rows.map((_, j) => i + j + 1)
			);
			await check();
			progress({ bytes: total, total, rows: reader.rowsRead, phase: 'workbook' });
		}
		reader.close();
		await check();
		return reader.result() as ImportResult<K>;
	}

	const text = new TextStream();
	const csv = new CsvReader();
	for (let at = 0; at < total || at === 0; at += chunk) {
		const end = Math.min(total, at + chunk);
		const last = end >= total;
		const piece = text.decode(await bytesOf(at, end), last);
		if (at === 0 && looksBinary(piece))
			return notATable(kind, name, {
				key: kind === 'org' ? 'imp.notTable' : 'imp.notCsv',
				vars: { kind: { key: 'imp.kind.binary' } }
			});
		const { cells, lines } = csv.push(piece, last);
		reader.push(cells, lines);
		if (last) reader.close();
		await check();
		progress({ bytes: end, total, rows: reader.rowsRead, phase: 'text' });
		if (last) break;
	}
	return reader.result() as ImportResult<K>;
}
