/**
 * The contestants of a projection ("entities"): each bloc of the coming contest, every other
 * party big enough to matter on its own, OTH for all the small ones together, and NOTA (which
 * never leads). Units are compiled once into a dense array of entity votes (units × entities),
 * with each bloc's votes regrouped from its parties: the unit's biggest member counts fully, a
 * partner at its transfer rate, and what a partner does not transfer leaks to the other entities
 * (not NOTA) in proportion to their votes. Everything after this (swing, simulation) is arithmetic
 * over typed arrays.
 *
 *   const e = entitiesFor(blocs, [acUnits]);          // INDIA, NDA, BSP, …, OTH, NOTA
 *   const c = compile(acUnits, e, blocs, 1);          // c.votes[u * c.k + j]
 */
import { NOTA, OTHER, type Bloc, type UnitVotes } from './types.ts';

export interface Entities {
	ids: string[];
	/** party code → entity index (parties not listed count as OTH) */
	index: Map<string, number>;
	/** the parties of each entity (a bloc's members; a party alone; OTH's are those seen) */
	parties: string[][];
	/** 1 for blocs */
	isBloc: Uint8Array;
	/** 0 for NOTA */
	canLead: Uint8Array;
	/** our side's index */
	ours: number;
	other: number;
	nota: number;
}

/**
 * A party not in a bloc stands alone when its state-wide share reaches 0.5% in any of the unit
 * sets, or it has 10% of some unit (a local force, like Raja Bhaiya's JSDL in Kunda with 0.2%
 * state-wide): either could decide a seat. Smaller ones are OTH, which can still lead a unit.
 */
export const ALONE_STATE_SHARE = 0.005;
export const ALONE_UNIT_SHARE = 0.1;

export function entitiesFor(
	blocs: Bloc[],
	unitSets: UnitVotes[][],
	opts: { ours?: string; named?: string[] } = {}
): Entities {
	const inBloc = new Set(blocs.flatMap((b) => b.parties));
	const alone = new Set<string>(
		(opts.named ?? []).filter((p) => !inBloc.has(p) && p !== OTHER && p !== NOTA)
	);
	const seen = new Set<string>();
	for (const units of unitSets) {
		const state = new Map<string, number>();
		let total = 0;
		for (const u of units) {
			total += u.total;
			for (const [p, v] of Object.entries(u.votes)) {
				seen.add(p);
				state.set(p, (state.get(p) ?? 0) + v);
				if (u.total > 0 && v / u.total >= ALONE_UNIT_SHARE) alone.add(p);
			}
		}
		for (const [p, v] of state) if (total > 0 && v / total >= ALONE_STATE_SHARE) alone.add(p);
	}
	for (const p of [...alone]) if (inBloc.has(p) || p === NOTA || p === OTHER) alone.delete(p);
	const singles = [...alone].sort();
	const ids = [...blocs.map((b) => b.id), ...singles, OTHER, NOTA];
	if (new Set(ids).size !== ids.length)
		throw new Error(
			`bloc ids must differ from each other and from party codes standing alone: ${ids.join(', ')}`
		);
	const index = new Map<string, number>();
	const parties: string[][] = [];
	blocs.forEach((b, i) => {
		parties.push([...b.parties]);
		for (const p of b.parties) {
			if (index.has(p)) throw new Error(`party ${p} is in two blocs; put it in one`);
			index.set(p, i);
		}
	});
	singles.forEach((p, i) => {
		index.set(p, blocs.length + i);
		parties.push([p]);
	});
	const other = ids.length - 2;
	const nota = ids.length - 1;
	index.set(NOTA, nota);
	index.set(OTHER, other);
	parties.push([...seen].filter((p) => !index.has(p)).sort(), [NOTA]);
	const isBloc = new Uint8Array(ids.length);
	blocs.forEach((_, i) => (isBloc[i] = 1));
	const canLead = new Uint8Array(ids.length).fill(1);
	canLead[nota] = 0;
	const oursId = opts.ours ?? blocs[0]?.id;
	const ours = ids.indexOf(oursId ?? '');
	if (ours < 0) throw new Error(`our side "${oursId}" is not one of the blocs`);
	return { ids, index, parties, isBloc, canLead, ours, other, nota };
}

/** The entity a party counts for. */
export const entityOf = (e: Entities, party: string) => e.index.get(party) ?? e.other;

export interface Compiled {
	n: number;
	k: number;
	entities: Entities;
	/** entity votes after regrouping, unit-major: votes[u * k + j] */
	votes: Float64Array;
	total: Float64Array;
	/** each party's votes summed over all units, before regrouping (for the transition prior) */
	partyTotals: Map<string, number>;
}

/**
 * Regroups each unit's party votes into entity votes (see the module comment). `partyTotals`
 * (each party's votes over all units, for the transition prior) can be skipped for booths.
 */
export function compile(
	units: UnitVotes[],
	e: Entities,
	blocs: Bloc[],
	defaultTransfer = 1,
	opts: { partyTotals?: boolean } = {}
): Compiled {
	const n = units.length;
	const k = e.ids.length;
	const nb = blocs.length;
	const votes = new Float64Array(n * k);
	const total = new Float64Array(n);
	const partyTotals = new Map<string, number>();
	const wantTotals = opts.partyTotals !== false;
	// one lookup per party: ≥ 0 an entity, < 0 a bloc member slot −1 − s
	const slotBloc: number[] = [];
	const slotRate: number[] = [];
	const first: number[] = [];
	const slot = new Map<string, number>();
	blocs.forEach((b, i) => {
		first.push(slotBloc.length);
		for (const p of b.parties) {
			slot.set(p, -1 - slotBloc.length);
			slotBloc.push(i);
			slotRate.push(clamp01(b.transfer?.[p] ?? defaultTransfer));
		}
	});
	first.push(slotBloc.length);
	const where = (p: string) => {
		let x = slot.get(p);
		if (x === undefined) slot.set(p, (x = e.index.get(p) ?? e.other));
		return x;
	};
	const member = new Float64Array(slotBloc.length);
	const leak = new Float64Array(nb);
	const before = new Float64Array(k);
	for (let u = 0; u < n; u++) {
		const unit = units[u];
		const o = u * k;
		total[u] = unit.total;
		member.fill(0);
		const pv = unit.votes;
		for (const p in pv) {
			const v = pv[p];
			if (wantTotals) partyTotals.set(p, (partyTotals.get(p) ?? 0) + v);
			const x = where(p);
			if (x < 0) member[-1 - x] += v;
			else votes[o + x] += v;
		}
		let anyLeak = false;
		for (let b = 0; b < nb; b++) {
			let lead = first[b];
			for (let j = first[b] + 1; j < first[b + 1]; j++) if (member[j] > member[lead]) lead = j;
			let got = 0;
			let lost = 0;
			for (let j = first[b]; j < first[b + 1]; j++) {
				const r = j === lead ? 1 : slotRate[j];
				got += member[j] * r;
				lost += member[j] * (1 - r);
			}
			votes[o + b] = got;
			leak[b] = lost;
			if (lost > 0) anyLeak = true;
		}
		if (!anyLeak) continue;
		// each bloc's leak to every other entity but NOTA, in proportion to its votes before leaks
		let pool = 0;
		for (let j = 0; j < k; j++) {
			before[j] = votes[o + j];
			if (e.canLead[j]) pool += before[j];
		}
		for (let b = 0; b < nb; b++) {
			if (leak[b] <= 0) continue;
			const rest = pool - before[b];
			if (rest <= 0) {
				votes[o + b] += leak[b]; // nobody else to take them: they stay
				continue;
			}
			for (let j = 0; j < k; j++)
				if (j !== b && e.canLead[j]) votes[o + j] += (leak[b] * before[j]) / rest;
		}
	}
	return { n, k, entities: e, votes, total, partyTotals };
}

/** Entity shares (0–1) over all the compiled units: the state-wide baseline. */
export function stateShares(c: Compiled): Float64Array {
	const out = new Float64Array(c.k);
	let t = 0;
	for (let u = 0; u < c.n; u++) {
		t += c.total[u];
		for (let j = 0; j < c.k; j++) out[j] += c.votes[u * c.k + j];
	}
	if (t > 0) for (let j = 0; j < c.k; j++) out[j] /= t;
	return out;
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
