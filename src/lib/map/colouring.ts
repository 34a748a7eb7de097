/**
 * The colours of a map view from the shared labels (Meta): colourUnits with the parties' colours
 * and names and the interface language, or no colours while the rows or the labels are loading.
 *
 *   colourWith(meta, 'winner', rows, { party: 'SP' }).legend[0] → { key: 'SP', label: 'Samajwadi Party', … }
 */
import type { Meta } from '$lib/data/meta.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import {
	colourUnits,
	type ColourContext,
	type Colouring,
	type Metric,
	type UnitValues
} from '$lib/model/metrics.ts';

export const NO_COLOURS: Colouring = { colours: new Map(), legend: [] };

export function colourWith(
	meta: Pick<Meta, 'partyColour' | 'partyName'> | null,
	metric: Metric,
	rows: UnitValues[],
	o: Omit<ColourContext, 'say' | 'partyColour' | 'partyName'> & {
		partyName?: (party: string) => string;
	}
): Colouring {
	return meta && rows.length
		? colourUnits(metric, rows, {
				say: t,
				partyColour: meta.partyColour,
				partyName: meta.partyName,
				...o
			})
		: NO_COLOURS;
}
