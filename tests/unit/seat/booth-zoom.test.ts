/**
 * The seat map's zoom drill-down rules: booths appear 1.5 zoom levels past the fitted zoom, for the
 * segments whose box overlaps the view, in the election the AC view would show, under a key that
 * names every AC drawn.
 */
import { describe, expect, it } from 'vitest';
import {
	bidAc,
	bidPart,
	boothBid,
	boothsKey,
	segmentsInView,
	showBooths,
	type Box
} from '../../../src/lib/seat/booth-zoom.ts';
import { boothElection } from '../../../src/lib/model/booth-map.ts';
import type { BoothCoverageRow } from '../../../src/lib/model/types.ts';

const cov = (election_id: BoothCoverageRow['election_id'], booths: number): BoothCoverageRow => ({
	election_id,
	ac_no: 213,
	booths,
	booth_votes: booths * 400,
	postal_votes: null,
	segment_votes: booths * 400,
	abs_diff: 0,
	status: 'exact'
});

describe('showBooths', () => {
	it.each([
		[11, 11, false],
		[12.4, 11, false],
		[12.5, 11, true],
		[14, 11, true],
		[9, 11, false]
	])('zoom %s with fitted zoom %s → %s', (zoom, fitted, shown) => {
		expect(showBooths(zoom, fitted)).toBe(shown);
	});
});

describe('segmentsInView', () => {
	const segs: [number, Box][] = [
		[212, [80.2, 26.4, 80.3, 26.5]],
		[213, [80.3, 26.45, 80.36, 26.5]],
		[216, [80.4, 26.3, 80.5, 26.4]]
	];
	it.each<[Box, number[]]>([
		[
			[80.25, 26.45, 80.32, 26.48],
			[212, 213]
		],
		[[80.33, 26.46, 80.34, 26.47], [213]],
		[
			[80.0, 26.0, 81.0, 27.0],
			[212, 213, 216]
		],
		[[81.0, 27.0, 81.1, 27.1], []]
	])('view %j → %j', (view, ids) => {
		expect(segmentsInView(segs, view)).toEqual(ids);
	});
});

describe('boothElection', () => {
	it.each<[BoothCoverageRow[], BoothCoverageRow['election_id'], string | null]>([
		// Kanpur: AE2017 and LS2014 have booth rows, newest first.
		[[cov('AE2017', 253), cov('LS2014', 252)], 'AE2022', 'AE2017'],
		[[cov('AE2017', 253), cov('LS2014', 252)], 'LS2014', 'LS2014'],
		// an election whose booth rows carry nothing is skipped
		[[cov('AE2017', 0), cov('LS2014', 252)], 'AE2017', 'LS2014'],
		[[], 'AE2022', null]
	])('%#', (coverage, asked, expected) => {
		expect(boothElection(coverage, asked)).toBe(expected);
	});
});

describe('booth ids and keys', () => {
	it('numbers booths uniquely across ACs and back', () => {
		expect(boothBid(213, 1)).toBe(2130001);
		expect(bidAc(boothBid(403, 9999))).toBe(403);
		expect(bidPart(boothBid(403, 9999))).toBe(9999);
		expect(boothBid(212, 1)).not.toBe(boothBid(213, 1));
	});
	it('lists the ACs drawn in order, with where their areas come from', () => {
		expect(
			boothsKey(
				[
					{ ac: 213, election: 'AE2017', estimated: true },
					{ ac: 212, election: 'LS2014', estimated: false }
				],
				'winner',
				'SP'
			)
		).toBe('212:LS2014:winner:SP:rep 213:AE2017:winner:SP:est');
		expect(boothsKey([], 'winner', 'SP')).toBe('');
	});
});
