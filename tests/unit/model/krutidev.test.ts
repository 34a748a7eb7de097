import { describe, expect, it } from 'vitest';
import { krutiDevToUnicode } from '../../../src/lib/model/krutidev.ts';

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
});
