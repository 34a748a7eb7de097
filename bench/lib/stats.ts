/** Medians and ranges of repeated measurements, and the units the table prints them in. */
export interface Summary {
	median: number;
	min: number;
	max: number;
	n: number;
	samples: number[];
}

export function summarize(samples: number[]): Summary {
	const s = [...samples].sort((a, b) => a - b);
	const mid = s.length >> 1;
	const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
	return { median, min: s[0], max: s.at(-1)!, n: s.length, samples };
}

export const ms = (x: number) =>
	x >= 10_000
		? `${(x / 1000).toFixed(1)} s`
		: x >= 1000
			? `${(x / 1000).toFixed(2)} s`
			: x >= 10
				? `${Math.round(x)} ms`
				: `${x.toFixed(2)} ms`;

export const mb = (bytes: number) =>
	bytes >= 1e6
		? `${(bytes / 1e6).toFixed(2)} MB`
		: bytes >= 1e3
			? `${(bytes / 1e3).toFixed(1)} kB`
			: `${bytes} B`;

/** "1.23 s (1.10–1.40, n=5)" */
export function range(s: Summary, fmt: (x: number) => string = ms): string {
	return s.n > 1
		? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)}, n=${s.n})`
		: `${fmt(s.median)} (n=1)`;
}
