/**
 * The Hindi AC names (data/pipeline/ac-names-hi.ts) checked against the English ones: every
 * Hindi name is transliterated back to Latin with a small scheme written for this test
 * (Devanagari letters to Hindi-style romanisation, with the usual schwa deletion), both sides are
 * reduced to a rough phonetic key, and the two keys must be close (normalised edit distance).
 * A name that is far off is either a mistake or a known, reviewed difference (listed below).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AC_NAMES_HI } from '../../../data/pipeline/ac-names-hi.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const english = new Map(
	(
		JSON.parse(readFileSync(join(ROOT, 'static/data/ac.geojson'), 'utf8')) as {
			features: { properties: { ac_no: number; ac_name: string } }[];
		}
	).features.map((f) => [f.properties.ac_no, f.properties.ac_name])
);

const CONSONANTS: Record<string, string> = {
	क: 'k',
	ख: 'kh',
	ग: 'g',
	घ: 'gh',
	ङ: 'n',
	च: 'ch',
	छ: 'chh',
	ज: 'j',
	झ: 'jh',
	ञ: 'n',
	ट: 't',
	ठ: 'th',
	ड: 'd',
	ढ: 'dh',
	ण: 'n',
	त: 't',
	थ: 'th',
	द: 'd',
	ध: 'dh',
	न: 'n',
	प: 'p',
	फ: 'ph',
	ब: 'b',
	भ: 'bh',
	म: 'm',
	य: 'y',
	र: 'r',
	ल: 'l',
	व: 'v',
	श: 'sh',
	ष: 'sh',
	स: 's',
	ह: 'h'
};
/** Consonant + nukta. */
const NUKTA: Record<string, string> = { ड: 'r', ढ: 'rh', क: 'q', ख: 'kh', ग: 'g', ज: 'z', फ: 'f' };
const VOWELS: Record<string, string> = {
	अ: 'a',
	आ: 'aa',
	इ: 'i',
	ई: 'ee',
	उ: 'u',
	ऊ: 'oo',
	ए: 'e',
	ऐ: 'ai',
	ओ: 'o',
	औ: 'au',
	ऋ: 'ri',
	ऑ: 'o'
};
const MATRAS: Record<string, string> = {
	'ा': 'aa',
	'ि': 'i',
	'ी': 'ee',
	'ु': 'u',
	'ू': 'oo',
	'े': 'e',
	'ै': 'ai',
	'ो': 'o',
	'ौ': 'au',
	'ृ': 'ri',
	'ॉ': 'o'
};
const VIRAMA = '्';

interface Unit {
	/** consonant letters ('' for an independent vowel) */
	c: string;
	/** vowel: a matra, an independent vowel, '' after a virama, or the inherent 'a' (schwa) */
	v: string;
	schwa: boolean;
	/** anusvara or chandrabindu after it */
	nasal: string;
}

type Deletion = 'none' | 'left' | 'right';

/**
 * One word of Devanagari to Latin, e.g. 'सहारनपुर' → 'sahaaranpur', 'देवबंद' → 'devband'. Schwa
 * deletion: the inherent vowel at the end of a word goes (unless it follows a cluster: मध्य is
 * madhya), and so does a medial one between a vowel and a consonant with its own vowel
 * (V C ə C V → V C C V). Which medial schwas go depends on the words a name is made of, so the
 * rule is applied left to right, right to left, or not at all, and the check takes the closest.
 */
function romaniseWord(word: string, deletion: Deletion): string {
	const s = word.normalize('NFD').replace(/ज्ञ/g, 'ग्य');
	const units: Unit[] = [];
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		if (ch in CONSONANTS) {
			let c = CONSONANTS[ch];
			if (s[i + 1] === '़') {
				c = NUKTA[ch] ?? c;
				i++;
			}
			const next = s[i + 1];
			if (next === VIRAMA) {
				units.push({ c, v: '', schwa: false, nasal: '' });
				i++;
			} else if (next in MATRAS) {
				units.push({ c, v: MATRAS[next], schwa: false, nasal: '' });
				i++;
			} else units.push({ c, v: 'a', schwa: true, nasal: '' });
		} else if (ch in VOWELS) units.push({ c: '', v: VOWELS[ch], schwa: false, nasal: '' });
		else if (ch === 'ं' || ch === 'ँ') {
			if (units.length) units[units.length - 1].nasal = 'n';
		} else if (ch === 'ः') units.push({ c: 'h', v: '', schwa: false, nasal: '' });
		else throw new Error(`no romanisation for "${ch}" (U+${ch.codePointAt(0)!.toString(16)})`);
	}
	const last = units.length - 1;
	const voiced = (u: Unit | undefined) => !!u && u.v !== '';
	if (last > 0 && units[last].schwa && !units[last].nasal && voiced(units[last - 1]))
		units[last].v = '';
	const order = [...Array(Math.max(0, last - 1)).keys()].map((i) => i + 1);
	if (deletion !== 'none')
		for (const i of deletion === 'left' ? order : order.reverse()) {
			const u = units[i];
			if (!u.schwa || u.nasal || !u.c) continue;
			if (voiced(units[i - 1]) && units[i + 1]?.c && voiced(units[i + 1])) u.v = '';
		}
	return units.map((u) => u.c + u.v + u.nasal).join('');
}

export function romanise(hindi: string, deletion: Deletion = 'left'): string {
	return hindi
		.split(/[\s-]+/)
		.map((w) => romaniseWord(w, deletion))
		.join(' ');
}

/** English words of AC names that Hindi translates rather than transliterates. */
const TRANSLATED: Record<string, string[]> = {
	north: ['uttar'],
	south: ['dakshin'],
	east: ['purv'],
	west: ['pashchim'],
	central: ['madhya'],
	rural: ['dehat', 'gramin'],
	urban: ['shahar'],
	cantt: ['kaint']
};

/** A rough phonetic key of one word, so that spelling conventions do not count as differences. */
function keyWord(latin: string): string {
	return latin
		.toLowerCase()
		.replace(/[^a-z]/g, '')
		.replace(/ph/g, 'f')
		.replace(/w/g, 'v')
		.replace(/z/g, 'j')
		.replace(/q/g, 'k')
		.replace(/c(?!h)/g, 'k')
		.replace(/([bcdgjkptsr])h/g, '$1')
		.replace(/([aeiou])h$/, '$1')
		.replace(/ee/g, 'i')
		.replace(/oo/g, 'u')
		.replace(/(.)\1+/g, '$1')
		.replace(/aon/g, 'anv')
		.replace(/([aeiou])y([aeiou])/g, '$1$2')
		.replace(/y$/, 'i')
		.replace(/(.)\1+/g, '$1')
		.replace(/a[ie]/g, 'e')
		.replace(/au/g, 'o');
}

const key = (words: string[]) => words.map(keyWord).join('');

function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++)
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = cur;
	}
	return prev[b.length];
}

/** English name variants (as word lists) with translated words replaced by their Hindi romanisation. */
function englishVariants(name: string): string[][] {
	let variants: string[][] = [[]];
	for (const word of name
		.toLowerCase()
		.split(/[\s.-]+/)
		.filter(Boolean)) {
		const options = TRANSLATED[word] ?? [word];
		variants = variants.flatMap((v) => options.map((o) => [...v, o]));
	}
	return variants;
}

export function distance(hindi: string, englishName: string): number {
	const ds: number[] = [];
	for (const deletion of ['none', 'left', 'right'] as const) {
		const h = key(romanise(hindi, deletion).split(' '));
		for (const e of englishVariants(englishName)) {
			const k = key(e);
			ds.push(editDistance(h, k) / Math.max(h.length, k.length));
		}
	}
	return Math.min(...ds);
}

const THRESHOLD = 0.3;

/**
 * Reviewed outliers: the Hindi names are the standard ones; the distance comes from an English
 * spelling that does not follow the Hindi sound.
 * - 48 Meerut: मेरठ (Meraṭh); "Meerut" is the old British spelling.
 * - 221 Orai: उरई (Urai); the English spelling starts with O.
 * - 253 Chail: चायल (Chāyal), as the CEO Uttar Pradesh and Kaushambi papers write it.
 * - 298 Colonelganj: named after a colonel, and written कर्नलगंज ("Karnalganj") in Hindi.
 */
const REVIEWED = [48, 221, 253, 298];

describe('Hindi AC names', () => {
	it('has a Devanagari name for each of the 403 ACs, and no other', () => {
		expect(Object.keys(AC_NAMES_HI).map(Number)).toEqual([...english.keys()].sort((a, b) => a - b));
		expect(english.size).toBe(403);
		for (const [no, name] of Object.entries(AC_NAMES_HI))
			expect(name, `AC ${no}`).toMatch(/^[\u0900-\u097F]+([ -][\u0900-\u097F]+)*$/);
	});

	it('romanises Devanagari the way the check expects', () => {
		expect(romanise('सहारनपुर', 'right')).toBe('sahaaranpur');
		expect(romanise('देवबंद')).toBe('devband');
		expect(romanise('लखनऊ मध्य')).toBe('lakhnaoo madhya');
		expect(romanise('रायबरेली')).toBe('raaybarelee');
		expect(romanise('ज्ञानपुर')).toBe('gyaanpur');
		expect(romanise('कानपुर कैंट')).toBe('kaanpur kaint');
		expect(distance('सीसामऊ', 'Sishamau')).toBeLessThan(0.2);
		expect(distance('गोविंद नगर', 'Govindnagar')).toBe(0);
		expect(distance('कानपुर', 'Lucknow')).toBeGreaterThan(THRESHOLD);
	});

	it('transliterates back close to the English name, except the reviewed ones', () => {
		const outliers = [...english]
			.map(([no, en]) => ({ no, en, hi: AC_NAMES_HI[no], d: distance(AC_NAMES_HI[no], en) }))
			.filter((x) => x.d > THRESHOLD);
		const report = outliers.map(
			(x) => `${x.no} ${x.en} → ${x.hi} (${romanise(x.hi)}, ${x.d.toFixed(2)})`
		);
		expect(
			outliers.map((x) => x.no),
			report.join('\n')
		).toEqual(REVIEWED);
	});
});
