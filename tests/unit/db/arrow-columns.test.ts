import { describe, expect, it } from 'vitest';
import { utf8Vector } from '../../../src/lib/db/arrow-columns.ts';

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
