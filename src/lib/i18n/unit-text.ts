/**
 * What a unit's colour on the map says, in words, so that colour is never the only carrier: the
 * map's list alternative (src/lib/map/UnitsList.svelte) writes it beside each unit.
 *
 *   unitText('winner', { winner_party: 'SP', margin_pct: 7.85, … }, ctx) → 'SP won, margin 7.9 pts'
 *   unitText('share', row, { party: 'SP', … })                          → 'SP 50.7% of valid votes'
 *   unitText('class', { klass: 'A', … }, { rules: { lead: 10, … } })     → 'A: lead by more than 10 pts'
 */
import { DEFAULT_CLASS_RULES } from '$lib/model/booth-class.ts';
import type { ColourContext, Metric, UnitValues } from '$lib/model/metrics.ts';
import { classLabel } from './labels.ts';
import { t } from './lang.svelte.ts';

const one = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function unitText(
	metric: Metric,
	r: UnitValues,
	ctx: Pick<ColourContext, 'party' | 'sideLabel' | 'rules'>
): string {
	if (metric === 'winner' || metric === 'margin')
		return t('units.won', { party: r.winner_party, margin: one.format(r.margin_pct) });
	if (metric === 'share')
		return t('units.share', { side: ctx.sideLabel ?? ctx.party, pct: one.format(r.party_share) });
	if (metric === 'turnout')
		return r.turnout_pct === null
			? t('metric.noElectors')
			: t('units.turnout', { pct: one.format(r.turnout_pct) });
	return r.klass ? classLabel(r.klass, ctx.rules ?? DEFAULT_CLASS_RULES) : t('units.noData');
}
