/**
 * The /2027/ target list's view in the URL, beside the plan (m, al, sh): its filters, its sort
 * and what the map is coloured by, so that a link reproduces the screen. Defaults are left out of
 * the query; a value that cannot be read is ignored (the default stays) and named in `problems`.
 *
 *   pr  preset (won2022, lost5, led24lost22, tossup, tipping, holdRisk, gains5)
 *   q   search text (AC or district name)
 *   b   chance band (safe, lean, tossup, reach, long)
 *   g   group (stronghold, organise, persuade, longshot, or a chance band)
 *   d   district (as the data names it: "Kanpur Nagar")
 *   pc  Lok Sabha seat number (1–80)
 *   s   sort: a column key, "-" before it for descending ("-margin"); default: rank ascending
 *   c   map colouring: winner or group; default: chance
 *
 *   parseTableView(new URLSearchParams('pr=lost5&s=-margin&c=group')).settings
 *   → { filter: { …NO_FILTER, preset: 'lost5' }, sort: { key: 'margin', desc: true }, mapBy: 'group' }
 *   serializeTableView(DEFAULT_TABLE_VIEW).toString() → ''
 */
import type { SortState } from '$lib/components/sort.ts';
import { GROUPS, type Group } from '$lib/model/winnability.ts';
import { BANDS, type Band } from './colours-2027.ts';
import { NO_FILTER, PRESETS, type Preset, type RowFilter, type SortKey } from './y2027.ts';

export const MAP_BY = ['chance', 'winner', 'group'] as const;
export type MapBy = (typeof MAP_BY)[number];

/** Every column the list sorts by (each key of SortKey once: the record makes it exhaustive). */
const SORT_KEY_SET: Record<SortKey, true> = {
	rank: true,
	name: true,
	district: true,
	chance: true,
	margin: true,
	need: true,
	won2022: true,
	coverage: true
};
export const SORT_KEYS = Object.keys(SORT_KEY_SET) as SortKey[];

export interface TableView {
	filter: RowFilter;
	sort: SortState<SortKey>;
	mapBy: MapBy;
}

export const DEFAULT_TABLE_VIEW: TableView = {
	filter: NO_FILTER,
	sort: { key: 'rank', desc: false },
	mapBy: 'chance'
};

/** The query parameters this module owns (the plan's are m, al, sh). */
export const TABLE_PARAMS = ['pr', 'q', 'b', 'g', 'd', 'pc', 's', 'c'] as const;

/** What the data has, to ignore a district or seat it does not (omitted: any is taken). */
export interface KnownPlaces {
	districts?: ReadonlySet<string>;
	pcs?: ReadonlySet<string>;
}

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
	(list as readonly string[]).includes(v);

export function parseTableView(
	params: URLSearchParams,
	known: KnownPlaces = {}
): { settings: TableView; problems: string[] } {
	const filter: RowFilter = { ...NO_FILTER };
	const sort: SortState<SortKey> = { ...DEFAULT_TABLE_VIEW.sort };
	let mapBy: MapBy = DEFAULT_TABLE_VIEW.mapBy;
	const problems: string[] = [];
	const bad = (k: string, v: string, want: string) => problems.push(`${k}=${v}: ${want}`);

	const pr = params.get('pr');
	if (pr !== null) {
		if (Object.hasOwn(PRESETS, pr)) filter.preset = pr as Preset;
		else bad('pr', pr, `the preset is one of ${Object.keys(PRESETS).join(', ')}`);
	}
	const q = params.get('q');
	if (q !== null) filter.text = q;
	const b = params.get('b');
	if (b !== null) {
		if (isOneOf(BANDS, b)) filter.band = b;
		else bad('b', b, `the chance band is one of ${BANDS.join(', ')}`);
	}
	const g = params.get('g');
	if (g !== null) {
		const groups: readonly (Group | Band)[] = [...GROUPS, ...BANDS];
		if (isOneOf(groups, g)) filter.group = g;
		else bad('g', g, `the group is one of ${groups.join(', ')}`);
	}
	const d = params.get('d');
	if (d !== null) {
		if (d && (!known.districts || known.districts.has(d))) filter.district = d;
		else bad('d', d, 'no such district');
	}
	const pc = params.get('pc');
	if (pc !== null) {
		if (/^[1-9]\d?$/.test(pc) && (!known.pcs || known.pcs.has(pc))) filter.pc = pc;
		else bad('pc', pc, 'no such Lok Sabha seat');
	}
	const s = params.get('s');
	if (s !== null) {
		const desc = s.startsWith('-');
		const key = desc ? s.slice(1) : s;
		if (isOneOf(SORT_KEYS, key)) {
			sort.key = key;
			sort.desc = desc;
		} else bad('s', s, `the sort is one of ${SORT_KEYS.join(', ')}, "-" before it for descending`);
	}
	const c = params.get('c');
	if (c !== null) {
		if (isOneOf(MAP_BY, c)) mapBy = c;
		else bad('c', c, `the map is coloured by ${MAP_BY.join(', ')}`);
	}
	return { settings: { filter, sort, mapBy }, problems };
}

/** The view as query parameters, defaults left out. */
export function serializeTableView(v: TableView): URLSearchParams {
	const q = new URLSearchParams();
	const f = v.filter;
	if (f.preset) q.set('pr', f.preset);
	if (f.text) q.set('q', f.text);
	if (f.band !== 'all') q.set('b', f.band);
	if (f.group !== 'all') q.set('g', f.group);
	if (f.district) q.set('d', f.district);
	if (f.pc) q.set('pc', f.pc);
	const d = DEFAULT_TABLE_VIEW.sort;
	if (v.sort.key !== d.key || v.sort.desc !== d.desc)
		q.set('s', `${v.sort.desc ? '-' : ''}${v.sort.key}`);
	if (v.mapBy !== DEFAULT_TABLE_VIEW.mapBy) q.set('c', v.mapBy);
	return q;
}

/**
 * The page's whole query with `view` in it: the other parameters of `current` (the plan, the
 * language) kept as they are, this module's replaced. '' or '?…'.
 */
export function withTableView(current: URLSearchParams, view: TableView): string {
	const q = new URLSearchParams();
	for (const [k, val] of current) if (!isOneOf(TABLE_PARAMS, k)) q.append(k, val);
	for (const [k, val] of serializeTableView(view)) q.set(k, val);
	return q.size ? `?${q}` : '';
}
