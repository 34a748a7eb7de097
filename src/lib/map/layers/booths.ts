/**
 * Layer specifications of the booths drawn over a seat map when it is zoomed in: booth cells
 * filled by colour (one `match` on the booth's seat-wide id, `bid`), a thin white line between
 * them, a dark line along the segment boundaries while booths are drawn (the segments' own white
 * line vanishes among the cells), and an outline around the booth under the pointer. The seat
 * map adds them under its segment outlines (beforeId 'units-outline' and 'outline-line').
 *
 *   boothsFillLayer(new Map([[2130001, '#f7941d']])).paint['fill-color']
 *   → ['match', ['get', 'bid'], 2130001, '#f7941d', '#e9e9e9']
 */
import type { LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { unitsFillLayer, unitsHighlightLayer, unitsOutlineLayer } from './units.ts';

export const BOOTHS_SOURCE = 'booths';
export const BOOTHS_FILL = 'booths-fill';

export const boothsFillLayer = (colours: Map<number, string>): LayerSpecification =>
	unitsFillLayer({ id: BOOTHS_FILL, source: BOOTHS_SOURCE, idProperty: 'bid', colours });

export const boothsLineLayer = (): LayerSpecification =>
	unitsOutlineLayer({ id: 'booths-line', source: BOOTHS_SOURCE, colour: '#ffffff', width: 0.6 });

/** The segments' boundaries in a dark line, over the booths (source: the seat map's units). */
export const boothsSegmentsLayer = (visible: boolean): LayerSpecification => ({
	...unitsOutlineLayer({ id: 'booths-segments', source: 'units', colour: '#262626', width: 2.2 }),
	layout: { visibility: visible ? 'visible' : 'none' }
});

export const boothsHoverLayer = (bids: number[]): LineLayerSpecification =>
	unitsHighlightLayer({
		id: 'booths-hover',
		source: BOOTHS_SOURCE,
		idProperty: 'bid',
		ids: bids,
		colour: '#111111',
		width: 2.5
	});
