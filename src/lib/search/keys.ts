/**
 * Search keys: a name folded so that the spellings in use for one place meet. Latin names are
 * transliterations with no single standard (Sisamau / Sishamau, Govindnagar / Govind Nagar,
 * Cantt. / Cantonment, Bithoor / Bithur); Hindi names differ in vowel length and nukta
 * (सीसामऊ / सिसामऊ). Keys drop case, spaces and punctuation, fold aspirates and long vowels,
 * collapse doubled letters and map the common abbreviations to one word.
 *
 *   searchKey('Kanpur Cantt.') === searchKey('kanpur cantonment')   // 'kanpurcant'
 *   searchKey('Sishamau') === searchKey('Sisamau')                   // 'sisamau'
 *   searchKey('सीसामऊ') === searchKey('सिसामऊ')
 */

/** Words written several ways in constituency and booth names, to one form. */
const WORDS: Record<string, string> = {
	cantonment: 'cant',
	cantt: 'cant',
	cant: 'cant',
	ngr: 'nagar',
	nagar: 'nagar',
	dehat: 'dehat',
	rural: 'dehat',
	sc: '',
	st: '',
	prathmik: 'prathamik',
	pry: 'prathamik',
	primary: 'prathamik',
	vidyalay: 'vidyalaya',
	vidyalaya: 'vidyalaya',
	vidhyalaya: 'vidyalaya'
};

/** Devanagari digits to ASCII, so '२१३' finds AC 213. */
export function asciiDigits(s: string): string {
	return s.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966));
}

const DEVANAGARI = /[\u0900-\u097F]/;

function latinKey(s: string): string {
	const words = s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.map((w) => WORDS[w] ?? w);
	return words
		.join('')
		.replace(/([bcdgjkpt])h+/g, '$1') // aspirates: Bhitargaon / Bitargaon, Sishamau / Sisamau
		.replace(/sh/g, 's')
		.replace(/ee|ii/g, 'i')
		.replace(/oo|uu/g, 'u')
		.replace(/aa/g, 'a')
		.replace(/w/g, 'v')
		.replace(/z/g, 'j')
		.replace(/q/g, 'k')
		.replace(/f/g, 'p')
		.replace(/(.)\1+/g, '$1');
}

function devanagariKey(s: string): string {
	return s
		.normalize('NFC')
		.replace(/\u093C/g, '') // nukta
		.replace(/\u0901/g, '\u0902') // chandrabindu → anusvara
		.replace(/\u093F/g, '\u0940') // ि → ी
		.replace(/\u0941/g, '\u0942') // ु → ू
		.replace(/इ/g, 'ई')
		.replace(/उ/g, 'ऊ')
		.replace(/[^\u0900-\u097F0-9]/g, '')
		.replace(/[\u0964\u0965]/g, '');
}

/** The key of a name or a query; '' when nothing searchable is left. */
export function searchKey(s: string): string {
	const t = asciiDigits(s);
	return DEVANAGARI.test(t) ? devanagariKey(t) : latinKey(t);
}

/**
 * The fewest edits (insert, delete, substitute, swap two neighbours) that turn `pattern` into
 * some part of `text`: 0 when the pattern is inside the text. Sellers' algorithm, O(m·n).
 */
export function substringDistance(pattern: string, text: string): number {
	const m = pattern.length;
	if (m === 0) return 0;
	let prev2 = new Array<number>(m + 1).fill(0);
	let prev = Array.from({ length: m + 1 }, (_, i) => i);
	let best = prev[m];
	for (let j = 1; j <= text.length; j++) {
		const cur = new Array<number>(m + 1);
		cur[0] = 0;
		for (let i = 1; i <= m; i++) {
			const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
			let v = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + cost);
			if (i > 1 && j > 1 && pattern[i - 1] === text[j - 2] && pattern[i - 2] === text[j - 1])
				v = Math.min(v, prev2[i - 2] + 1);
			cur[i] = v;
		}
		best = Math.min(best, cur[m]);
		prev2 = prev;
		prev = cur;
	}
	return best;
}

/** How many edits a query of this length may need and still match: none for short ones. */
export function allowedEdits(keyLength: number): number {
	return keyLength < 5 ? 0 : keyLength < 8 ? 1 : 2;
}
