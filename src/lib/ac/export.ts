/**
 * What the booth view exports: its booth map in the chosen metric, every booth's row (names,
 * electors, voters, turnout, winner, margin, our side's share, lead and class, top three), the
 * estimate caveat when the areas are estimated.
 *
 *   acExport(page)?.fileBase → 'ac213-AE2017-winner'
 */
import { boothSpec } from '$lib/export/specs.ts';
import type { ExportSpec } from '$lib/export/spec.ts';
import { METRIC_LABELS } from '$lib/i18n/labels.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import { electionLabel } from '$lib/i18n/names.ts';
import type { AcPage } from './page.svelte.ts';

export function acExport(page: AcPage): ExportSpec | null {
	const { meta, electionRow, areas, ready, view, side, rows, ac } = page;
	if (!meta || !electionRow || !areas || !ready) return null;
	const metric = METRIC_LABELS[view.metric];
	return boothSpec({
		place: t('booths.exportPlace', {
			name: page.acName,
			ac,
			pc: page.pcName,
			election: electionLabel(electionRow)
		}),
		election: electionRow,
		subtitle: t('booths.exportSubtitle', {
			metric: `${metric.toLowerCase()}${view.metric === 'share' || view.metric === 'class' ? ` (${side?.label})` : ''}`
		}),
		legendTitle: metric,
		units: areas,
		outline: page.outline,
		colouring: page.colouring,
		values: new Map(
			rows.map((r) => [
				r.part_no,
				{
					booth_name: r.booth_name,
					booth_name_hi: r.booth_name_hi,
					electors: r.electors,
					voters: r.voters,
					turnout_pct: r.turnout_pct,
					winner_party: r.winner_party,
					margin: r.margin,
					margin_pct: r.margin_pct,
					side: side?.id ?? '',
					side_share: r.ours_share,
					side_lead_pts: r.lead_pts,
					class: r.klass,
					top3: r.top3
				}
			])
		),
		estimated: page.estimated,
		demo: false,
		hasPrivate: false,
		link: location.href,
		fileBase: `ac${ac}-${page.election}-${view.metric}`,
		source: t('booths.exportSource', { election: electionLabel(electionRow) })
	});
}
