/** Messages of the sources page (src/routes/sources). */
export const en = {
	'sources.title': 'Sources',
	'sources.h1': 'Sources and licences',
	'sources.intro':
		'Every number in Kshetra comes from the public files below, through a reproducible pipeline ({cmd}). TCPD data is free for {nonCommercial} use and must be cited: {cite}.',
	'sources.nonCommercial': 'non-commercial',
	'sources.recordsInEnglish':
		'The dataset descriptions and the pipeline’s records below are in English, as the pipeline writes them.',
	'sources.error': 'Could not load manifest.json ({error}).',
	'sources.datasets': 'Datasets',
	'sources.origin': 'Origin: {value}',
	'sources.licence': 'Licence: {value}',
	'sources.cite': 'Cite: {value}',
	'sources.usedFor': 'Used for: {value}',
	'sources.checked': 'What the pipeline checked',
	'sources.nChecked': '({n} checked)',
	'sources.changed': 'What the pipeline changed',
	'sources.notes': 'Notes',
	'sources.files': 'Files',
	'sources.colFile': 'File',
	'sources.colBytes': 'Bytes',
	'sources.pipelineChanged': 'What the pipeline changed: {value}',
	'sources.shippedIn': 'Shipped in: {value}',
	'sources.notShipped': 'Not shipped in any file of this site.',
	'sources.shipped': 'Every file this site ships, and what it is made from',
	'sources.colContents': 'What it holds',
	'sources.colFrom': 'Made from',
	'sources.nFiles': '{n} {n:file|files}',
	'sources.hashes': 'Each file with its size and SHA-256'
} as const;

export const hi: Record<keyof typeof en, string> = {
	'sources.title': 'स्रोत',
	'sources.h1': 'स्रोत और लाइसेंस',
	'sources.intro':
		'Kshetra की हर संख्या नीचे दी गई सार्वजनिक फाइलों से, एक दोहराई जा सकने वाली पाइपलाइन ({cmd}) के जरिए आती है। TCPD डेटा {nonCommercial} उपयोग के लिए मुफ्त है और उसका उद्धरण देना जरूरी है: {cite}।',
	'sources.nonCommercial': 'गैर-व्यावसायिक',
	'sources.recordsInEnglish':
		'नीचे डेटासेट के विवरण और पाइपलाइन के रिकॉर्ड अंग्रेजी में हैं, जैसे पाइपलाइन उन्हें लिखती है।',
	'sources.error': 'manifest.json लोड नहीं हो सका ({error})।',
	'sources.datasets': 'डेटासेट',
	'sources.origin': 'मूल स्रोत: {value}',
	'sources.licence': 'लाइसेंस: {value}',
	'sources.cite': 'उद्धरण: {value}',
	'sources.usedFor': 'उपयोग: {value}',
	'sources.checked': 'पाइपलाइन ने क्या जाँचा',
	'sources.nChecked': '({n} जाँचे गए)',
	'sources.changed': 'पाइपलाइन ने क्या बदला',
	'sources.notes': 'टिप्पणियाँ',
	'sources.files': 'फाइलें',
	'sources.colFile': 'फाइल',
	'sources.colBytes': 'बाइट',
	'sources.pipelineChanged': 'पाइपलाइन ने क्या बदला: {value}',
	'sources.shippedIn': 'इन फाइलों में: {value}',
	'sources.notShipped': 'इस साइट की किसी फाइल में शामिल नहीं।',
	'sources.shipped': 'यह साइट जो भी फाइल देती है, और वह किससे बनी है',
	'sources.colContents': 'इसमें क्या है',
	'sources.colFrom': 'किससे बनी',
	'sources.nFiles': '{n} {n:फाइल|फाइलें}',
	'sources.hashes': 'हर फाइल, उसका आकार और SHA-256'
};
