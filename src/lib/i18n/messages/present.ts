/** Messages of the presentation mode (src/lib/present). */
export const en = {
	'present.title': 'Presentation',
	'present.slide': 'Slide {n} of {total}',
	'present.next': 'Next',
	'present.prev': 'Previous',
	'present.fullscreen': 'Full screen',
	'present.keys': 'Keys: → or Space next, ← back, Home first, End last, F full screen',
	'present.source': 'Source'
} as const;

export const hi: Record<keyof typeof en, string> = {
	'present.title': 'प्रस्तुति',
	'present.slide': 'स्लाइड {n} / {total}',
	'present.next': 'अगला',
	'present.prev': 'पिछला',
	'present.fullscreen': 'पूरी स्क्रीन',
	'present.keys': 'कुंजियाँ: → या स्पेस अगला, ← पिछला, Home पहला, End अंतिम, F पूरी स्क्रीन',
	'present.source': 'स्रोत'
};
