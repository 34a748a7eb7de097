import { describe, expect, it } from 'vitest';
import {
	nameScript,
	notaName,
	numberStations,
	readAe2017Table,
	stationName,
	unicodeName
} from '../../../data/pipeline/form20-ae2017.ts';
import {
	checkAgainstBaseline,
	readAe2017Baseline,
	reconcile,
	threeWayCheck
} from '../../../data/pipeline/booths-ae2017.ts';
import { buildResults } from '../../../data/pipeline/results.ts';
import { spilledVotes } from '../../../data/pipeline/form20-table.ts';
import { Report } from '../../../data/pipeline/report.ts';
import { join } from 'node:path';

/**
 * Each AC's file read once for the whole file (several tests look at 88, 90, 91, 127, 213 and
 * 215): the reader's output, which no test changes.
 */
const tables = new Map<number, ReturnType<typeof readAe2017Table>>();
const readTable = (ac: number) => {
	if (!tables.has(ac)) tables.set(ac, readAe2017Table(ac));
	return tables.get(ac)!;
};

const sum = (t: ReturnType<typeof readAe2017Table>, k: number) =>
	t.stations.reduce((s, b) => s + (b.votes[k] ?? 0), 0);

describe('readAe2017Table (Kanpur, the five ACs checked by hand against the files)', () => {
	it.each([
		{ ac: 212, rows: 345 },
		{ ac: 213, rows: 253 },
		{ ac: 214, rows: 249 },
		{ ac: 215, rows: 319 },
		{ ac: 216, rows: 312 }
	])('AC $ac has $rows polling stations, numbered 1…n', ({ ac, rows }) => {
		const { stations } = numberStations(ac, readTable(ac).stations);
		expect(stations.map((x) => x.part_no)).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
	});

	it('reads the numbers of a booth row (213 PS 1, as printed in the file)', () => {
		const t = readTable(213);
		expect(t.stations[0]).toMatchObject({
			part_no: 1,
			electors: 908,
			voters_male: 229,
			voters_female: 179,
			voters_other: 0,
			voters: 408,
			tendered: 0,
			total_printed: 727 // 213's printed total column does not add up
		});
		expect(t.stations[0].votes).toEqual([93, 37, 268, 2, 0, 2, 0, 1, 3, 2]);
	});

	it('Sishamau (213): SP HAZI IRFAN SOLANKI 72,509 booth votes + 521 postal = 73,030 declared', () => {
		const t = readTable(213);
		expect(sum(t, 0)).toBe(72509);
		expect(t.postal![0]).toBe(521);
	});

	it('converts the Kruti Dev names of 212–214; 215 stays English', () => {
		const t213 = readTable(213);
		const script = nameScript(t213.stations.map((s) => s.name_raw));
		expect(script).toBe('kruti');
		expect(t213.stations[0].name_raw).toBe('ysnj ofdZax bLVhV~;wV lwVjxat');
		expect(stationName(t213.stations[0].name_raw, script).name).toBe(
			'लेदर वर्किंग इस्टीट्यूट सूटरगंज' // "Leather Working Institute, Soutarganj"
		);
		expect(stationName(t213.stations[16].name_raw, script).name).toBe(
			'दयानन्द हंसमुखी देवी गर्ल्स इ.का. 12/481 मकराबर्टगंज कक्ष सं. 3'
		);
		const t215 = readTable(215);
		expect(nameScript(t215.stations.map((s) => s.name_raw))).toBe('latin');
	});
});

describe('rows the PDF converter merged at page breaks (numbers as printed in the files)', () => {
	const station = (ac: number, ps: number) => readTable(ac).stations.find((s) => s.part_no === ps);

	it('88 PS 33: each cell led by its column number ("1 88 | 2 33 | 3 G.L.I.C. …")', () => {
		expect(station(88, 33)).toMatchObject({
			name_raw: 'G.L.I.C.Balajipuram Room No.4',
			electors: 993,
			voters: 630,
			total_printed: 627
		});
		expect(station(88, 33)!.votes.slice(0, 3)).toEqual([140, 88, 371]);
	});

	it('90 PS 21: a two-line cell whose second line holds electors, male, female and candidate 1', () => {
		// "90 21 KANYA PRA VID JARUA KATRA RN- 0 463 363 0 1 INC 2 BSP 16 … 9 IND 0 458 1 795 280 183 16"
		expect(station(90, 21)).toMatchObject({
			name_raw: 'KANYA PRA VID JARUA KATRA RN- 1',
			electors: 795,
			voters_male: 280,
			voters_female: 183,
			voters_other: 0,
			voters: 463,
			total_printed: 458
		});
		expect(station(90, 21)!.votes).toEqual([16, 16, 10, 406, 4, 4, 1, 1, 0]);
	});

	it('91 PS 28: the number, name and electors in one cell ("28 P. V. NAGLA JAGGE R. N. 1 579")', () => {
		expect(station(91, 28)).toMatchObject({
			name_raw: 'P. V. NAGLA JAGGE R. N. 1',
			electors: 579,
			voters: 401
		});
		expect(station(91, 28)!.votes).toEqual([193, 5, 62, 136, 2, 0, 0]);
	});

	it('127 PS 28: a merged row whose last party is printed "-" ("13 - 13 901")', () => {
		expect(station(127, 28)!.votes).toEqual([224, 4, 284, 353, 9, 0, 1, 3, 1, 5, 3, 1, 13]);
		expect(station(127, 28)!.total_printed).toBe(901);
	});

	it('90 PS 61: a two-line cell whose numbers cannot be placed one way only is left out, noted', () => {
		const t = readTable(90);
		expect(t.stations.some((s) => s.part_no === 61)).toBe(false);
		expect(t.notes.some((n) => n.startsWith('page 4 row 9: a row merged into one cell'))).toBe(
			true
		);
	});
});

describe('vote cells and tables the PDF converter cut in the wrong place (numbers as printed in the files)', () => {
	it('spilledVotes: a vote cell holding the end of the party name beside it gives its one number', () => {
		expect(spilledVotes('Party 164')).toBe(164);
		expect(spilledVotes('536 eylal)')).toBe(536);
		expect(spilledVotes('uncil10')).toBe(10);
		expect(spilledVotes('2 kti Party')).toBe(2);
		expect(spilledVotes('1,270 Party')).toBe(1270);
		// two numbers, or a number with other digits or signs beside it, stay unreadable
		expect(spilledVotes('1 2')).toBeNaN();
		expect(spilledVotes('13 5')).toBeNaN();
		expect(spilledVotes('12/4')).toBeNaN();
		expect(spilledVotes('Party')).toBeNaN();
	});

	it('330 PS 1: "Bahujan Samaj | Party 164" is Javed Iqbal (BSP) 164', () => {
		const t = readTable(330);
		const ps1 = t.stations.find((s) => s.part_no === 1)!;
		// KANHAIYA PANDEY 4, JAVED IQBAL 164, SHIVKUMARI DEVI 139, SWAMI PRASAD MAURYA 278, … total 639
		expect(ps1.votes.slice(0, 4)).toEqual([4, 164, 139, 278]);
		expect(ps1.total_printed).toBe(639);
	});

	it('391 PS 1: "Apna Dal (Son | 536 eylal)" and "Ittehad-E-Millait Cou | uncil10"', () => {
		const ps1 = readTable(391).stations.find((s) => s.part_no === 1)!;
		// Neel Ratan Singh Patel (ADAL) is candidate 8, Yusuf (IEMC) 9, Vijay Pratap Bharati (BMUP) 10
		expect(ps1.votes.slice(7, 10)).toEqual([536, 10, 2]);
		expect(ps1.total_printed).toBe(822);
	});

	it('186 Amethi: the right half of the table (pages 16–30) is joined to its left (pages 1–15), row by row', () => {
		const t = readTable(186);
		expect(t.candidates).toHaveLength(24);
		expect(t.candidates[10].name).toBe('ANTOSH KUMAR MISHRA');
		const ps1 = t.stations.find((s) => s.part_no === 1)!;
		// page 1 row 8: INC 37, BJP 80, SP 241, BSP 70, …; page 16 row 8: candidate 11 "0", 12 "2", …, total 449
		expect(ps1.votes.slice(0, 4)).toEqual([37, 80, 241, 70]);
		expect(ps1.votes.slice(10, 13)).toEqual([0, 2, 2]);
		expect(ps1.total_printed).toBe(449);
		// the right half's total row (page 30): Santosh Kumar Mishra 305, Kamlesh 485, Kiran 637
		expect([10, 11, 12].map((k) => sum(t, k))).toEqual([305, 485, 637]);
	});

	it('187 PS 30: a merged row whose fixed columns came out of order keeps its votes, adding up to its total', () => {
		// "30 P.S. GAURA BARAMAU 550 3 901 283 267 0 0 1 180 2 53 3 74 … 13 11 550 PASCHIMI BHAG - 30"
		const ps30 = readTable(187).stations.find((s) => s.part_no === 30)!;
		expect(ps30.votes).toEqual([180, 53, 74, 39, 16, 8, 4, 137, 7, 6, 10, 5, 11]);
		expect(ps30.total_printed).toBe(550);
		expect(ps30.electors).toBeNull();
		expect(ps30.name_raw).toBe('P.S. GAURA BARAMAU PASCHIMI BHAG');
	});
});

describe('unicodeName: names the PDF converter extracted as Unicode (as printed in the files)', () => {
	it('moves a ि left before its consonant after it (AC 71 PS 124, AC 154 PS 182)', () => {
		expect(unicodeName('ाईमर कूल फािजलपरु कलां')).toBe('ाईमर कूल फाजिलपरु कलां');
		expect(unicodeName('ा0पा० िजलगांव')).toBe('ा0पा० जिलगांव');
	});

	it('keeps a ि that follows its consonant, and the space before a ि', () => {
		expect(unicodeName('विकास नगर')).toBe('विकास नगर');
		expect(unicodeName('राम िवकास')).toBe('राम विकास');
	});

	it('removes the space put before other signs ("परु ा" → "परुा")', () => {
		expect(unicodeName('परु ा')).toBe('परुा');
	});

	it('a name already in Devanagari in a Kruti Dev AC is read as Unicode, not converted', () => {
		expect(stationName('ा0पा० िजलगांव', 'kruti').name).toBe('ा0पा० जिलगांव');
	});
});

describe('NOTA headings', () => {
	it.each([
		'NOTA',
		'-NOTA',
		'Candi date Name 14 Nota',
		'NONE OF ABOVE',
		'NON OF THE ABOVE',
		'buesa ls dksbZ ugha'
	])('"%s" is NOTA', (h) => expect(notaName(h)).toBe(true));
	it.each(['NANDITA', 'ANOTANAND SINGH', 'SHAILENDRA'])('"%s" is not', (h) =>
		expect(notaName(h)).toBe(false)
	);
});

describe('reconciliation against the reviewed baseline (a non-Kanpur AC: 175 Lucknow Cantt.)', () => {
	const { results, contests } = buildResults(new Report());
	const table = readTable(175);
	const columns = threeWayCheck(
		new Map([[175, table]]),
		results,
		contests,
		new Report()
	).acColumns.get(175)!;
	const baseline = readAe2017Baseline(
		join(import.meta.dirname, '..', '..', '..', 'data', 'pipeline', 'booth-baseline-ae2017.json')
	);

	it('is exact as read: booths + postal = declared for every candidate, as reviewed', () => {
		const found = reconcile(columns, table.stations.length);
		expect(found.coverage.status).toBe('exact');
		expect(baseline['175']).toBeUndefined();
		expect(checkAgainstBaseline(columns, found, baseline['175'])).toBeNull();
	});

	it('one vote added in one booth fails, naming the AC, the file column and the candidate', () => {
		const k = columns.columns.findIndex((c) => c.row.party === 'BJP');
		const tampered = {
			...columns,
			columns: columns.columns.map((c, i) => (i === k ? { ...c, booth_sum: c.booth_sum + 1 } : c))
		};
		const found = reconcile(tampered, table.stations.length);
		expect(found.coverage.status).toBe('close');
		const problem = checkAgainstBaseline(tampered, found, baseline['175']);
		expect(problem?.ac_no).toBe(175);
		expect(problem?.message).toContain('AE2017 AC 175');
		expect(problem?.message).toContain(`column ${k + 1}`);
		expect(problem?.message).toContain('(BJP)');
		expect(problem?.message).toContain('the reviewed baseline says exact');
	});
});
