/**
 * What the winnability page exports: the booth map of the AC shown, by winnability group (with
 * the organisation's numbers: private, exported only when "include" is ticked) or, public, by
 * projected margin alone; and the lines that head the priority list's CSV (the place, the
 * scenario, the organisation data used).
 *
 *   winnabilityExport(page, map)?.fileBase → 'pc43-ac213-winnability'
 */
import { boothSpec } from '$lib/export/specs.ts';
import type { ExportSpec } from '$lib/export/spec.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import { electionLabel } from '$lib/i18n/names.ts';
import { marginColouring } from '$lib/model/metrics.ts';
import type { WinBoothMap } from './booth-map.svelte.ts';
import type { WinnabilityPage } from './page.svelte.ts';
import { leanText } from './settings.ts';

/** The baseline elections with a weight: 'AE2022 + LS2019', or with the weights: 'AE2022 x1 + …'. */
const baseWords = (base: WinnabilityPage['w']['base'], weights = false) =>
	Object.entries(base)
		.filter(([, v]) => v)
		.map(([e, v]) => (weights ? `${e} x${v}` : e))
		.join(' + ');

export function preamble(page: WinnabilityPage): string[] {
	const { w, org } = page;
	return [
		t('win.preamble1', {
			place: page.place,
			side: page.sideLabel,
			base: baseWords(w.base, true),
			swing: w.swing,
			turnout: w.turnout,
			lean: leanText(w.lean)
		}),
		t('win.preamble2', {
			org: page.demoHere ? t('win.orgDemo') : org && !org.demo ? org.file : t('win.orgNone')
		})
	];
}

export function winnabilityExport(page: WinnabilityPage, map: WinBoothMap): ExportSpec | null {
	const ac = page.mapAc;
	const booths = page.mapBooths;
	const meta = page.meta;
	const election = ac ? page.boothElectionOf(ac) : undefined;
	const electionRow = meta?.elections.find((e) => e.election_id === election);
	if (!ac || !map.areas || !booths.length || !electionRow) return null;
	const { w, pcName, contest } = page;
	const common = {
		place: t('win.exportPlace', {
			name: page.acName(ac),
			ac,
			pc: pcName,
			side: page.sideLabel
		}),
		election: electionRow,
		units: map.areas,
		outline: map.outline,
		estimated: true,
		demo: page.demoHere,
		link: location.href,
		source: t('win.exportSource', {
			base: baseWords(w.base),
			swing: w.swing,
			turnout: w.turnout,
			election: electionLabel(electionRow)
		})
	};
	const publicValues = new Map(
		booths.map((b) => [
			b.part_no,
			{
				booth: page.boothNameOf(ac, b.part_no),
				projected_margin_pts: Math.round(b.projection.marginPts * 10) / 10,
				persuade_votes_needed: b.projection.neededPersuasion,
				new_voters_needed: b.projection.neededTurnout
			}
		])
	);
	const publicSpec = () =>
		boothSpec({
			...common,
			subtitle: t('win.exportMarginSubtitle'),
			legendTitle: t('win.exportMarginLegend'),
			colouring: marginColouring(
				booths.map((b) => ({ id: b.part_no, marginPts: b.projection.marginPts })),
				t
			),
			values: publicValues,
			hasPrivate: false,
			fileBase: `pc${contest.pc}-ac${ac}-projected-margin`
		});
	return boothSpec({
		...common,
		subtitle: t('win.exportGroupsSubtitle'),
		legendTitle: t('win.groupsTitle'),
		colouring: { colours: map.colours, legend: map.legend },
		values: new Map(
			booths.map((b) => [
				b.part_no,
				{
					...publicValues.get(b.part_no),
					org_group: b.group,
					org_score: b.score,
					org_aspirant: b.row?.aspirant ?? null
				}
			])
		),
		hasPrivate: true,
		fileBase: `pc${contest.pc}-ac${ac}-winnability`,
		publicVariant: publicSpec
	});
}
