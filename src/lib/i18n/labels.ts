/**
 * The names of the model's categories in the interface language: map metrics, booth classes and
 * winnability groups. The model (src/lib/model) knows them by key only; views and exports read
 * their names here (each read goes through t(), so a language switch re-renders them).
 *
 *   METRIC_LABELS.turnout      → 'Turnout' | 'मतदान प्रतिशत'
 *   groupName('stronghold')    → 'Stronghold' | 'गढ़'
 */
import type { BoothClass, ClassRules } from '$lib/model/booth-class.ts';
import type { Metric } from '$lib/model/metrics.ts';
import type { Group } from '$lib/model/winnability.ts';
import { t } from './lang.svelte.ts';

export const METRIC_LABELS: Readonly<Record<Metric, string>> = {
	get winner() {
		return t('metric.winner');
	},
	get margin() {
		return t('metric.margin');
	},
	get share() {
		return t('metric.share');
	},
	get turnout() {
		return t('metric.turnout');
	},
	get class() {
		return t('metric.class');
	}
};

/** "Name: meaning" of a winnability group; the part before the colon is the short name. */
export const GROUP_LABELS: Readonly<Record<Group, string>> = {
	get stronghold() {
		return t('group.stronghold');
	},
	get organise() {
		return t('group.organise');
	},
	get persuade() {
		return t('group.persuade');
	},
	get longshot() {
		return t('group.longshot');
	}
};

/** The group's short name: 'Stronghold', 'गढ़'. */
export const groupName = (g: Group) => GROUP_LABELS[g].split(':')[0];

/** The class with its thresholds: 'A: lead by more than 10 pts'. */
export const classLabel = (c: BoothClass, rules: ClassRules) =>
	t(`class.${c}` as const, { n: c === 'A' || c === 'B' ? rules.lead : rules.trail });
