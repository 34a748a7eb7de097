/**
 * Messages of exports: the export menu, and the fixed words of exported files (SVG, PNG, CSV,
 * the embeddable website), which are written in the export's own language (ExportSpec.lang).
 * Plain data with no imports, so that the embed kit (src/embed) can use it too.
 */
export const en = {
	'export.title': 'Export',
	'export.pngPrint': 'PNG 3000 px',
	'export.website': 'Website (zip)',
	'export.includePrivate': 'include our organisation data',
	'export.making': 'Making the {what}…',
	'export.failed': '{what} failed: {error}',
	'export.notLoaded': 'the view has not finished loading',
	'export.mapNotReady': 'the map is not ready',
	'export.snippet':
		'Unzip the folder onto any web server, then paste this where the map should appear (change the address):',
	'export.siteAddress': 'link the website to',
	'export.source': 'Source',
	'export.privateLeftOut': 'Organisation data left out of this export.',
	'export.approx': 'Booth areas are approximate: estimated from booth numbers, not real locations.',
	'export.demo': 'Organisation data: DEMO (invented, not real).',
	'export.tcpd':
		'TCPD data: non-commercial use, cite "TCPD Indian Elections Data, Trivedi Centre for Political Data, Ashoka University".',
	'export.subtitleSeat': 'Assembly segments coloured by {what}',
	'export.subtitleAcs': 'Assembly constituencies coloured by {what}',
	'export.subtitlePcs': 'Lok Sabha seats coloured by {what}',
	'export.openFull': 'Open the full view on Kshetra',
	'export.embedError': 'This map could not be shown: {error}',
	'export.embedLoading': 'Loading the map…',
	'export.cliWinTitle': '{place}: {side} on the AE2022 baseline',
	'export.cliWinSubtitle':
		'Assembly segments coloured by projected margin (organisation data not included)',
	'export.cliWinSource':
		'Vidhan Sabha 2022 results (ElectionLens, TCPD-derived), regrouped into the 2024 alliances.',
	'export.cliWinCaveat':
		"A projection, not a result: uniform assumptions, see Kshetra's winnability view."
} as const;

export type ExportWord = keyof typeof en;

export const hi: Record<ExportWord, string> = {
	'export.title': 'एक्सपोर्ट',
	'export.pngPrint': 'PNG 3000 पिक्सेल',
	'export.website': 'वेबसाइट (zip)',
	'export.includePrivate': 'हमारा संगठन डेटा शामिल करें',
	'export.making': '{what} बन रहा है…',
	'export.failed': '{what} नहीं बन सका: {error}',
	'export.notLoaded': 'दृश्य अभी पूरा लोड नहीं हुआ है',
	'export.mapNotReady': 'नक्शा अभी तैयार नहीं है',
	'export.snippet':
		'फोल्डर को अनजिप करके किसी भी वेब सर्वर पर रखें, फिर नक्शा जहाँ दिखाना हो वहाँ यह चिपकाएँ (पता बदल दें):',
	'export.siteAddress': 'वेबसाइट का लिंक इस पते पर',
	'export.source': 'स्रोत',
	'export.privateLeftOut': 'इस एक्सपोर्ट में संगठन डेटा शामिल नहीं है।',
	'export.approx': 'बूथ क्षेत्र अनुमानित हैं: बूथ क्रमांकों से अनुमान, असली स्थान नहीं।',
	'export.demo': 'संगठन डेटा: डेमो (काल्पनिक, असली नहीं)।',
	'export.tcpd':
		'TCPD डेटा: केवल गैर-व्यावसायिक उपयोग के लिए, उद्धरण दें "TCPD Indian Elections Data, Trivedi Centre for Political Data, Ashoka University"।',
	'export.subtitleSeat': 'विधानसभा क्षेत्र, {what} के अनुसार रंगे हुए',
	'export.subtitleAcs': 'विधानसभा क्षेत्र, {what} के अनुसार रंगे हुए',
	'export.subtitlePcs': 'लोकसभा सीटें, {what} के अनुसार रंगी हुई',
	'export.openFull': 'Kshetra पर पूरा दृश्य खोलें',
	'export.embedError': 'यह नक्शा नहीं दिखाया जा सका: {error}',
	'export.embedLoading': 'नक्शा लोड हो रहा है…',
	'export.cliWinTitle': '{place}: {side}, विधानसभा 2022 के आधार पर',
	'export.cliWinSubtitle': 'विधानसभा क्षेत्र, अनुमानित अंतर के अनुसार रंगे हुए (संगठन डेटा शामिल नहीं)',
	'export.cliWinSource':
		'विधानसभा 2022 के परिणाम (ElectionLens, TCPD पर आधारित), 2024 के गठबंधनों में फिर से समूहित।',
	'export.cliWinCaveat':
		'यह अनुमान है, परिणाम नहीं: सब जगह एक जैसी मान्यताएँ; Kshetra का जीत-संभावना दृश्य देखें।'
};

/** A fixed word of an exported file, in the file's own language (not the interface's). */
export function exportWord(lang: 'en' | 'hi', key: ExportWord, vars: Record<string, string> = {}) {
	return (lang === 'hi' ? hi : en)[key].replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
