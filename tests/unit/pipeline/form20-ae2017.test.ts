import { describe, expect, it } from 'vitest';
import {
	nameScript,
	notaName,
	numberStations,
	readAe2017Table,
	stationName
} from '../../../data/pipeline/form20-ae2017.ts';
import {
	checkAgainstBaseline,
	readAe2017Baseline,
	reconcile,
	threeWayCheck
} from '../../../data/pipeline/booths-ae2017.ts';
import { buildResults } from '../../../data/pipeline/results.ts';
import { Report } from '../../../data/pipeline/report.ts';
import { join } from 'node:path';

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
		const { stations } = numberStations(ac, readAe2017Table(ac).stations);
		expect(stations.map((x) => x.part_no)).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
	});

	it('reads the numbers of a booth row (213 PS 1, as printed in the file)', () => {
		const t = readAe2017Table(213);
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
		const t = readAe2017Table(213);
		expect(sum(t, 0)).toBe(72509);
		expect(t.postal![0]).toBe(521);
	});

	it('converts the Kruti Dev names of 212–214; 215 stays English', () => {
		const t213 = readAe2017Table(213);
		const script = nameScript(t213.stations.map((s) => s.name_raw));
		expect(script).toBe('kruti');
		expect(t213.stations[0].name_raw).toBe('ysnj ofdZax bLVhV~;wV lwVjxat');
		expect(stationName(t213.stations[0].name_raw, script).name).toBe(
			'लेदर वर्किंग इस्टीट्यूट सूटरगंज' // "Leather Working Institute, Soutarganj"
		);
		expect(stationName(t213.stations[16].name_raw, script).name).toBe(
			'दयानन्द हंसमुखी देवी गर्ल्स इ.का. 12/481 मकराबर्टगंज कक्ष सं. 3'
		);
		const t215 = readAe2017Table(215);
		expect(nameScript(t215.stations.map((s) => s.name_raw))).toBe('latin');
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
	const table = readAe2017Table(175);
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
