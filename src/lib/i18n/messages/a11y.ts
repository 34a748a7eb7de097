/** Messages of the map's text and keyboard alternative (src/lib/map/UnitsList.svelte). */
export const en = {
	'units.list': 'The {n} places on this map, as a list',
	'units.listHint':
		'Tab or ↓/↑ move through them and outline each on the map; Enter or a click opens it.',
	'units.summary': '{title}: {parts}.',
	'units.noData': 'no data',
	'units.won': '{party} won, margin {margin} pts',
	'units.share': '{side} {pct}% of valid votes',
	'units.turnout': 'turnout {pct}%',
	'units.projected': '{group}; projected margin {margin}'
} as const;

export const hi: Record<keyof typeof en, string> = {
	'units.list': 'इस नक्शे के {n} स्थान, सूची के रूप में',
	'units.listHint': 'Tab या ↓/↑ से एक-एक कर आगे बढ़ें, हर एक नक्शे पर रेखांकित होगा; Enter या क्लिक से खोलें।',
	'units.summary': '{title}: {parts}।',
	'units.noData': 'आँकड़े नहीं',
	'units.won': '{party} जीती, अंतर {margin} अंक',
	'units.share': 'वैध मतों में {side} {pct}%',
	'units.turnout': 'मतदान {pct}%',
	'units.projected': '{group}; अनुमानित अंतर {margin}'
};
