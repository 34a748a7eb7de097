/**
 * Reads a user's booth-location file (CSV: ac_no, part_no, lat, lon, optional name) and checks
 * every row, so that a bad file is reported row by row and nothing of it is used. Pure: the caller
 * supplies which booths exist and the AC polygons.
 *
 * Accepts comma-, semicolon- or tab-separated files (csv-cells.ts), a UTF-8 byte-order mark, and
 * the header spellings latitude/longitude/lng, ac/ac no, part/booth/ps no (any case). A row is an error when a number is
 * not a number, the AC or booth does not exist in the chosen election, a booth appears twice, or
 * the point lies more than BOUNDARY_TOLERANCE_M outside its AC.
 *
 *   parseBoothCoords('ac_no,part_no,lat,lon\n213,1,26.47,80.33', 'x.csv', ctx)
 *   → { rows: [{ ac_no: 213, part_no: 1, lat: 26.47, lon: 80.33 }], errors: [] }
 */
import { textToCells } from './csv-cells.ts';

export { decodeText } from './csv-cells.ts';

export interface BoothCoord {
	ac_no: number;
	part_no: number;
	lat: number;
	lon: number;
	name?: string;
}

export interface RowError {
	file: string;
	/** 1-based line in the file (the header is row 1) */
	row: number;
	column: string;
	message: string;
}

export interface CoordsContext {
	/** booth numbers that exist, per AC, in the election the file is for */
	booths: (ac: number) => Set<number> | undefined;
	/** how far, in metres, the point lies outside the AC's polygon (0 inside) */
	metresOutside: (ac: number, lon: number, lat: number) => number;
}

export interface CoordsResult {
	rows: BoothCoord[];
	errors: RowError[];
}

const HEADERS: Record<keyof BoothCoord, string[]> = {
	ac_no: ['ac_no', 'ac', 'acno', 'ac no', 'ac number', 'ac_number'],
	part_no: [
		'part_no',
		'part',
		'partno',
		'part no',
		'booth',
		'booth_no',
		'booth no',
		'ps_no',
		'ps no',
		'polling station'
	],
	lat: ['lat', 'latitude'],
	lon: ['lon', 'lng', 'long', 'longitude'],
	name: ['name', 'booth_name', 'ps_name', 'station_name', 'polling station name']
};

/**
 * How far outside its AC's polygon a point may lie and still be accepted. The AC boundaries Kshetra
 * ships were simplified at source with a 300 m tolerance, so real polling stations near a boundary
 * can fall just outside it (of Lucknow's 2,811 located stations of 2009, 164 lie outside by 500 m or
 * less; the median of those outside is 252 m).
 */
export const BOUNDARY_TOLERANCE_M = 500;

/** The most errors reported for one file: enough to see the pattern without flooding the page. */
export const MAX_ERRORS = 200;

function table(text: string): { rows: string[][]; col: Record<keyof BoothCoord, number> } {
	const rows = textToCells(text).cells;
	const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
	const col = Object.fromEntries(
		Object.entries(HEADERS).map(([key, names]) => [key, header.findIndex((h) => names.includes(h))])
	) as Record<keyof BoothCoord, number>;
	return { rows, col };
}

/** The distinct AC numbers a file names (so the caller can load those ACs' booths first). */
export function acNumbersOf(text: string): number[] {
	const { rows, col } = table(text);
	if (col.ac_no < 0) return [];
	const acs = rows.slice(1).map((r) => Number((r[col.ac_no] ?? '').trim()));
	return [...new Set(acs.filter((n) => Number.isInteger(n) && n > 0))].sort((a, b) => a - b);
}

export function parseBoothCoords(text: string, file: string, ctx: CoordsContext): CoordsResult {
	const { rows, col } = table(text);
	const errors: RowError[] = [];
	const err = (row: number, column: string, message: string) => {
		if (errors.length < MAX_ERRORS) errors.push({ file, row, column, message });
	};
	const missing = (['ac_no', 'part_no', 'lat', 'lon'] as const).filter((k) => col[k] < 0);
	if (missing.length) {
		err(
			1,
			missing.join(', '),
			`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; the header must name ac_no, part_no, lat and lon`
		);
		return { rows: [], errors };
	}

	const out: BoothCoord[] = [];
	const seen = new Map<string, number>();
	rows.slice(1).forEach((cells, i) => {
		const row = i + 2;
		if (cells.every((c) => c.trim() === '')) return;
		const num = (
			key: keyof BoothCoord,
			whole: boolean,
			min: number,
			max: number
		): number | null => {
			const raw = (cells[col[key]] ?? '').trim();
			const v = Number(raw);
			if (
				raw === '' ||
				!Number.isFinite(v) ||
				(whole && !Number.isInteger(v)) ||
				v < min ||
				v > max
			) {
				err(
					row,
					key,
					`expected ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${raw}"`
				);
				return null;
			}
			return v;
		};
		const ac_no = num('ac_no', true, 1, 9999);
		const part_no = num('part_no', true, 1, 99999);
		const lat = num('lat', false, -90, 90);
		const lon = num('lon', false, -180, 180);
		if (ac_no === null || part_no === null || lat === null || lon === null) return;
		const booths = ctx.booths(ac_no);
		if (!booths) return err(row, 'ac_no', `AC ${ac_no} has no booth results in this election`);
		if (!booths.has(part_no))
			return err(row, 'part_no', `AC ${ac_no} has no booth ${part_no} in this election`);
		const key = `${ac_no}:${part_no}`;
		if (seen.has(key))
			return err(
				row,
				'part_no',
				`booth ${part_no} of AC ${ac_no} is already on row ${seen.get(key)}`
			);
		seen.set(key, row);
		const outside = ctx.metresOutside(ac_no, lon, lat);
		if (outside > BOUNDARY_TOLERANCE_M)
			return err(
				row,
				'lat, lon',
				`the point ${lat}, ${lon} lies ${(outside / 1000).toFixed(1)} km outside AC ${ac_no} (are latitude and longitude swapped, or is it another AC's booth?)`
			);
		const name = col.name >= 0 ? cells[col.name]?.trim() || undefined : undefined;
		out.push({ ac_no, part_no, lat, lon, ...(name ? { name } : {}) });
	});
	if (!out.length && !errors.length) err(2, '', 'the file has a header but no rows');
	return { rows: out, errors };
}
