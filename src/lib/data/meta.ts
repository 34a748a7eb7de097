/**
 * Labels and colours for units, parties and elections, read once from DuckDB and shared by every
 * view. A party missing from the parties table (which should not happen: the pipeline checks it)
 * falls back to its code and the "others" grey rather than breaking a view.
 */
import type { Db } from '$lib/db/db.ts';
import type {
	AcRow,
	AllianceRow,
	ElectionId,
	ElectionRow,
	PartyRow,
	PcRow
} from '$lib/model/types.ts';
import { queries, run } from '$lib/sql/index.ts';

export const OTHERS_COLOUR = '#a3a3a3';

export interface Meta {
	acs: Map<number, AcRow>;
	pcs: Map<number, PcRow>;
	parties: Map<string, PartyRow>;
	elections: ElectionRow[];
	alliances: AllianceRow[];
	partyColour: (party: string) => string;
	partyName: (party: string) => string;
	election: (id: ElectionId) => ElectionRow;
}

export async function loadMeta(db: Db): Promise<Meta> {
	const [acs, pcs, parties, elections, alliances] = await Promise.all([
		run<AcRow, never>(db, queries.acs, {}),
		run<PcRow, never>(db, queries.pcs, {}),
		run<PartyRow, never>(db, queries.parties, {}),
		run<ElectionRow, never>(db, queries.elections, {}),
		run<AllianceRow, never>(db, queries.alliances, {})
	]);
	const partyMap = new Map(parties.map((p) => [p.party, p]));
	return {
		acs: new Map(acs.map((a) => [a.ac_no, a])),
		pcs: new Map(pcs.map((p) => [p.pc_no, p])),
		parties: partyMap,
		elections,
		alliances,
		partyColour: (p) => partyMap.get(p)?.colour ?? OTHERS_COLOUR,
		partyName: (p) => partyMap.get(p)?.name_en ?? p,
		election: (id) => {
			const e = elections.find((x) => x.election_id === id);
			if (!e) throw new Error(`unknown election ${id}`);
			return e;
		}
	};
}
