/**
 * Hindi (Devanagari) names of the parties that KNOWN_PARTIES (parties.ts) does not list, written
 * by hand and reviewed, with the English name next to each. partyRows uses the Hindi name, and the
 * English name where the sources give only the abbreviation.
 *
 * Which parties: every party that finished in the top 3 of any UP AC, assembly segment or PC, or
 * polled ≥ 1% state-wide, in any of the 7 elections (tests/sql/party-names.test.ts computes that
 * list from static/data/results.parquet and requires a Hindi name for each), and a few more that
 * polled ≥ 0.2% state-wide or are well-known national parties.
 *
 * Names are as the parties write them where known. `transliterated: true` marks a small party
 * whose own Hindi name was not found: its English name is written in Devanagari as it sounds.
 * A code in the sources can stand for different parties in different elections; `note` says so.
 */
export interface PartyNameHi {
	/** the party code as in the results */
	party: string;
	name_en: string;
	name_hi: string;
	transliterated?: true;
	note?: string;
}

export const PARTY_NAMES_HI: PartyNameHi[] = [
	{
		party: 'ABLTC',
		name_en: 'Akhil Bharatiya Loktantrik Congress',
		name_hi: 'अखिल भारतीय लोकतांत्रिक कांग्रेस'
	},
	{
		party: 'AIFB',
		name_en: 'All India Forward Bloc',
		name_hi: 'ऑल इंडिया फॉरवर्ड ब्लॉक',
		transliterated: true
	},
	{ party: 'CPI', name_en: 'Communist Party of India', name_hi: 'भारतीय कम्युनिस्ट पार्टी' },
	{
		party: 'CPI(ML)(L)',
		name_en: 'Communist Party of India (Marxist-Leninist) (Liberation)',
		name_hi: 'भारत की कम्युनिस्ट पार्टी (मार्क्सवादी-लेनिनवादी) लिबरेशन'
	},
	{
		party: 'CPM',
		name_en: 'Communist Party of India (Marxist)',
		name_hi: 'भारत की कम्युनिस्ट पार्टी (मार्क्सवादी)'
	},
	{ party: 'JD(S)', name_en: 'Janata Dal (Secular)', name_hi: 'जनता दल (सेक्युलर)' },
	{ party: 'JD(U)', name_en: 'Janata Dal (United)', name_hi: 'जनता दल (यूनाइटेड)' },
	// Babu Singh Kushwaha's party: JANADIP in the LS2019 files, spelled out in AE2022.
	{ party: 'JANADIP', name_en: 'Jan Adhikar Party', name_hi: 'जन अधिकार पार्टी' },
	{ party: 'Jan Adhikar Party', name_en: 'Jan Adhikar Party', name_hi: 'जन अधिकार पार्टी' },
	// Kalyan Singh's party (2010–2013).
	{
		party: 'JaKP',
		name_en: 'Jan Kranti Party (Rashtravadi)',
		name_hi: 'जन क्रांति पार्टी (राष्ट्रवादी)'
	},
	{ party: 'JPS', name_en: 'Janvadi Party (Socialist)', name_hi: 'जनवादी पार्टी (सोशलिस्ट)' },
	{ party: 'LD', name_en: 'Lok Dal', name_hi: 'लोक दल' },
	{ party: 'LJP', name_en: 'Lok Janshakti Party', name_hi: 'लोक जनशक्ति पार्टी' },
	{ party: 'MD', name_en: 'Mahan Dal', name_hi: 'महान दल' },
	// The same party under two codes (PMSP until 2024, spelled out in AE2022).
	{
		party: 'PMSP',
		name_en: 'Pragatisheel Manav Samaj Party',
		name_hi: 'प्रगतिशील मानव समाज पार्टी'
	},
	{
		party: 'Pragatisheel Manav Samaj Party',
		name_en: 'Pragatisheel Manav Samaj Party',
		name_hi: 'प्रगतिशील मानव समाज पार्टी'
	},
	{
		party: 'PSPL',
		name_en: 'Pragatishil Samajwadi Party (Lohia)',
		name_hi: 'प्रगतिशील समाजवादी पार्टी (लोहिया)'
	},
	// Kaushal Kishore's party, merged into the BJP in 2014.
	{ party: 'RCP', name_en: 'Rashtravadi Communist Party', name_hi: 'राष्ट्रवादी कम्युनिस्ट पार्टी' },
	{ party: 'RJD', name_en: 'Rashtriya Janata Dal', name_hi: 'राष्ट्रीय जनता दल' },
	// Amar Singh's party (2010–2012).
	{ party: 'RLM', name_en: 'Rashtriya Lok Manch', name_hi: 'राष्ट्रीय लोक मंच' },
	// D. P. Yadav's party.
	{ party: 'RPD', name_en: 'Rashtriya Parivartan Dal', name_hi: 'राष्ट्रीय परिवर्तन दल' },
	// R. K. Chaudhary's party.
	{ party: 'RSBP', name_en: 'Rashtriya Swabhiman Party', name_hi: 'राष्ट्रीय स्वाभिमान पार्टी' },
	{
		party: 'RSMD',
		name_en: 'Rashtriya Samanta Dal',
		name_hi: 'राष्ट्रीय समानता दल',
		transliterated: true
	},
	{
		party: 'RUC',
		name_en: 'Rashtriya Ulama Council',
		name_hi: 'राष्ट्रीय उलमा काउंसिल',
		transliterated: true
	},
	{ party: 'SHS', name_en: 'Shiv Sena', name_hi: 'शिवसेना' },
	{
		party: 'SUCI',
		name_en: 'Socialist Unity Centre Of India (COMMUNIST)',
		name_hi: 'सोशलिस्ट यूनिटी सेंटर ऑफ इंडिया (कम्युनिस्ट)',
		transliterated: true
	},
	{
		party: 'VIP',
		name_en: 'Vanchitsamaj Insaaf Party',
		name_hi: 'वंचितसमाज इंसाफ पार्टी',
		transliterated: true,
		note: "ECI 2024 names the LS2024 VIP candidate's party so, as does the AE2017 Form 20 (AC 389: Vanchit Samaj Insaf Party). ElectionLens's AE2022 VIP, the Vikassheel Insaan Party, is recoded VSIP (results.ts)."
	},
	{
		party: 'VSIP',
		name_en: 'Vikassheel Insaan Party',
		name_hi: 'विकासशील इंसान पार्टी',
		note: "ElectionLens codes it VIP in AE2022 (53 candidates, 1,26,744 votes; e.g. AC 363 Bairia), the code of the Vanchitsamaj Insaaf Party elsewhere: Kshetra's code VSIP keeps one code for one party."
	}
];

/**
 * Parties of that list whose full name was not found in any source at hand (the results give only
 * the code): no Hindi name is guessed. Each with where it finished in the top 3.
 */
export const UNIDENTIFIED_PARTIES: { party: string; where: string }[] = [
	{ party: 'AABHAP', where: 'LS2019 PC 36 Rae Bareli, 3rd (ASHOK PRATAP MAURYA, 9,459 votes)' },
	{
		party: 'JaSSP',
		where: 'LS2019 PC 21 Mainpuri, 3rd in the AC 199 Jaswantnagar segment (OMBEER LODHI)'
	}
];
