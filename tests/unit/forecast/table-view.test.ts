/**
 * The /2027/ target list's view in the URL (src/lib/forecast/table-view.ts): every filter, sort
 * and map colouring survives a round trip through the query string, defaults are left out, and a
 * value that cannot be read is ignored and named without the rest of the link being lost.
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_TABLE_VIEW,
	MAP_BY,
	parseTableView,
	serializeTableView,
	SORT_KEYS,
	withTableView,
	type TableView
} from '../../../src/lib/forecast/table-view.ts';
import { BANDS } from '../../../src/lib/forecast/colours-2027.ts';
import { NO_FILTER, PRESETS, type Preset } from '../../../src/lib/forecast/y2027.ts';
import { GROUPS } from '../../../src/lib/model/winnability.ts';

const view = (patch: Partial<TableView['filter']>, more: Partial<TableView> = {}): TableView => ({
	...DEFAULT_TABLE_VIEW,
	...more,
	filter: { ...NO_FILTER, ...patch }
});
const roundTrip = (v: TableView) =>
	parseTableView(new URLSearchParams(serializeTableView(v).toString()));

describe('the target list view in the URL', () => {
	it('leaves the defaults out of the query', () => {
		expect(serializeTableView(DEFAULT_TABLE_VIEW).toString()).toBe('');
		expect(parseTableView(new URLSearchParams(''))).toEqual({
			settings: DEFAULT_TABLE_VIEW,
			problems: []
		});
	});

	it('writes each setting under its own short name', () => {
		const v = view(
			{
				preset: 'lost5',
				text: 'kanpur',
				band: 'tossup',
				group: 'organise',
				district: 'Kanpur Nagar',
				pc: '43'
			},
			{ sort: { key: 'margin', desc: true }, mapBy: 'group' }
		);
		expect(serializeTableView(v).toString()).toBe(
			'pr=lost5&q=kanpur&b=tossup&g=organise&d=Kanpur+Nagar&pc=43&s=-margin&c=group'
		);
		expect(roundTrip(v)).toEqual({ settings: v, problems: [] });
	});

	it('round-trips every preset, band, group, sort key and direction, and colouring', () => {
		const views: TableView[] = [
			...(Object.keys(PRESETS) as Preset[]).map((preset) => view({ preset })),
			...BANDS.map((band) => view({ band })),
			...[...GROUPS, ...BANDS].map((group) => view({ group })),
			...SORT_KEYS.flatMap((key) => [false, true].map((desc) => view({}, { sort: { key, desc } }))),
			...MAP_BY.map((mapBy) => view({}, { mapBy })),
			// text with the characters a query string must escape, in Devanagari too
			view({ text: 'आर्य नगर & co=1?#' })
		];
		expect(views).toHaveLength(7 + 5 + 9 + 16 + 3 + 1);
		for (const v of views) expect(roundTrip(v)).toEqual({ settings: v, problems: [] });
	});

	it('ignores a value it cannot read, names it and keeps the rest', () => {
		const { settings, problems } = parseTableView(
			new URLSearchParams('pr=all&b=likely&g=safe&s=-votes&c=party&pc=81&d=Atlantis&q=sisha'),
			{ districts: new Set(['Kanpur Nagar']), pcs: new Set(['43']) }
		);
		expect(settings).toEqual(view({ group: 'safe', text: 'sisha' }));
		expect(problems.map((p) => p.split(':')[0])).toEqual([
			'pr=all',
			'b=likely',
			'd=Atlantis',
			'pc=81',
			's=-votes',
			'c=party'
		]);
		// a district or seat the data has is taken; without the data's lists, any well-formed one
		const known = { districts: new Set(['Kanpur Nagar']), pcs: new Set(['43']) };
		expect(
			parseTableView(new URLSearchParams('d=Kanpur+Nagar&pc=43'), known).settings.filter
		).toEqual({ ...NO_FILTER, district: 'Kanpur Nagar', pc: '43' });
		expect(parseTableView(new URLSearchParams('pc=043')).problems).toHaveLength(1);
		expect(parseTableView(new URLSearchParams('pc=0')).problems).toHaveLength(1);
		// an inherited property name is not a preset
		expect(parseTableView(new URLSearchParams('pr=toString')).settings.filter.preset).toBe('');
	});

	it('keeps the plan and the language when the view changes, and drops the old view', () => {
		const current = new URLSearchParams('m=proportional&sh=SP%3A38&pr=lost5&c=group&lang=hi');
		expect(withTableView(current, view({ band: 'safe' }))).toBe(
			'?m=proportional&sh=SP%3A38&lang=hi&b=safe'
		);
		expect(withTableView(new URLSearchParams('pr=lost5'), DEFAULT_TABLE_VIEW)).toBe('');
	});
});
