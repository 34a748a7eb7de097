import { readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n/lang.svelte.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Which PC each AC belongs to (2008 order), from the pipeline's AC layer; read at build time. */
function acIndex(): Map<number, number> {
	const fc = JSON.parse(readFileSync('static/data/ac.geojson', 'utf8')) as {
		features: { properties: { ac_no: number; pc_no: number } }[];
	};
	return new Map(fc.features.map((f) => [f.properties.ac_no, f.properties.pc_no]));
}

/** One page per assembly constituency, under its Lok Sabha seat: /seat/43/ac/213/. */
export const entries: EntryGenerator = () =>
	[...acIndex()].map(([ac, pc]) => ({ pc: String(pc), ac: String(ac) }));

export const load: PageServerLoad = ({ params }) => {
	const ac = Number(params.ac);
	const pc = Number(params.pc);
	const index = acIndex();
	if (index.get(ac) !== pc) error(404, t('error.noAc', { ac: params.ac, pc: params.pc }));
	return { pc, ac };
};
