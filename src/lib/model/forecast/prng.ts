/**
 * Seeded randomness for the simulation: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 128-bit state, passes PractRand to 2^40+ bytes) seeded through splitmix32, and
 * standard normal draws by the Box–Muller transform (both values of each pair are used). Same
 * seed, same sequence, in Node and every browser: tests and exports repeat exactly.
 *
 *   const r = rng(42); r.uniform() → 0.…, r.normal() → −0.…
 */

export interface Rng {
	/** uniform on [0, 1) with 32 random bits */
	uniform(): number;
	/** standard normal */
	normal(): number;
}

/** splitmix32: turns one seed into well-mixed 32-bit words for sfc32's state. */
function splitmix32(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

export function rng(seed: number): Rng {
	const init = splitmix32(seed);
	let a = init();
	let b = init();
	let c = init();
	let d = init();
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	// the first outputs of a fresh state are discarded, as the generator's author recommends
	for (let i = 0; i < 12; i++) next();
	let spare = NaN;
	return {
		uniform: next,
		normal() {
			if (!Number.isNaN(spare)) {
				const v = spare;
				spare = NaN;
				return v;
			}
			// 1 − u is in (0, 1]: log never sees 0
			const r = Math.sqrt(-2 * Math.log(1 - next()));
			const th = 2 * Math.PI * next();
			spare = r * Math.sin(th);
			return r * Math.cos(th);
		}
	};
}
