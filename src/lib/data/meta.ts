/**
 * Labels and colours for units, parties and elections, read once from DuckDB and shared by every
 * view. A party missing from the parties table (which should not happen: the pipeline checks it)
 * falls back to its code and the "others" grey rather than breaking a view. Names are given in the
 * interface language: Hindi where the tables have a Hindi name and i18n.lang is 'hi'.
 */
import type { Db } from '$lib/db/db.ts';
import { t } from '$lib/i18n/lang.svelte.ts';
import { acName, byLang, pcName } from '$lib/i18n/names.ts';
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
	/** the party's full name in the interface language, or its code */
	partyName: (party: string) => string;
	/** the AC's name in the interface language, or 'AC 213' */
	acName: (ac: number) => string;
	/** the PC's name in the interface language, or 'PC 43' */
	pcName: (pc: number) => string;
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
	const acMap = new Map(acs.map((a) => [a.ac_no, a]));
	const pcMap = new Map(pcs.map((p) => [p.pc_no, p]));
	return {
		acs: acMap,
		pcs: pcMap,
		parties: partyMap,
		elections,
		alliances,
		partyColour: (p) => partyMap.get(p)?.colour ?? OTHERS_COLOUR,
		partyName: (p) => {
			const row = partyMap.get(p);
			return row ? byLang(row.name_en, row.name_hi) : p;
		},
		acName: (n) => {
			const row = acMap.get(n);
			return row ? acName(row) : t('common.ac', { ac: n });
		},
		pcName: (n) => {
			const row = pcMap.get(n);
			return row ? pcName(row) : t('common.pc', { pc: n });
		},
		election: (id) => {
			const e = elections.find((x) => x.election_id === id);
			if (!e) throw new Error(`unknown election ${id}`);
			return e;
		}
	};
}
