import { describe, expect, it } from 'vitest';
import { readAe2017Table } from '../../../data/pipeline/form20-ae2017.ts';
import { krutiDevToUnicode, malformedDevanagari } from '../../../src/lib/model/krutidev.ts';

describe('krutiDevToUnicode', () => {
	it.each([
		// plain consonants and matras
		{ input: 'dkuiqj', expected: 'कानपुर' },
		{ input: 'Hkkjr', expected: 'भारत' },
		{ input: 'dkyst', expected: 'कालेज' },
		{ input: 'ukjk;.k', expected: 'नारायण' },
		{ input: 'vkSj', expected: 'और' },
		{ input: 'pkSdh', expected: 'चौकी' },
		// ि typed before its consonant (cluster)
		{ input: 'fgUnh', expected: 'हिन्दी' },
		{ input: 'fo|ky;', expected: 'विद्यालय' },
		{ input: 'izkFkfed', expected: 'प्राथमिक' },
		{ input: 'fLFkr', expected: 'स्थित' },
		{ input: 'fpfdRlky;', expected: 'चिकित्सालय' },
		// reph typed after the syllable (and after its matra)
		{ input: 'ysnj ofdZax', expected: 'लेदर वर्किंग' },
		{ input: "/keZ'kkyk", expected: 'धर्मशाला' },
		{ input: 'dk;kZy;', expected: 'कार्यालय' },
		{ input: 'fo|kFkhZ', expected: 'विद्यार्थी' },
		{ input: 'lw;Z', expected: 'सूर्य' },
		// half letters, ligatures and र conjuncts
		{ input: "mRrj izns'k", expected: 'उत्तर प्रदेश' },
		{ input: 'dsUnz', expected: 'केन्द्र' },
		{ input: 'Jfed', expected: 'श्रमिक' },
		{ input: 'd{k', expected: 'कक्ष' },
		{ input: "'kkL=h", expected: 'शास्त्री' },
		{ input: 'Kku', expected: 'ज्ञान' },
		{ input: 'jk"Vªh;', expected: 'राष्ट्रीय' },
		{ input: 'dzkbLV ppZ', expected: 'क्राइस्ट चर्च' },
		{ input: 'isze', expected: 'प्रेम' },
		// reph typed between a half letter and the ा stroke that completes it (AC 214 PS 246–249,
		// "Guru Nanak Girls H.S. School"); 213 types the same word with the reph last
		{ input: 'xYLZk', expected: 'गर्ल्स' },
		{ input: 'xYLkZ', expected: 'गर्ल्स' },
		// `z` (्र) typed under the half न, then again under द (AC 212 PS 302–303, "Nari Kala
		// Kendra"): one ्र, on द; the final `s` is the े the file prints
		{ input: 'dsUznzs', expected: 'केन्द्रे' },
		{ input: 'dsUzn', expected: 'केन्द्र' },
		// ो typed with its े stroke twice (AC 213 PS 224, "Manoranjan Sansthan")
		{ input: 'eukssjatu', expected: 'मनोरंजन' },
		// nasalisation, nukta, independent vowels
		{ input: 'fla/kh la?k', expected: 'सिंधी संघ' },
		{ input: 'xaxkxat', expected: 'गंगागंज' },
		{ input: 'ekjokM+h', expected: 'मारवाड़ी' },
		{ input: 'ubZ lM+d', expected: 'नई सड़क' },
		{ input: 'lhlkeÅ', expected: 'सीसामऊ' },
		{ input: ',e ,l', expected: 'एम एस' },
		// punctuation: - is the full stop, ¼ ½ are brackets, @ is the slash
		{ input: 'gk- ls- Ldwy', expected: 'हा. से. स्कूल' },
		{ input: '¼nf{k.kh Hkou½', expected: '(दक्षिणी भवन)' },
		{ input: '109@284', expected: '109/284' }
	])('$input → $expected', ({ input, expected }) => {
		expect(krutiDevToUnicode(input)).toBe(expected);
	});

	it('moves ि past a whole conjunct and the reph before a conjunct', () => {
		expect(krutiDevToUnicode('fLFkfr')).toBe('स्थिति');
		expect(krutiDevToUnicode('dk;ZØe')).toBe('कार्यक्रम');
	});

	it('keeps ASCII digits, spaces and "0" abbreviation marks as they are', () => {
		expect(krutiDevToUnicode('120 345  7')).toBe('120 345  7');
		expect(krutiDevToUnicode('b0 dkyst pd ua0 120')).toBe('इ0 कालेज चक नं0 120');
	});

	it('leaves text that is already Unicode Devanagari unchanged', () => {
		for (const s of ['किताब', 'वर्किंग', 'हिन्दी 2017']) expect(krutiDevToUnicode(s)).toBe(s);
	});

	it('returns NFC text without any leftover reordering marks', () => {
		const out = krutiDevToUnicode('ysnj ofdZax bLVhV~;wV lwVjxat');
		expect(out).toBe('लेदर वर्किंग इस्टीट्यूट सूटरगंज');
		expect(out).toBe(out.normalize('NFC'));
		expect(out).not.toMatch(/[\uE000-\uF8FF]/);
	});

	it('reads typographic quotes as the keys they replace: ” “ as \' (श), ’ ‘ as " (ष)', () => {
		// 2017 Form 20 names as typed (AC 255, AC 395 PS 63, AC 265 PS 210)
		expect(krutiDevToUnicode('ftyk ifj’kn izkbejh ikB”kkyk eykd osyk')).toBe(
			'जिला परिषद प्राइमरी पाठशाला मलाक वेला'
		);
		expect(krutiDevToUnicode('izk0fo0 vrjSyk f”ko xqyke ua01')).toBe('प्रा0वि0 अतरैला शिव गुलाम नं01');
		expect(krutiDevToUnicode('f”koft;kou b0 dk0 ysfM+;kjh n0 Hkkx')).toBe(
			'शिवजियावन इ0 का0 लेड़ियारी द0 भाग'
		);
	});

	it('a ु or ू typed between a half letter and its ा stroke (AC 297 PS 53)', () => {
		expect(krutiDevToUnicode('Twk0gk0Ldwy d0u01jksaokjh')).toBe('जू0हा0स्कूल क0न01रोंवारी');
		expect(malformedDevanagari(krutiDevToUnicode('Twk0gk0Ldwy'))).toEqual([]);
	});

	it('converts the three Kruti Dev names the audit found malformed', () => {
		expect(krutiDevToUnicode('xq:ukud xYLZk gk0ls0Ldwy d{k la-1')).toBe(
			'गुरूनानक गर्ल्स हा0से0स्कूल कक्ष सं.1'
		);
		expect(krutiDevToUnicode('ukjhdyk dsUznzs okbZ Cykd d{k la- 1')).toBe(
			'नारीकला केन्द्रे वाई ब्लाक कक्ष सं. 1'
		);
	});
});

describe('malformedDevanagari', () => {
	it.each([
		{ text: 'गल्स्र्ा', why: 'halant + ा', bad: true },
		{ text: 'केन््रद्रे', why: 'halant + halant', bad: true },
		{ text: 'मनोेरंजन', why: 'ो + े', bad: true },
		{ text: 'ा', why: 'a vowel sign alone', bad: true },
		{ text: 'गर्ल्स', why: 'reph and conjunct', bad: false },
		{ text: 'केन्द्रे', why: 'conjunct with ्र and े', bad: false },
		{ text: 'मारवाड़ी सड़क', why: 'nukta + vowel sign', bad: false },
		{ text: 'हा0से0 स्कूल', why: 'abbreviation marks', bad: false },
		{ text: 'Leather Working Institute 12', why: 'Latin text', bad: false }
	])('$text ($why): malformed $bad', ({ text, bad }) => {
		expect(malformedDevanagari(text).length > 0).toBe(bad);
	});

	it('says where: the characters around each bad sequence', () => {
		expect(malformedDevanagari('नारीकला केन््रद्रे')).toEqual(['केन््र']);
	});
});

describe('every Kruti Dev name of the 2017 Form 20 (ACs 212–214, 847 polling stations)', () => {
	const names = [212, 213, 214].flatMap((ac) =>
		readAe2017Table(ac).stations.map((b) => ({ ac, ps: b.part_no, raw: b.name_raw }))
	);

	it('has 847 names: 345 + 253 + 249', () => expect(names).toHaveLength(847));

	it('converts each to well-formed Devanagari', () => {
		// Checked here with the test's own patterns, not only malformedDevanagari: no halant before
		// a halant or a vowel sign, no vowel sign after anything but a consonant or nukta, no Latin
		// letters and no reordering marks left over.
		const bad = names
			.map((n) => ({ ...n, name: krutiDevToUnicode(n.raw) }))
			.filter(
				({ name }) =>
					/\u094D[\u094D\u093E-\u094C]/.test(name) ||
					// Lone vowel signs on purpose: what a broken conversion leaves.
					// eslint-disable-next-line no-misleading-character-class
					/(^|[^\u0915-\u0939\u0958-\u095F\u093C])[\u093E-\u094C]/.test(name) ||
					/[A-Za-z\uE000-\uF8FF]/.test(name) ||
					malformedDevanagari(name).length > 0
			);
		expect(bad).toEqual([]);
	});
});
