import { describe, expect, it } from 'vitest';
import { numericVector, utf8Vector } from '../../../src/lib/db/arrow-columns.ts';

describe('utf8Vector', () => {
	it('writes the bytes TextEncoder writes, value by value, with nulls and empty strings', () => {
		const values = [
			'Sishamau',
			null,
			'',
			'सीसामऊ',
			'Govind Nagar (गोविंद नगर)',
			'é ß ₹ 𝄞 😀',
			'lone \ud800 high, lone \udc00 low, at the end \ud83d',
			undefined,
			'x'.repeat(1000)
		];
		const v = utf8Vector(values);
		const data = v.data[0];
		const enc = new TextEncoder();
		const expected = values.map((s) => enc.encode(s ?? ''));
		const offsets = [0];
		for (const e of expected) offsets.push(offsets.at(-1)! + e.length);
		expect([...data.valueOffsets]).toEqual(offsets);
		expect([...data.values]).toEqual(expected.flatMap((e) => [...e]));
		expect(v.nullCount).toBe(2);
		expect(v.toArray()).toEqual(
			values.map((s) => (s == null ? null : new TextDecoder().decode(enc.encode(s))))
		);
	});
});

describe('numericVector', () => {
	// values 7, null, -3, 0, null, 2147483647, 5, 9, 11 (nine rows: the bitmap's second byte)
	const valid = new Uint8Array([0b1110_1101, 0b1]);
	const int = { data: new Int32Array([7, 0, -3, 0, 0, 2147483647, 5, 9, 11]), valid, nulls: 2 };

	it('an INTEGER column as Int32, nulls where the bitmap says', () => {
		const v = numericVector(int);
		expect(v.type.toString()).toBe('Int32');
		expect(v.nullCount).toBe(2);
		expect([...v]).toEqual([7, null, -3, 0, null, 2147483647, 5, 9, 11]);
	});

	it('only the rows kept, in the order given, their nulls counted again', () => {
		const v = numericVector(int, Int32Array.from([8, 1, 0, 4]));
		expect([...v]).toEqual([11, null, 7, null]);
		expect(v.nullCount).toBe(2);
		const d = numericVector(
			{ data: new Float64Array([0.5, 61.25, 0]), valid: new Uint8Array([0b101]), nulls: 1 },
			Int32Array.from([2, 1, 0])
		);
		expect(d.type.toString()).toBe('Float64');
		expect([...d]).toEqual([0, null, 0.5]);
		expect(d.nullCount).toBe(1);
	});
});
