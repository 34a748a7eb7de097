/**
 * Winnability: where past votes (the projected margin) and organisation (the coverage score) put
 * a booth or a segment, in four named groups, and which booths to work on first.
 *
 *   stronghold    votes and organisation        margin ≥ M and score ≥ C
 *   organise      votes but weak organisation   margin ≥ M and score < C
 *   persuade      organisation but few votes    margin < M and score ≥ C
 *   long shot     neither                       margin < M and score < C
 *
 * M (points) and C (score) are settings shown with the chart. Priority, for the booths we do not
 * already hold with organisation: booths we trail come first, ordered by effort = voters to
 * persuade × (1 + organisation gap / 100), the gap being 100 − score; then booths we lead with
 * weak organisation, closest first; strongholds last.
 *
 *   quadrant(3.5, 72, DEFAULT_QUADRANT) → 'stronghold'
 *
 * The groups' names in the interface language are in $lib/i18n/labels.ts.
 */
export const GROUPS = ['stronghold', 'organise', 'persuade', 'longshot'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * Purple (ours) through cream to brown (hopeless): no party uses these hues, so a red or a blue
 * never means "ours" on one map and a party on the next (issue 17: SP's red was class D). Kept
 * at least 12 ΔE from every party colour in every vision (tests/unit/model/palette.test.ts).
 */
export const GROUP_COLOURS: Record<Group, string> = {
	stronghold: '#2d004b',
	organise: '#b2abd2',
	persuade: '#f6e8c3',
	longshot: '#543005'
};

export interface QuadrantSettings {
	/** projected margin (points) from which a booth counts as having the votes */
	margin: number;
	/** coverage score from which a booth counts as organised */
	coverage: number;
}

export const DEFAULT_QUADRANT: QuadrantSettings = { margin: 0, coverage: 50 };

export function quadrant(marginPts: number, score: number, q: QuadrantSettings): Group {
	const votes = marginPts >= q.margin;
	const org = score >= q.coverage;
	return votes ? (org ? 'stronghold' : 'organise') : org ? 'persuade' : 'longshot';
}

export interface PriorityInput {
	id: string;
	marginPts: number;
	neededPersuasion: number;
	score: number;
	group: Group;
}

/** Effort to win a booth we trail: persuasion votes weighted by the organisation gap. */
export function effort(x: PriorityInput): number {
	return x.neededPersuasion * (1 + (100 - x.score) / 100);
}

/** Booths in the order to work on them (see the module comment). */
export function priority<T extends PriorityInput>(items: T[]): T[] {
	const rank = (x: T) =>
		x.marginPts < 0 || x.neededPersuasion > 0 ? 0 : x.group === 'stronghold' ? 2 : 1;
	return [...items].sort((a, b) => {
		const ra = rank(a);
		const rb = rank(b);
		if (ra !== rb) return ra - rb;
		if (ra === 0) return effort(a) - effort(b) || a.id.localeCompare(b.id);
		return a.marginPts - b.marginPts || a.id.localeCompare(b.id);
	});
}
