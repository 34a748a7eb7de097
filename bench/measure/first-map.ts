/**
 * Rows 1, 2 (cold) and 4: one cold visit to the Kanpur seat page (/seat/43/) on a new Chromium
 * profile. Times are from navigation start (performance.now() in the page) to:
 *   svgMap      the prerendered SVG map painted (it is in the HTML: drawn with no script)
 *   geometry    the map drawn with placeholder colours (data-painted="pending"), if it was
 *   firstMap    the map drawn with the real colours (data-painted="AE2022:winner:SP")
 *   interactive firstMap and the segments table filled (its first body row present)
 * and the bytes received before the first map and by the time the page is interactive.
 * Under the slow network a visit is cut off at `capMs` (the whole site then takes minutes: see
 * the bytes row) and what was reached by then is returned.
 */
import {
	marks,
	openSession,
	paintOf,
	TimeoutError,
	waitForMark,
	type Session
} from '../lib/browser.ts';
import type { Category } from '../lib/net.ts';

export const SEAT = '/seat/43/';
export const SEAT_KEY = 'AE2022:winner:SP';

export interface SeatVisit {
	/** the prerendered SVG map painted (before any script: HTML and CSS alone) */
	svgMap?: number;
	geometry?: number;
	firstMap?: number;
	interactive?: number;
	/** DuckDB-wasm loaded (it loads after the first map) */
	duckdb?: number;
	/** true when the visit hit capMs before the real colours were drawn */
	capped: boolean;
	bytesFirstMap?: Record<Category | 'total', number>;
	bytesInteractive: Record<Category | 'total', number>;
	/** when DuckDB started, got its wasm and was ready, and the grey and coloured maps (ms) */
	phases: Record<string, number | undefined>;
	/** what was fetched before the first map: path, status, bytes */
	fetchedFirstMap: { path: string; status: number; bytes: number }[];
	/** bytes of the database engine (wasm, worker) and Parquet files the visit fetched */
	engineBytes: number;
}

/** Waits for the seat's first map and table on a page that is navigating to it. */
export async function awaitSeat(
	s: Session,
	capMs: number,
	o: { duckdb?: boolean } = {}
): Promise<SeatVisit> {
	let firstMap: number | undefined;
	let interactive: number | undefined;
	let duckdb: number | undefined;
	try {
		firstMap = await waitForMark(s.page, paintOf(SEAT_KEY), capMs, 'seat map painted');
		const table = await waitForMark(s.page, (m) => m.first.table, capMs, 'segments table');
		interactive = Math.max(firstMap, table);
		// The map, table and trend come from snapshots; DuckDB-wasm (booths, what-if) loads only
		// when a view first needs it, which the seat page alone never does. A caller that asks
		// for it (o.duckdb) waits for it.
		if (o.duckdb === true)
			duckdb = await waitForMark(s.page, (m) => m.duckdb, capMs, 'DuckDB ready');
	} catch (e) {
		if (!(e instanceof TimeoutError)) throw e;
	}
	const m = await marks(s.page);
	await s.net.settle();
	const at = (t: number | undefined) => (t === undefined ? undefined : m.origin + t);
	return {
		svgMap: m.svgMap,
		geometry: m.paints.find((p) => p.key === 'pending')?.t,
		firstMap,
		interactive,
		duckdb,
		capped: interactive === undefined,
		bytesFirstMap: firstMap === undefined ? undefined : s.net.bytesBy(at(firstMap)),
		bytesInteractive: s.net.bytesBy(at(interactive) ?? Infinity),
		phases: {
			'status line gone': m.status.find((x, i) => x.text === null && i > 0)?.t,
			'DuckDB wasm fetched': ((e) => (e ? e.end - m.origin : undefined))(
				s.net.entries.find((e) => e.category === 'wasm' && e.end >= m.origin)
			),
			'DuckDB ready': m.duckdb,
			'grey map': m.paints.find((p) => p.key === 'pending')?.t,
			'real colours': firstMap
		},
		fetchedFirstMap: s.net.entries
			.filter((e) => e.end <= (at(firstMap) ?? Infinity))
			.map((e) => ({ path: e.path, status: e.status, bytes: e.bytes })),
		engineBytes: s.net.entries
			.filter((e) => /\.wasm$|duckdb-browser-.*worker|\.parquet$/.test(e.path))
			.reduce((n, e) => n + e.bytes, 0)
	};
}

/**
 * A cold visit (a new Chromium profile). Returns the session still open (the warm visit and the
 * switches run in it); the caller closes it.
 */
export async function coldSeatVisit(
	base: string,
	o: { slow?: boolean; capMs: number }
): Promise<{ visit: SeatVisit; session: Session }> {
	const session = await openSession(base, { slow: o.slow });
	try {
		await session.page.goto(base + SEAT, { waitUntil: 'commit' });
		const visit = await awaitSeat(session, o.capMs);
		session.net.assertClean('seat page');
		return { visit, session };
	} catch (e) {
		await session.close();
		throw e;
	}
}
