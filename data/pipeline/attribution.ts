/**
 * The sources the site ships data from, with origin, licence and citation. Written into
 * static/data/manifest.json so the site can show attribution for every file (see data/raw/SOURCES.md
 * for the full provenance of each raw file).
 */
import type { SourceInfo } from '../../src/lib/model/types.ts';

export const SOURCES: SourceInfo[] = [
	{
		id: 'tcpd_ge',
		title: 'TCPD Lok Dhaba, General Elections, Uttar Pradesh 2009–2019',
		origin:
			'Trivedi Centre for Political Data, Ashoka University (All_States_2024-3-27.csv, re-hosted in dubey2605/test @4fd7225)',
		licence: 'Non-commercial use only, citation required',
		citation:
			'Bhattacharya, S. et al. TCPD Indian Elections Data v2.0, Trivedi Centre for Political Data, Ashoka University (lokdhaba.ashoka.edu.in)',
		used_for: 'Lok Sabha 2009, 2014, 2019 PC results including postal ballots, electors'
	},
	{
		id: 'electionlens',
		title: 'ElectionLens UP assembly and Lok Sabha results (TCPD/ECI-derived)',
		origin: 'github.com/ElectionLens/ElectionLens @18f7cda, public/data/elections',
		licence: 'Repository says MIT; underlying data TCPD (non-commercial, citation) and ECI',
		citation: 'TCPD Indian Elections Data, Trivedi Centre for Political Data, Ashoka University',
		used_for:
			'Vidhan Sabha 2012, 2017, 2022 AC results; Lok Sabha votes by assembly segment 2009–2024; 2024 electors'
	},
	{
		id: 'eci_2024',
		title: 'ECI General Election 2024 results (scrape of results.eci.gov.in)',
		origin: 'github.com/arjunswaj/elections @c001eab, election_results.csv',
		licence: 'No licence stated; factual results published by the Election Commission of India',
		used_for: 'Lok Sabha 2024 PC results with EVM and postal votes'
	},
	{
		id: 'susewind_2012',
		title: 'UP 2012 assembly candidates (Raphael Susewind, india-religion-politics)',
		origin: 'github.com/raphael-susewind/india-religion-politics @f2a5fd3',
		licence: 'ODC Database Contents License (DbCL); database ODbL 1.0',
		used_for: 'Cross-check of AE2012 winners'
	},
	{
		id: 'idl_2017',
		title: 'UP 2017 results scrape (info-design-lab/UP2017)',
		origin: 'github.com/info-design-lab/UP2017 @e1192a3',
		licence: 'No licence stated',
		used_for: 'Cross-check of AE2017 winners'
	},
	{
		id: 'datameet_2008',
		title: '2008 delimitation order: AC → PC (datameet india-election-data)',
		origin: 'github.com/datameet/india-election-data @c14a684',
		licence: 'ECI-derived factual data; documentation CC BY-SA 3.0',
		used_for: 'Which PC each AC belongs to; reserved-category flags'
	},
	{
		id: 'form20_ls2014',
		title: 'Lok Sabha 2014 Form 20, polling-station results, all 403 UP ACs',
		origin:
			'Scraped by Raphael Susewind from CEO Uttar Pradesh (2014-06-17); datameet/india-election-data @c14a684',
		licence: 'ODC Database Contents License (DbCL); database ODbL 1.0',
		citation:
			'Raphael Susewind, india-religion-politics (github.com/raphael-susewind/india-religion-politics)',
		used_for: 'Booth results and electors, LS2014; segment electors where the booths add up'
	},
	{
		id: 'form20_ae2017',
		title: 'Vidhan Sabha 2017 Form 20, Kanpur ACs 212–216 (raw PDF-table XML)',
		origin:
			'Crawled by Raphael Susewind from ceouttarpradesh.nic.in (2017-05-08); india-religion-politics @f2a5fd3',
		licence: 'ODC Database Contents License (DbCL); database ODbL 1.0 (marked DRAFT by its author)',
		citation:
			'Raphael Susewind, india-religion-politics (github.com/raphael-susewind/india-religion-politics)',
		used_for: 'Booth results AE2017 for Kanpur; Hindi booth names converted from Kruti Dev'
	},
	{
		id: 'upgis_2009',
		title: 'UP polling-station locations 2009 (Lucknow and five other districts)',
		origin:
			'Scraped by Raphael Susewind from gis.up.nic.in (spring 2012); india-religion-politics @f2a5fd3',
		licence: 'ODC Database Contents License (DbCL); database ODbL 1.0',
		used_for: 'Testing the booth-location import on real coordinates (not shipped to the site)'
	},
	{
		id: 'ht_ac',
		title: 'Uttar Pradesh assembly constituency boundaries (Hindustan Times Labs shapefiles)',
		origin: 'github.com/HindustanTimesLabs/shapefiles @e41de80',
		licence: 'MIT (© 2017 Hindustan Times)',
		used_for: 'AC polygons; PC and state outlines dissolved from them'
	},
	{
		id: 'datameet_pc',
		title: 'India PC boundaries 2019, simplified (datameet maps, Arun Ganesh)',
		origin: 'github.com/datameet/maps @b3fbbde',
		licence: 'CC0 1.0',
		used_for: 'PC names in Hindi; check of the dissolved PC outlines'
	}
];
