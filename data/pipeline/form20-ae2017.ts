/**
 * The 2017 Vidhan Sabha Form 20 of all 403 UP ACs (booth/form20_ae2017_up/<ac>.xml.br, see
 * data/raw/SOURCES.md): one brotli-compressed PDF-table extraction per AC, read by
 * form20-table.ts into polling-station rows. This module
 *  - decompresses and reads each file, keeping the result in a cache keyed by the file's bytes and
 *    the reader's own source (readAe2017Tables; 429 MB of XML take about a minute on one core, a
 *    cached run a second), reading the missed files in worker threads;
 *  - numbers the polling stations (numberStations): the file's own numbers, with auxiliary
 *    stations ("350A") and numbers printed twice moved to the end of the AC, each reported;
 *  - names them (stationName): Kruti Dev names (a legacy Hindi font encoding; most Kanpur and
 *    many other files) converted to Devanagari and checked, Unicode names as printed;
 *  - matches the candidate columns to the declared candidates (matchColumns), by name (English,
 *    or the consonants of a Hindi name), votes and party.
 *
 * Reconciliation with the declared results and the three-way check of the sources are in
 * booths-ae2017.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { brotliDecompressSync } from 'node:zlib';
import { krutiDevToUnicode, malformedDevanagari } from '../../src/lib/model/krutidev.ts';
import { editDistance, nameKey } from '../../src/lib/model/names.ts';
import { type Form20Station, type Form20Table, readForm20Table } from './form20-table.ts';
import { RAW } from './sources.ts';

export const FORM20_AE2017_DIR = 'booth/form20_ae2017_up';
export const AE2017_ACS = Array.from({ length: 403 }, (_, i) => i + 1);
export const form20File = (ac_no: number) => `${FORM20_AE2017_DIR}/${ac_no}.xml.br`;

/** Reads one AC's file (no cache). Throws naming the file when its layout cannot be read. */
export function readAe2017Table(ac_no: number, rawDir = RAW): Form20Table {
	const bytes = readFileSync(join(rawDir, form20File(ac_no)));
	return parse(bytes, ac_no);
}

function parse(bytes: Buffer, ac_no: number): Form20Table {
	const xml = brotliDecompressSync(bytes).toString('utf8');
	return readForm20Table(xml, form20File(ac_no), ac_no);
}

// ---------------------------------------------------------------------------------------------
// Cache and workers

const ROOT = join(import.meta.dirname, '..', '..');
/** node_modules/.cache is where build tools keep such files; KSHETRA_FORM20_CACHE=off disables. */
const CACHE_DIR =
	process.env.KSHETRA_FORM20_CACHE ?? join(ROOT, 'node_modules', '.cache', 'kshetra-form20');
const READER_SOURCES = ['form20-table.ts', 'form20-cells.ts', 'form20-ae2017.ts'];
let readerHash: string | null = null;
/** A hash of the reader's own source, so that a changed reader never reads a stale cache. */
function readerVersion(): string {
	readerHash ??= createHash('sha256')
		.update(
			READER_SOURCES.map((f) => readFileSync(join(import.meta.dirname, f), 'utf8')).join('\0')
		)
		.digest('hex')
		.slice(0, 16);
	return readerHash;
}

/** JSON cannot hold NaN (an unreadable cell): written as the string "NaN". */
const toJson = (t: Form20Table) =>
	JSON.stringify(t, (_, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v));
const fromJson = (s: string) =>
	JSON.parse(s, (_, v: unknown) => (v === 'NaN' ? NaN : v)) as Form20Table;

export interface ReadStats {
	files: number;
	cached: number;
	workers: number;
	ms: number;
}

/**
 * Reads the given ACs' files: from the cache where the file and the reader are unchanged, else
 * in up to `workers` worker threads (1 = in this thread). A file that cannot be read is in
 * `errors` with the reader's message (naming the file and where).
 */
export async function readAe2017Tables(
	acs: number[],
	rawDir = RAW,
	workers = Math.min(4, availableParallelism())
): Promise<{ tables: Map<number, Form20Table>; errors: Map<number, string>; stats: ReadStats }> {
	const t0 = Date.now();
	const useCache = CACHE_DIR !== 'off';
	if (useCache) mkdirSync(CACHE_DIR, { recursive: true });
	const tables = new Map<number, Form20Table>();
	const errors = new Map<number, string>();
	const todo: { ac_no: number; key: string; bytes: Buffer }[] = [];
	for (const ac_no of acs) {
		const bytes = readFileSync(join(rawDir, form20File(ac_no)));
		const key = createHash('sha256').update(bytes).update(readerVersion()).digest('hex');
		const file = join(CACHE_DIR, `${key}.json`);
		if (useCache && existsSync(file)) tables.set(ac_no, fromJson(readFileSync(file, 'utf8')));
		else todo.push({ ac_no, key, bytes });
	}
	const store = (ac_no: number, key: string, t: Form20Table) => {
		tables.set(ac_no, t);
		if (useCache) writeFileSync(join(CACHE_DIR, `${key}.json`), toJson(t));
	};
	const n = Math.max(1, Math.min(workers, Math.ceil(todo.length / 8)));
	if (n === 1 || todo.length < 8) {
		for (const { ac_no, key, bytes } of todo) {
			const reply = parseForWorker(ac_no, bytes);
			if (reply.error) errors.set(ac_no, reply.error);
			else store(ac_no, key, fromJson(reply.json!));
		}
	} else {
		const queue = [...todo];
		await Promise.all(
			Array.from({ length: n }, async () => {
				const w = new Worker(new URL('./form20-worker.mjs', import.meta.url), {
					workerData: { module: new URL('./form20-ae2017.ts', import.meta.url).href }
				});
				try {
					for (let job = queue.shift(); job; job = queue.shift()) {
						const { ac_no, key, bytes } = job;
						const reply = await new Promise<{ json?: string; error?: string }>(
							(resolve, reject) => {
								const fail = (e: Error) => reject(e);
								w.once('error', fail);
								w.once('message', (m: { json?: string; error?: string }) => {
									w.off('error', fail);
									resolve(m);
								});
								w.postMessage({ ac_no, bytes });
							}
						);
						if (reply.error) errors.set(ac_no, reply.error);
						else store(ac_no, key, fromJson(reply.json!));
					}
				} finally {
					await w.terminate();
				}
			})
		);
	}
	return {
		tables,
		errors,
		stats: {
			files: acs.length,
			cached: acs.length - todo.length,
			workers: todo.length ? n : 0,
			ms: Date.now() - t0
		}
	};
}

/** The worker's side (form20-worker.mjs loads this module and calls it per file). */
export function parseForWorker(
	ac_no: number,
	bytes: Uint8Array
): { json?: string; error?: string } {
	try {
		return { json: toJson(parse(Buffer.from(bytes), ac_no)) };
	} catch (e) {
		return { error: (e as Error).message };
	}
}

// ---------------------------------------------------------------------------------------------
// Polling-station numbers

export interface NumberedStation extends Form20Station {
	/** the number as printed, when it differs from part_no ("350A", "696") */
	printed: string | null;
}

/**
 * Unique polling-station numbers. A station printed with a letter ("350A", an auxiliary station)
 * or with a number already used keeps its row but gets the next number after the AC's last,
 * and the number it was printed with is kept (`printed`) and reported: Kshetra's booth numbers are
 * whole numbers, and no row is dropped or merged into another.
 */
export function numberStations(ac_no: number, stations: Form20Station[]) {
	const seen = new Set<number>();
	const out: NumberedStation[] = [];
	const moved: NumberedStation[] = [];
	for (const s of stations) {
		if (s.part_label || seen.has(s.part_no))
			moved.push({ ...s, printed: s.part_label || String(s.part_no) });
		else {
			seen.add(s.part_no);
			out.push({ ...s, printed: null });
		}
	}
	let next = Math.max(0, ...seen) + 1;
	const repairs = moved.map((s) => {
		const part_no = next++;
		out.push({ ...s, part_no });
		return `AC ${ac_no} ${s.where}: polling station printed as ${s.printed}${s.part_label ? '' : ' (a number already used)'} is booth ${part_no} in Kshetra.`;
	});
	out.sort((a, b) => a.part_no - b.part_no);
	return { stations: out, repairs };
}

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Whether a polling-station name is Kruti Dev (Hindi typed in a legacy font encoding: "izk0fo0
 * iwjs eksgu" is प्रा0वि0 पूरे मोहन) rather than English: lower-case letters together with a
 * character English names do not use inside a word (; { } [ ] | ~ ' " & ^ ` or a capital after a
 * small letter, as in "ofdZax").
 */
export function looksKrutiDev(name: string): boolean {
	return (
		/[a-z]/.test(name) &&
		(/[a-z][;{}[\]|~"&^`@\\]|[;{}[\]|~&^`@\\][a-z]/.test(name) ||
			/[a-z][A-Z]/.test(name) ||
			/\b(izk|iz0|ek0|fo0|d{k|ua0|la0|ek\/)/.test(name))
	);
}

export type NameScript = 'kruti' | 'unicode' | 'latin';

/** How an AC's names are written: Kruti Dev when most of its names look it. */
export function nameScript(names: string[]): NameScript {
	const filled = names.filter((n) => n.trim() !== '');
	if (!filled.length) return 'latin';
	if (filled.filter((n) => /[\u0900-\u097F]/.test(n)).length > filled.length / 2) return 'unicode';
	return filled.filter(looksKrutiDev).length > filled.length / 2 ? 'kruti' : 'latin';
}

/**
 * A station's name in Devanagari or English. Kruti Dev is converted; a name whose conversion is
 * malformed Devanagari is returned with `malformed` set (the caller counts and reports them).
 * Unicode names are as printed except that spaces the PDF converter put before a vowel sign are
 * removed ("परु ा" → "परुा"); the converter also reordered or dropped some signs, which cannot be
 * restored, so those names are marked (`garbled`).
 */
export function stationName(raw: string, script: NameScript) {
	// a name already in Devanagari in an AC typed mostly in Kruti Dev is read as Unicode
	if (script === 'kruti' && !/[\u0900-\u097F]/.test(raw)) {
		const name = krutiDevToUnicode(raw).replace(/\s+/g, ' ').trim();
		return { name, lang: 'hi' as const, malformed: malformedDevanagari(name) };
	}
	if (script === 'unicode' || script === 'kruti') {
		const name = unicodeName(raw);
		return { name, lang: 'hi' as const, malformed: malformedDevanagari(name) };
	}
	return { name: raw.trim(), lang: 'en' as const, malformed: [] as string[] };
}

/**
 * A name the PDF converter extracted as Unicode, put back where its order can be told: spaces it
 * put before a vowel sign other than ि are removed ("परु ा" → "परुा"), and a ि it left in front of its consonant
 * (the glyph's place on the page, "िजला" → "जिला", "ि वकास" → "विकास") goes after the consonant
 * with its half letters, as Unicode stores it. A ि after a consonant is left where it is. Glyphs
 * the converter dropped (the प्र of "प्रा0", often) cannot be restored: such names stay malformed.
 */
export function unicodeName(raw: string): string {
	const C = '[\u0915-\u0939\u0958-\u095F]\u093C?';
	return raw
		.replace(/\s+(?=[\u093E\u0940-\u094D\u0901-\u0903])/g, '')
		.replace(
			new RegExp(
				`(^|[^\\u093C\\u0915-\\u0939\\u0958-\\u095F])\u093F\\s*((?:${C}\u094D)*${C})`,
				'g'
			),
			'$1$2\u093F'
		)
		.trim();
}

// ---------------------------------------------------------------------------------------------
// Candidate columns → declared candidates

export interface DeclaredCandidate {
	/** the name in the results table */
	candidate: string;
	/** other spellings of the same candidate (the info-design-lab scrape) */
	alt: string[];
	party: string;
	/** the party's full name, where a source gives it */
	party_name: string;
	/** the votes each source declares (ElectionLens, info-design-lab) */
	votes: number[];
	nota: boolean;
}

/** Devanagari consonants → Latin, for comparing a Hindi name with an English one. */
const CONSONANTS: Record<string, string> = Object.fromEntries(
	(
		'क K ख K ग G घ G ङ N च C छ C ज J झ J ञ N ट T ठ T ड D ढ D ण N त T थ T द D ध D न N ' +
		'प P फ F ब B भ B म M य Y र R ल L व V श S ष S स S ह H क़ K ख़ K ग़ G ज़ J ड़ R ढ़ R फ़ F'
	)
		.split(' ')
		.reduce<[string, string][]>((a, x, i, all) => (i % 2 ? a : [...a, [x, all[i + 1]]]), [])
);

/**
 * The consonants of a name, the same for "सुनील कुमार" and "SUNIL KUMAR" (SNLKMR): vowels and H
 * are left out (Latin spellings add and drop them freely), W is V, Q is K, Z is J, X is KS,
 * C is K unless CH (C); doubled letters are one.
 */
export function consonants(name: string): string {
	let s: string;
	if (/[\u0900-\u097F]/.test(name))
		s = [...name.normalize('NFD')]
			.map((ch) => CONSONANTS[ch] ?? (ch === '\u0902' ? 'N' : ''))
			.join('');
	else
		s = name
			.toUpperCase()
			.replace(/[^A-Z]/g, '')
			.replace(/CH/g, '\u00c7')
			.replace(/C/g, 'K')
			.replace(/\u00c7/g, 'C')
			.replace(/SH/g, 'S')
			.replace(/PH/g, 'F')
			.replace(/W/g, 'V')
			.replace(/Q/g, 'K')
			.replace(/Z/g, 'J')
			.replace(/X/g, 'KS')
			.replace(/[AEIOUH]/g, '');
	return s.replace(/H/g, '').replace(/(.)\1+/g, '$1');
}

/** 0 (same) … 1 (nothing alike) between a printed candidate name and a declared one. */
export function nameDistance(printed: string, declared: string): number {
	const hindi = /[\u0900-\u097F]/.test(printed);
	const [a, b] = hindi
		? [consonants(printed), consonants(declared)]
		: [nameKey(printed).replace(/\d/g, ''), nameKey(declared).replace(/\d/g, '')];
	if (a.length < 2 || b.length < 2) return 1;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	// a name cut short by its cell, or followed by the party ("SEEMA SACHAN SAMAJWADI PARTY")
	if (short.length >= (hindi ? 4 : 5) && long.startsWith(short)) return 0.05;
	return editDistance(a, b) / long.length;
}

/**
 * Whether a column heading names NOTA however it is spelt: "NOTA", "-NOTA", "Candi date Name 14
 * Nota", "NONE OF ABOVE", "NON OF THE ABOVE", or Kruti Dev "buesa ls dksbZ ugha" (इनमें से कोई
 * नहीं) and "uksVk" (नोटा).
 */
export function notaName(name: string): boolean {
	const en = name.toLowerCase().replace(/[^a-z]/g, '');
	if (/nota$|^nota|none?oft?h?e?above/.test(en)) return true;
	const hi = (/[\u0900-\u097F]/.test(name) ? name : krutiDevToUnicode(name)).replace(/\s/g, '');
	return /इनमेंसेकोई|इनमेसेकोई|उपरोक्तमेंसे|नोटा|कोईनहीं/.test(hi);
}

/** Whether a printed party ("B.J.P.", "Bhartiya Janta Party", "IND") names the declared one. */
export function sameParty(printed: string, code: string, fullName: string): boolean | null {
	const p = printed.toLowerCase().replace(/[^a-z]/g, '');
	if (p.length < 2) return null;
	const c = code.toLowerCase().replace(/[^a-z]/g, '');
	const full = fullName.toLowerCase().replace(/[^a-z]/g, '');
	const initials = fullName
		.replace(/\(.*?\)/g, '')
		.split(/[\s-]+/)
		.filter(Boolean)
		.map((w) => w[0].toLowerCase())
		.join('');
	if (p === c || p === initials || (full && editDistance(p, full) <= Math.max(2, full.length / 6)))
		return true;
	if ((c === 'ind' && /^indp?t?|^independ|^nirdal/.test(p)) || (p.startsWith('ind') && c === 'ind'))
		return true;
	return false;
}

export interface ColumnMatch {
	/** declared candidate index per table candidate column; null: none (reported by the caller) */
	declared: (number | null)[];
	/** per column, how it was matched: 'name' (and votes), 'votes' (the name did not help) */
	by: ('name' | 'votes' | 'nota')[];
}

/**
 * Pairs the file's candidate columns with the declared candidates, one to one: each pair costs
 * how unlike the names are (English letters, or the consonants of a Hindi name), how far the
 * column's booth votes plus postal ballots are from the declared votes, and whether the printed
 * party differs; the cheapest pairs are taken first. NOTA pairs with NOTA.
 */
export function matchColumns(
	table: Form20Table,
	declared: DeclaredCandidate[],
	sums: number[]
): ColumnMatch {
	const pairs: { i: number; j: number; cost: number; byName: boolean }[] = [];
	const notaCols = table.candidates.map((c) => c.nota || c.party === 'NOTA' || notaName(c.name));
	table.candidates.forEach((c, i) => {
		const got = sums[i] + (table.postal?.[i] ?? 0);
		const nota = notaCols[i];
		declared.forEach((d, j) => {
			if (nota !== d.nota) return;
			const nd = nota
				? 0
				: Math.min(...[d.candidate, ...d.alt].map((n) => nameDistance(c.name, n)));
			const vd = Math.min(...d.votes.map((v) => Math.abs(v - got) / Math.max(v, 50)));
			const party = nota ? true : sameParty(c.party, d.party, d.party_name);
			const cost =
				Math.min(nd, 0.6) + Math.min(vd, 0.6) + (party === false ? 0.1 : party === null ? 0.05 : 0);
			pairs.push({ i, j, cost, byName: nd <= 0.3 });
		});
	});
	pairs.sort((a, b) => a.cost - b.cost || a.i - b.i);
	const out: ColumnMatch = {
		declared: table.candidates.map(() => null),
		by: table.candidates.map(() => 'votes')
	};
	const used = new Set<number>();
	for (const p of pairs) {
		if (out.declared[p.i] !== null || used.has(p.j)) continue;
		out.declared[p.i] = p.j;
		out.by[p.i] = notaCols[p.i] ? 'nota' : p.byName ? 'name' : 'votes';
		used.add(p.j);
	}
	return out;
}
