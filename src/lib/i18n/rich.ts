/**
 * Messages with markup inside (a bold number, a link, an input field): the message is written
 * whole, with {slot} placeholders where the markup goes, and split here into text and slots, so
 * that each language can put the markup where its word order needs it.
 *
 *   parts('booths.ruleLead', {}, ['input'])
 *   → [{ text: 'A: lead above ' }, { slot: 'input' }, { text: ' pts' }]
 *   (Hindi: [{ text: 'A: ' }, { slot: 'input' }, { text: ' अंक से अधिक बढ़त' }])
 */
import type { MessageKey } from './messages/index.ts';
import { t } from './lang.svelte.ts';

export type Part = { text: string; slot?: undefined } | { slot: string; text?: undefined };

const MARK = '\u0001';

export function parts(
	key: MessageKey,
	vars: Record<string, string | number>,
	slots: string[]
): Part[] {
	const marked = Object.fromEntries(slots.map((s, i) => [s, `${MARK}${i}${MARK}`]));
	const text = t(key, vars, { ...vars, ...marked });
	return text
		.split(MARK)
		.map((piece, i): Part => (i % 2 ? { slot: slots[Number(piece)] } : { text: piece }))
		.filter((p) => p.slot !== undefined || p.text !== '');
}

/** The text before and after one slot. */
export function around(
	key: MessageKey,
	slot: string,
	vars: Record<string, string | number> = {}
): [string, string] {
	const marked = t(key, { ...vars, [slot]: MARK });
	const [before, after = ''] = marked.split(MARK);
	return [before, after];
}
