import { describe, expect, it } from 'vitest';
import type { AllianceRow } from '../../../src/lib/model/types.ts';
import { DEFAULT_WHATIF, sameAsOf, scenarioFor } from '../../../src/lib/model/contest/settings.ts';
import {
	parseWhatIf,
	serializeWhatIf,
	sideOptions
} from '../../../src/lib/winnability/settings.ts';

const A = (election_id: string, alliance: string, alliance_en: string, party: string) =>
	({ election_id, alliance, alliance_en, alliance_hi: '', party }) as AllianceRow;
// The 2024 alliances in UP (as in the pipeline's alliances table).
const alliances = [
	A('LS2024', 'INDIA', 'INDIA', 'AITC'),
	A('LS2024', 'INDIA', 'INDIA', 'INC'),
	A('LS2024', 'INDIA', 'INDIA', 'SP'),
	A('LS2024', 'NDA', 'NDA', 'ADAL'),
	A('LS2024', 'NDA', 'NDA', 'BJP'),
	A('LS2024', 'NDA', 'NDA', 'RLD'),
	A('LS2024', 'NDA', 'NDA', 'SBSP')
];

describe('what-if settings in the URL', () => {
	it.each([
		{
			query: '',
			problems: 0,
			check: (w: typeof DEFAULT_WHATIF) => expect(w).toEqual(DEFAULT_WHATIF)
		},
		{
			query: 'side=SP&base=AE2022:1,LS2019:0.5&tr=INC:70&sw=-2.5&to=3&nl=10&qm=-5&qc=40&ac=213',
			problems: 0,
			check: (w: typeof DEFAULT_WHATIF) =>
				expect(w).toMatchObject({
					side: 'SP',
					base: { AE2022: 1, LS2019: 0.5 },
					transfer: { INC: 70 },
					swing: -2.5,
					turnout: 3,
					lean: 10,
					quadrant: { margin: -5, coverage: 40 },
					ac: 213
				})
		},
		{
			query: 'sw=200&base=XX:1&tr=INC:150&side=<b>',
			problems: 4,
			check: (w: typeof DEFAULT_WHATIF) => expect(w.swing).toBe(0)
		}
	])('?$query', ({ query, problems, check }) => {
		const r = parseWhatIf(new URLSearchParams(query));
		expect(r.problems).toHaveLength(problems);
		check(r.settings);
	});

	it('round-trips and writes only what differs from the defaults', () => {
		const w = { ...DEFAULT_WHATIF, swing: 2, transfer: { INC: 80 }, ac: 214 };
		const q = serializeWhatIf(w);
		expect(q).toBe('?tr=INC%3A80&sw=2&ac=214');
		expect(parseWhatIf(new URLSearchParams(q.slice(1))).settings).toEqual(w);
		expect(serializeWhatIf(DEFAULT_WHATIF)).toBe('');
	});
});

describe('scenarioFor', () => {
	it('INDIA 2024: its parties, strongest first, against NDA 2024 summed as one bloc', () => {
		const s = scenarioFor(
			{ ...DEFAULT_WHATIF, transfer: { INC: 80 } },
			alliances,
			(ps) => [...ps].sort((a, b) => (a === 'SP' ? -1 : b === 'SP' ? 1 : a.localeCompare(b))),
			{}
		);
		expect(s.side).toEqual(['SP', 'AITC', 'INC']);
		expect(s.transfer).toEqual({ SP: 1, AITC: 1, INC: 0.8 });
		expect(s.rivals).toEqual([['ADAL', 'BJP', 'RLD', 'SBSP']]);
		expect(s.rivalNames).toEqual(['NDA']);
	});

	it('a single party has no partners and no rival blocs', () => {
		expect(scenarioFor({ ...DEFAULT_WHATIF, side: 'BSP' }, alliances, (p) => p, {})).toMatchObject({
			side: ['BSP'],
			rivals: [],
			transfer: { BSP: 1 }
		});
	});

	it("names each party by its same_as code, so a baseline's ADS votes count for ADAL's alliance", () => {
		// parties.parquet: ADS (AE2022) and AD (2009–2014) are ADAL; the rest have no same_as
		const sameAs = sameAsOf([
			{ party: 'ADS', name_en: '', name_hi: null, colour: '', same_as: 'ADAL' },
			{ party: 'AD', name_en: '', name_hi: null, colour: '', same_as: 'ADAL' },
			{ party: 'BJP', name_en: '', name_hi: null, colour: '', same_as: null }
		]);
		expect(sameAs).toEqual({ ADS: 'ADAL', AD: 'ADAL' });
		const ae2022 = [
			A('AE2022', 'NDA', 'NDA', 'BJP'),
			A('AE2022', 'NDA', 'NDA', 'ADS'),
			A('AE2022', 'NDA', 'NDA', 'NINSHAD'),
			A('AE2022', 'SP+', 'SP alliance', 'SP')
		];
		// our side NDA 2022: ADS is named ADAL, as in every baseline (data.ts), and its transfer is ADAL's
		const nda = scenarioFor(
			{ ...DEFAULT_WHATIF, side: 'NDA@AE2022', transfer: { ADAL: 50 } },
			ae2022,
			(p) => p,
			sameAs
		);
		expect(nda.side).toEqual(['BJP', 'ADAL', 'NINSHAD']);
		expect(nda.transfer).toEqual({ BJP: 1, ADAL: 0.5, NINSHAD: 1 });
		// as a rival bloc too, and the LS2024 NDA (listing ADAL) is unchanged
		expect(
			scenarioFor({ ...DEFAULT_WHATIF, side: 'SP+@AE2022' }, ae2022, (p) => p, sameAs).rivals
		).toEqual([['BJP', 'ADAL', 'NINSHAD']]);
		expect(scenarioFor(DEFAULT_WHATIF, alliances, (p) => p, sameAs).rivals).toEqual([
			['ADAL', 'BJP', 'RLD', 'SBSP']
		]);
	});

	it('lists alliances newest first, then parties', () => {
		expect(sideOptions(alliances, ['SP']).map((o) => o.id)).toEqual([
			'INDIA@LS2024',
			'NDA@LS2024',
			'SP'
		]);
	});
});
