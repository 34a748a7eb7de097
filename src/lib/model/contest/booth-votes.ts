/**
 * An AC's booths in their booth election, by columns: part numbers, valid votes and electors in
 * typed arrays, and one Float64Array of votes per party. A booth's votes as an object of its
 * own (a Baseline) cost about 700 bytes of JS heap each: all UP's 138,761 booths kept about
 * 100 MB that way, and iterating the objects' keys on every compile made garbage besides. These
 * columns hold the same numbers in about 18 MB outside the JS heap.
 *
 * A party's cell is NaN where the booth has no entry for it (its candidate did not stand or no
 * row was printed), which is not the same as 0 votes: a projection counts only the parties a
 * booth has.
 *
 *   const b = boothVotesFromRows('AE2017', rows); // rows: { part_no, party, votes, valid_votes, electors }
 *   b.parts[i], b.parties[j], b.votes[j][i], b.valid[i], b.electors[i] (NaN: not known)
 *   baselineAt(b, b.parts.indexOf(26)) → { votes: { INC: 385, BJP: 227, BSP: 16 }, valid: 660, electors: null }
 */
import type { Baseline } from '../projection.ts';
import type { ElectionId } from '../types.ts';

/** The booths of an AC in its booth election (the numbering they are known by). */
export interface BoothBaselines {
	election: ElectionId;
	/** part numbers, ascending */
	parts: Int32Array;
	/** the parties with an entry in any of the booths */
	parties: readonly string[];
	/** votes[j][i]: booth i's votes for parties[j], NaN where it has no entry */
	votes: readonly Float64Array[];
	valid: Float64Array;
	/** NaN where not known */
	electors: Float64Array;
}

/**
 * Booths first (part number, valid votes, electors), then votes added to them; `build()` leaves
 * out the booths that got no votes.
 */
export class BoothVotesBuilder {
	readonly #index = new Map<number, number>();
	readonly #parts: Int32Array;
	readonly #valid: Float64Array;
	readonly #electors: Float64Array;
	readonly #parties = new Map<string, number>();
	readonly #votes: Float64Array[] = [];

	constructor(
		readonly election: ElectionId,
		booths: { part_no: number; valid: number; electors: number | null }[]
	) {
		const sorted = [...booths].sort((a, b) => a.part_no - b.part_no);
		const n = sorted.length;
		this.#parts = new Int32Array(n);
		this.#valid = new Float64Array(n);
		this.#electors = new Float64Array(n);
		sorted.forEach((b, i) => {
			this.#index.set(b.part_no, i);
			this.#parts[i] = b.part_no;
			this.#valid[i] = b.valid;
			this.#electors[i] = b.electors ?? NaN;
		});
	}

	/** Adds to a booth's votes for a party; false (and nothing added) for an unknown booth. */
	add(part_no: number, party: string, votes: number): boolean {
		const i = this.#index.get(part_no);
		if (i === undefined) return false;
		let j = this.#parties.get(party);
		if (j === undefined) {
			j = this.#votes.length;
			this.#parties.set(party, j);
			this.#votes.push(new Float64Array(this.#parts.length).fill(NaN));
		}
		const col = this.#votes[j];
		col[i] = (col[i] === col[i] ? col[i] : 0) + votes;
		return true;
	}

	build(): BoothBaselines {
		const n = this.#parts.length;
		const keep = new Uint8Array(n);
		for (const col of this.#votes) for (let i = 0; i < n; i++) if (col[i] === col[i]) keep[i] = 1;
		const all = keep.every((k) => k === 1);
		const take = <A extends Int32Array | Float64Array>(a: A): A =>
			all ? a : (a.filter((_, i) => keep[i] === 1) as A);
		return {
			election: this.election,
			parts: take(this.#parts),
			parties: [...this.#parties.keys()],
			votes: this.#votes.map(take),
			valid: take(this.#valid),
			electors: take(this.#electors)
		};
	}
}

/** Booths from vote rows (a booth's valid votes and electors repeated on each of its rows). */
export function boothVotesFromRows(
	election: ElectionId,
	rows: {
		part_no: number;
		party: string;
		votes: number;
		valid_votes: number;
		electors: number | null;
	}[]
): BoothBaselines {
	const booths = new Map<number, { part_no: number; valid: number; electors: number | null }>();
	for (const r of rows)
		if (!booths.has(r.part_no))
			booths.set(r.part_no, { part_no: r.part_no, valid: r.valid_votes, electors: r.electors });
	const b = new BoothVotesBuilder(election, [...booths.values()]);
	for (const r of rows) b.add(r.part_no, r.party, r.votes);
	return b.build();
}

/** Booths from one Baseline per part number (tests, and callers that have objects). */
export function boothVotesOf(election: ElectionId, bases: Map<number, Baseline>): BoothBaselines {
	const b = new BoothVotesBuilder(
		election,
		[...bases].map(([part_no, x]) => ({ part_no, valid: x.valid, electors: x.electors }))
	);
	for (const [part_no, x] of bases)
		for (const [party, v] of Object.entries(x.votes)) b.add(part_no, party, v);
	return b.build();
}

/** Booth i as a Baseline object (its parties with an entry only). */
export function baselineAt(b: BoothBaselines, i: number): Baseline {
	const votes: Record<string, number> = {};
	b.parties.forEach((p, j) => {
		const v = b.votes[j][i];
		if (v === v) votes[p] = v;
	});
	const e = b.electors[i];
	return { votes, valid: b.valid[i], electors: e === e ? e : null };
}

/**
 * Stand-ins' votes counted as the lead party's in every booth (side.ts countStandIns, by
 * columns): the lead's column gets each booth's stand-in votes (and 0 where it had none), the
 * stand-ins' columns go.
 */
export function withStandInColumns(
	b: BoothBaselines,
	lead: string,
	standIns: readonly string[]
): Pick<BoothBaselines, 'parties' | 'votes'> {
	if (!standIns.length) return b;
	const n = b.parts.length;
	const moved = new Float64Array(n);
	const parties: string[] = [];
	const votes: Float64Array[] = [];
	b.parties.forEach((p, j) => {
		const col = b.votes[j];
		if (standIns.includes(p)) {
			for (let i = 0; i < n; i++) if (col[i] === col[i]) moved[i] += col[i];
		} else if (p !== lead) {
			parties.push(p);
			votes.push(col);
		}
	});
	const own = b.parties.indexOf(lead);
	const leadCol = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const v = own < 0 ? NaN : b.votes[own][i];
		leadCol[i] = (v === v ? v : 0) + moved[i];
	}
	return { parties: [lead, ...parties], votes: [leadCol, ...votes] };
}
