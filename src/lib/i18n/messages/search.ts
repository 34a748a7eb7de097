/** Messages of the search box (src/lib/search). */
export const en = {
	'search.label': 'Find a seat, segment or booth',
	'search.placeholder': 'Seat, segment or booth: name or number',
	'search.hint':
		'Names in English or Hindi, any common spelling; numbers: 43 (seat), 213 (segment), 213/45 (booth 45 of segment 213).',
	'search.loading': 'Loading names…',
	'search.booths': 'Looking through booth names…',
	'search.none': 'Nothing found for “{q}”.',
	'search.count': '{n} {n:result|results}',
	'search.error': 'The names could not be loaded ({error}).',
	'search.pc': 'Lok Sabha seat {pc}',
	'search.ac': 'Assembly segment {ac}, {pc}',
	'search.booth': 'Booth {part}, {ac} ({acNo}), {election} numbering'
} as const;

export const hi: Record<keyof typeof en, string> = {
	'search.label': 'सीट, विधानसभा क्षेत्र या बूथ खोजें',
	'search.placeholder': 'सीट, क्षेत्र या बूथ: नाम या संख्या',
	'search.hint':
		'नाम हिंदी या अंग्रेज़ी में, कोई भी प्रचलित वर्तनी; संख्या: 43 (सीट), 213 (क्षेत्र), 213/45 (क्षेत्र 213 का बूथ 45)।',
	'search.loading': 'नाम लोड हो रहे हैं…',
	'search.booths': 'बूथों के नाम देखे जा रहे हैं…',
	'search.none': '“{q}” के लिए कुछ नहीं मिला।',
	'search.count': '{n} परिणाम',
	'search.error': 'नाम लोड नहीं हो सके ({error})।',
	'search.pc': 'लोकसभा सीट {pc}',
	'search.ac': 'विधानसभा क्षेत्र {ac}, {pc}',
	'search.booth': 'बूथ {part}, {ac} ({acNo}), {election} क्रमांकन'
};
