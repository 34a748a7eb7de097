import { describe, expect, it } from 'vitest';
import { boothClass, DEFAULT_CLASS_RULES } from '../../../src/lib/model/booth-class.ts';
import { sideInAc } from '../../../src/lib/model/side.ts';

/** AE2017's alliances as Kshetra records them (static/data/alliances.parquet). */
const AE2017 = [
	{ alliance: 'NDA', party: 'ADAL' },
	{ alliance: 'NDA', party: 'BJP' },
	{ alliance: 'NDA', party: 'SBSP' },
	{ alliance: 'SP+INC', party: 'INC' },
	{ alliance: 'SP+INC', party: 'SP' }
];

// Gorakhpur Urban (AC 322), 2017 declared result: DR. RADHA MOHAN DAS AGRAWAL (BJP) 1,22,221;
// RANA RAHUL SINGH (INC) 61,491; JANARDAN CHOUDHARI (BSP) 24,297; ARUN KUMAR SHRIVASTAVA (PECP)
// 2,252; SP had no candidate (the seat was INC's in the SP–Congress alliance).
const STOOD_322 = ['BJP', 'INC', 'BSP', 'PECP', 'RLD', 'IND'];
// Its Form 20, polling station 26 as printed: BSP 16, INC 385, BJP 227, 660 votes in all.
const BOOTH_26 = { INC: 385, BJP: 227, BSP: 16, valid: 660 };

describe('sideInAc: a party with no candidate counts its ally who stood (Gorakhpur Urban 2017)', () => {
	it('SP in AC 322 is the SP–Congress alliance: INC stood for it', () => {
		expect(sideInAc(['SP'], STOOD_322, AE2017)).toEqual({
			parties: ['SP', 'INC'],
			standIns: ['INC'],
			absent: ['SP'],
			stood: true
		});
	});

	it("booth 26, where INC led BJP 385 to 227, is SP's class A, not D", () => {
		const ours = (parties: string[]) =>
			parties.reduce((s, p) => s + (BOOTH_26[p as keyof typeof BOOTH_26] ?? 0), 0);
		const alone = { ours: ours(['SP']), bestOther: BOOTH_26.BJP, valid: BOOTH_26.valid };
		expect(boothClass(alone, DEFAULT_CLASS_RULES)).toBe('D');
		const side = sideInAc(['SP'], STOOD_322, AE2017);
		const withAlly = { ours: ours(side.parties), bestOther: BOOTH_26.BJP, valid: BOOTH_26.valid };
		// (385 − 227) / 660 = 23.9 points ahead
		expect(boothClass(withAlly, DEFAULT_CLASS_RULES)).toBe('A');
	});

	it('and over the whole AC INC trails BJP by 60,730 votes, as declared', () => {
		const side = sideInAc(['SP'], STOOD_322, AE2017);
		const declared: Record<string, number> = { BJP: 122221, INC: 61491, BSP: 24297 };
		const ours = side.parties.reduce((s, p) => s + (declared[p] ?? 0), 0);
		expect(declared.BJP - ours).toBe(60730);
	});

	it('a party standing keeps its own votes only; an alliance keeps its members', () => {
		expect(sideInAc(['BJP'], STOOD_322, AE2017)).toMatchObject({ parties: ['BJP'], standIns: [] });
		expect(sideInAc(['SP', 'INC'], STOOD_322, AE2017)).toMatchObject({
			parties: ['SP', 'INC'],
			absent: ['SP'],
			stood: true
		});
	});

	it('a party with no candidate and no ally standing did not stand: no booth classes', () => {
		expect(sideInAc(['SBSP'], ['SP', 'BSP', 'INC'], AE2017)).toEqual({
			parties: ['SBSP'],
			standIns: [],
			absent: ['SBSP'],
			stood: false
		});
		expect(sideInAc(['AAP'], STOOD_322, AE2017).stood).toBe(false);
	});
});
