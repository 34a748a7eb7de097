/** Messages of working offline: the update notice, the offline note and the "keep all" panel. */
export const en = {
	'offline.update': 'A new version of Kshetra is ready.',
	'offline.reload': 'Reload to use it',
	'offline.offline': 'You are offline: showing what this device has kept.',
	'offline.title': 'Offline use',
	'offline.intro':
		'Every page you open is kept on this device with its data, and opens again with no network.',
	'offline.keepAll': 'Keep all of Uttar Pradesh for offline use',
	'offline.size':
		'{total} MB on this device ({kept} MB kept already; about {download} MB to download).',
	'offline.progress': '{loaded} of {total} MB',
	'offline.progressLabel': 'Keeping all of Uttar Pradesh',
	'offline.allKept': 'All of Uttar Pradesh is kept on this device for offline use ({total} MB).',
	'offline.failed': 'Keeping all of Uttar Pradesh stopped: {error}. What arrived is kept.',
	'offline.again': 'Try again',
	'offline.unsupported': 'This browser cannot keep Kshetra for offline use.'
};

export const hi: Record<keyof typeof en, string> = {
	'offline.update': 'Kshetra का नया संस्करण तैयार है।',
	'offline.reload': 'इस्तेमाल करने के लिए दोबारा लोड करें',
	'offline.offline': 'आप ऑफ़लाइन हैं: इस डिवाइस पर रखा गया डेटा दिखाया जा रहा है।',
	'offline.title': 'ऑफ़लाइन इस्तेमाल',
	'offline.intro':
		'आप जो भी पेज खोलते हैं, वह अपने डेटा के साथ इस डिवाइस पर रखा जाता है और बिना नेटवर्क के फिर खुलता है।',
	'offline.keepAll': 'पूरे उत्तर प्रदेश को ऑफ़लाइन इस्तेमाल के लिए रखें',
	'offline.size':
		'इस डिवाइस पर {total} MB ({kept} MB पहले से रखा है; लगभग {download} MB डाउनलोड होगा)।',
	'offline.progress': '{total} MB में से {loaded} MB',
	'offline.progressLabel': 'पूरा उत्तर प्रदेश रखा जा रहा है',
	'offline.allKept': 'पूरा उत्तर प्रदेश ऑफ़लाइन इस्तेमाल के लिए इस डिवाइस पर रखा है ({total} MB)।',
	'offline.failed': 'पूरा उत्तर प्रदेश रखना रुक गया: {error}। जो आ चुका है वह रखा है।',
	'offline.again': 'फिर से कोशिश करें',
	'offline.unsupported': 'यह ब्राउज़र Kshetra को ऑफ़लाइन इस्तेमाल के लिए नहीं रख सकता।'
};
