/** Messages of working offline: keeping all of Uttar Pradesh, and a new version (issue 15). */
export const en = {
	'offline.title': 'Offline',
	'offline.intro':
		'Seats you have opened already work with no network. Keep every seat, booth and the database engine on this device for meetings without a connection.',
	'offline.keepAll': 'Keep all of Uttar Pradesh for offline use',
	'offline.keepSize': 'About {mb} MB.',
	'offline.starting': 'Starting…',
	'offline.progress': '{loaded} of {total} MB kept',
	'offline.done': 'All of Uttar Pradesh is kept on this device: every seat opens with no network.',
	'offline.space': 'The site takes {usage} MB of this device’s storage.',
	'offline.failed': 'Not everything could be kept ({reason}). Try again when online.',
	'offline.noWorker': 'This browser cannot keep the site for offline use.',
	'offline.update': 'A new version is ready — reload to switch',
	'offline.reload': 'Reload'
};

export const hi: Record<keyof typeof en, string> = {
	'offline.title': 'ऑफ़लाइन',
	'offline.intro':
		'जो सीटें आप खोल चुके हैं वे बिना नेटवर्क के चलती हैं। बिना कनेक्शन वाली बैठकों के लिए हर सीट, हर बूथ और डेटाबेस इंजन इस डिवाइस पर रखें।',
	'offline.keepAll': 'पूरा उत्तर प्रदेश ऑफ़लाइन उपयोग के लिए रखें',
	'offline.keepSize': 'लगभग {mb} MB।',
	'offline.starting': 'शुरू हो रहा है…',
	'offline.progress': '{total} में से {loaded} MB रखे गए',
	'offline.done': 'पूरा उत्तर प्रदेश इस डिवाइस पर रखा है: हर सीट बिना नेटवर्क के खुलती है।',
	'offline.space': 'साइट इस डिवाइस की {usage} MB जगह लेती है।',
	'offline.failed': 'सब कुछ नहीं रखा जा सका ({reason})। ऑनलाइन होने पर फिर कोशिश करें।',
	'offline.noWorker': 'यह ब्राउज़र साइट को ऑफ़लाइन उपयोग के लिए नहीं रख सकता।',
	'offline.update': 'नया संस्करण तैयार है — बदलने के लिए रीलोड करें',
	'offline.reload': 'रीलोड करें'
};
