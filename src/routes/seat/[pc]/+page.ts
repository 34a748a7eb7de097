import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n/lang.svelte.ts';
import type { EntryGenerator, PageLoad } from './$types';

/** Uttar Pradesh has 80 Lok Sabha seats; each gets a prerendered page. */
export const entries: EntryGenerator = () =>
	Array.from({ length: 80 }, (_, i) => ({ pc: String(i + 1) }));

export const load: PageLoad = ({ params }) => {
	const pc = Number(params.pc);
	if (!Number.isInteger(pc) || pc < 1 || pc > 80) error(404, t('error.noSeat', { pc: params.pc }));
	return { pc };
};
