/**
 * The sources the site ships data from, with origin, licence, citation and what the pipeline
 * changed in each; and every file the site ships (FILES), with what it holds and which sources it
 * is made from. Written into static/data/manifest.json so the Sources page can show attribution
 * for every file (see data/raw/SOURCES.md for the full provenance of each raw file). A file the
 * pipeline writes that FILES does not describe stops the pipeline.
 *
 * TCPD's citation is the one TCPD asks for (Lok Dhaba documentation, "TCPD-IED: TCPD Indian
 * Elections Dataset", suggested citation of the data).
 */
import type { ShippedFiles, SourceInfo } from '../../src/lib/model/types.ts';

/** The citation TCPD asks for whenever its Indian Elections Data (TCPD-IED) is used. */
export const TCPD_CITATION =
	'Ananay Agarwal, Neelesh Agrawal, Saloni Bhogale, Sudheendra Hangal, Francesca Refsum Jensenius, Mohit Kumar, Chinmay Narayan, Basim U Nissa, Priyamvada Trivedi, and Gilles Verniers. 2021. “TCPD Indian Elections Data v2.0”, Trivedi Centre for Political Data, Ashoka University.';

export const SOURCES: SourceInfo[] = [
	{
		id: 'tcpd_ge',
		title: 'TCPD Lok Dhaba, General Elections, Uttar Pradesh 2009–2019',
		origin:
			'Trivedi Centre for Political Data, Ashoka University (All_States_2024-3-27.csv, re-hosted in dubey2605/test @4fd7225)',
		licence: 'Non-commercial use only, citation required',
		citation: TCPD_CITATION,
		used_for: 'Lok Sabha 2009, 2014, 2019 PC results including postal ballots, electors',
		changed:
			'General elections only (bye-elections left out); Uttar Pradesh rows only; party codes kept as TCPD writes them. Checked against ElectionLens candidate by candidate: a total minus the EVM votes of the segments must be a plausible postal vote (0 to max(500, 3% of the votes)), and that difference is stored as the derived postal vote; the reviewed exceptions are listed below.'
	},
	{
		id: 'electionlens',
		title: 'ElectionLens UP assembly and Lok Sabha results (TCPD/ECI-derived)',
		origin: 'github.com/ElectionLens/ElectionLens @18f7cda, public/data/elections',
		licence: 'Repository says MIT; underlying data TCPD (non-commercial, citation) and ECI',
		citation: TCPD_CITATION,
		used_for:
			'Vidhan Sabha 2012, 2017, 2022 AC results; Lok Sabha votes by assembly segment 2009–2024; 2024 electors',
		changed:
			'AE2022: a NOTA row added per AC (the file counts NOTA in valid votes but drops its row). Lok Sabha segments: records of one candidate split by a cut-off name merged; namesake candidates merged into one record split again by party, using TCPD; a doubled segment list kept once; segment names matched to AC numbers by spelling. Every repair is listed below.'
	},
	{
		id: 'eci_2024',
		title: 'ECI General Election 2024 results (scrape of results.eci.gov.in)',
		origin: 'github.com/arjunswaj/elections @c001eab, election_results.csv',
		licence: 'No licence stated; factual results published by the Election Commission of India',
		used_for: 'Lok Sabha 2024 PC results with EVM and postal votes',
		changed:
			'Uttar Pradesh rows only; candidates matched to ElectionLens segment records by EVM votes where the names are spelt differently (listed below).'
	},
	{
		id: 'susewind_2012',
		title: 'UP 2012 assembly candidates (Raphael Susewind, india-religion-politics)',
		origin: 'github.com/raphael-susewind/india-religion-politics @f2a5fd3',
		licence: 'ODC Database Contents License (DbCL); database ODbL 1.0',
		used_for: 'Cross-check of AE2012 winners (not shipped: only used to check)',
		changed: 'Nothing: read only to check the winners.'
	},
	{
		id: 'idl_2017',
		title: 'UP 2017 results scrape (info-design-lab/UP2017)',
		origin: 'github.com/info-design-lab/UP2017 @e1192a3',
		licence: 'No licence stated',
		used_for: 'Cross-check of AE2017 winners (not shipped: only used to check)',
		changed: 'Nothing: read only to check the winners.'
	},
	{
		id: 'datameet_2008',
		title: '2008 delimitation order: AC → PC (datameet india-election-data)',
		origin: 'github.com/datameet/india-election-data @c14a684',
		licence: 'ECI-derived factual data; documentation CC BY-SA 3.0',
		used_for: 'Which PC each AC belongs to; reserved-category flags',
		changed: 'Nothing. Where the boundary file disagrees (AC 24 Noorpur), this order is followed.'
	},
	{
		id: 'form20_ls2014',
		title: 'Lok Sabha 2014 Form 20, polling-station results, all 403 UP ACs',
		origin:
			'Scraped by Raphael Susewind from CEO Uttar Pradesh (2014-06-17); datameet/india-election-data @c14a684',
		licence: 'ODC Database Contents License (DbCL); database ODbL 1.0',
		citation:
			'Raphael Susewind, india-religion-politics (github.com/raphael-susewind/india-religion-politics)',
		used_for: 'Booth results and electors, LS2014; segment electors where the booths add up',
		changed:
			'Candidate columns joined to parties through the segment results. Twelve stations with empty cells (a gap in the scrape) kept with no counts, never filled in. How far each AC adds up to the declared result is recorded per AC.'
	},
	{
		id: 'form20_ae2017',
		title: 'Vidhan Sabha 2017 Form 20, polling-station results, all 403 UP ACs (raw PDF-table XML)',
		origin:
			'Crawled by Raphael Susewind from ceouttarpradesh.nic.in (2017-05-08); india-religion-politics @f2a5fd3',
		licence: 'ODC Database Contents License (DbCL); database ODbL 1.0 (marked DRAFT by its author)',
		citation:
			'Raphael Susewind, india-religion-politics (github.com/raphael-susewind/india-religion-politics)',
		used_for:
			'Booth results AE2017 for every UP AC whose file can be read (399 of 403); Hindi booth names converted from Kruti Dev; the third source of the AE2017 candidate votes',
		changed:
			'Table cells read back into rows by what the header cells say (many layouts); booth names in the Kruti Dev font encoding (111 ACs) converted to Unicode Hindi; blank cells that mean none read as 0; candidate columns matched to the declared candidates (ElectionLens) by name, votes and party; empty and total columns dropped, each reported. Rows that do not add up are kept as printed. Booths + postal are checked against the declared result for every AC and candidate: exact, within 1% or off, each AC that is not exact listed with its reason in data/pipeline/booth-baseline-ae2017.json; ACs 192–194 and 402 cannot be read (see the notes).'
	},
	{
		id: 'upgis_2009',
		title: 'UP polling-station locations 2009 (Lucknow and five other districts)',
		origin:
			'Scraped by Raphael Susewind from gis.up.nic.in (spring 2012); india-religion-politics @f2a5fd3',
		licence: 'ODC Database Contents License (DbCL); database ODbL 1.0',
		used_for: 'Testing the booth-location import on real coordinates (not shipped to the site)',
		changed: 'Nothing: used by tests only.'
	},
	{
		id: 'ht_ac',
		title: 'Uttar Pradesh assembly constituency boundaries (Hindustan Times Labs shapefiles)',
		origin: 'github.com/HindustanTimesLabs/shapefiles @e41de80',
		licence: 'MIT (© 2017 Hindustan Times)',
		used_for: 'AC polygons; PC and state outlines dissolved from them',
		changed:
			'z values dropped; GeometryCollections turned into MultiPolygons; gaps and overlaps between neighbours removed; coordinates rounded to 0.0001° (about 11 m); PC numbers from the 2008 order; district names in title case.'
	},
	{
		id: 'datameet_pc',
		title: 'India PC boundaries 2019, simplified (datameet maps, Arun Ganesh)',
		origin: 'github.com/datameet/maps @b3fbbde',
		licence: 'CC0 1.0',
		used_for: 'PC names in Hindi; check of the dissolved PC outlines',
		changed: 'Nothing: only the Hindi names are taken, and the outlines compared.'
	},
	{
		id: 'kshetra_compiled',
		title: 'Party names, colours and alliances; Hindi names of the 403 ACs (compiled for Kshetra)',
		origin:
			'Written by Kshetra’s authors (data/pipeline/parties.ts, ac-names-hi.ts) from the ECI’s party lists, the pre-poll alliances as announced, and the AC names as CEO Uttar Pradesh and Hindi newspapers print them',
		licence: 'Part of Kshetra (the project’s own work)',
		used_for:
			'Party names in English and Hindi, map colours (checked for colour-blind readers), alliances per election; Hindi AC names',
		changed: 'Not applicable: written for Kshetra.'
	},
	{
		id: 'kshetra_estimated',
		title: 'Estimated booth points and the demo organisation file (made by Kshetra’s pipeline)',
		origin:
			'Computed by data/pipeline/booths.ts and demo-org.ts: seeded points spread evenly inside each AC in booth-number order; an invented organisation file for Kanpur',
		licence: 'Part of Kshetra (the project’s own work)',
		used_for:
			'Booth areas on the maps, labelled estimated everywhere; the winnability view before a party imports its own data, labelled demo everywhere',
		changed: 'Not applicable: made by the pipeline, and marked estimated or demo.'
	}
];

/**
 * Every file the site ships under static/data: what it holds and which sources it is made from.
 * `pattern` is the file's path, with * for any run of characters within one path segment.
 */
export const FILES: Omit<ShippedFiles, 'files' | 'bytes'>[] = [
	{
		pattern: 'results.parquet',
		contents:
			'Votes of every candidate: AC results, PC results (with EVM and postal votes: reported for 2024, derived for 2009–2019), PC votes by assembly segment',
		sources: ['tcpd_ge', 'electionlens', 'eci_2024', 'datameet_2008']
	},
	{
		pattern: 'contests.parquet',
		contents:
			'Electors, valid votes, postal votes (reported for 2024, derived for 2009–2019) and turnout of every contest',
		sources: ['tcpd_ge', 'electionlens', 'eci_2024', 'form20_ls2014']
	},
	{
		pattern: 'acs.parquet',
		contents: 'The 403 ACs: number, names in English and Hindi, reservation, PC, district',
		sources: ['ht_ac', 'datameet_2008', 'kshetra_compiled']
	},
	{
		pattern: 'pcs.parquet',
		contents: 'The 80 PCs: number, names in English and Hindi, reservation',
		sources: ['datameet_2008', 'datameet_pc']
	},
	{
		pattern: 'parties.parquet',
		contents: 'Every party that stood: code, names in English and Hindi, map colour',
		sources: ['tcpd_ge', 'electionlens', 'eci_2024', 'kshetra_compiled']
	},
	{
		pattern: 'alliances.parquet',
		contents: 'Pre-poll alliances of each election',
		sources: ['kshetra_compiled']
	},
	{
		pattern: 'elections.parquet',
		contents: 'The seven elections: names in English and Hindi, and what their numbers include',
		sources: ['kshetra_compiled']
	},
	{
		pattern: 'booths.parquet',
		contents: 'Polling stations: names, electors and voters, estimated points',
		sources: ['form20_ls2014', 'form20_ae2017', 'kshetra_estimated']
	},
	{
		pattern: 'booth_results.parquet',
		contents: 'Votes of every candidate in every polling station',
		sources: ['form20_ls2014', 'form20_ae2017', 'electionlens']
	},
	{
		pattern: 'booth_coverage.parquet',
		contents: 'How completely each AC’s booth rows add up to its declared result',
		sources: ['form20_ls2014', 'form20_ae2017', 'electionlens']
	},
	{
		pattern: 'ac.geojson',
		contents: 'AC boundaries with label points',
		sources: ['ht_ac', 'datameet_2008', 'kshetra_compiled']
	},
	{
		pattern: 'pc.geojson',
		contents: 'PC boundaries, dissolved from the ACs',
		sources: ['ht_ac', 'datameet_2008', 'datameet_pc']
	},
	{
		pattern: 'state.geojson',
		contents: 'Uttar Pradesh’s outline, dissolved from the ACs',
		sources: ['ht_ac']
	},
	{
		pattern: 'seat/*.geojson',
		contents: 'One file per PC: its segments and its outline',
		sources: ['ht_ac', 'datameet_2008', 'datameet_pc', 'kshetra_compiled']
	},
	{
		pattern: 'snapshot/*.json',
		contents:
			'Answers to the first queries of a map (label tables, results by AC of every election), computed from the files above so that the first map needs no database engine',
		sources: [
			'tcpd_ge',
			'electionlens',
			'eci_2024',
			'datameet_2008',
			'datameet_pc',
			'kshetra_compiled'
		]
	},
	{
		pattern: 'snapshot/seat/*.json',
		contents:
			'Answers to the first queries of each seat view (segments table, declared results, party votes), computed from the files above',
		sources: ['tcpd_ge', 'electionlens', 'eci_2024', 'form20_ls2014', 'kshetra_compiled']
	},
	{
		pattern: 'demo/kanpur-organisation-demo.csv',
		contents: 'Demo organisation data for Kanpur’s booths (invented, labelled demo)',
		sources: ['kshetra_estimated', 'form20_ae2017']
	}
];

/** The FILES entry a shipped file belongs to; throws naming a file no entry describes. */
export function describeFile(file: string): Omit<ShippedFiles, 'files' | 'bytes'> {
	const matches = FILES.filter((d) =>
		new RegExp(`^${d.pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(file)
	);
	if (matches.length !== 1)
		throw new Error(
			`static/data/${file}: ${matches.length ? 'described twice' : 'not described'} in data/pipeline/attribution.ts FILES`
		);
	return matches[0];
}
