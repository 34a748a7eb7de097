/**
 * The one sort behind every sortable table header (components/sort.ts): the 2027 target list and
 * the backtest. Rows: Kanpur's five ACs with their AE2022 winners and leads in points as the data
 * file holds them (static/forecast/y2027.json, from the ECI results via TCPD).
 */
import { describe, expect, it } from 'vitest';
import { nextSort, sortTable } from '../../../src/lib/components/sort.ts';

const rows = [
	{ ac: 214, name: 'Arya Nagar', won: 'SP', margin: 5.21 },
	{ ac: 213, name: 'Sishamau', won: 'SP', margin: 7.852 },
	{ ac: 216, name: 'Kanpur Cantt.', won: 'SP', margin: 10.548 },
	{ ac: 212, name: 'Govindnagar', won: 'BJP', margin: 42.089 },
	{ ac: 215, name: 'Kidwai Nagar', won: 'BJP', margin: 18.328 }
];
const byAc = (a: { ac: number }, b: { ac: number }) => a.ac - b.ac;
const acs = (r: typeof rows) => r.map((x) => x.ac);

describe('sortTable', () => {
	it('sorts numbers numerically both ways', () => {
		expect(acs(sortTable(rows, (r) => r.margin, false, byAc))).toEqual([214, 213, 216, 215, 212]);
		expect(acs(sortTable(rows, (r) => r.margin, true, byAc))).toEqual([212, 215, 216, 213, 214]);
	});

	it('sorts texts by collation (not code points), ties by the tie order', () => {
		expect(sortTable(rows, (r) => r.name, false, byAc).map((r) => r.name)).toEqual([
			'Arya Nagar',
			'Govindnagar',
			'Kanpur Cantt.',
			'Kidwai Nagar',
			'Sishamau'
		]);
		expect(acs(sortTable(rows, (r) => r.won, false, byAc))).toEqual([212, 215, 213, 214, 216]);
		// descending turns the values round, not the ties: SP's ACs still in AC order
		expect(acs(sortTable(rows, (r) => r.won, true, byAc))).toEqual([213, 214, 216, 212, 215]);
		// 10 after 9 as numbers, but '10' before '9' as text: the value's type decides
		expect(
			sortTable(
				[{ v: 10 }, { v: 9 }],
				(r) => r.v,
				false,
				() => 0
			)[0].v
		).toBe(9);
		expect(
			sortTable(
				[{ v: '10' }, { v: '9' }],
				(r) => r.v,
				false,
				() => 0
			)[0].v
		).toBe('10');
	});

	it('leaves the rows given as they were', () => {
		const copy = [...rows];
		sortTable(rows, (r) => r.margin, true, byAc);
		expect(rows).toEqual(copy);
	});
});

describe('nextSort (a click on a header)', () => {
	const firstDesc = (k: string) => k === 'margin';
	it('turns the sorted column round, and starts another in its own first direction', () => {
		expect(nextSort({ key: 'ac', desc: false }, 'ac', firstDesc)).toEqual({
			key: 'ac',
			desc: true
		});
		expect(nextSort({ key: 'ac', desc: true }, 'margin', firstDesc)).toEqual({
			key: 'margin',
			desc: true
		});
		expect(nextSort({ key: 'margin', desc: true }, 'name', firstDesc)).toEqual({
			key: 'name',
			desc: false
		});
	});
});
