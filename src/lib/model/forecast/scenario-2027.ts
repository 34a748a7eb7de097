/**
 * The 2027 Vidhan Sabha contest's default blocs (issue 13): SP + INC as INDIA (our side); BJP,
 * Apna Dal (Soneylal), RLD, SBSP and the NISHAD Party as the NDA; BSP alone; every other party on
 * its own or in OTH. Party codes as in static/data/parties.parquet after same_as (ADS is ADAL;
 * NINSHAD is the NISHAD Party). A strategist edits them; these are where the editor starts.
 */
import type { Bloc } from './types.ts';

/** The 2027 election as a target that comes after every election in the data. */
export const TARGET_2027 = 'AE2027';

export const BLOCS_2027: Bloc[] = [
	{ id: 'INDIA', parties: ['SP', 'INC'] },
	{ id: 'NDA', parties: ['BJP', 'ADAL', 'RLD', 'SBSP', 'NINSHAD'] },
	{ id: 'BSP', parties: ['BSP'] }
];
