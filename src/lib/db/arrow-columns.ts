/**
 * Arrow vectors built directly from their buffers (values, validity bitmap, offsets), without
 * apache-arrow's builders: the builders compile a null-check function with `new Function`, which
 * the site's Content-Security-Policy (no 'unsafe-eval') forbids.
 *
 *   utf8Vector(['Sishamau', null]) → Vector<Utf8> of length 2 with one null
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

/** A numeric column as read: its values, a validity bitmap (bit set: not null) and its null count. */
export interface NumericColumn {
	data: Int32Array | Float64Array;
	valid: Uint8Array;
	nulls: number;
}

/** An Int32 (INTEGER) or Float64 (DOUBLE) vector of the column, or of its rows `keep` in order. */
export function numericVector(col: NumericColumn, keep?: Int32Array): Vector<Int32 | Float64> {
	let { data, valid, nulls } = col;
	if (keep) {
		const kept =
			data instanceof Int32Array ? new Int32Array(keep.length) : new Float64Array(keep.length);
		const keptValid = new Uint8Array((keep.length + 7) >> 3);
		nulls = 0;
		keep.forEach((i, j) => {
			if (valid[i >> 3] & (1 << (i & 7))) {
				kept[j] = data[i];
				keptValid[j >> 3] |= 1 << (j & 7);
			} else nulls++;
		});
		[data, valid] = [kept, keptValid];
	}
	const props = { length: data.length, nullCount: nulls, nullBitmap: valid };
	return data instanceof Int32Array
		? makeVector(makeData({ type: new Int32(), data, ...props }))
		: makeVector(makeData({ type: new Float64(), data, ...props }));
}

/**
 * UTF-8 bytes of every string in one pass into one buffer. TextEncoder.encode per value made a
 * Uint8Array for each of an AC's tens of thousands of strings (candidate, party, booth names):
 * about 300 ms of a sibling AC's read-ahead on the main thread. Lone surrogates become U+FFFD,
 * as TextEncoder writes them.
 */
function utf8Bytes(values: (string | null | undefined)[]): {
	valueOffsets: Int32Array;
	data: Uint8Array;
} {
	const valueOffsets = new Int32Array(values.length + 1);
	let bound = 0;
	for (const v of values) if (v) bound += v.length * 3;
	const data = new Uint8Array(bound);
	let o = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v)
			for (let j = 0; j < v.length; j++) {
				let c = v.charCodeAt(j);
				if (c < 0x80) {
					data[o++] = c;
					continue;
				}
				if (c < 0x800) {
					data[o++] = 0xc0 | (c >> 6);
					data[o++] = 0x80 | (c & 0x3f);
					continue;
				}
				if (c >= 0xd800 && c <= 0xdfff) {
					const d = c <= 0xdbff && j + 1 < v.length ? v.charCodeAt(j + 1) : 0;
					if (d >= 0xdc00 && d <= 0xdfff) {
						// a surrogate pair: one code point above U+FFFF, 4 bytes (for 2 UTF-16 units)
						c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
						j++;
						data[o++] = 0xf0 | (c >> 18);
						data[o++] = 0x80 | ((c >> 12) & 0x3f);
						data[o++] = 0x80 | ((c >> 6) & 0x3f);
						data[o++] = 0x80 | (c & 0x3f);
						continue;
					}
					c = 0xfffd;
				}
				data[o++] = 0xe0 | (c >> 12);
				data[o++] = 0x80 | ((c >> 6) & 0x3f);
				data[o++] = 0x80 | (c & 0x3f);
			}
		valueOffsets[i + 1] = o;
	}
	return { valueOffsets, data: data.slice(0, o) };
}

export function utf8Vector(values: (string | null | undefined)[]): Vector<Utf8> {
	const { bitmap, nullCount } = validity(values);
	const { valueOffsets, data } = utf8Bytes(values);
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
