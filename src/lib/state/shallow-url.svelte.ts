/**
 * The page's URL when settings are written to it without a navigation (SvelteKit's shallow
 * routing, replaceState from $app/navigation): a navigation (goto) reads the scroll position,
 * which lays out the whole page before the change is even drawn (403 table rows and the SVG map
 * on /2027/), while the query string of a page that stays the same page needs no navigation.
 *
 * After such a write $app/state's page.url still holds the URL the page was navigated to, so a
 * page that writes shallowly reads `currentUrl()` instead. SvelteKit also keeps that old URL in
 * the history entry: going back or forward to the entry navigates to it while the address bar
 * shows the written one; currentUrl() then takes the address bar's, so back/forward, a reload and
 * a shared link all give the screen the URL says.
 *
 *   writeUrl(withLang(`${currentUrl().pathname}?sh=SP%3A36`));   currentUrl().searchParams.get('sh')
 */
import { browser } from '$app/environment';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';

/** the last URL written, and the page.url it was written over */
let written = $state.raw<{ over: URL; url: URL } | null>(null);

const current = $derived.by((): URL => {
	const navigated = page.url;
	if (!browser) return navigated;
	if (written && written.over === navigated) return written.url;
	// a navigation since: the address bar's URL, which differs from page.url only on the path's
	// own page (back or forward to an entry written shallowly)
	return location.pathname === navigated.pathname && location.search !== navigated.search
		? new URL(location.href)
		: navigated;
});

/** The page's URL: page.url, or what was written over it since. */
export function currentUrl(): URL {
	return current;
}

/** Writes `href` (this page, other settings) into the address bar and history entry, shallowly. */
export function writeUrl(href: string) {
	const url = new URL(href, location.href);
	if (url.href === current.href) return;
	replaceState(url, page.state);
	written = { over: page.url, url };
}
