/** Messages of the state map (src/lib/explore). */
export const en = {
	'explore.show': 'Show',
	'explore.acs': '403 assembly seats',
	'explore.pcs': '80 Lok Sabha seats',
	'explore.mapAriaAc': "Map of Uttar Pradesh's assembly constituencies coloured by {metric}",
	'explore.mapAriaPc': "Map of Uttar Pradesh's Lok Sabha seats coloured by {metric}",
	'explore.hoverSub': '{election} · PC {pc} {name}',
	'explore.hoverSubLs': '{election} · PC {pc} {name} (votes in this segment)',
	'explore.aggregated': 'Lok Sabha seats coloured by assembly votes summed over their segments.',
	'explore.lsWon': '{winner} won with {votes} votes; margin {margin} over {runnerUp} ({party}).',
	'explore.aeVotes': "Assembly votes over the seat's segments: {chip}",
	'explore.aeTail': '{votes}, {party} {partyVotes} ({lead} lead).',
	'explore.open': 'Open the {pc} seat view →',
	'explore.hint':
		'Click any constituency on the map to select its Lok Sabha seat; click it again to open the seat.'
} as const;

export const hi: Record<keyof typeof en, string> = {
	'explore.show': 'दिखाएँ',
	'explore.acs': '403 विधानसभा सीटें',
	'explore.pcs': '80 लोकसभा सीटें',
	'explore.mapAriaAc': 'उत्तर प्रदेश के विधानसभा क्षेत्रों का नक्शा, {metric} के अनुसार रंगा हुआ',
	'explore.mapAriaPc': 'उत्तर प्रदेश की लोकसभा सीटों का नक्शा, {metric} के अनुसार रंगा हुआ',
	'explore.hoverSub': '{election} · लोकसभा सीट {pc} {name}',
	'explore.hoverSubLs': '{election} · लोकसभा सीट {pc} {name} (इस विधानसभा क्षेत्र में पड़े मत)',
	'explore.aggregated': 'लोकसभा सीटें उनके विधानसभा क्षेत्रों के विधानसभा मतों को जोड़कर रंगी गई हैं।',
	'explore.lsWon': '{winner} {votes} मत पाकर जीते; {runnerUp} ({party}) पर {margin} मतों का अंतर।',
	'explore.aeVotes': 'सीट के विधानसभा क्षेत्रों में विधानसभा मत: {chip}',
	'explore.aeTail': '{votes}, {party} {partyVotes} ({lead} की बढ़त)।',
	'explore.open': '{pc} सीट का पूरा विवरण खोलें →',
	'explore.hint': 'नक्शे पर किसी भी क्षेत्र पर क्लिक करके उसकी लोकसभा सीट चुनें; दोबारा क्लिक करके सीट खोलें।'
};
