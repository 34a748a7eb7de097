/**
 * Zoom drill-down on the seat map: when the map is zoomed in well past the zoom that fits the whole
 * seat, the booths of the segments in view are drawn over the segments. Pure functions, so the
 * rules (when, which segments, which election, what key) are tested without a map.
 *
 *   showBooths(12.6, 11)                       → true   (11 + 1.5 ≤ 12.6)
 *   segmentsInView([[212, [80.2, 26.4, 80.3, 26.5]]], [80.25, 26.45, 80.4, 26.6]) → [212]
 *   boothBid(213, 1)                           → 2130001
 */
import type { ElectionId } from '$lib/model/types.ts';

/** How far past the fitted zoom (in zoom levels, ×2.8 in scale) booths appear. */
export const BOOTH_ZOOM = 1.5;

export type Box = [number, number, number, number];

/** True when the map's zoom is at least BOOTH_ZOOM levels past the zoom that fits the seat. */
export function showBooths(zoom: number, fittedZoom: number): boolean {
	return zoom + 1e-6 >= fittedZoom + BOOTH_ZOOM;
}

/** The segments whose bounding box overlaps the visible area ([west, south, east, north]). */
export function segmentsInView(segments: [number, Box][], view: Box): number[] {
	const [w, s, e, n] = view;
	return segments
		.filter(([, [bw, bs, be, bn]]) => bw <= e && be >= w && bs <= n && bn >= s)
		.map(([id]) => id);
}

/** One number per booth across ACs (part numbers repeat from AC to AC): ac × 10000 + part. */
export const boothBid = (ac: number, part: number): number => ac * 10000 + part;
export const bidAc = (bid: number): number => Math.floor(bid / 10000);
export const bidPart = (bid: number): number => bid % 10000;

/**
 * What the booth layer shows, one word per AC drawn, in AC order, e.g.
 * '212:AE2017:winner:SP:est 213:AE2017:winner:SP:est' ('rep' where areas come from imported
 * locations); '' when no booths are drawn. Echoed in data-booths-painted once drawn.
 */
export function boothsKey(
	drawn: { ac: number; election: ElectionId; estimated: boolean }[],
	metric: string,
	party: string
): string {
	return [...drawn]
		.sort((a, b) => a.ac - b.ac)
		.map((d) => `${d.ac}:${d.election}:${metric}:${party}:${d.estimated ? 'est' : 'rep'}`)
		.join(' ');
}
