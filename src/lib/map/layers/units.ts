/**
 * Layer specifications for constituency polygons, as plain functions so they can be tested
 * without a map. Colours are given per unit number (ac_no or pc_no) and become one `match`
 * expression; units without a colour are drawn in `fallback`.
 *
 *   unitsFillLayer({ id: 'units-fill', source: 'units', idProperty: 'ac_no', colours: new Map([[213, '#d7191c']]) })
 *   → { type: 'fill', paint: { 'fill-color': ['match', ['get', 'ac_no'], 213, '#d7191c', '#e5e5e5'] }, … }
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	LineLayerSpecification
} from 'maplibre-gl';

export const PENDING_FILL = '#e9e9e9';

/** Where the state map opens: Uttar Pradesh, [west, south, east, north]. */
export const UP_BOUNDS: [number, number, number, number] = [77, 23.8, 84.7, 30.5];

export function colourExpression(
	idProperty: string,
	colours: Map<number, string>,
	fallback = PENDING_FILL
): ExpressionSpecification | string {
	if (colours.size === 0) return fallback;
	const pairs = [...colours.entries()].sort((a, b) => a[0] - b[0]).flat();
	return ['match', ['get', idProperty], ...pairs, fallback] as unknown as ExpressionSpecification;
}

export function unitsFillLayer(o: {
	id: string;
	source: string;
	idProperty: string;
	colours: Map<number, string>;
	opacity?: number;
}): LayerSpecification {
	return {
		id: o.id,
		type: 'fill',
		source: o.source,
		paint: {
			'fill-color': colourExpression(o.idProperty, o.colours),
			'fill-opacity': o.opacity ?? 1
		}
	};
}

export function unitsOutlineLayer(o: {
	id: string;
	source: string;
	colour?: string;
	width?: number;
}): LayerSpecification {
	return {
		id: o.id,
		type: 'line',
		source: o.source,
		paint: { 'line-color': o.colour ?? '#ffffff', 'line-width': o.width ?? 1 }
	};
}

/** A thick outline around the units whose ids are listed (selected or hovered). */
export function unitsHighlightLayer(o: {
	id: string;
	source: string;
	idProperty: string;
	ids: number[];
	colour?: string;
	width?: number;
}): LineLayerSpecification {
	return {
		id: o.id,
		type: 'line',
		source: o.source,
		filter: ['in', ['get', o.idProperty], ['literal', o.ids]],
		paint: { 'line-color': o.colour ?? '#111111', 'line-width': o.width ?? 3 }
	};
}

/**
 * Options every Kshetra map is created with (the site's and the embed's), besides its container,
 * style and bounds. fadeDuration 0: MapLibre fades symbol collisions in and out over 300 ms after
 * every tile change, drawing a frame at each animation frame until the fade ends, and only then
 * says 'idle' (data-painted, exports) — even with no symbol layer, as here (labels are HTML).
 * Opening a sibling AC drew six such frames more and took 444–602 ms; now 230–318 ms.
 */
export const MAP_OPTIONS = {
	attributionControl: false,
	dragRotate: false,
	fadeDuration: 0
} as const;

/**
 * A style with no sources and no glyphs: the map draws only Kshetra's own layers, offline. No
 * paint transitions: MapLibre's default eases every changed paint property over 300 ms, drawing
 * a frame each animation frame until it ends, and the map reports 'idle' (data-painted, exports)
 * only after. A new view's colours show at once instead.
 */
export function blankStyle(background: string) {
	return {
		version: 8 as const,
		transition: { duration: 0, delay: 0 },
		sources: {},
		layers: [
			{ id: 'background', type: 'background' as const, paint: { 'background-color': background } }
		]
	};
}
