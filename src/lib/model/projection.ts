/**
 * Projection and what-if for one unit (a booth, a segment, a seat): from a baseline of votes by
 * party, regroup parties into the blocs of the coming contest (our side: a party or an alliance,
 * with a transfer rate per partner; rival alliances summed), then apply a uniform swing and a
 * turnout change, and say who leads, by how much, and how many votes would win it.
 *
 * Assumptions, each shown in the interface:
 * - A partner's votes reach our side at its transfer rate; the rest leak to the other blocs in
 *   proportion to their votes.
 * - A swing of s points moves s% of valid votes to our side, taken from every other bloc in
 *   proportion to its votes.
 * - A turnout change of t points adds (or removes) t% of electors as voters who split like
 *   the unit already does (it changes margins in votes, not shares), or, with a lean of l points,
 *   like the unit with l points more for our side, taken from the others in proportion (then it
 *   changes margins in points too). Where a removal would leave a bloc below 0 it is cut to 0.
 * - Votes needed: new voters all for us (turnout lift) = deficit + 1; voters switching from the
 *   leader (persuasion) = ⌈(deficit + 1) / 2⌉, since each switch moves the margin by two.
 *
 *   project({ votes: { SP: 400, INC: 100, BJP: 450 }, valid: 950, electors: 1600 },
 *           { side: ['SP', 'INC'], transfer: { INC: 0.8 }, rivals: [['BJP']], swing: 0, turnout: 0 })
 *   → ours 480 (+ INC's 20 leaked), leader BJP 470 … see tests/unit/model/projection.test.ts
 */

export type PartyVotes = Record<string, number>;

export interface Baseline {
	votes: PartyVotes;
	/** valid votes, NOTA included */
	valid: number;
	electors: number | null;
}

export interface Scenario {
	/** our side: the lead party first, then partners */
	side: string[];
	/** transfer rate (0–1) per partner; the lead party and unlisted partners transfer fully */
	transfer: Record<string, number>;
	/** rival alliances, each summed into one bloc */
	rivals: string[][];
	/** names of the rival blocs (e.g. NDA), in the order of `rivals`; else parties joined by '+' */
	rivalNames?: string[];
	/** points of valid votes moved to our side */
	swing: number;
	/** change in turnout, points of electors */
	turnout: number;
	/**
	 * how the voters added (or removed) by the turnout change lean: points more for our side than
	 * the unit's own share after swing; 0 or absent: they split like the unit
	 */
	lean?: number;
}

/** What the interface shows of a unit's projection (also what projection-fast.ts gives). */
export interface UnitNumbers {
	ours: number;
	/** the strongest other bloc (or party) and its votes */
	leader: string;
	leaderVotes: number;
	valid: number;
	electors: number | null;
	/** our share and the leader's, percent of valid votes */
	share: number;
	leaderShare: number;
	marginVotes: number;
	marginPts: number;
	winning: boolean;
	/** 0 when winning */
	neededTurnout: number;
	neededPersuasion: number;
	/** electors who did not vote (after the turnout change), null without electors */
	nonVoters: number | null;
}

export interface Projection extends UnitNumbers {
	/** votes per bloc after regrouping, swing and turnout ("ours" for our side) */
	blocs: Record<string, number>;
}

export const NOTA = 'NOTA';

/** Label of a rival bloc: its parties joined by '+'. */
export const blocLabel = (parties: string[]) => parties.join('+');

export function project(base: Baseline, s: Scenario): Projection {
	const inSide = new Set(s.side);
	const blocOf = new Map<string, string>();
	s.rivals.forEach((r, i) => {
		const label = s.rivalNames?.[i] ?? blocLabel(r.filter((x) => !inSide.has(x)));
		for (const p of r) if (!inSide.has(p)) blocOf.set(p, label);
	});

	// Regroup, counting what partners do not transfer.
	let ours = 0;
	let leak = 0;
	const others: Record<string, number> = {};
	for (const [party, v] of Object.entries(base.votes)) {
		if (inSide.has(party)) {
			const rate = party === s.side[0] ? 1 : clamp01(s.transfer[party] ?? 1);
			ours += v * rate;
			leak += v * (1 - rate);
		} else {
			const key = blocOf.get(party) ?? party;
			others[key] = (others[key] ?? 0) + v;
		}
	}
	spread(others, leak);

	// Swing: move s% of valid votes to our side, proportionally from every other bloc.
	const valid = base.valid;
	const poolOthers = sum(Object.values(others));
	const moved = Math.max(-ours, Math.min(poolOthers, (s.swing / 100) * valid));
	ours += moved;
	// (a swing that takes every other vote leaves exactly none, not rounding noise)
	if (poolOthers > 0)
		for (const k of Object.keys(others))
			others[k] = moved === poolOthers ? 0 : others[k] - moved * (others[k] / poolOthers);

	// Turnout: voters added or removed in the unit's own proportions, or leaning to us.
	const extra = base.electors ? (s.turnout / 100) * base.electors : 0;
	const factor = valid > 0 ? Math.max(0, (valid + extra) / valid) : 1;
	const newValid = valid * factor;
	const lean = s.lean ?? 0;
	if (lean === 0 || valid <= 0) {
		ours *= factor;
		for (const k of Object.keys(others)) others[k] *= factor;
	} else {
		const added = newValid - valid;
		const q = clamp01(ours / valid + lean / 100);
		const rest = valid - ours;
		ours = Math.max(0, ours + added * q);
		for (const k of Object.keys(others))
			others[k] =
				rest > 0
					? Math.max(0, others[k] + (added * (1 - q) * others[k]) / rest)
					: others[k] * factor;
	}

	let leader = '';
	let leaderVotes = 0;
	for (const [k, v] of Object.entries(others))
		if (k !== NOTA && (v > leaderVotes || (v === leaderVotes && k < leader)))
			[leader, leaderVotes] = [k, v];
	const marginVotes = ours - leaderVotes;
	const deficit = Math.max(0, Math.floor(leaderVotes) - Math.floor(ours));
	const winning = marginVotes > 0;
	return {
		ours,
		leader,
		leaderVotes,
		valid: newValid,
		electors: base.electors,
		blocs: { ours, ...others },
		share: newValid > 0 ? (100 * ours) / newValid : 0,
		leaderShare: newValid > 0 ? (100 * leaderVotes) / newValid : 0,
		marginVotes,
		marginPts: newValid > 0 ? (100 * marginVotes) / newValid : 0,
		winning,
		neededTurnout: winning ? 0 : deficit + 1,
		neededPersuasion: winning ? 0 : Math.ceil((deficit + 1) / 2),
		nonVoters: base.electors ? Math.max(0, base.electors - newValid) : null
	};
}

/**
 * Adds `amount` to the blocs (not NOTA) in proportion to their votes, or equally if they have
 * none; with no other bloc at all, the votes are simply lost.
 */
function spread(blocs: Record<string, number>, amount: number) {
	const keys = Object.keys(blocs).filter((k) => k !== NOTA);
	if (amount <= 0 || !keys.length) return;
	const total = keys.reduce((t, k) => t + blocs[k], 0);
	for (const k of keys) blocs[k] += amount * (total > 0 ? blocs[k] / total : 1 / keys.length);
}

/**
 * A weighted blend of baselines (e.g. AE2022 with weight 1 and LS2019 with weight 0.3): party
 * shares are averaged by weight and applied to the first baseline's valid votes and electors.
 */
export function blend(parts: { weight: number; base: Baseline }[]): Baseline {
	const used = parts.filter((p) => p.weight > 0 && p.base.valid > 0);
	if (!used.length)
		throw new Error('blend needs at least one baseline with a positive weight and votes');
	const w = sum(used.map((p) => p.weight));
	const shares: PartyVotes = {};
	for (const { weight, base } of used)
		for (const [party, v] of Object.entries(base.votes))
			shares[party] = (shares[party] ?? 0) + (weight / w) * (v / base.valid);
	const primary = used[0].base;
	return {
		votes: Object.fromEntries(Object.entries(shares).map(([p, sh]) => [p, sh * primary.valid])),
		valid: primary.valid,
		electors: primary.electors
	};
}

/**
 * A booth's baseline moved by its segment's swing: the booth's own shares in the election that
 * has booth results, plus the change in each party's segment share from that election to the
 * chosen baseline (uniform swing within the segment). Negative shares are cut to 0 and the rest
 * renormalised. Booth numbering changes between elections, so this is how a 2017 booth map can
 * carry a 2022 baseline.
 */
export function shiftBooth(booth: Baseline, from: Baseline, to: Baseline): Baseline {
	const parties = new Set([
		...Object.keys(booth.votes),
		...Object.keys(from.votes),
		...Object.keys(to.votes)
	]);
	const shares: PartyVotes = {};
	for (const p of parties) {
		const own = booth.valid > 0 ? (booth.votes[p] ?? 0) / booth.valid : 0;
		const delta = (to.votes[p] ?? 0) / (to.valid || 1) - (from.votes[p] ?? 0) / (from.valid || 1);
		shares[p] = Math.max(0, own + delta);
	}
	const total = sum(Object.values(shares));
	return {
		votes: Object.fromEntries(
			Object.entries(shares).map(([p, sh]) => [p, total > 0 ? (sh / total) * booth.valid : 0])
		),
		valid: booth.valid,
		electors: booth.electors
	};
}

/** Adds up baselines (segments into a seat). */
export function addBaselines(parts: Baseline[]): Baseline {
	const votes: PartyVotes = {};
	for (const b of parts)
		for (const [p, v] of Object.entries(b.votes)) votes[p] = (votes[p] ?? 0) + v;
	const electors = parts.every((b) => b.electors !== null)
		? sum(parts.map((b) => b.electors!))
		: null;
	return { votes, valid: sum(parts.map((b) => b.valid)), electors };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
