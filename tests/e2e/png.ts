/**
 * A small PNG reader for screenshots (8-bit RGB or RGBA, not interlaced, as Chromium writes
 * them), so that a test can read the pixels of a page that runs no script at all.
 *
 *   const img = readPng(await page.screenshot());   img.at(10, 20) → [r, g, b]
 */
import { inflateSync } from 'node:zlib';

export interface Png {
	width: number;
	height: number;
	at(x: number, y: number): [number, number, number];
}

export function readPng(buf: Buffer): Png {
	let pos = 8;
	let [width, height, channels] = [0, 0, 0];
	const idat: Buffer[] = [];
	while (pos < buf.length) {
		const len = buf.readUInt32BE(pos);
		const type = buf.toString('latin1', pos + 4, pos + 8);
		const data = buf.subarray(pos + 8, pos + 8 + len);
		if (type === 'IHDR') {
			[width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
			const [depth, colour, interlace] = [data[8], data[9], data[12]];
			if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0)
				throw new Error(`PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
			channels = colour === 6 ? 4 : 3;
		} else if (type === 'IDAT') idat.push(data);
		pos += 12 + len;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	const px = new Uint8Array(height * stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		for (let i = 0; i < stride; i++) {
			const a = i >= channels ? px[y * stride + i - channels] : 0;
			const b = y > 0 ? px[(y - 1) * stride + i] : 0;
			const c = y > 0 && i >= channels ? px[(y - 1) * stride + i - channels] : 0;
			const p = a + b - c;
			const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
			const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
			px[y * stride + i] = (row[i] + pred) & 0xff;
		}
	}
	return {
		width,
		height,
		at(x, y) {
			const i = Math.round(y) * stride + Math.round(x) * channels;
			return [px[i], px[i + 1], px[i + 2]];
		}
	};
}
