/**
 * Colour-vision deficiency simulation for palette checks: Machado, Oliveira & Fernandes (2009)
 * matrices at full severity, applied in linear RGB; distances as CIE76 ΔE in CIELAB (d3-color).
 *
 *   deltaE('#d7191c', '#f7941d', 'deuteranopia') → ΔE of SP red and BJP saffron as a
 *   deuteranope sees them
 */
import { lab, rgb } from 'd3-color';

export type Vision = 'normal' | 'deuteranopia' | 'protanopia';

const MATRICES: Record<Exclude<Vision, 'normal'>, number[][]> = {
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	]
};

const toLinear = (c: number) => {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => {
	const s = Math.max(0, Math.min(1, c));
	return 255 * (s <= 0.0031308 ? 12.92 * s : 1.055 * s ** (1 / 2.4) - 0.055);
};

export function simulate(hex: string, vision: Vision): string {
	if (vision === 'normal') return rgb(hex).formatHex();
	const c = rgb(hex);
	const v = [toLinear(c.r), toLinear(c.g), toLinear(c.b)];
	const [r, g, b] = MATRICES[vision].map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]);
	return rgb(fromLinear(r), fromLinear(g), fromLinear(b)).formatHex();
}

export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
	const x = lab(simulate(a, vision));
	const y = lab(simulate(b, vision));
	return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}

/** Pairs of a palette closer than `min` ΔE for any of the visions, as readable lines. */
export function tooClose(palette: Record<string, string>, min: number): string[] {
	const out: string[] = [];
	const entries = Object.entries(palette);
	for (const [i, [ka, a]] of entries.entries())
		for (const [kb, b] of entries.slice(i + 1))
			for (const v of ['normal', 'deuteranopia', 'protanopia'] as Vision[]) {
				const d = deltaE(a, b, v);
				if (d < min) out.push(`${ka} ${a} / ${kb} ${b}: ΔE ${d.toFixed(1)} (${v})`);
			}
	return out;
}
