/** Messages of the seat view (src/lib/seat). */
export const en = {
	'seat.crumb': 'Lok Sabha seat {pc}',
	'seat.mapAria': "Map of {name}'s assembly segments coloured by {metric}",
	'seat.theSeat': 'the seat',
	'seat.lsWon': '{winner} ({party}) won with {votes} votes',
	'seat.runnerUp': 'Runner-up {name} ({party}) {votes}.',
	'seat.margin': 'Margin {margin} ({pct} of valid votes).',
	'seat.turnout': 'Turnout {pct} of {electors} electors.',
	'seat.turnoutPostal': 'Turnout {pct} of {electors} electors; postal ballots {postal}.',
	'seat.turnoutPostalDerived':
		'Turnout {pct} of {electors} electors; postal ballots {postal} (derived: TCPD total minus EVM votes).',
	'seat.segmentsWon': 'Segments won:',
	'seat.noCandidate': '{party} had no candidate',
	'seat.aeVotes':
		'Votes across the {n} segments: {party} {votes}, {runnerUpParty} {runnerUpVotes} (lead {margin}, {pct}).',
	'seat.winLink': 'Can we win {name}? Organisation and what-if →',
	'seat.it': 'it',
	'seat.stripTitle': 'Segments by winner, 2009–2024',
	'seat.tableTitle': 'Results by segment',
	'seat.caption':
		'Assembly segments in every election. Lok Sabha rows count the votes cast in each segment (EVM only; no electors are published per segment, so no turnout).',
	'seat.colAc': 'AC',
	'seat.colWinner': 'Winner',
	'seat.colVotes': 'Votes',
	'seat.colRunnerUp': 'Runner-up',
	'seat.colMargin': 'Margin',
	'seat.colTurnout': 'Turnout',
	'seat.onMap': 'on the map',
	'seat.stripAria': 'Segments by winner in each election',
	'seat.stripShow': 'Show {election} on the map',
	'seat.stripLS': 'LS {year}',
	'seat.stripAE': 'AE {year}',
	'seat.zoomHint': 'Zoom in to see booths',
	'seat.boothsLegend': 'Booths on the map: {metric}, {election}',
	'seat.boothsLegendOther': 'Booths (dashed): {metric}, {election}, not {map}',
	'seat.boothsOther':
		'Booths (dashed) are from {election}: {map} has no booth results here. The segments are {map}.',
	'seat.boothsNone': 'No booth results for the segments in view.',
	'seat.trendHeading': 'Vote share across elections',
	'seat.trendTitle': '{name}: vote share across elections (% of valid votes)',
	'seat.trendShow': 'Lines:',
	'seat.trend2027': '2027 blocs',
	'seat.trendAlliances': 'Alliances of {election}',
	'seat.trendParties': 'Parties only',
	'seat.trendMembers2027': '2027 blocs (set on the 2027 page):',
	'seat.trendMembers': 'Alliances:',
	'seat.trendLoading': 'Loading the results of every election…',
	'seat.trendNote':
		'A bloc adds up its parties’ votes in every election, whether or not they stood together then; – : no result; 0: none of its parties stood.',
	'seat.trendSeatNote':
		'Lok Sabha: results as declared (with postal ballots); assembly: votes summed over the seat’s segments.',
	'seat.trendAcNote':
		'Assembly: the AC’s result; Lok Sabha: the votes counted in this segment (postal ballots are counted for the whole seat, not here).'
} as const;

export const hi: Record<keyof typeof en, string> = {
	'seat.crumb': 'लोकसभा सीट {pc}',
	'seat.mapAria': '{name} के विधानसभा क्षेत्रों का नक्शा, {metric} के अनुसार रंगा हुआ',
	'seat.theSeat': 'सीट',
	'seat.lsWon': '{winner} ({party}) {votes} मत पाकर विजयी',
	'seat.runnerUp': 'उपविजेता {name} ({party}) {votes}।',
	'seat.margin': 'अंतर {margin} (वैध मतों का {pct})।',
	'seat.turnout': '{electors} मतदाताओं में मतदान {pct}।',
	'seat.turnoutPostal': '{electors} मतदाताओं में मतदान {pct}; डाक मतपत्र {postal}।',
	'seat.turnoutPostalDerived':
		'{electors} मतदाताओं में मतदान {pct}; डाक मतपत्र {postal} (अनुमानित: TCPD कुल मत में से EVM मत घटाकर)।',
	'seat.segmentsWon': 'जीते गए विधानसभा क्षेत्र:',
	'seat.noCandidate': '{party} का कोई प्रत्याशी नहीं था',
	'seat.aeVotes':
		'{n} विधानसभा क्षेत्रों में कुल मत: {party} {votes}, {runnerUpParty} {runnerUpVotes} (बढ़त {margin}, {pct})।',
	'seat.winLink': 'क्या हम {name} जीत सकते हैं? संगठन और परिदृश्य →',
	'seat.it': 'यह सीट',
	'seat.stripTitle': 'विधानसभा क्षेत्रवार विजेता, 2009–2024',
	'seat.tableTitle': 'विधानसभा क्षेत्रवार परिणाम',
	'seat.caption':
		'हर चुनाव में विधानसभा क्षेत्र। लोकसभा की पंक्तियों में हर विधानसभा क्षेत्र में पड़े मत गिने गए हैं (केवल EVM; क्षेत्रवार मतदाता संख्या प्रकाशित नहीं होती, इसलिए मतदान प्रतिशत नहीं)।',
	'seat.colAc': 'विधानसभा क्षेत्र',
	'seat.colWinner': 'विजेता',
	'seat.colVotes': 'मत',
	'seat.colRunnerUp': 'उपविजेता',
	'seat.colMargin': 'अंतर',
	'seat.colTurnout': 'मतदान %',
	'seat.onMap': 'नक्शे पर',
	'seat.stripAria': 'हर चुनाव में विधानसभा क्षेत्रवार विजेता',
	'seat.stripShow': '{election} नक्शे पर दिखाएँ',
	'seat.stripLS': 'लोकसभा {year}',
	'seat.stripAE': 'विधानसभा {year}',
	'seat.zoomHint': 'बूथ देखने के लिए ज़ूम इन करें',
	'seat.boothsLegend': 'नक्शे पर बूथ: {metric}, {election}',
	'seat.boothsLegendOther': 'बूथ (डैश वाली रेखा): {metric}, {election}, {map} नहीं',
	'seat.boothsOther':
		'बूथ (डैश वाली रेखा) {election} के हैं: {map} के बूथवार परिणाम यहाँ नहीं हैं। क्षेत्र {map} के हैं।',
	'seat.boothsNone': 'दिख रहे विधानसभा क्षेत्रों के बूथवार परिणाम उपलब्ध नहीं हैं।',
	'seat.trendHeading': 'चुनाव दर चुनाव मत प्रतिशत',
	'seat.trendTitle': '{name}: चुनाव दर चुनाव मत प्रतिशत (वैध मतों का %)',
	'seat.trendShow': 'रेखाएँ:',
	'seat.trend2027': '2027 के गठबंधन',
	'seat.trendAlliances': '{election} के गठबंधन',
	'seat.trendParties': 'केवल दल',
	'seat.trendMembers2027': '2027 के गठबंधन (2027 पृष्ठ पर तय):',
	'seat.trendMembers': 'गठबंधन:',
	'seat.trendLoading': 'हर चुनाव के परिणाम लोड हो रहे हैं…',
	'seat.trendNote':
		'गठबंधन के मत उसके दलों के मत जोड़कर, हर चुनाव में, वे साथ लड़े हों या नहीं; – : परिणाम नहीं; 0: उसका कोई दल नहीं लड़ा।',
	'seat.trendSeatNote':
		'लोकसभा: घोषित परिणाम (डाक मतों सहित); विधानसभा: सीट के सभी क्षेत्रों के मत जोड़कर।',
	'seat.trendAcNote':
		'विधानसभा: इस क्षेत्र का परिणाम; लोकसभा: इस क्षेत्र में गिने गए मत (डाक मत पूरी सीट के लिए गिने जाते हैं, यहाँ नहीं)।'
};
