/** The deck keyboard shared by the seat decks and the 2027 state deck (src/lib/present/keys.ts). */
import { describe, expect, it } from 'vitest';
import { deckAction, deckKey } from '../../../src/lib/present/keys.ts';

function press(key: string, index: number, count = 3, inField = false, edit = true) {
	const log: string[] = [];
	let prevented = false;
	const target = { closest: (sel: string) => (inField && sel.includes('input') ? {} : null) };
	const done = deckKey(
		{ key, target: target as unknown as EventTarget, preventDefault: () => (prevented = true) },
		{
			index,
			count,
			show: (i) => log.push(`show ${i}`),
			fullscreen: () => log.push('full'),
			...(edit ? { edit: () => log.push('edit') } : {})
		}
	);
	return { log, prevented, done };
}

describe('deck keys', () => {
	it('moves, jumps, goes full screen and edits; a clicker’s PageDown is next', () => {
		expect(press('ArrowRight', 1).log).toEqual(['show 2']);
		expect(press('PageDown', 0).log).toEqual(['show 1']);
		expect(press(' ', 0).log).toEqual(['show 1']);
		expect(press('ArrowLeft', 2).log).toEqual(['show 1']);
		expect(press('Home', 2).log).toEqual(['show 0']);
		expect(press('End', 0, 7).log).toEqual(['show 6']);
		expect(press('F', 0).log).toEqual(['full']);
		expect(press('e', 0).log).toEqual(['edit']);
		expect(press('ArrowRight', 1).prevented).toBe(true);
	});
	it('leaves keys typed in a form field, other keys, and E without an editor to the browser', () => {
		expect(press('ArrowRight', 1, 3, true)).toEqual({ log: [], prevented: false, done: false });
		expect(press('x', 1)).toEqual({ log: [], prevented: false, done: false });
		expect(press('e', 0, 3, false, false)).toEqual({ log: [], prevented: false, done: false });
		expect(deckAction('Backspace')).toBe('prev');
	});
});
