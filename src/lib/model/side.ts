/**
 * "Our side" in one constituency. A party that had no candidate in an AC has no booth votes there,
 * so grading its booths would call every booth class D (Gorakhpur Urban 2017: SP stood aside for
 * its ally INC, and "SP: booths by class" read D 474). Where the party was in an alliance that
 * election, the ally who stood carries its votes, as a party worker would count them; where no
 * ally stood either, the side did not stand and has no booth classes.
 *
 *   sideInAc(['SP'], ['BJP', 'INC', 'BSP'], [{ alliance: 'SP+INC', party: 'SP' }, { alliance: 'SP+INC', party: 'INC' }])
 *     → { parties: ['SP', 'INC'], standIns: ['INC'], absent: [], stood: true }
 */

export interface AllianceMember {
	alliance: string;
	party: string;
}

export interface SideInAc {
	/** the parties whose votes count as ours in this AC (the side's own, and any stand-in allies) */
	parties: string[];
	/** allies of the side who stood where none of its own parties did (INC for SP) */
	standIns: string[];
	/** the side's parties that had no candidate here */
	absent: string[];
	/** whether anyone stood for the side: false means it has no votes and no booth classes here */
	stood: boolean;
}

/**
 * The side's parties in an AC, given the parties with a candidate there (`standing`) and the
 * election's alliances. A side with at least one of its own parties standing is unchanged (an
 * alliance counts its members who stood; the rest simply add nothing).
 */
export function sideInAc(
	parties: string[],
	standing: Iterable<string>,
	alliances: AllianceMember[]
): SideInAc {
	const stood = new Set(standing);
	const absent = parties.filter((p) => !stood.has(p));
	if (absent.length < parties.length) return { parties, standIns: [], absent, stood: true };
	const theirs = new Set(alliances.filter((a) => parties.includes(a.party)).map((a) => a.alliance));
	const standIns = [
		...new Set(
			alliances
				.filter((a) => theirs.has(a.alliance) && !parties.includes(a.party) && stood.has(a.party))
				.map((a) => a.party)
		)
	].sort();
	return {
		parties: [...parties, ...standIns],
		standIns,
		absent,
		stood: standIns.length > 0
	};
}

/**
 * Votes by party with the stand-ins' votes counted as the side's lead party (`lead`), the way
 * sideInAc counts them: INC's 61,491 in Gorakhpur Urban 2017 become SP's when the side is SP.
 * The stand-ins' own entries are removed; nothing else changes.
 *
 *   countStandIns({ BJP: 122221, INC: 61491 }, 'SP', ['INC']) → { BJP: 122221, SP: 61491 }
 */
export function countStandIns(
	votes: Record<string, number>,
	lead: string,
	standIns: string[]
): Record<string, number> {
	if (!standIns.length) return votes;
	const out: Record<string, number> = {};
	let moved = 0;
	for (const [p, v] of Object.entries(votes))
		if (standIns.includes(p)) moved += v;
		else out[p] = v;
	out[lead] = (out[lead] ?? 0) + moved;
	return out;
}
