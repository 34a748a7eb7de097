/**
 * Settings that live in the URL, as runes: parsed from $app/state's page.url in the browser (the
 * defaults during prerender, which has no query string), with the problems parsing found, and
 * written back with replaceState, keeping the language. A change applies at once; with a delay,
 * the URL follows once changes have rested that long (a SvelteKit navigation per input event of a
 * dragged slider would cost a layout of the whole page and a history rewrite on every step).
 *
 *   const url = new UrlState(parseWhatIf, serializeWhatIf, 250);   url.value.swing; url.set({ swing: 2 })
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { withLang } from '$lib/i18n/lang.svelte.ts';
import { currentUrl, writeUrl } from './shallow-url.svelte.ts';

export class UrlState<S extends object> {
	readonly #parse: (params: URLSearchParams) => { settings: S; problems: string[] };
	readonly #serialize: (s: S) => string;
	readonly #delay: number;
	readonly #shallow: boolean;
	/** changes not yet in the URL */
	#pending = $state<Partial<S> | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		parse: (params: URLSearchParams) => { settings: S; problems: string[] },
		serialize: (s: S) => string,
		delay = 0,
		{ shallow = false } = {}
	) {
		this.#parse = parse;
		this.#serialize = serialize;
		this.#delay = delay;
		this.#shallow = shallow;
		$effect(() => () => clearTimeout(this.#timer));
	}

	parsed = $derived.by(() =>
		this.#parse(browser ? currentUrl().searchParams : new URLSearchParams())
	);

	/** the settings on screen: the URL's with the changes not yet written */
	value = $derived<S>(
		this.#pending ? { ...this.parsed.settings, ...this.#pending } : this.parsed.settings
	);

	get problems(): string[] {
		return this.parsed.problems;
	}

	/** The settings with `patch` as a query string ('' for the defaults). */
	query(patch: Partial<S> = {}): string {
		return this.#serialize({ ...this.value, ...patch });
	}

	set(patch: Partial<S>) {
		const next = { ...(this.#pending ?? {}), ...patch };
		this.#pending = next;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const href = withLang(
				currentUrl().pathname + this.#serialize({ ...this.parsed.settings, ...next })
			);
			if (this.#shallow) {
				writeUrl(href);
				this.#pending = null;
				return;
			}
			goto(href, { replaceState: true, keepFocus: true, noScroll: true })
				.catch(() => undefined) // a navigation superseded by a newer one
				.finally(() => {
					// a later change (made while the URL was being written) stays pending
					if (this.#pending === next) this.#pending = null;
				});
		}, this.#delay);
	}
}
