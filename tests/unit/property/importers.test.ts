/**
 * Property tests (fast-check) of every importer of untrusted input: whatever the input, each
 * returns data or a list of problems and never throws; what it returns as data is always valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoothCoords } from '../../../src/lib/import/booth-coords.ts';
import { decodeText } from '../../../src/lib/import/csv-cells.ts';
import { parseOrgText } from '../../../src/lib/import/org-import.ts';
import { decodeDeck, encodeDeck, validateDeck } from '../../../src/lib/present/deck.ts';
import { parseView } from '../../../src/lib/state/view.ts';
import { parseWhatIf } from '../../../src/lib/winnability/settings.ts';

const BOOTHS = new Set(Array.from({ length: 300 }, (_, i) => i + 1));
const booths = (ac: number) => (ac === 213 ? BOOTHS : undefined);

/** CSV-ish text: a plausible header, then rows of random cells (numbers, dates, junk, Hindi). */
const cell = fc.oneof(
	fc.integer({ min: -5, max: 500 }).map(String),
	fc.constantFrom('213', '212', 'yes', 'no', 'हाँ', '12/03/2024', '31/02/2024', '1,23,456', '', '"', 'NaN', '<b>x</b>', '26.47', '80.33'),
	fc.string({ maxLength: 12 })
);
const csv = fc
	.tuple(
		fc.constantFrom('ac_no,part_no,lat,lon', 'AC No;Booth No;Booth President;Committee Members;Last Meeting Date', 'विधानसभा संख्या,बूथ संख्या,अध्यक्ष', 'x,y'),
		fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 25 })
	)
	.map(([header, rows]) => [header, ...rows.map((r) => r.join(header.includes(';') ? ';' : ','))].join('\n'));

describe('importers never throw and only return valid rows', () => {
	it('booth locations', () => {
		fc.assert(
			fc.property(fc.oneof(csv, fc.string()), (text) => {
				const r = parseBoothCoords(text, 'f.csv', { booths, metresOutside: (ac, lon, lat) => (ac === 213 && Math.abs(lat - 26.47) < 0.05 && Math.abs(lon - 80.33) < 0.05 ? 0 : 1e6) });
				for (const row of r.rows) expect(BOOTHS.has(row.part_no) && row.ac_no === 213).toBe(true);
				for (const e of r.errors) expect(e.file).toBe('f.csv');
				const keys = r.rows.map((x) => `${x.ac_no}:${x.part_no}`);
				expect(new Set(keys).size).toBe(keys.length);
			}),
			{ numRuns: 300 }
		);
	});

	it('organisation data', () => {
		fc.assert(
			fc.property(fc.oneof(csv, fc.string(), fc.uint8Array({ maxLength: 200 }).map((b) => decodeText(b))), (text) => {
				const r = parseOrgText(text, 'org.csv', { booths });
				for (const row of r.rows) {
					expect(row.ac_no).toBe(213);
					expect(BOOTHS.has(row.part_no)).toBe(true);
					if (row.committee_members !== null) expect(Number.isInteger(row.committee_members) && row.committee_members >= 0).toBe(true);
					if (row.last_meeting !== null) expect(row.last_meeting).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				}
				for (const p of r.problems) expect(typeof p.message).toBe('string');
			}),
			{ numRuns: 300 }
		);
	});

	it('deck links and files', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.base64String()), (s) => {
				const r = decodeDeck(s);
				expect(r.deck === null).toBe(r.error !== null);
			}),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(fc.jsonValue(), (v) => {
				const r = validateDeck(v);
				if (r.deck) expect(decodeDeck(encodeDeck(r.deck)).deck).toEqual(r.deck);
			}),
			{ numRuns: 300 }
		);
	});

	it('URL view state', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom('e', 'm', 'p', 'u', 'pc', 'cr', 'side', 'base', 'tr', 'sw', 'to', 'qm', 'qc', 'ac', 'os'), fc.string()), (d) => {
				const q = new URLSearchParams(d);
				const v = parseView(q);
				expect(v.view.pc).toBeGreaterThanOrEqual(1);
				expect(v.view.pc).toBeLessThanOrEqual(80);
				const w = parseWhatIf(q);
				expect(Math.abs(w.settings.swing)).toBeLessThanOrEqual(30);
			}),
			{ numRuns: 500 }
		);
	});
});
