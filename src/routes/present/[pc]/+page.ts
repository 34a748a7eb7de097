import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	Array.from({ length: 80 }, (_, i) => ({ pc: String(i + 1) }));

export const load: PageLoad = ({ params }) => {
	const pc = Number(params.pc);
	if (!Number.isInteger(pc) || pc < 1 || pc > 80)
		error(
			404,
			`There is no Lok Sabha seat ${params.pc} in Uttar Pradesh: seats are numbered 1 to 80.`
		);
	return { pc };
};
