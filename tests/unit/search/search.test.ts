/**
 * The search box's answers for the names strategists type, checked against the shipped data:
 * the spellings in use (Sisamau/Sishamau, Govind Nagar/Govindnagar, Cantonment/Cantt., Bithur/
 * Bithoor, Kidvai/Kidwai), Hindi with either vowel length, numbers in both digit sets, and booths
 * by number and by name (Form 20 names of Sishamau, 2014 and 2017).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { searchKey, substringDistance } from '../../../src/lib/search/keys.ts';
import {
	boothsFrom,
	placesFrom,
	searchBooths,
	searchPlaces,
	type AcName,
	type Booth,
	type BoothNameRow,
	type PcName,
	type Place
} from '../../../src/lib/search/search.ts';

let places: Place[];
let booths: Booth[];

beforeAll(async () => {
	const db = await (await DuckDBInstance.create()).connect();
	const rows = async <T>(sql: string) =>
		(await db.runAndReadAll(sql)).getRowObjectsJS() as unknown as T[];
	const pcs = await rows<PcName>(
		"SELECT pc_no, pc_name, pc_name_hi FROM 'static/data/pcs.parquet'"
	);
	const acs = await rows<AcName>(
		"SELECT ac_no, ac_name, ac_name_hi, pc_no, district FROM 'static/data/acs.parquet'"
	);
	places = placesFrom(pcs, acs);
	booths = boothsFrom(
		await rows<BoothNameRow>(
			"SELECT election_id, pc_no, ac_no, part_no, booth_name, booth_name_hi FROM 'static/data/booths.parquet'"
		)
	);
});

const first = (q: string) => {
	const h = searchPlaces(places, q)[0];
	return h ? `${h.kind} ${h.ac ?? h.pc} ${h.name}` : 'nothing';
};

describe('search keys', () => {
	it('fold the spellings of one place together', () => {
		expect(searchKey('Sishamau')).toBe(searchKey('Sisamau'));
		expect(searchKey('Govind Nagar')).toBe(searchKey('Govindnagar'));
		expect(searchKey('Kanpur Cantt.')).toBe(searchKey('Kanpur Cantonment'));
		expect(searchKey('Bithoor')).toBe(searchKey('Bithur'));
		expect(searchKey('Chhibramau')).toBe(searchKey('Chibramau'));
		expect(searchKey('सीसामऊ')).toBe(searchKey('सिसामऊ'));
		expect(searchKey('गोविंद नगर')).toBe(searchKey('गोविंदनगर'));
		expect(searchKey('२१३')).toBe('213');
	});
	it('keep different places apart', () => {
		expect(searchKey('Kanpur')).not.toBe(searchKey('Kannauj'));
		expect(searchKey('Arya Nagar')).not.toBe(searchKey('Kidwai Nagar'));
	});
	it('count edits to the best-matching part of a name', () => {
		expect(substringDistance('sisamau', 'sisamau')).toBe(0);
		expect(substringDistance('nagar', 'kidvainagar')).toBe(0);
		expect(substringDistance('sisamu', 'sisamau')).toBe(1);
		expect(substringDistance('sismaau', 'sisamau')).toBe(1); // two neighbours swapped
		expect(substringDistance('lucknow', 'kanpur')).toBeGreaterThan(3);
	});
});

describe('places', () => {
	it('find a segment by any of its spellings', () => {
		expect(first('Sisamau')).toBe('ac 213 Sishamau');
		expect(first('sishamau')).toBe('ac 213 Sishamau');
		expect(first('Sishamu')).toBe('ac 213 Sishamau'); // one letter short
		expect(first('Govind Nagar')).toBe('ac 212 Govindnagar');
		expect(first('kanpur cantonment')).toBe('ac 216 Kanpur Cantt.');
		expect(first('Kidvai nagar')).toBe('ac 215 Kidwai Nagar');
		expect(first('Bithur')).toBe('ac 210 Bithoor');
	});
	it('find places by their Hindi names, either vowel length', () => {
		expect(first('सिसामऊ')).toBe('ac 213 Sishamau');
		expect(first('कानपुर')).toBe('pc 43 Kanpur');
		expect(first('किदवई')).toBe('ac 215 Kidwai Nagar');
	});
	it('put the seat before segments of the same name', () => {
		const hits = searchPlaces(places, 'kanpur');
		expect(hits[0]).toMatchObject({ kind: 'pc', pc: 43, name: 'Kanpur' });
		expect(hits.map((h) => h.ac)).toContain(216);
	});
	it('"kanpur": the seat, its five segments, then Kanpur Nagar district, before any loose match', () => {
		// Kanpur PC's segments (ECI delimitation 2008): Govind Nagar 212, Sishamau 213, Arya
		// Nagar 214, Kidwai Nagar 215, Kanpur Cantt. 216.
		const hits = searchPlaces(places, 'kanpur', 20);
		const names = hits.map((h) => h.name);
		expect(names[0]).toBe('Kanpur');
		expect(new Set(hits.slice(1, 6).map((h) => h.ac))).toEqual(new Set([212, 213, 214, 215, 216]));
		const loose = names.findIndex((n) => /Saharanpur|Shahjahanpur|Sultanpur|Hasanpur/.test(n));
		const district = ['Bilhaur', 'Bithoor', 'Kalyanpur', 'Maharajpur', 'Ghatampur'].map((n) =>
			names.findIndex((x) => x.startsWith(n))
		);
		expect(district.every((i) => i > 5)).toBe(true);
		if (loose >= 0) expect(Math.max(...district)).toBeLessThan(loose);
		// The search box shows eight: the seat and its segments all fit.
		expect(
			searchPlaces(places, 'kanpur')
				.slice(0, 6)
				.map((h) => h.ac ?? 0)
				.sort()
		).toEqual([0, 212, 213, 214, 215, 216]);
	});
	it('find seats and segments by number, in either digit set', () => {
		const hits = searchPlaces(places, '43');
		expect(hits.map((h) => `${h.kind} ${h.ac ?? h.pc} ${h.name}`)).toEqual([
			'pc 43 Kanpur',
			'ac 43 Siwalkhas'
		]);
		expect(first('AC 213')).toBe('ac 213 Sishamau');
		expect(first('२१३')).toBe('ac 213 Sishamau');
		expect(first('PC 44')).toBe('pc 44 Akbarpur');
		expect(searchPlaces(places, '404')).toEqual([]);
	});
	it('answer nothing rather than noise', () => {
		expect(searchPlaces(places, 'k')).toEqual([]);
		expect(searchPlaces(places, 'qqqqqqq')).toEqual([]);
	});
});

describe('booths', () => {
	it('find a booth by AC and booth number, in each numbering that has it', () => {
		const hits = searchBooths(booths, '213/45');
		expect(hits.map((h) => `${h.election} ${h.ac}/${h.part} ${h.name || h.name_hi}`)).toEqual([
			'AE2017 213/45 गर्वनमेंट इ.कालेज कर्नलगंज',
			'LS2014 213/45 GOVERNMENT INTER COLLEGE COLONELGANJ ROOM 1'
		]);
		expect(searchBooths(booths, 'AC 213 booth 45')).toHaveLength(2);
		expect(searchBooths(booths, '२१३-४५')).toHaveLength(2);
	});
	it('find booths by a part of their name, English or Hindi', () => {
		const en = searchBooths(booths, 'leather working', 10);
		expect(en.length).toBeGreaterThanOrEqual(1);
		expect(en.every((h) => /LEATHER WORKING/.test(h.name))).toBe(true);
		const hi = searchBooths(booths, 'लेदर वर्किंग', 10);
		expect(hi[0]).toMatchObject({ election: 'AE2017', ac: 213, part: 1 });
	});
});

describe('booths near at hand', () => {
	it('put booths of the seat on screen first among equals', () => {
		const anywhere = searchBooths(booths, 'govind', 6);
		expect(anywhere.some((h) => h.pc !== 43)).toBe(true);
		const inKanpur = searchBooths(booths, 'govind', 6, 43);
		expect(inKanpur[0].pc).toBe(43);
		expect(inKanpur[0].name).toMatch(/GOVIND/);
	});
});
