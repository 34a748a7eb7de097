/**
 * The names the search box looks through, read straight from the site's Parquet files with
 * hyparquet (no need to wait for DuckDB): seats and segments (11 kB) when the box is first
 * focused, booth names (only the five name columns of booths.parquet) when a query first asks
 * for booths. Each is read once per page load.
 */
import { readObjects as read } from '$lib/db/parquet-objects.ts';
import {
	boothsFrom,
	placesFrom,
	type AcName,
	type Booth,
	type BoothNameRow,
	type PcName,
	type Place
} from './search.ts';

let places: Promise<Place[]> | null = null;
let booths: Promise<Booth[]> | null = null;

export function loadPlaces(): Promise<Place[]> {
	places ??= Promise.all([
		read<PcName>('pcs.parquet', ['pc_no', 'pc_name', 'pc_name_hi']),
		read<AcName>('acs.parquet', ['ac_no', 'ac_name', 'ac_name_hi', 'pc_no', 'district'])
	])
		.then(([pcs, acs]) => placesFrom(pcs, acs))
		.catch((e) => {
			places = null;
			throw e;
		});
	return places;
}

export function loadBooths(): Promise<Booth[]> {
	booths ??= read<BoothNameRow>('booths.parquet', [
		'election_id',
		'pc_no',
		'ac_no',
		'part_no',
		'booth_name',
		'booth_name_hi'
	])
		.then(boothsFrom)
		.catch((e) => {
			booths = null;
			throw e;
		});
	return booths;
}
