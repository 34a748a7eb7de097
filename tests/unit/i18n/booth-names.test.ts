import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/lib/i18n/lang.svelte.ts';
import { boothName, scriptLang } from '../../../src/lib/i18n/names.ts';

// Real names from the shipped booths table: Sishamau (AC 213) booth 1 has an English name in the
// LS2014 Form 20 and a Hindi one (converted from Kruti Dev) in the AE2017 Form 20.
const LS2014 = { booth_name: 'LEATHER WORKING INSTITUTE SOUTERGANJ ROOM 1', booth_name_hi: null };
const AE2017 = { booth_name: '', booth_name_hi: 'लेदर वर्किंग इस्टीट्यूट सूटरगंज' };
const BOTH = { booth_name: 'LEATHER WORKING INSTITUTE', booth_name_hi: 'लेदर वर्किंग इस्टीट्यूट' };

describe('boothName', () => {
	afterEach(() => (i18n.lang = 'en'));
	it('gives the name in the interface language when both are known', () => {
		i18n.lang = 'en';
		expect(boothName(BOTH)).toBe('LEATHER WORKING INSTITUTE');
		i18n.lang = 'hi';
		expect(boothName(BOTH)).toBe('लेदर वर्किंग इस्टीट्यूट');
	});
	it('falls back to the only name known rather than showing nothing', () => {
		i18n.lang = 'en';
		expect(boothName(AE2017)).toBe('लेदर वर्किंग इस्टीट्यूट सूटरगंज');
		i18n.lang = 'hi';
		expect(boothName(LS2014)).toBe('LEATHER WORKING INSTITUTE SOUTERGANJ ROOM 1');
		expect(boothName(undefined)).toBe('');
	});
	it('marks Devanagari text as Hindi for screen readers and fonts', () => {
		expect(scriptLang(AE2017.booth_name_hi)).toBe('hi');
		expect(scriptLang(LS2014.booth_name)).toBeUndefined();
		expect(scriptLang(null)).toBeUndefined();
	});
});
