/**
 * Party names, Hindi names, colours, and the pre-poll alliances of each election in Uttar Pradesh.
 *
 * Colours follow what a strategist expects to see (SP red, BJP saffron, INC sky blue, BSP navy,
 * RLD green); the smaller parties that have won a UP seat since 2009 get distinct but muted
 * colours; every other party is drawn in one neutral grey ("others"), so that the map stays
 * readable on a projector. The source files use more than one code for the same party (Apna Dal
 * (Soneylal) is ADS, ADAL or AD depending on the year): each code is listed with the same colour.
 *
 * The colours of parties that win seats on the same map are told apart by people with
 * deuteranopia and protanopia too (ΔE ≥ 15 in simulation; tests/unit/model/palette.test.ts), which
 * is why Apna Dal is maroon and SBSP a light yellow rather than a saffron close to the BJP's.
 */
import type { AllianceRow, ElectionId, PartyRow } from '../../src/lib/model/types.ts';
import { PARTY_NAMES_HI } from './party-names-hi.ts';

/** The colour of every party not listed below. */
export const OTHERS_COLOUR = '#a3a3a3';

export const KNOWN_PARTIES: PartyRow[] = [
	{
		party: 'BJP',
		name_en: 'Bharatiya Janata Party',
		name_hi: 'भारतीय जनता पार्टी',
		colour: '#f7941d'
	},
	{ party: 'SP', name_en: 'Samajwadi Party', name_hi: 'समाजवादी पार्टी', colour: '#d7191c' },
	{
		party: 'INC',
		name_en: 'Indian National Congress',
		name_hi: 'भारतीय राष्ट्रीय कांग्रेस',
		colour: '#29a8e0'
	},
	{ party: 'BSP', name_en: 'Bahujan Samaj Party', name_hi: 'बहुजन समाज पार्टी', colour: '#1f3a93' },
	{ party: 'RLD', name_en: 'Rashtriya Lok Dal', name_hi: 'राष्ट्रीय लोक दल', colour: '#1a9850' },
	{ party: 'ADS', name_en: 'Apna Dal (Soneylal)', name_hi: 'अपना दल (सोनेलाल)', colour: '#5a1f3c' },
	{ party: 'ADAL', name_en: 'Apna Dal (Soneylal)', name_hi: 'अपना दल (सोनेलाल)', colour: '#5a1f3c' },
	{ party: 'AD', name_en: 'Apna Dal', name_hi: 'अपना दल', colour: '#5a1f3c' },
	{
		party: 'Apna Dal (Kamerawadi)',
		name_en: 'Apna Dal (Kamerawadi)',
		name_hi: 'अपना दल (कमेरावादी)',
		colour: '#8c6d5a'
	},
	{
		party: 'SBSP',
		name_en: 'Suheldev Bharatiya Samaj Party',
		name_hi: 'सुहेलदेव भारतीय समाज पार्टी',
		colour: '#ffe053'
	},
	{ party: 'NINSHAD', name_en: 'Nishad Party', name_hi: 'निषाद पार्टी', colour: '#c560a3' },
	{ party: 'PECP', name_en: 'Peace Party', name_hi: 'पीस पार्टी', colour: '#3190a1' },
	{ party: 'QED', name_en: 'Quami Ekta Dal', name_hi: 'क़ौमी एकता दल', colour: '#755db4' },
	{
		party: 'IEMC',
		name_en: 'Ittehad-e-Millat Council',
		name_hi: 'इत्तेहाद-ए-मिल्लत काउंसिल',
		colour: '#84b78a'
	},
	{
		party: 'JDL',
		name_en: 'Jansatta Dal (Loktantrik)',
		name_hi: 'जनसत्ता दल (लोकतांत्रिक)',
		colour: '#8557ab'
	},
	{
		party: 'ASPKR',
		name_en: 'Aazad Samaj Party (Kanshi Ram)',
		name_hi: 'आज़ाद समाज पार्टी (कांशी राम)',
		colour: '#5468c4'
	},
	{
		party: 'NCP',
		name_en: 'Nationalist Congress Party',
		name_hi: 'राष्ट्रवादी कांग्रेस पार्टी',
		colour: '#026786'
	},
	{
		party: 'AIMIM',
		name_en: 'All India Majlis-e-Ittehadul Muslimeen',
		name_hi: 'ऑल इंडिया मजलिस-ए-इत्तेहादुल मुस्लिमीन',
		colour: '#2e6b4f'
	},
	{
		party: 'AITC',
		name_en: 'All India Trinamool Congress',
		name_hi: 'अखिल भारतीय तृणमूल कांग्रेस',
		colour: '#5ac060'
	},
	{ party: 'AAAP', name_en: 'Aam Aadmi Party', name_hi: 'आम आदमी पार्टी', colour: '#4f7a99' },
	{ party: 'IND', name_en: 'Independent', name_hi: 'निर्दलीय', colour: '#6e6e6e' },
	{ party: 'NOTA', name_en: 'None of the Above', name_hi: 'इनमें से कोई नहीं', colour: '#cfcfcf' }
];

/** Pre-poll alliances in Uttar Pradesh. Only parties that contested UP seats under the alliance. */
const ALLIANCES: {
	election_id: ElectionId;
	alliance: string;
	alliance_en: string;
	alliance_hi: string;
	parties: string[];
}[] = [
	// 2009: RLD contested in alliance with the BJP.
	{
		election_id: 'LS2009',
		alliance: 'NDA',
		alliance_en: 'NDA',
		alliance_hi: 'एनडीए',
		parties: ['BJP', 'RLD']
	},
	// 2012 assembly: Congress and RLD fought together.
	{
		election_id: 'AE2012',
		alliance: 'INC+RLD',
		alliance_en: 'Congress–RLD',
		alliance_hi: 'कांग्रेस–रालोद',
		parties: ['INC', 'RLD']
	},
	{
		election_id: 'LS2014',
		alliance: 'NDA',
		alliance_en: 'NDA',
		alliance_hi: 'एनडीए',
		parties: ['BJP', 'AD']
	},
	{
		election_id: 'LS2014',
		alliance: 'UPA',
		alliance_en: 'UPA',
		alliance_hi: 'यूपीए',
		parties: ['INC', 'RLD']
	},
	{
		election_id: 'AE2017',
		alliance: 'NDA',
		alliance_en: 'NDA',
		alliance_hi: 'एनडीए',
		parties: ['BJP', 'ADAL', 'SBSP']
	},
	{
		election_id: 'AE2017',
		alliance: 'SP+INC',
		alliance_en: 'SP–Congress',
		alliance_hi: 'सपा–कांग्रेस',
		parties: ['SP', 'INC']
	},
	{
		election_id: 'LS2019',
		alliance: 'NDA',
		alliance_en: 'NDA',
		alliance_hi: 'एनडीए',
		parties: ['BJP', 'ADAL']
	},
	{
		election_id: 'LS2019',
		alliance: 'MGB',
		alliance_en: 'SP–BSP–RLD (Mahagathbandhan)',
		alliance_hi: 'सपा–बसपा–रालोद (महागठबंधन)',
		parties: ['SP', 'BSP', 'RLD']
	},
	{
		election_id: 'AE2022',
		alliance: 'NDA',
		alliance_en: 'NDA',
		alliance_hi: 'एनडीए',
		parties: ['BJP', 'ADS', 'NINSHAD']
	},
	{
		election_id: 'AE2022',
		alliance: 'SP+',
		alliance_en: 'SP alliance',
		alliance_hi: 'सपा गठबंधन',
		parties: ['SP', 'RLD', 'SBSP', 'Apna Dal (Kamerawadi)']
	},
	// 2024: NISHAD party's candidate contested on the BJP symbol, so it has no rows of its own.
	{
		election_id: 'LS2024',
		alliance: 'NDA',
		alliance_en: 'NDA',
		alliance_hi: 'एनडीए',
		parties: ['BJP', 'RLD', 'ADAL', 'SBSP']
	},
	{
		election_id: 'LS2024',
		alliance: 'INDIA',
		alliance_en: 'INDIA',
		alliance_hi: 'इंडिया',
		parties: ['SP', 'INC', 'AITC']
	}
];

export function allianceRows(): AllianceRow[] {
	return ALLIANCES.flatMap(({ parties, ...a }) => parties.map((party) => ({ ...a, party })));
}

/**
 * Codes of the same party in other elections' sources, each mapped to one code for it (its
 * `same_as` in parties.parquet), so that the what-if counts a party for an alliance whatever code
 * the baseline election used: LS2024's NDA lists ADAL, and an AE2022 baseline has Apna Dal
 * (Soneylal)'s 14,93,181 votes as ADS. Reviewed by hand over every party that polled ≥ 1% of
 * UP's votes in an election or is in an alliance above (and the codes naming the same party in
 * parties.parquet); the other codes the AE2022 file spells out in full ('Lok Dal' for LD …) all
 * polled well under 1% and are in no alliance, so they are left as they are.
 * - ADS (AE2022) is ADAL (AE2017, LS2019, LS2024): Apna Dal (Soneylal).
 * - AD (LS2009, AE2012, LS2014: the undivided Apna Dal) is counted as ADAL. The party split in
 *   2016; Anupriya Patel's Apna Dal (Soneylal) took the party's MPs (Mirzapur, Pratapgarh 2014),
 *   its place in the NDA (the LS2014 alliance above) and its voters (ADAL polled 0.98% in 2017
 *   against AD's 1.0% in 2014), while Krishna Patel's Apna Dal (Kamerawadi) kept the old
 *   registration but polled 0.28% in 2022. So an older baseline regrouped into a later NDA counts
 *   the undivided party's votes with its successor there. (AD's 994 votes in AE2017 are then
 *   counted as ADAL too: 0.001% of the state, below any seat's rounding.)
 * - 'Apna Dal (Kamerawadi)' (AE2022, in the SP alliance) is APNDLK (its ECI code elsewhere).
 * - 'Peace Party' (AE2022) is PECP (2.35% in AE2012).
 * The Nishad party is NINSHAD in both AE2017 and AE2022 (no other code), and in LS2024 its
 * candidates stood on the BJP symbol, so it needs no entry.
 */
export const SAME_PARTY: Record<string, string> = {
	ADS: 'ADAL',
	AD: 'ADAL',
	'Apna Dal (Kamerawadi)': 'APNDLK',
	'Peace Party': 'PECP'
};

/**
 * One row per party code seen in the results. `fullNames` maps codes to the full names the ECI
 * 2024 file gives (used for parties not in KNOWN_PARTIES); Hindi names (and English names where the
 * sources give only a code) come from party-names-hi.ts.
 */
export function partyRows(codes: Iterable<string>, fullNames: Map<string, string>): PartyRow[] {
	const known = new Map(KNOWN_PARTIES.map((p) => [p.party, p]));
	const names = new Map(PARTY_NAMES_HI.map((p) => [p.party, p]));
	for (const p of PARTY_NAMES_HI) {
		if (known.has(p.party))
			throw new Error(`party-names-hi.ts: ${p.party} is already in KNOWN_PARTIES (parties.ts)`);
		const eci = fullNames.get(p.party);
		// The Hindi name must be that of the party the ECI file names.
		if (eci !== undefined && eci !== p.name_en)
			throw new Error(
				`party-names-hi.ts: ${p.party} is "${p.name_en}" there but "${eci}" in the ECI 2024 file`
			);
	}
	return [...new Set(codes)].sort().map((party) => ({
		...(known.get(party) ?? {
			party,
			name_en: fullNames.get(party) ?? names.get(party)?.name_en ?? party,
			name_hi: names.get(party)?.name_hi ?? null,
			colour: OTHERS_COLOUR
		}),
		same_as: SAME_PARTY[party] ?? null
	}));
}
