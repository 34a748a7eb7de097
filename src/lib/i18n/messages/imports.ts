/**
 * What the importers of a user's file (organisation data, booth locations) say about it: every
 * problem they find in a row or in the file as a whole, the notices of what they changed while
 * reading (Kruti Dev text made Unicode), and the progress of a large import.
 *
 * The importers (src/lib/import/org-import.ts, booth-coords.ts, org-xlsx.ts) are pure and run in
 * Node and in a Web Worker, so they cannot call t(): a problem carries its key and values, its
 * English text is filled in here (`importText(m, 'en')`), and the interface shows it in the
 * current language. A value may itself be a message ({ key }), e.g. the kind of file found.
 *
 *   importText({ key: 'imp.yesNo', vars: { got: '"maybe"' } }, 'hi')
 *   → 'हाँ या नहीं होना चाहिए था, मिला "maybe"'
 */
const HEADER_AC = 'the AC number (e.g. "AC No" or "विधानसभा संख्या")';
const HEADER_BOOTH = 'the booth number (e.g. "Booth No" or "बूथ संख्या")';
const HEADER_AC_HI = 'विधानसभा क्रमांक (जैसे "AC No" या "विधानसभा संख्या")';
const HEADER_BOOTH_HI = 'बूथ क्रमांक (जैसे "Booth No" या "बूथ संख्या")';
const HEADER_LAT = 'the latitude (e.g. "lat", "Latitude" or "अक्षांश")';
const HEADER_LON = 'the longitude (e.g. "lon", "Longitude" or "देशांतर")';
const HEADER_LAT_HI = 'अक्षांश (जैसे "lat", "Latitude" या "अक्षांश")';
const HEADER_LON_HI = 'देशांतर (जैसे "lon", "Longitude" या "देशांतर")';
const HEADER_POINT = `${HEADER_AC}, ${HEADER_BOOTH}, ${HEADER_LAT} and ${HEADER_LON}`;
const HEADER_POINT_HI = `${HEADER_AC_HI}, ${HEADER_BOOTH_HI}, ${HEADER_LAT_HI} और ${HEADER_LON_HI}`;

export const en = {
	// the file as a whole
	'imp.headerNoAcBooth': `expected a header naming ${HEADER_AC} and ${HEADER_BOOTH}; got {got}`,
	'imp.headerNoAcBoothEmpty': `expected a header naming ${HEADER_AC} and ${HEADER_BOOTH}; got an empty file`,
	'imp.headerNoAc': `expected a header naming ${HEADER_AC}; got {got}`,
	'imp.headerNoBooth': `expected a header naming ${HEADER_BOOTH}; got {got}`,
	'imp.noRows': 'expected booth rows below the header, found none',
	'imp.more': '{n} more problems, from this row on, are not listed',
	'imp.readFailed': 'expected a table of booth rows, but reading it failed: {error}',
	'imp.csvGotXlsx': 'expected CSV text, got an Excel .xlsx (zip) file: import it as Excel',
	'imp.csvGotBinary': 'expected CSV text, got binary data',
	'imp.csvFailed': 'expected CSV text, but reading it failed: {error}',
	'imp.notTable': 'expected a CSV or Excel (.xlsx) file, got {kind}',
	'imp.notCsv': 'expected a CSV file, got {kind}',
	'imp.xlsxLoad': 'could not load the Excel reader, so the workbook was not read: {error}',
	'imp.xlsxBad': 'could not be read as an Excel workbook: expected an .xlsx file, got {kind}',
	'imp.xlsxError':
		'could not be read as an Excel workbook: expected an .xlsx file, got an error: {error}',
	// kinds of file found instead of a table
	'imp.kind.pdf': 'a PDF document',
	'imp.kind.png': 'a PNG image',
	'imp.kind.jpeg': 'a JPEG image (a photo?)',
	'imp.kind.gif': 'a GIF image',
	'imp.kind.ole': 'an old-format Office file (.xls or .doc): save it as .xlsx or CSV',
	'imp.kind.xlsx': 'an Excel workbook: save it as CSV',
	'imp.kind.binary': 'binary data, not text',
	'imp.kind.xls': 'an old-format .xls workbook (save it as .xlsx, or as CSV)',
	'imp.kind.empty': 'an empty file',
	'imp.kind.other': 'a file of another kind (a CSV file should be imported as CSV)',
	'imp.kind.damagedZip': 'a damaged or incomplete .xlsx file',
	'imp.kind.notBytes': 'something other than the bytes of a file',
	// one cell of organisation data
	'imp.wholeNumber': 'expected a whole number, got {got}',
	'imp.wholeNumberDate':
		'expected a whole number, got the date {date} (did Excel turn it into a date?)',
	'imp.wholeNumberAux':
		'expected a whole number, got {got} (auxiliary booths such as 12A cannot be imported)',
	'imp.acRange': 'expected an AC number from 1 to {max}, got {got}',
	'imp.acRangeEmpty': 'expected an AC number from 1 to {max}, got an empty cell',
	'imp.boothRange': 'expected a booth number from 1 to {max}, got {got}',
	'imp.boothRangeEmpty': 'expected a booth number from 1 to {max}, got an empty cell',
	'imp.acUnknown': 'expected an AC with booths in this numbering, got AC {ac}',
	'imp.boothUnknown':
		'AC {ac} has no booth {part} in this numbering (expected one of its {n} booths, {lo} to {hi})',
	'imp.boothTwice':
		'expected each booth once, got booth {part} of AC {ac} again (first on row {first})',
	'imp.president': "expected yes, no (हाँ/नहीं) or the president's name, got {got}",
	'imp.presidentName': "expected the president's name, got {got}",
	'imp.presidentNameButNo': 'expected no name as the president column says {said}, got {got}',
	'imp.presidentNameDiffers': 'expected the name in the president column, {said}, got {got}',
	'imp.yesNo': 'expected yes or no (हाँ/नहीं), got {got}',
	'imp.date': 'expected a date such as 05/03/2024 (day first), 2024-03-05 or 5 Mar 2024, got {got}',
	// the header of booth locations (a header lacking the AC or booth says imp.headerNoAc/NoBooth)
	'imp.coordsHeaderLat': `expected a header naming ${HEADER_LAT}; got {got}`,
	'imp.coordsHeaderLon': `expected a header naming ${HEADER_LON}; got {got}`,
	'imp.coordsHeaderNone': `expected a header naming ${HEADER_POINT}; got {got}`,
	'imp.coordsHeaderEmpty': `expected a header naming ${HEADER_POINT}; got an empty file`,
	// one cell of booth locations
	'imp.coordsNumber': 'expected a number from {min} to {max}, got {got}',
	'imp.coordsWhole': 'expected a whole number from {min} to {max}, got {got}',
	'imp.coordsAcUnknown': 'expected an AC with booth results in this election, got AC {ac}',
	'imp.coordsBoothUnknown':
		'AC {ac} has no booth {part} in this election (expected one of its {n} booths, {lo} to {hi})',
	'imp.coordsTwice':
		'expected each booth once, got booth {part} of AC {ac} again (first on row {first})',
	'imp.coordsOutside':
		"expected a point inside AC {ac} or within {max} m of it, got {lat}, {lon}, which lies {km} km outside it (are latitude and longitude swapped, or is it another AC's booth?)",
	// what the importer changed while reading
	'imp.krutiColumn':
		'column {column}: {n} cells looked like Kruti Dev (a legacy Hindi font) and were converted to Unicode Hindi, e.g. {from} → {to}',
	'imp.krutiHeader':
		'the header is typed in Kruti Dev (a legacy Hindi font); the text in the file was converted to Unicode Hindi, e.g. {from} → {to}',
	'imp.headerTwoRows':
		'the header spans rows {first} and {second} (merged cells); data starts on row {data}',
	// a large import in progress
	'imp.reading': 'Reading {file}…',
	'imp.workbook': 'Opening the workbook…',
	'imp.progress': '{read} of {total}',
	'imp.mb': '{n} MB',
	'imp.kb': '{n} KB',
	'imp.rows': '{n} rows read',
	'imp.progressLabel': 'Import progress',
	'imp.cancel': 'Cancel import',
	'imp.cancelled': 'Import of {file} cancelled. Nothing was changed.',
	'imp.notices': 'While reading the file:',
	// the header of the problems' CSV file
	'imp.csv.file': 'File',
	'imp.csv.row': 'Row',
	'imp.csv.column': 'Column',
	'imp.csv.problem': 'Problem'
} as const;

export type ImportKey = keyof typeof en;

export const hi: Record<ImportKey, string> = {
	'imp.headerNoAcBooth': `ऐसी शीर्ष पंक्ति होनी चाहिए थी जिसमें ${HEADER_AC_HI} और ${HEADER_BOOTH_HI} हों; मिला {got}`,
	'imp.headerNoAcBoothEmpty': `ऐसी शीर्ष पंक्ति होनी चाहिए थी जिसमें ${HEADER_AC_HI} और ${HEADER_BOOTH_HI} हों; फाइल खाली मिली`,
	'imp.headerNoAc': `ऐसी शीर्ष पंक्ति होनी चाहिए थी जिसमें ${HEADER_AC_HI} हो; मिला {got}`,
	'imp.headerNoBooth': `ऐसी शीर्ष पंक्ति होनी चाहिए थी जिसमें ${HEADER_BOOTH_HI} हो; मिला {got}`,
	'imp.noRows': 'शीर्ष पंक्ति के नीचे बूथों की पंक्तियाँ होनी चाहिए थीं, एक भी नहीं मिली',
	'imp.more': 'इस पंक्ति से आगे की {n} और समस्याएँ सूची में नहीं दिखाई गईं',
	'imp.readFailed': 'बूथों की तालिका होनी चाहिए थी, पर पढ़ना विफल रहा: {error}',
	'imp.csvGotXlsx': 'CSV पाठ होना चाहिए था, मिली Excel .xlsx (zip) फाइल: इसे Excel के रूप में आयात करें',
	'imp.csvGotBinary': 'CSV पाठ होना चाहिए था, मिला बाइनरी डेटा',
	'imp.csvFailed': 'CSV पाठ होना चाहिए था, पर पढ़ना विफल रहा: {error}',
	'imp.notTable': 'CSV या Excel (.xlsx) फाइल होनी चाहिए थी; यह {kind} है',
	'imp.notCsv': 'CSV फाइल होनी चाहिए थी; यह {kind} है',
	'imp.xlsxLoad': 'Excel रीडर लोड नहीं हो सका, इसलिए वर्कबुक पढ़ी नहीं गई: {error}',
	'imp.xlsxBad': 'Excel वर्कबुक के रूप में पढ़ी नहीं जा सकी: .xlsx फाइल होनी चाहिए थी; यह {kind} है',
	'imp.xlsxError':
		'Excel वर्कबुक के रूप में पढ़ी नहीं जा सकी: .xlsx फाइल होनी चाहिए थी, पर त्रुटि आई: {error}',
	'imp.kind.pdf': 'PDF दस्तावेज़',
	'imp.kind.png': 'PNG चित्र',
	'imp.kind.jpeg': 'JPEG चित्र (फोटो?)',
	'imp.kind.gif': 'GIF चित्र',
	'imp.kind.ole': 'पुराने प्रारूप की Office फाइल (.xls या .doc): इसे .xlsx या CSV के रूप में सहेजें',
	'imp.kind.xlsx': 'Excel वर्कबुक: इसे CSV के रूप में सहेजें',
	'imp.kind.binary': 'बाइनरी डेटा, पाठ नहीं',
	'imp.kind.xls': 'पुराने प्रारूप की .xls वर्कबुक (इसे .xlsx या CSV के रूप में सहेजें)',
	'imp.kind.empty': 'खाली फाइल',
	'imp.kind.other': 'किसी और प्रकार की फाइल (CSV फाइल को CSV के रूप में आयात करें)',
	'imp.kind.damagedZip': 'खराब या अधूरी .xlsx फाइल',
	'imp.kind.notBytes': 'फाइल के बाइट्स के अलावा कुछ और',
	'imp.wholeNumber': 'पूर्ण संख्या होनी चाहिए थी, मिला {got}',
	'imp.wholeNumberDate':
		'पूर्ण संख्या होनी चाहिए थी, मिली तारीख {date} (क्या Excel ने इसे तारीख बना दिया?)',
	'imp.wholeNumberAux': 'पूर्ण संख्या होनी चाहिए थी, मिला {got} (12A जैसे सहायक बूथ आयात नहीं किए जा सकते)',
	'imp.acRange': '1 से {max} तक का विधानसभा क्रमांक होना चाहिए था, मिला {got}',
	'imp.acRangeEmpty': '1 से {max} तक का विधानसभा क्रमांक होना चाहिए था, खाना खाली मिला',
	'imp.boothRange': '1 से {max} तक का बूथ क्रमांक होना चाहिए था, मिला {got}',
	'imp.boothRangeEmpty': '1 से {max} तक का बूथ क्रमांक होना चाहिए था, खाना खाली मिला',
	'imp.acUnknown': 'इस क्रमांकन में बूथों वाला विधानसभा क्षेत्र होना चाहिए था, मिला विधानसभा क्षेत्र {ac}',
	'imp.boothUnknown':
		'इस क्रमांकन में विधानसभा क्षेत्र {ac} में बूथ {part} नहीं है (इसके {n} बूथों में से कोई होना चाहिए था, {lo} से {hi})',
	'imp.boothTwice':
		'हर बूथ एक ही बार होना चाहिए था, विधानसभा क्षेत्र {ac} का बूथ {part} फिर मिला (पहली बार पंक्ति {first} पर)',
	'imp.president': 'हाँ, नहीं या अध्यक्ष का नाम होना चाहिए था, मिला {got}',
	'imp.presidentName': 'अध्यक्ष का नाम होना चाहिए था, मिला {got}',
	'imp.presidentNameButNo':
		'कोई नाम नहीं होना चाहिए था क्योंकि अध्यक्ष कॉलम में {said} लिखा है, मिला {got}',
	'imp.presidentNameDiffers': 'अध्यक्ष कॉलम वाला नाम {said} होना चाहिए था, मिला {got}',
	'imp.yesNo': 'हाँ या नहीं होना चाहिए था, मिला {got}',
	'imp.date': '05/03/2024 (पहले दिन), 2024-03-05 या 5 मार्च 2024 जैसी तारीख होनी चाहिए थी, मिला {got}',
	'imp.coordsHeaderLat': `ऐसी शीर्ष पंक्ति होनी चाहिए थी जिसमें ${HEADER_LAT_HI} हो; मिला {got}`,
	'imp.coordsHeaderLon': `ऐसी शीर्ष पंक्ति होनी चाहिए थी जिसमें ${HEADER_LON_HI} हो; मिला {got}`,
	'imp.coordsHeaderNone': `ऐसी शीर्ष पंक्ति होनी चाहिए थी जिसमें ${HEADER_POINT_HI} हों; मिला {got}`,
	'imp.coordsHeaderEmpty': `ऐसी शीर्ष पंक्ति होनी चाहिए थी जिसमें ${HEADER_POINT_HI} हों; फाइल खाली मिली`,
	'imp.coordsNumber': '{min} से {max} तक की संख्या होनी चाहिए थी, मिला {got}',
	'imp.coordsWhole': '{min} से {max} तक की पूर्ण संख्या होनी चाहिए थी, मिला {got}',
	'imp.coordsAcUnknown':
		'इस चुनाव में बूथ परिणामों वाला विधानसभा क्षेत्र होना चाहिए था, मिला विधानसभा क्षेत्र {ac}',
	'imp.coordsBoothUnknown':
		'इस चुनाव में विधानसभा क्षेत्र {ac} में बूथ {part} नहीं है (इसके {n} बूथों में से कोई होना चाहिए था, {lo} से {hi})',
	'imp.coordsTwice':
		'हर बूथ एक ही बार होना चाहिए था, विधानसभा क्षेत्र {ac} का बूथ {part} फिर मिला (पहली बार पंक्ति {first} पर)',
	'imp.coordsOutside':
		'विधानसभा क्षेत्र {ac} के भीतर या उससे {max} मी. के अंदर का बिंदु होना चाहिए था, मिला {lat}, {lon}, जो उससे {km} किमी बाहर है (क्या अक्षांश और देशांतर आपस में बदल गए हैं, या यह किसी और क्षेत्र का बूथ है?)',
	'imp.krutiColumn':
		'कॉलम {column}: {n} खाने कृतिदेव (पुराने हिन्दी फॉन्ट) में लिखे लगे और यूनिकोड हिन्दी में बदले गए, जैसे {from} → {to}',
	'imp.krutiHeader':
		'शीर्ष पंक्ति कृतिदेव (पुराने हिन्दी फॉन्ट) में लिखी है; फाइल का पाठ यूनिकोड हिन्दी में बदला गया, जैसे {from} → {to}',
	'imp.headerTwoRows':
		'शीर्ष पंक्ति {first} और {second} दो पंक्तियों में है (मिले हुए खाने); डेटा पंक्ति {data} से शुरू होता है',
	'imp.reading': '{file} पढ़ी जा रही है…',
	'imp.workbook': 'वर्कबुक खोली जा रही है…',
	'imp.progress': '{total} में से {read}',
	'imp.mb': '{n} एमबी',
	'imp.kb': '{n} केबी',
	'imp.rows': '{n} पंक्तियाँ पढ़ी गईं',
	'imp.progressLabel': 'आयात की प्रगति',
	'imp.cancel': 'आयात रोकें',
	'imp.cancelled': '{file} का आयात रोका गया। कुछ नहीं बदला गया।',
	'imp.notices': 'फाइल पढ़ते समय:',
	'imp.csv.file': 'फाइल',
	'imp.csv.row': 'पंक्ति',
	'imp.csv.column': 'कॉलम',
	'imp.csv.problem': 'समस्या'
};

/** A message of an importer: its key, and the values of its placeholders. */
export interface ImportMessage {
	key: ImportKey;
	vars: Record<string, string | number | { key: ImportKey }>;
}

/** The message in a language, placeholders filled (a value that is a message is written too). */
export function importText(m: ImportMessage, lang: 'en' | 'hi'): string {
	const table: Record<string, string> = lang === 'hi' ? hi : en;
	const text = table[m.key] ?? en[m.key] ?? m.key;
	return text.replace(/\{(\w+)\}/g, (whole, k: string) => {
		const v = m.vars[k];
		if (v === undefined) return whole;
		return typeof v === 'object' ? (table[v.key] ?? en[v.key]) : String(v);
	});
}
