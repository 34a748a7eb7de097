/**
 * The deck keyboard, shared by every deck (a seat's PresentView, the 2027 state deck): → / Space /
 * Enter / PageDown next, ← / PageUp / Backspace back, Home, End, F full screen, E edit (where the
 * deck has an editor). Keys typed into a form field are left alone.
 *
 *   onkeydown={(e) => deckKey(e, { index, count, show, fullscreen })}
 */
export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'edit';

export function deckAction(key: string): DeckAction | null {
	if (key === 'ArrowRight' || key === 'PageDown' || key === ' ' || key === 'Enter') return 'next';
	if (key === 'ArrowLeft' || key === 'PageUp' || key === 'Backspace') return 'prev';
	if (key === 'Home') return 'first';
	if (key === 'End') return 'last';
	if (key === 'f' || key === 'F') return 'fullscreen';
	if (key === 'e' || key === 'E') return 'edit';
	return null;
}

export interface DeckKeys {
	index: number;
	count: number;
	show: (i: number) => void;
	fullscreen: () => void;
	/** absent: E does nothing (and is not taken from the browser) */
	edit?: () => void;
}

/** Acts on a key; returns whether it did (and then the browser's own action is prevented). */
export function deckKey(
	e: Pick<KeyboardEvent, 'key' | 'target' | 'preventDefault'>,
	d: DeckKeys
): boolean {
	if ((e.target as HTMLElement | null)?.closest?.('input, textarea, select')) return false;
	const a = deckAction(e.key);
	if (a === 'next') d.show(d.index + 1);
	else if (a === 'prev') d.show(d.index - 1);
	else if (a === 'first') d.show(0);
	else if (a === 'last') d.show(d.count - 1);
	else if (a === 'fullscreen') d.fullscreen();
	else if (a === 'edit' && d.edit) d.edit();
	else return false;
	e.preventDefault();
	return true;
}

/** Full screen on or off for the deck's element; `refused` when the browser says no. */
export function toggleFullscreen(root: HTMLElement, refused: () => void = () => {}) {
	if (document.fullscreenElement) document.exitFullscreen().catch(refused);
	else root.requestFullscreen?.().catch(refused);
}
