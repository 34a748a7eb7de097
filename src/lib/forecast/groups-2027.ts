/**
 * The target list's groups on the 2027 map: organisation × performance where the party's
 * organisation file covers the AC (stronghold, organise, persuade, long shot, in the winnability
 * page's own colours), else the chance band (safe … long shot, in the chance map's colours).
 *
 *   groupColour('organise', bands) → GROUP_COLOURS.organise;  groupColour('tossup', bands) → bands.tossup
 *   groupsShown(['tossup', 'organise']) → ['organise', 'tossup'] (the order of the legend)
 */
import { t } from '$lib/i18n/lang.svelte.ts';
import { GROUP_COLOURS, GROUPS, type Group } from '$lib/model/winnability.ts';
import { BANDS, type Band } from './colours-2027.ts';

export type TargetGroup = Group | Band;

/** Organisation groups first, then the bands from safe to long shot. */
export const GROUP_ORDER: readonly TargetGroup[] = [...GROUPS, ...[...BANDS].reverse()];

const isGroup = (g: TargetGroup): g is Group => (GROUPS as readonly string[]).includes(g);

export function groupColour(g: TargetGroup, bands: Record<Band, string>): string {
	return isGroup(g) ? GROUP_COLOURS[g] : bands[g];
}

/** A group's name in the interface language. */
export function groupLabel(g: TargetGroup): string {
	return isGroup(g) ? t(`group.${g}`) : t(`y27.band.${g}`);
}

/** The groups that occur, in legend order. */
export function groupsShown(groups: Iterable<TargetGroup>): TargetGroup[] {
	const seen = new Set(groups);
	return GROUP_ORDER.filter((g) => seen.has(g));
}

/** The map's name (the page's heading and the drawing's label): what its colours say. */
export const mapTitleKey = (by: 'chance' | 'winner' | 'group') =>
	by === 'chance' ? 'y27.mapH' : by === 'group' ? 'y27.mapHGroup' : 'y27.mapHWinner';
