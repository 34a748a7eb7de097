/**
 * Decks: the slides of a presentation for one seat. A deck is small data (a list of slide kinds
 * with their view settings and titles), so it travels as a URL (?d=…, base64url JSON), as a small
 * file, and is kept in this browser (localStorage). A default deck is generated for any seat.
 * Reading a deck never throws: a bad link or file gives a message and no deck.
 *
 *   encodeDeck(defaultDeck(43)) → 'eyJ2IjoxLC…'; decodeDeck('eyJ2…') → { deck: {…}, error: null }
 */
export const SLIDE_KINDS = [
	'title',
	'state',
	'seat',
	'strip',
	'trend',
	'arithmetic',
	'ac',
	'booths',
	'groups',
	'priority',
	'summary'
] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export interface Slide {
	kind: SlideKind;
	/** a title the user gave; the kind's own title when absent */
	title?: string;
	/** view settings, as in the views' URLs (e, m, p, u, ac, side, base, sw, to …) */
	params: Record<string, string>;
}

export interface Deck {
	v: 1;
	pc: number;
	title?: string;
	slides: Slide[];
}

/**
 * The story of a seat for a leadership meeting: where it is, who won its segments in each
 * election, how the vote moved, what the alliance adds up to, where the booths stand, which
 * booths to work on, and the numbers to remember.
 */
export function defaultDeck(pc: number): Deck {
	return {
		v: 1,
		pc,
		slides: [
			{ kind: 'title', params: {} },
			{ kind: 'state', params: { e: 'AE2022', u: 'ac' } },
			{ kind: 'seat', params: { e: 'AE2022', m: 'winner' } },
			{ kind: 'seat', params: { e: 'LS2024', m: 'winner' } },
			{ kind: 'strip', params: {} },
			// the trend by 2027's INDIA (SP + INC), so that 2024, where SP left Kanpur to Congress,
			// does not read as SP falling to 0
			{ kind: 'trend', params: { p: 'INDIA-2027' } },
			{ kind: 'arithmetic', params: {} },
			{ kind: 'booths', params: { m: 'class' } },
			{ kind: 'groups', params: {} },
			{ kind: 'priority', params: {} },
			{ kind: 'summary', params: {} }
		]
	};
}

/**
 * One assembly constituency's deck (issue 13 §5: each AC deck), the AC as the contest: its booths
 * by winner and by class, its vote share across elections in the 2027 blocs, then the alliance
 * arithmetic, the booth groups, the booths to work on and the numbers to remember, all of the AC.
 * Slides carry `ac`; a deck stays a seat's deck (pc), so it is saved and shared like one.
 *
 *   acDeck(43, 213).slides[0] → { kind: 'ac', params: { ac: '213', m: 'winner' } }
 */
export function acDeck(pc: number, ac: number): Deck {
	const a = String(ac);
	return {
		v: 1,
		pc,
		slides: [
			{ kind: 'ac', params: { ac: a, m: 'winner' } },
			{ kind: 'trend', params: { ac: a, p: 'INDIA-2027' } },
			{ kind: 'arithmetic', params: { ac: a } },
			{ kind: 'ac', params: { ac: a, m: 'class' } },
			{ kind: 'groups', params: { ac: a } },
			{ kind: 'priority', params: { ac: a } },
			{ kind: 'summary', params: { ac: a } }
		]
	};
}

const b64url = {
	encode(s: string): string {
		const bytes = new TextEncoder().encode(s);
		let bin = '';
		for (const b of bytes) bin += String.fromCharCode(b);
		return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
	},
	decode(s: string): string {
		const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
		return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
	}
};

export function encodeDeck(deck: Deck): string {
	return b64url.encode(JSON.stringify(deck));
}

/** At most this many slides: a meeting deck, not a report. */
export const MAX_SLIDES = 60;

/** Checks untrusted deck data (a link, a file) and returns a clean deck or a message. */
export function validateDeck(data: unknown): { deck: Deck | null; error: string | null } {
	const fail = (error: string) => ({ deck: null, error });
	if (!data || typeof data !== 'object') return fail('the deck is not a JSON object');
	const d = data as Record<string, unknown>;
	if (d.v !== 1) return fail(`unknown deck version ${JSON.stringify(d.v)}; expected 1`);
	if (!Number.isInteger(d.pc) || (d.pc as number) < 1 || (d.pc as number) > 80)
		return fail('"pc" must be a Lok Sabha seat of UP, 1 to 80');
	if (!Array.isArray(d.slides) || d.slides.length === 0)
		return fail('"slides" must be a non-empty list');
	if (d.slides.length > MAX_SLIDES) return fail(`a deck holds at most ${MAX_SLIDES} slides`);
	const slides: Slide[] = [];
	for (const [i, raw] of d.slides.entries()) {
		const s = raw as Record<string, unknown>;
		if (!s || typeof s !== 'object') return fail(`slide ${i + 1} is not an object`);
		if (!(SLIDE_KINDS as readonly string[]).includes(s.kind as string))
			return fail(
				`slide ${i + 1}: unknown kind ${JSON.stringify(s.kind)}; known: ${SLIDE_KINDS.join(', ')}`
			);
		const params = (s.params ?? {}) as Record<string, unknown>;
		if (typeof params !== 'object' || Array.isArray(params))
			return fail(`slide ${i + 1}: "params" must be an object`);
		const clean: Record<string, string> = {};
		for (const [k, v] of Object.entries(params)) {
			if (!/^[a-z]{1,12}$/.test(k) || typeof v !== 'string' || v.length > 200)
				return fail(`slide ${i + 1}: parameter ${JSON.stringify(k)} must be a short text`);
			clean[k] = v;
		}
		const title = typeof s.title === 'string' ? s.title.slice(0, 140) : undefined;
		slides.push({ kind: s.kind as SlideKind, params: clean, ...(title ? { title } : {}) });
	}
	const title = typeof d.title === 'string' ? d.title.slice(0, 140) : undefined;
	return { deck: { v: 1, pc: d.pc as number, slides, ...(title ? { title } : {}) }, error: null };
}

export function decodeDeck(s: string): { deck: Deck | null; error: string | null } {
	try {
		return validateDeck(JSON.parse(b64url.decode(s)));
	} catch {
		return { deck: null, error: 'the deck link is damaged (it is not valid base64url JSON)' };
	}
}

/** Moves slide i by delta places (−1 up, +1 down), returning a new deck. */
export function moveSlide(deck: Deck, i: number, delta: number): Deck {
	const j = i + delta;
	if (j < 0 || j >= deck.slides.length) return deck;
	const slides = [...deck.slides];
	[slides[i], slides[j]] = [slides[j], slides[i]];
	return { ...deck, slides };
}

const STORE = 'kshetra:decks:v1';

/** Decks saved in this browser, by seat. */
export function savedDecks(storage: Storage): Record<string, Deck> {
	try {
		const raw = JSON.parse(storage.getItem(STORE) ?? '{}') as Record<string, unknown>;
		const out: Record<string, Deck> = {};
		for (const [k, v] of Object.entries(raw)) {
			const { deck } = validateDeck(v);
			if (deck) out[k] = deck;
		}
		return out;
	} catch {
		return {};
	}
}

export function saveDeck(storage: Storage, deck: Deck): void {
	const all = savedDecks(storage);
	all[String(deck.pc)] = deck;
	storage.setItem(STORE, JSON.stringify(all));
}

export function forgetDeck(storage: Storage, pc: number): void {
	const all = savedDecks(storage);
	delete all[String(pc)];
	storage.setItem(STORE, JSON.stringify(all));
}
