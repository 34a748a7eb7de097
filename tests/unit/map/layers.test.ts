import { describe, expect, it } from 'vitest';
import {
	blankStyle,
	MAP_OPTIONS,
	colourExpression,
	PENDING_FILL,
	unitsFillLayer,
	unitsHighlightLayer
} from '../../../src/lib/map/layers/units.ts';
import {
	boothsFillLayer,
	boothsHoverLayer,
	boothsSegmentsLayer
} from '../../../src/lib/map/layers/booths.ts';

describe('unit layer specs', () => {
	it('colours become one match expression, ordered by unit number, with a fallback', () => {
		const expr = colourExpression(
			'ac_no',
			new Map([
				[216, '#d7191c'],
				[212, '#f7941d']
			])
		);
		expect(expr).toEqual(['match', ['get', 'ac_no'], 212, '#f7941d', 216, '#d7191c', PENDING_FILL]);
	});

	it('with no colours yet, every unit is drawn in the pending grey', () => {
		expect(colourExpression('pc_no', new Map())).toBe(PENDING_FILL);
	});

	it('fill layer', () => {
		const layer = unitsFillLayer({
			id: 'units-fill',
			source: 'units',
			idProperty: 'pc_no',
			colours: new Map([[43, '#f7941d']])
		});
		expect(layer).toMatchObject({
			id: 'units-fill',
			type: 'fill',
			source: 'units',
			paint: { 'fill-opacity': 1 }
		});
	});

	it('highlight layer filters the listed ids', () => {
		expect(
			unitsHighlightLayer({ id: 'h', source: 'units', idProperty: 'ac_no', ids: [213] }).filter
		).toEqual(['in', ['get', 'ac_no'], ['literal', [213]]]);
	});

	it('the blank style names no source, glyphs or sprite: nothing is fetched from anywhere', () => {
		const style = blankStyle('#eef1f4');
		expect(style.sources).toEqual({});
		expect(JSON.stringify(style)).not.toMatch(/https?:|glyphs|sprite/);
	});

	it('no eased paint changes and no symbol fades: a new view is drawn in one frame, then idle', () => {
		expect(blankStyle('#eef1f4').transition).toEqual({ duration: 0, delay: 0 });
		expect(MAP_OPTIONS.fadeDuration).toBe(0);
	});
});

describe('booth layer specs (the seat map zoomed in)', () => {
	it('cells coloured by their seat-wide booth id; the segments line shown only while booths are drawn; the hovered booth outlined', () => {
		expect(boothsFillLayer(new Map([[2130001, '#f7941d']]))).toMatchObject({
			id: 'booths-fill',
			type: 'fill',
			source: 'booths',
			paint: { 'fill-color': ['match', ['get', 'bid'], 2130001, '#f7941d', PENDING_FILL] }
		});
		expect(boothsSegmentsLayer(true).layout).toEqual({ visibility: 'visible' });
		expect(boothsSegmentsLayer(false)).toMatchObject({
			source: 'units',
			layout: { visibility: 'none' }
		});
		expect(boothsHoverLayer([2130001]).filter).toEqual([
			'in',
			['get', 'bid'],
			['literal', [2130001]]
		]);
	});
});
