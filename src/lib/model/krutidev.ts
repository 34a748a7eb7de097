/**
 * Kruti Dev 010 → Unicode Devanagari.
 *
 * Kruti Dev is a legacy "font encoding": Hindi was typed as ASCII and Latin-1 characters and only
 * the font drew them as Devanagari glyphs (`d` is drawn as क, `k` as the ा stroke, `Z` as the reph
 * hook…). Government PDFs made with it, such as the 2017 Uttar Pradesh Form 20 polling-station
 * names, extract as gibberish like "ysnj ofdZax". This module turns that back into real Hindi.
 *
 *   krutiDevToUnicode('ysnj ofdZax bLVhV~;wV lwVjxat') → 'लेदर वर्किंग इस्टीट्यूट सूटरगंज'
 *   ("Leather Working Institute, Soutarganj"; the source itself omits the ं of इंस्टीट्यूट)
 *
 * Two things differ from a plain character map:
 *  - Kruti Dev stores glyphs in visual order. The ि matra (`f`) is typed BEFORE the consonant
 *    cluster it belongs to, and the reph र् (`Z`) AFTER the syllable it sits on; Unicode stores
 *    both in logical order (क + ि, र् + क + ि), so both have to be moved.
 *  - A half letter followed by the ा stroke is the full letter (`D` = क्, `Dk` = क), because the
 *    font builds many full consonants from a half form and a vertical bar.
 *
 * Characters with no Kruti Dev meaning (space, ASCII digits, text that is already Unicode) are
 * kept. ASCII digits stay ASCII: Kruti Dev 010 draws them as 0–9 ("ua0 120" → "नं0 120"). The
 * mapping follows the widely used Kruti Dev 010 converter tables.
 */

/** Marks a `f` (ि) still waiting to move after its consonant cluster. */
const I_MARK = '\uE000';
/** Marks a `Z` (reph, र्) still waiting to move before its consonant cluster. */
const REPH_MARK = '\uE001';

/**
 * The mapping table: "kruti unicode" pairs separated by spaces (no key contains a space). Grouped
 * for reading; the order does not matter because PATTERN always tries longer keys first.
 */
const PAIRS = String.raw`
	v‚ ऑ  vks ओ  vkS औ  vk आ  v अ  b± ईं  bZ ई  Ã ई  b इ  m उ  Å ऊ  ,s ऐ  , ए  _ ऋ

	d क  Dk क  D क्  [k ख  [ ख्  x ग  Xk ग  X ग्  Ä घ  ?k घ  ? घ्  ³ ङ
	p च  Pk च  P च्  N छ  t ज  Tk ज  T ज्  > झ  ÷ झ्  Ö झ्  ¥ ञ
	V ट  B ठ  M ड  < ढ  .k ण  . ण्
	r त  Rk त  R त्  Fk थ  F थ्  n द  /k ध  èk ध  / ध्  è ध्  Ë ध्  u न  Uk न  U न्
	i प  Ik प  I प्  Q फ  ¶ फ्  c ब  Ck ब  C ब्  Hk भ  H भ्  Ò भ  e म  Ek म  E म्
	; य  ¸ य्  j र  y ल  Yk ल  Y ल्  G ळ  o व  Ok व  O व्
	'k श  ' श्  Ük श  Ü श्  "k ष  " ष्  l स  Lk स  L स्  g ह
	”k श  ” श्  “k श  “ श्  ’k ष  ’ ष्  ‘k ष  ‘ ष्

	{k क्ष  { क्ष्  = त्र  « त्र्  K ज्ञ  J श्र  Ø क्र  ô क्क  ä क्त  Ñ कृ  — कृ  – दृ  Ý फ्र
	xz ग्र  ç प्र  Á प्र  Ùk त्त  Ù त्त्  é न्न  ™ न्न्  ) द्ध  | द्य  } द्व  æ द्र  í द्द  Ì द्द
	ê ट्ट  Í ट्ट  ë ट्ठ  Î ट्ठ  ì ड्ड  Ï ड्ड  ï ड्ढ  Ô ड्ढ
	à ह्न  á ह्य  â हृ  ã ह्म  ºz ह्र  º ह्  # रु  : रू  z ्र  ª ्र  ªª ्र  î ्य  Ó ्य

	‚ ॉ  kW ॉ  vkW ऑ  ks ो  kS ौ  k ा  h ी  È ीं  q ु  w ू  s े  S ै
	a ं  ¡ ँ  % ः  W ॅ  ~ ्  + ़  • ऽ  · ऽ

	A ।  - .  & -  ] ,  ( ;  ¼ (  ½ )  ¿ {  À }  ¾ =  \ ?  @ /  ^ ‘  * ’  Þ “  ß ”  Œ ॰  ñ ॰
	å ०  ƒ १  „ २  … ३  † ४  ‡ ५  ˆ ६  ‰ ७  Š ८  ‹ ९
`;

/** Kruti Dev sequence → Unicode, from PAIRS plus the keys a template string cannot hold. */
const TABLE = new Map<string, string>([
	...PAIRS.trim()
		.split(/\s+/)
		.flatMap((tok, i, all) => (i % 2 === 0 ? [[tok, all[i + 1]] as [string, string]] : [])),
	['`', 'ृ'],
	['f', I_MARK],
	['Z', REPH_MARK],
	['±', REPH_MARK + 'ं']
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/** One alternation, longest keys first, so `vks` wins over `v` + `ks` and `Dk` over `D` + `k`. */
const PATTERN = new RegExp(
	[...TABLE.keys()]
		.sort((a, b) => b.length - a.length)
		.map(escape)
		.join('|'),
	'g'
);

// Unicode classes used by the reordering rules.
const C = '[\u0915-\u0939\u0958-\u095F]'; // consonant (incl. precomposed nukta forms)
const NUKTA = '\u093C';
const HALANT = '\u094D';
const SIGN = '[\u093E-\u094C\u0901-\u0903]'; // dependent vowel signs, ँ ं ः
/** A consonant cluster: any half consonants, then a full one (each optionally with a nukta). */
const CLUSTER = `(?:${C}${NUKTA}?${HALANT})*${C}${NUKTA}?`;

const RULES: [RegExp, string][] = [
	// half letter + (nukta) + ा stroke = the full letter: `[+k` = ख़; a reph typed between the half
	// letter and its stroke waits after the full letter (xYLZk → ग ल् स REPH → गर्ल्स)
	[new RegExp(`${HALANT}(${NUKTA}?)(${REPH_MARK}?)\u093E`, 'g'), '$1$2'],
	// …also with the ु or ू typed between the half letter and its stroke (Twk0 → जू0, [qkZ → खुर्)
	[new RegExp(`${HALANT}([\u0941\u0942])\u093E`, 'g'), '$1'],
	// `z` (्र) typed after a half letter, which has no foot to carry it: it belongs under the
	// cluster's full letter, where the typist usually types it again (dsUznzs → केन्द्रे)
	[new RegExp(`${HALANT}${HALANT}र(${CLUSTER})`, 'g'), `${HALANT}$1${HALANT}र`],
	[new RegExp(`${HALANT}${HALANT}र`, 'g'), `${HALANT}र`],
	// …and where it was typed again, one ्र is left (no Hindi word has ्र twice on one letter)
	[new RegExp(`${HALANT}र${HALANT}र`, 'g'), `${HALANT}र`],
	// the े stroke typed again after ो or ै after ौ, whose glyphs already hold it (eukssjatu → मनोरंजन)
	[/([\u094B\u094C])[\u0947\u0948]/g, '$1'],
	// a nukta typed after the vowel sign belongs to the consonant
	[new RegExp(`(${SIGN})${NUKTA}`, 'g'), `${NUKTA}$1`],
	// `z` (्र) typed after the vowel sign belongs to the consonant: isze → प्रेम
	[new RegExp(`(${SIGN}+)${HALANT}र`, 'g'), `${HALANT}र$1`],
	// `f` + cluster → cluster + ि  (fo|ky; → विद्यालय)
	[new RegExp(`${I_MARK}(${CLUSTER})`, 'g'), '$1\u093F'],
	[new RegExp(I_MARK, 'g'), '\u093F'],
	// cluster + signs + `Z` → र् + cluster + signs  (ofdZax → वर्किंग, dk;Z → कार्य)
	[new RegExp(`(${CLUSTER})(${SIGN}*)${REPH_MARK}`, 'g'), `र${HALANT}$1$2`],
	[new RegExp(REPH_MARK, 'g'), `र${HALANT}`],
	// anusvara/candrabindu typed before a vowel sign goes after it (`as` → े + ं)
	[/([\u0901\u0902])([\u093E-\u094C])/g, '$2$1'],
	// a sign typed twice by mistake (Hkkkjrh; → भारतीय)
	[/([\u093E-\u094C\u0901\u0902])\1+/g, '$1']
];

/** Converts Kruti Dev 010 encoded text to Unicode Devanagari (NFC). */
export function krutiDevToUnicode(text: string): string {
	let out = text.replace(PATTERN, (m) => TABLE.get(m)!);
	for (const [re, to] of RULES) out = out.replace(re, to);
	return out.normalize('NFC');
}

/**
 * Sequences no Devanagari word contains, which a conversion rule that does not fit its input
 * leaves behind: a halant followed by another halant or by a vowel sign (न््र, स्ा), or a vowel
 * sign that follows no consonant (ोे, a sign after a space). Returns each with the characters
 * around it, so a caller can say where; an empty list means none was found.
 *
 *   malformedDevanagari('गल्स्र्ा') → ['ल्स्र्ा']      malformedDevanagari('गर्ल्स') → []
 */
export function malformedDevanagari(text: string): string[] {
	const found: string[] = [];
	const bad = new RegExp(
		// The classes hold lone vowel signs and the nukta on purpose: they are what a broken
		// conversion leaves behind.
		// eslint-disable-next-line no-misleading-character-class
		`${HALANT}(?=[${HALANT}\u093E-\u094C\u0962\u0963])|(?<![\u0915-\u0939\u0958-\u095F\u0978-\u097F${NUKTA}])[\u093E-\u094C\u0962\u0963]`,
		'g'
	);
	for (const m of text.matchAll(bad)) found.push(text.slice(Math.max(0, m.index - 3), m.index + 3));
	return found;
}
