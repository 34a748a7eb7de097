/**
 * Decks as a user meets them: a link or a file that round-trips (Hindi titles included), a bad
 * one that names the slide and field at fault, reordering, and the decks kept in the browser.
 */
import { describe, expect, it } from 'vitest';
import {
	decodeDeck,
	defaultDeck,
	encodeDeck,
	forgetDeck,
	moveSlide,
	saveDeck,
	savedDecks,
	validateDeck
} from '../../../src/lib/present/deck.ts';

class MemoryStorage implements Storage {
	#m = new Map<string, string>();
	get length() {
		return this.#m.size;
	}
	clear() {
		this.#m.clear();
	}
	getItem(k: string) {
		return this.#m.get(k) ?? null;
	}
	key(i: number) {
		return [...this.#m.keys()][i] ?? null;
	}
	removeItem(k: string) {
		this.#m.delete(k);
	}
	setItem(k: string, v: string) {
		this.#m.set(k, v);
	}
}

describe('decks', () => {
	it('the default deck tells a seat’s story in 11 slides, from title to summary', () => {
		const d = defaultDeck(43);
		expect(d.slides.map((s) => s.kind)).toEqual([
			'title',
			'state',
			'seat',
			'seat',
			'strip',
			'trend',
			'arithmetic',
			'booths',
			'groups',
			'priority',
			'summary'
		]);
	});

	it('a deck with a Hindi title and a booth slide survives its link', () => {
		const d = {
			...defaultDeck(43),
			title: 'कानपुर: क्या हम जीत सकते हैं?',
			slides: [
				{
					kind: 'ac' as const,
					title: 'सीसामऊ के बूथ',
					params: { ac: '213', e: 'LS2014', cr: '30,10' }
				}
			]
		};
		const link = encodeDeck(d);
		expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeDeck(link)).toEqual({ deck: d, error: null });
	});

	it('a bad deck names what is wrong and where', () => {
		expect(validateDeck({ v: 1, pc: 81, slides: [{ kind: 'title' }] }).error).toBe(
			'"pc" must be a Lok Sabha seat of UP, 1 to 80'
		);
		expect(
			validateDeck({ v: 1, pc: 43, slides: [{ kind: 'title' }, { kind: 'pie', params: {} }] }).error
		).toMatch(/^slide 2: unknown kind "pie"/);
		expect(
			validateDeck({ v: 1, pc: 43, slides: [{ kind: 'seat', params: { e: 2022 } }] }).error
		).toBe('slide 1: parameter "e" must be a short text');
		expect(decodeDeck('%%%').error).toMatch(/damaged/);
		expect(validateDeck({ v: 2, pc: 43, slides: [] }).error).toMatch(/unknown deck version 2/);
	});

	it('slides move up and down, and not past either end', () => {
		const d = defaultDeck(43);
		const moved = moveSlide(d, 1, 1);
		expect(moved.slides.slice(0, 3).map((s) => s.kind)).toEqual(['title', 'seat', 'state']);
		expect(moveSlide(d, 0, -1)).toBe(d);
		expect(moveSlide(d, 10, 1)).toBe(d);
	});

	it('decks are kept per seat in the browser; damaged entries are skipped, not fatal', () => {
		const store = new MemoryStorage();
		const k = { ...defaultDeck(43), title: 'Kanpur' };
		saveDeck(store, k);
		saveDeck(store, defaultDeck(44));
		expect(Object.keys(savedDecks(store)).sort()).toEqual(['43', '44']);
		expect(savedDecks(store)['43'].title).toBe('Kanpur');
		const raw = JSON.parse(store.getItem('kshetra:decks:v1')!) as Record<string, unknown>;
		raw['45'] = { v: 1, pc: 45, slides: 'oops' };
		store.setItem('kshetra:decks:v1', JSON.stringify(raw));
		expect(Object.keys(savedDecks(store)).sort()).toEqual(['43', '44']);
		forgetDeck(store, 43);
		expect(Object.keys(savedDecks(store))).toEqual(['44']);
		store.setItem('kshetra:decks:v1', '{not json');
		expect(savedDecks(store)).toEqual({});
	});
});
