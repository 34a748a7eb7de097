import { describe, expect, it } from 'vitest';
import { editDistance, matchName, nameKey } from '../../../src/lib/model/names.ts';

// The ACs of Kanpur PC 43 with the spellings of the 2008 order.
const KANPUR = [
	{ no: 212, names: ['GOVINDNAGAR'] },
	{ no: 213, names: ['SISHAMAU'] },
	{ no: 214, names: ['ARYA NAGAR'] },
	{ no: 215, names: ['KIDWAI NAGAR'] },
	{ no: 216, names: ['KANPUR CANTT'] }
];

describe('nameKey', () => {
	it.each([
		{ input: 'Kanpur Cantonment', expected: 'KANPURCANTT' },
		{ input: 'Kanpur Cantt.', expected: 'KANPURCANTT' },
		{ input: 'Govind Nagar', expected: 'GOVINDNAGAR' },
		{ input: 'Kadipur (SC)', expected: 'KADIPUR' },
		{ input: 'BALHA (S.C.)', expected: 'BALHASC' }
	])('$input → $expected', ({ input, expected }) => expect(nameKey(input)).toBe(expected));
});

describe('matchName among the ACs of one PC', () => {
	it.each([
		{ input: 'Sisamau', expected: { no: 213, distance: 1 } },
		{ input: 'SISHAMAU', expected: { no: 213, distance: 0 } },
		{ input: 'Govind Nagar', expected: { no: 212, distance: 0 } },
		{ input: 'ARYANAGAR', expected: { no: 214, distance: 0 } },
		{ input: 'KANPUR CANTONMENT', expected: { no: 216, distance: 0 } },
		{ input: 'Lucknow West', expected: null }
	])('$input', ({ input, expected }) => expect(matchName(input, KANPUR)).toEqual(expected));

	it('refuses to guess between two equally close names', () => {
		expect(
			matchName('AB', [
				{ no: 1, names: ['AC'] },
				{ no: 2, names: ['AD'] }
			])
		).toBeNull();
	});
});

describe('editDistance', () => {
	it.each([
		{ a: 'KITTEN', b: 'SITTING', expected: 3 },
		{ a: 'SISAMAU', b: 'SISHAMAU', expected: 1 },
		{ a: '', b: 'ABC', expected: 3 }
	])('$a / $b', ({ a, b, expected }) => expect(editDistance(a, b)).toBe(expected));
});
