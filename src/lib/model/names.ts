/**
 * Constituency-name matching. Sources spell the same seat many ways (Sisamau/Sishamau,
 * Govindnagar/Govind Nagar, Kanpur Cantt./Kanpur Cantonment), so Kshetra joins on numbers and
 * uses names only to find a number among a few known candidates (the ACs of one PC).
 *
 *   nameKey('Kanpur Cantonment')  → 'KANPURCANTT'
 *   matchName('Sisamau', [{ no: 213, names: ['Sishamau'] }, …]) → { no: 213, distance: 1 }
 */

/** Upper-case letters and digits only, with reservation suffixes and common long forms folded. */
export function nameKey(name: string): string {
	return name
		.toUpperCase()
		.replace(/\((SC|ST)\)/g, '')
		.replace(/CANTONMENT/g, 'CANTT')
		.replace(/[^A-Z0-9]/g, '');
}

/** Levenshtein distance; names are short (< 40 characters), so the O(n·m) table is cheap. */
export function editDistance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0];
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j];
			prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = up;
		}
	}
	return prev[b.length];
}

export interface NamedUnit {
	no: number;
	names: string[];
}

export interface NameMatch {
	no: number;
	/** 0 when a spelling matched exactly after nameKey; otherwise the edit distance used. */
	distance: number;
}

/**
 * The unit whose spellings are closest to `name`, or null when none is within `maxDistance`
 * edits or two units are equally close (an ambiguous name must not be guessed).
 */
export function matchName(name: string, units: NamedUnit[], maxDistance = 3): NameMatch | null {
	const key = nameKey(name);
	let best: NameMatch | null = null;
	let tie = false;
	for (const unit of units) {
		const d = Math.min(...unit.names.map((n) => editDistance(key, nameKey(n))));
		if (best === null || d < best.distance) {
			best = { no: unit.no, distance: d };
			tie = false;
		} else if (d === best.distance && unit.no !== best.no) {
			tie = true;
		}
	}
	if (best === null || best.distance > maxDistance || tie) return null;
	return best;
}
