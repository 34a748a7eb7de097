/**
 * The seat view's numbers, as pure functions: which assembly rows belong to a Lok Sabha seat, the
 * parties offered as "party share" choices, and the segments won by each party. The seat view-model
 * (seat/page.svelte.ts) and the seat map slide (present/slides/MapSlide.svelte) derive through
 * these, so both say the same thing about the same rows.
 *
 *   winnerTally(kanpurAe2022) → [['SP', 3], ['BJP', 2]]
 */

/** The rows of the ACs that lie in Lok Sabha seat `pc` (`acs` maps an AC to its seat). */
export function seatRows<R extends { unit_no: number }>(
	rows: readonly R[],
	acs: ReadonlyMap<number, { pc_no: number }> | undefined,
	pc: number
): R[] {
	return rows.filter((r) => acs?.get(r.unit_no)?.pc_no === pc);
}

/**
 * The parties to offer for "party share": the seat's parties by votes across its segments, most
 * first, NOTA left out, at most `n` of them.
 */
export function partyChoices(
	votes: readonly { party: string; votes: number }[],
	n = 8
): { party: string; votes: number }[] {
	const total = new Map<string, number>();
	for (const v of votes)
		if (v.party !== 'NOTA') total.set(v.party, (total.get(v.party) ?? 0) + v.votes);
	return [...total]
		.map(([party, votes]) => ({ party, votes }))
		.sort((a, b) => b.votes - a.votes)
		.slice(0, n);
}

/** Segments won per party, most first (a stable order for ties: first seen first). */
export function winnerTally(rows: readonly { winner_party: string }[]): [string, number][] {
	const t = new Map<string, number>();
	for (const r of rows) t.set(r.winner_party, (t.get(r.winner_party) ?? 0) + 1);
	return [...t.entries()].sort((a, b) => b[1] - a[1]);
}
