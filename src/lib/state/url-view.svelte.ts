/**
 * The URL's view state as runes: reads $app/state's page.url in the browser (during prerender the
 * query string does not exist, so the defaults are used) and writes changes back with replaceState,
 * so that the URL always describes what is on screen. The language (?lang=hi) is kept.
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { withLang } from '$lib/i18n/lang.svelte.ts';
import { DEFAULT_VIEW, parseView, serializeView, type View } from './view.ts';

export class UrlView {
	#keys: (keyof View)[];
	#keep: string[];
	/**
	 * `keep`: other parameters of the page that a change of view leaves as they are (the seat
	 * view's trend choice, tr, and the 2027 blocs it was opened with, al).
	 */
	constructor(keys: (keyof View)[], keep: string[] = []) {
		this.#keys = keys;
		this.#keep = keep;
	}

	get parsed() {
		return parseView(browser ? page.url.searchParams : new URLSearchParams());
	}

	get view(): View {
		return this.parsed.view;
	}

	/** The view is the one a page opens on (what its prerendered first map shows). */
	get isDefault(): boolean {
		const v = this.view;
		return this.#keys.every((k) => v[k] === DEFAULT_VIEW[k]);
	}

	get problems(): string[] {
		return this.parsed.problems;
	}

	set(patch: Partial<View>) {
		const next = { ...this.view, ...patch };
		// not state: the query string of one navigation, built once
		const q = new URLSearchParams(serializeView(next, this.#keys));
		for (const k of this.#keep) {
			const v = page.url.searchParams.get(k);
			if (v !== null) q.set(k, v);
		}
		const search = q.size ? `?${q}` : '';
		// void: a failed navigation is shown by SvelteKit itself (the error page); the promise only says when it is done.
		void goto(withLang(page.url.pathname + search), {
			replaceState: true,
			keepFocus: true,
			noScroll: true
		});
	}
}
