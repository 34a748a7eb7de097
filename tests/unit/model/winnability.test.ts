import { describe, expect, it } from 'vitest';
import {
	DEFAULT_QUADRANT,
	effort,
	priority,
	quadrant
} from '../../../src/lib/model/winnability.ts';

describe('quadrant with margin ≥ 0 pts and coverage ≥ 50', () => {
	it.each([
		{ margin: 3.5, score: 72, expected: 'stronghold' },
		{ margin: 0, score: 50, expected: 'stronghold' },
		{ margin: 0, score: 49.9, expected: 'organise' },
		{ margin: -0.1, score: 50, expected: 'persuade' },
		{ margin: -12, score: 10, expected: 'longshot' }
	])('$margin pts, score $score → $expected', ({ margin, score, expected }) =>
		expect(quadrant(margin, score, DEFAULT_QUADRANT)).toBe(expected)
	);

	it('thresholds are settings', () => {
		expect(quadrant(-3, 40, { margin: -5, coverage: 30 })).toBe('stronghold');
	});
});

describe('priority', () => {
	const b = (id: string, marginPts: number, neededPersuasion: number, score: number) => ({
		id,
		marginPts,
		neededPersuasion,
		score,
		group: quadrant(marginPts, score, DEFAULT_QUADRANT)
	});

	it('effort weighs persuasion by the organisation gap: 20 voters at score 50 → 30', () => {
		expect(effort(b('x', -4, 20, 50))).toBe(30);
		expect(effort(b('x', -4, 20, 100))).toBe(20);
	});

	it('trailing booths by effort, then led booths with weak organisation by margin, strongholds last', () => {
		const order = priority([
			b('stronghold', 10, 0, 80),
			b('organise-close', 1, 0, 10),
			b('organise-safe', 20, 0, 10),
			b('trail-cheap-organised', -2, 10, 100), // effort 10
			b('trail-cheap-unorganised', -2, 8, 0), // effort 16
			b('trail-dear', -15, 60, 60) // effort 84
		]).map((x) => x.id);
		expect(order).toEqual([
			'trail-cheap-organised',
			'trail-cheap-unorganised',
			'trail-dear',
			'organise-close',
			'organise-safe',
			'stronghold'
		]);
	});
});
