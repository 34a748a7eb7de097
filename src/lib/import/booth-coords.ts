/**
 * Reads a user's booth-location file (CSV: ac_no, part_no, lat, lon, optional name) and checks
 * every row, so that a bad file is reported row by row and nothing of it is used (`rows` is empty
 * when any row has a problem). Pure: the caller supplies which booths exist and the AC polygons.
 * Every problem names the file, the row, the column as the user's file has it (its spreadsheet
 * letter and header text, e.g. B "Part No", as the organisation import does), what was expected
 * and what was found.
 *
 * Accepts comma-, semicolon- or tab-separated files (csv-cells.ts), a UTF-8 byte-order mark, and
 * the header spellings latitude/longitude/lng, ac/ac no, part/booth/ps no (any case). A row is an error when a number is
 * not a number, the AC or booth does not exist in the chosen election, a booth appears twice, or
 * the point lies more than BOUNDARY_TOLERANCE_M outside its AC. Accepted points outside the AC (by
 * less than that) are listed in `nearEdge`: the map draws them just inside it.
 *
 *   parseBoothCoords('ac_no,part_no,lat,lon\n213,1,26.47,80.33', 'x.csv', ctx)
 *   → { rows: [{ ac_no: 213, part_no: 1, lat: 26.47, lon: 80.33 }], errors: [] }
 */
import { importText, type ImportMessage } from '$lib/i18n/messages/imports.ts';
import {
	blank,
	cellText,
	columnName,
	devanagariDigits,
	headerColumnsOf,
	looksBinary,
	looksKrutiDev,
	quote,
	textToCells,
	wholeNumber,
	type Cell
} from './csv-cells.ts';
import { krutiDevToUnicode } from '$lib/model/krutidev.ts';

export { decodeText } from './csv-cells.ts';

export interface BoothCoord {
	ac_no: number;
	part_no: number;
	lat: number;
	lon: number;
	name?: string;
}

/** A problem with the file: where, and what (its key and values, and its English text). */
export interface RowError extends ImportMessage {
	file: string;
	/** 1-based line in the file (the header is row 1); 0 for the file as a whole */
	row: number;
	/**
	 * The column as the user's file names it: its spreadsheet letter and header text, e.g.
	 * 'B "Part No"', or both of a point's, 'C "Latitude", D "Longitude"'; '' for the file, the
	 * header or the row as a whole.
	 */
	column: string;
	/** the fields the columns were read as ('part_no', 'lat, lon'), for programs; '' when none */
	field: string;
	/** in English; the interface shows importText(error, lang) */
	message: string;
}

export interface CoordsContext {
	/** booth numbers that exist, per AC, in the election the file is for */
	booths: (ac: number) => Set<number> | undefined;
	/** how far, in metres, the point lies outside the AC's polygon (0 inside) */
	metresOutside: (ac: number, lon: number, lat: number) => number;
}

/** Why a data row was not accepted (its first problem). */
export type RejectReason = 'value' | 'unknownAc' | 'unknownBooth' | 'duplicate' | 'outside';

/** An accepted row whose point lies outside its AC, by at most BOUNDARY_TOLERANCE_M. */
export interface NearEdge {
	row: number;
	ac_no: number;
	part_no: number;
	/** how far outside, in whole metres */
	metres: number;
}

export interface CoordsResult {
	/** the rows to store: all of them when the file has no error, none when it has any */
	rows: BoothCoord[];
	errors: RowError[];
	/** what was changed while reading (booth names in Kruti Dev made Unicode) */
	notices: (ImportMessage & { message: string })[];
	/** data rows that passed every check (whether or not the file as a whole did) */
	accepted: number;
	/** data rows not accepted, by their first problem; counted in full, unlike `errors` */
	rejected: Record<RejectReason, number>;
	/**
	 * accepted rows whose point lies just outside the AC's (simplified) boundary; the map draws
	 * them just inside it (snapInside in booth-areas.ts)
	 */
	nearEdge: NearEdge[];
}

/** No rows rejected yet. */
export const noneRejected = (): Record<RejectReason, number> => ({
	value: 0,
	unknownAc: 0,
	unknownBooth: 0,
	duplicate: 0,
	outside: 0
});

type Key = keyof BoothCoord;
const HEADERS: Record<Key, string[]> = {
	ac_no: [
		'ac_no',
		'ac',
		'ac number',
		'assembly constituency no',
		'विधानसभा संख्या',
		'विधानसभा क्रमांक',
		'विधान सभा क्रमांक'
	],
	part_no: [
		'part_no',
		'part',
		'booth',
		'booth no',
		'booth number',
		'part number',
		'ps no',
		'polling station',
		'polling station no',
		'बूथ संख्या',
		'बूथ क्रमांक',
		'भाग संख्या',
		'मतदान केंद्र संख्या',
		'मतदान केन्द्र संख्या'
	],
	lat: ['lat', 'latitude', 'अक्षांश'],
	lon: ['lon', 'lng', 'long', 'longitude', 'देशांतर', 'देशान्तर'],
	name: [
		'name',
		'booth name',
		'ps name',
		'station name',
		'polling station name',
		'मतदान केंद्र का नाम',
		'मतदान केन्द्र का नाम',
		'बूथ का नाम',
		'नाम'
	]
};
const REQUIRED = ['ac_no', 'part_no', 'lat', 'lon'] as const;
/** What a header lacking one required column is told (the AC and booth as the organisation import says them). */
const HEADER_LACKS: Record<(typeof REQUIRED)[number], ImportMessage['key']> = {
	ac_no: 'imp.headerNoAc',
	part_no: 'imp.headerNoBooth',
	lat: 'imp.coordsHeaderLat',
	lon: 'imp.coordsHeaderLon'
};

/**
 * How far outside its AC's polygon a point may lie and still be accepted. The AC boundaries Kshetra
 * ships were simplified at source with a 300 m tolerance, so real polling stations near a boundary
 * can fall just outside it (of Lucknow's 2,811 located stations of 2009, 164 lie outside by 500 m or
 * less; the median of those outside is 252 m).
 */
export const BOUNDARY_TOLERANCE_M = 500;

/**
 * Problems kept in full (the last then says how many more there are), as in the organisation
 * import: more than every booth of Uttar Pradesh, so that the problems' CSV lists every rejected
 * row of even a state-wide file, while a file of nothing but problems stays bounded. The page
 * shows the first few and offers them all as a CSV file.
 */
export const MAX_ERRORS = 200_000;
/** Rows with text searched for the header (title rows above it, and empty rows, are skipped). */
const HEADER_SEARCH = 10;

const m = (key: ImportMessage['key'], vars: ImportMessage['vars'] = {}): ImportMessage => ({
	key,
	vars
});
const filled = (r: Cell[]) => r.some((c) => !blank(cellText(c)));

/**
 * Reads booth locations as they come (see OrgReader in org-import.ts): push() records, ask the
 * booths of wantedAcs(), check(), and at the end result().
 */
export class CoordsReader {
	rowsRead = 0;
	private buffer: { r: Cell[]; row: number }[] = [];
	private state: 'header' | 'rows' | 'failed' = 'header';
	private col = headerColumnsOf([], HEADERS);
	/** each recognised field's column as messages name it, e.g. B "Part No" */
	private where = {} as Record<Key, string>;
	private headerLine = 1;
	private kruti: boolean | null = null;
	private converted: { n: number; from: string; to: string } | null = null;
	private errors: RowError[] = [];
	private errorCount = 0;
	private out: BoothCoord[] = [];
	private rejected = noneRejected();
	private nearEdge: NearEdge[] = [];
	private seen = new Map<string, number>();
	private asked = new Set<number>();

	constructor(
		private file: string,
		private ctx: CoordsContext
	) {}

	push(cells: Cell[][], lines: number[]) {
		cells.forEach((r, i) => this.buffer.push({ r, row: lines[i] ?? i + 1 }));
		if (this.state === 'header' && this.buffer.filter((b) => filled(b.r)).length >= HEADER_SEARCH)
			this.readHeader();
	}

	close() {
		if (this.state === 'header') this.readHeader();
	}

	/** The rows that passed every check so far, also when others did not (result() stores none then). */
	get acceptedRows(): readonly BoothCoord[] {
		return this.out;
	}

	wantedAcs(): number[] {
		if (this.state !== 'rows') return [];
		const acs: number[] = [];
		for (const { r } of this.buffer) {
			const p = wholeNumber(r[this.col.ac_no]);
			const ac = 'value' in p ? p.value : null;
			if (ac !== null && ac >= 1 && !this.asked.has(ac)) acs.push((this.asked.add(ac), ac));
		}
		return acs;
	}

	/** Checks the rows pushed so far; before the header is known they wait (nothing is dropped). */
	check() {
		if (this.state === 'header') return;
		if (this.state === 'failed') return void (this.buffer = []);
		const rows = this.buffer;
		this.buffer = [];
		if (this.kruti === null && this.col.name >= 0) {
			const names = rows
				.map(({ r }) => cellText(r[this.col.name]))
				.filter((s) => s !== '')
				.slice(0, 200);
			this.kruti = names.length >= 3 && names.filter(looksKrutiDev).length >= 0.6 * names.length;
		}
		for (const { r, row } of rows) if (filled(r)) this.checkRow(r, row);
	}

	result(): CoordsResult {
		this.close();
		this.check();
		if (this.state === 'rows' && !this.out.length && !this.errorCount)
			this.error(this.headerLine + 1, [], m('imp.noRows'));
		const errors = this.errors.slice();
		if (this.errorCount > MAX_ERRORS) {
			const n = this.errorCount - (MAX_ERRORS - 1);
			errors[MAX_ERRORS - 1] = this.make(errors[MAX_ERRORS - 1].row, [], m('imp.more', { n }));
		}
		const c = this.converted;
		const notices = c
			? [
					m('imp.krutiColumn', {
						column: this.where.name,
						n: c.n,
						from: quote(c.from),
						to: quote(c.to)
					})
				]
			: [];
		return {
			rows: this.errorCount ? [] : this.out,
			errors,
			notices: notices.map((x) => ({ ...x, message: importText(x, 'en') })),
			accepted: this.out.length,
			rejected: { ...this.rejected },
			nearEdge: this.nearEdge
		};
	}

	/**
	 * A problem in the columns of these fields ([] for the row, the header or the file as a whole;
	 * `field` then says which fields a header lacks).
	 */
	private make(
		row: number,
		fields: Key[],
		msg: ImportMessage,
		field = fields.join(', ')
	): RowError {
		const column = fields.map((k) => this.where[k] ?? '').join(', ');
		return { file: this.file, row, column, field, message: importText(msg, 'en'), ...msg };
	}
	private error(row: number, fields: Key[], msg: ImportMessage, field = fields.join(', ')) {
		this.errorCount++;
		if (this.errors.length < MAX_ERRORS) this.errors.push(this.make(row, fields, msg, field));
	}

	private readHeader() {
		const rows = this.buffer.map((b) => b.r);
		const names = (r: Cell[]) => r.map((c) => [cellText(c)]);
		const withText = rows.flatMap((r, i) => (filled(r) ? [i] : [])).slice(0, HEADER_SEARCH);
		let h =
			withText.find((i) =>
				REQUIRED.every((k) => headerColumnsOf(names(rows[i]), HEADERS)[k] >= 0)
			) ?? -1;
		if (h < 0) {
			// The first row with text stands for the header: what it lacks, and what it has, by letter.
			h = withText[0] ?? 0;
			const header = rows[h] ?? [];
			const col = headerColumnsOf(names(header), HEADERS);
			const missing = REQUIRED.filter((k) => col[k] < 0);
			const seen = header
				.map((c, j) => columnName(j, cellText(c)))
				.filter((_, j) => cellText(header[j]) !== '');
			const got = `${seen.slice(0, 10).join(', ')}${seen.length > 10 ? ', …' : ''}`;
			const row = this.buffer[h]?.row ?? 1;
			if (!seen.length) this.error(row, [], m('imp.coordsHeaderEmpty'), missing.join(', '));
			else if (missing.length === REQUIRED.length)
				this.error(row, [], m('imp.coordsHeaderNone', { got }), missing.join(', '));
			else for (const k of missing) this.error(row, [], m(HEADER_LACKS[k], { got }), k);
			this.state = 'failed';
			this.buffer = [];
			return;
		}
		this.col = headerColumnsOf(names(rows[h]), HEADERS);
		for (const k of Object.keys(HEADERS) as Key[])
			if (this.col[k] >= 0) this.where[k] = columnName(this.col[k], cellText(rows[h][this.col[k]]));
		this.headerLine = this.buffer[h].row;
		this.buffer = this.buffer.slice(h + 1);
		this.state = 'rows';
	}

	private checkRow(cells: Cell[], row: number) {
		this.rowsRead++;
		const raw = (key: Key) => cellText(cells[this.col[key]]);
		const whole = (key: Key, min: number, max: number): number | null => {
			const p = wholeNumber(cells[this.col[key]]);
			if ('value' in p && p.value !== null && p.value >= min && p.value <= max) return p.value;
			this.error(row, [key], m('imp.coordsWhole', { min, max, got: quote(raw(key)) }));
			return null;
		};
		const num = (key: Key, min: number, max: number): number | null => {
			const s = devanagariDigits(raw(key));
			const v = Number(s);
			if (s !== '' && Number.isFinite(v) && v >= min && v <= max) return v;
			this.error(row, [key], m('imp.coordsNumber', { min, max, got: quote(raw(key)) }));
			return null;
		};
		const ac_no = whole('ac_no', 1, 9999);
		const part_no = whole('part_no', 1, 99999);
		const lat = num('lat', -90, 90);
		const lon = num('lon', -180, 180);
		if (ac_no === null || part_no === null || lat === null || lon === null)
			return void this.rejected.value++;
		const booths = this.ctx.booths(ac_no);
		if (!booths) {
			this.rejected.unknownAc++;
			return this.error(row, ['ac_no'], m('imp.coordsAcUnknown', { ac: ac_no }));
		}
		if (!booths.has(part_no)) {
			this.rejected.unknownBooth++;
			let [lo, hi] = [Infinity, -Infinity];
			for (const b of booths) [lo, hi] = [Math.min(lo, b), Math.max(hi, b)];
			return this.error(
				row,
				['part_no'],
				m('imp.coordsBoothUnknown', { ac: ac_no, part: part_no, n: booths.size, lo, hi })
			);
		}
		const key = `${ac_no}:${part_no}`;
		if (this.seen.has(key)) {
			this.rejected.duplicate++;
			return this.error(
				row,
				['part_no'],
				m('imp.coordsTwice', { part: part_no, ac: ac_no, first: this.seen.get(key)! })
			);
		}
		this.seen.set(key, row);
		const outside = this.ctx.metresOutside(ac_no, lon, lat);
		if (outside > BOUNDARY_TOLERANCE_M) {
			this.rejected.outside++;
			return this.error(
				row,
				['lat', 'lon'],
				m('imp.coordsOutside', {
					lat,
					lon,
					km: (outside / 1000).toFixed(1),
					ac: ac_no,
					max: BOUNDARY_TOLERANCE_M
				})
			);
		}
		if (outside > 0) this.nearEdge.push({ row, ac_no, part_no, metres: Math.ceil(outside) });
		let name = this.col.name >= 0 ? raw('name') || undefined : undefined;
		if (name && this.kruti && !/[\u0900-\u097F]/.test(name)) {
			const to = krutiDevToUnicode(name);
			this.converted ??= { n: 0, from: name, to };
			this.converted.n++;
			name = to;
		}
		this.out.push({ ac_no, part_no, lat, lon, ...(name ? { name } : {}) });
	}
}

/** Reads a whole CSV text of booth locations (see CoordsReader). */
export function parseBoothCoords(text: string, file: string, ctx: CoordsContext): CoordsResult {
	const t = String(text ?? '');
	if (looksBinary(t)) {
		const msg = m('imp.notCsv', { kind: { key: 'imp.kind.binary' } });
		return {
			rows: [],
			errors: [{ file, row: 0, column: '', field: '', message: importText(msg, 'en'), ...msg }],
			notices: [],
			accepted: 0,
			rejected: noneRejected(),
			nearEdge: []
		};
	}
	const { cells, lines } = textToCells(t);
	const reader = new CoordsReader(file, ctx);
	reader.push(cells, lines);
	return reader.result();
}
