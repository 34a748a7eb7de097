/**
 * Arrow vectors built directly from their buffers (values, validity bitmap, offsets), without
 * apache-arrow's builders: the builders compile a null-check function with `new Function`, which
 * the site's Content-Security-Policy (no 'unsafe-eval') forbids.
 *
 *   int32Vector([1, null, 3]) → Vector<Int32> of length 3 with one null
 */
import { Float64, Int32, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

function validity(values: unknown[]): { bitmap: Uint8Array; nullCount: number } {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v === null || v === undefined) nullCount++;
		else bitmap[i >> 3] |= 1 << (i & 7);
	});
	return { bitmap, nullCount };
}

export function int32Vector(values: (number | null | undefined)[]): Vector<Int32> {
	const { bitmap, nullCount } = validity(values);
	const data = Int32Array.from(values, (v) => (v === null || v === undefined ? 0 : v));
	return makeVector(
		makeData({ type: new Int32(), length: values.length, nullCount, nullBitmap: bitmap, data })
	);
}

export function float64Vector(values: (number | null | undefined)[]): Vector<Float64> {
	const { bitmap, nullCount } = validity(values);
	const data = Float64Array.from(values, (v) => (v === null || v === undefined ? 0 : v));
	return makeVector(
		makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap: bitmap, data })
	);
}

const encoder = new TextEncoder();

export function utf8Vector(values: (string | null | undefined)[]): Vector<Utf8> {
	const { bitmap, nullCount } = validity(values);
	const parts = values.map((v) =>
		v === null || v === undefined ? new Uint8Array(0) : encoder.encode(v)
	);
	const valueOffsets = new Int32Array(values.length + 1);
	parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i] + p.length));
	const data = new Uint8Array(valueOffsets[values.length]);
	parts.forEach((p, i) => data.set(p, valueOffsets[i]));
	return makeVector(
		makeData({
			type: new Utf8(),
			length: values.length,
			nullCount,
			nullBitmap: bitmap,
			valueOffsets,
			data
		})
	);
}
