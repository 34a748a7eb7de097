/** Messages of the organisation data panel: import, preview, export and templates (OrgPanel). */
export const en = {
	'org.title': 'Organisation data',
	'org.demoData': 'Demo data',
	'org.demoStatus':
		'{demo}: invented organisation, not real, for the booths of Kanpur (seat 43) only. Import your own file to replace it.',
	'org.demoElsewhere':
		'No organisation data for this seat: the demo data covers Kanpur (seat 43) only. Import your own file.',
	'org.yourData': 'Your data: {file}, {n} booths ({numbering} booth numbers), imported {date}.',
	'org.yourDataSkipped':
		'Your data: {file}, {n} booths ({numbering} booth numbers), imported {date}; {skipped} {skipped:row was|rows were} left out.',
	'org.private':
		'Stays in this browser. It is never uploaded and goes into an export only when you ask.',
	'org.numbering': 'Booth numbers of',
	'org.import': 'Import CSV or Excel',
	'org.ready': '{file}: {n} booths ready to import.',
	'org.readyLeftOut': '{file}: {n} booths ready to import, {leftOut}.',
	'org.leftOut': '{n} {n:row|rows} with problems will be left out',
	'org.checked': 'Checked against the booth numbers of {numbering}.',
	'org.columns': 'Columns read: {columns}.',
	'org.columnAs': '{column} as {field}',
	'org.ignored': 'Not read: {columns}.',
	'org.moreInCsv': '… and {n} more, all in the CSV',
	'org.problemsCsv': 'Download the problems (CSV)',
	'org.leftOutShow': 'Show the rows left out',
	'org.leftOutNotKept':
		'Which rows these were was not kept by the version of Kshetra that imported the file: import it again to see them.',
	'org.confirm': 'Import {n} booths',
	'org.planFile': 'The file covers AC {acs}. What importing it changes:',
	'org.planAcWas': 'AC {ac}: {n} booth rows replace the {before} stored now.',
	'org.planAcNew': 'AC {ac}: {n} booth rows, where none are stored now.',
	'org.planOthers': 'Stored rows of AC {acs} are not in this file:',
	'org.planUpdate': 'Update AC {acs} only; keep the rows of AC {others}',
	'org.planReplace': 'Replace everything: delete the rows of AC {others}',
	'org.planDemo':
		'Your file replaces the demo data whole: AC {others} will have no organisation data until you import theirs.',
	'org.planNumbering':
		'The stored data uses other booth numbers, so it is replaced whole: AC {others} will have no organisation data.',
	'org.readError': '{file} could not be read: {error}. Nothing was changed.',
	'org.saveError': 'Could not save in this browser ({error}). Nothing was changed.',
	'org.imported': 'Imported {n} booths from {file}.',
	'org.importedLeftOut':
		'Imported {n} booths from {file}; {bad} {bad:row|rows} with problems {bad:was|were} left out.',
	'org.confirmClear':
		'Delete the organisation data stored in this browser? The demo data will be shown again.',
	'org.cleared': 'Your organisation data was deleted from this browser.',
	'org.export': 'Export as CSV',
	'org.delete': 'Delete from this browser',
	'org.templateEn': 'Template (English)',
	'org.templateHi': 'Template (Hindi)'
} as const;

export const hi: Record<keyof typeof en, string> = {
	'org.title': 'संगठन डेटा',
	'org.demoData': 'डेमो डेटा',
	'org.demoStatus':
		'{demo}: काल्पनिक संगठन, असली नहीं, केवल कानपुर (सीट 43) के बूथों के लिए। इसकी जगह अपनी फाइल आयात करें।',
	'org.demoElsewhere':
		'इस सीट का कोई संगठन डेटा नहीं: डेमो डेटा केवल कानपुर (सीट 43) का है। अपनी फाइल आयात करें।',
	'org.yourData': 'आपका डेटा: {file}, {n} बूथ ({numbering} के बूथ क्रमांक), {date} को आयात किया गया।',
	'org.yourDataSkipped':
		'आपका डेटा: {file}, {n} बूथ ({numbering} के बूथ क्रमांक), {date} को आयात किया गया; {skipped} पंक्तियाँ छोड़ी गईं।',
	'org.private':
		'यह डेटा इसी ब्राउजर में रहता है। यह कभी अपलोड नहीं होता और आपके कहने पर ही किसी एक्सपोर्ट में जाता है।',
	'org.numbering': 'बूथ क्रमांक, चुनाव',
	'org.import': 'CSV या Excel आयात करें',
	'org.ready': '{file}: {n} बूथ आयात के लिए तैयार।',
	'org.readyLeftOut': '{file}: {n} बूथ आयात के लिए तैयार, {leftOut}।',
	'org.leftOut': 'समस्या वाली {n} पंक्तियाँ छोड़ दी जाएँगी',
	'org.checked': '{numbering} के बूथ क्रमांकों से जाँचा गया।',
	'org.columns': 'पढ़े गए कॉलम: {columns}।',
	'org.columnAs': '{column}, {field} के रूप में',
	'org.ignored': 'नहीं पढ़े गए: {columns}।',
	'org.moreInCsv': '… और {n} अन्य, सभी CSV में',
	'org.problemsCsv': 'समस्याएँ डाउनलोड करें (CSV)',
	'org.leftOutShow': 'छोड़ी गई पंक्तियाँ दिखाएँ',
	'org.leftOutNotKept':
		'ये कौन-सी पंक्तियाँ थीं, यह फाइल आयात करने वाले Kshetra के संस्करण ने नहीं रखा: इन्हें देखने के लिए फाइल फिर से आयात करें।',
	'org.confirm': '{n} बूथ आयात करें',
	'org.planFile': 'फ़ाइल में विधानसभा क्षेत्र {acs} हैं। आयात से यह बदलेगा:',
	'org.planAcWas': 'विधानसभा क्षेत्र {ac}: अभी रखी {before} पंक्तियों की जगह {n} बूथ पंक्तियाँ।',
	'org.planAcNew': 'विधानसभा क्षेत्र {ac}: {n} बूथ पंक्तियाँ, अभी कोई नहीं।',
	'org.planOthers': 'विधानसभा क्षेत्र {acs} की रखी पंक्तियाँ इस फ़ाइल में नहीं हैं:',
	'org.planUpdate': 'केवल विधानसभा क्षेत्र {acs} बदलें; {others} की पंक्तियाँ रखें',
	'org.planReplace': 'सब बदलें: {others} की पंक्तियाँ हटाएँ',
	'org.planDemo':
		'आपकी फ़ाइल पूरे डेमो डेटा की जगह लेगी: विधानसभा क्षेत्र {others} में तब तक संगठन डेटा नहीं होगा जब तक आप उनका आयात न करें।',
	'org.planNumbering':
		'रखा डेटा दूसरे बूथ क्रमांक इस्तेमाल करता है, इसलिए पूरा बदलेगा: विधानसभा क्षेत्र {others} में संगठन डेटा नहीं होगा।',
	'org.readError': '{file} पढ़ी नहीं जा सकी: {error}। कुछ नहीं बदला गया।',
	'org.saveError': 'इस ब्राउजर में सहेजा नहीं जा सका ({error})। कुछ नहीं बदला गया।',
	'org.imported': '{file} से {n} बूथ आयात किए गए।',
	'org.importedLeftOut': '{file} से {n} बूथ आयात किए गए; समस्या वाली {bad} पंक्तियाँ छोड़ दी गईं।',
	'org.confirmClear': 'इस ब्राउजर में रखा संगठन डेटा हटाएँ? फिर से डेमो डेटा दिखेगा।',
	'org.cleared': 'आपका संगठन डेटा इस ब्राउजर से हटा दिया गया।',
	'org.export': 'CSV के रूप में एक्सपोर्ट करें',
	'org.delete': 'इस ब्राउजर से हटाएँ',
	'org.templateEn': 'टेम्पलेट (अंग्रेजी)',
	'org.templateHi': 'टेम्पलेट (हिन्दी)'
};
