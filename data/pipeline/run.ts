/**
 * `npm run data`: builds static/data/ from data/raw/. Fails with a message naming the unit when a
 * check fails. Usage: tsx data/pipeline/run.ts [--out <dir>] (default static/data).
 *
 * Writes: results.parquet, contests.parquet, acs.parquet, pcs.parquet, parties.parquet,
 * alliances.parquet, elections.parquet, ac.geojson, pc.geojson, state.geojson, manifest.json.
 *
 * The tests (tests/data/pipeline.test.ts) import runPipeline and run it in their own process,
 * without a child process per run; run as a script, this module calls it and exits 1 on failure.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TABLES } from '../../src/lib/db/tables.ts';
import type { ElectionRow } from '../../src/lib/model/types.ts';
import { describeFile, FILES, SOURCES } from './attribution.ts';
import { buildGeometry } from './geometry.ts';
import { allianceRows, partyRows } from './parties.ts';
import { Report } from './report.ts';
import { buildLs2014Booths, type BoothBaseline } from './booths.ts';
import {
	buildAe2017Booths,
	readAe2017Baseline,
	threeWayCheck,
	type OrderFindings,
	type BaselineProblem
} from './booths-ae2017.ts';
import { AE2017_ACS, readAe2017Tables } from './form20-ae2017.ts';
import { createNodeDb } from '../../src/lib/db/duckdb-node.ts';
import { buildResults } from './results.ts';
import { DEMO_FILE, demoOrganisation } from './demo-org.ts';
import { parseOrgText } from '../../src/lib/import/org-import.ts';
import { readDelimitation } from './sources.ts';
import { writeSnapshots } from './snapshot.ts';
import { writeParquet } from './write.ts';

const ELECTIONS: ElectionRow[] = [
	...([2009, 2014, 2019] as const).map((year) => ({
		election_id: `LS${year}` as const,
		kind: 'LS' as const,
		year,
		label_en: `Lok Sabha ${year}`,
		label_hi: `लोकसभा ${year}`,
		note: 'PC totals: TCPD Lok Dhaba, postal ballots included. Assembly segments: ElectionLens, EVM votes only. Postal ballots derived: TCPD total − segment EVM votes.',
		note_hi:
			'लोकसभा सीट के कुल मत: TCPD लोक ढाबा, डाक मतपत्र सहित। विधानसभा क्षेत्रवार मत: ElectionLens, केवल EVM मत। डाक मत निकाले गए: TCPD कुल मत − क्षेत्रवार EVM मत।'
	})),
	{
		election_id: 'LS2024',
		kind: 'LS',
		year: 2024,
		label_en: 'Lok Sabha 2024',
		label_hi: 'लोकसभा 2024',
		note: 'PC totals: ECI results, EVM + postal. Electors: ElectionLens. Assembly segments: ElectionLens, EVM votes only, without NOTA.',
		note_hi:
			'लोकसभा सीट के कुल मत: चुनाव आयोग (ECI) के परिणाम, EVM + डाक मत। मतदाता: ElectionLens। विधानसभा क्षेत्रवार मत: ElectionLens, केवल EVM मत, नोटा के बिना।'
	},
	...([2012, 2017, 2022] as const).map((year) => ({
		election_id: `AE${year}` as const,
		kind: 'AE' as const,
		year,
		label_en: `Vidhan Sabha ${year}`,
		label_hi: `विधानसभा ${year}`,
		note: 'AC results: ElectionLens (TCPD-derived).',
		note_hi: 'विधानसभा क्षेत्र के परिणाम: ElectionLens (TCPD पर आधारित)।'
	}))
];

/** Reviewed differences between Form 20 booth sums and the segment results (see booths.ts). */
const BASELINE_FILE = join(import.meta.dirname, 'booth-baseline-ls2014.json');
const readBaseline = (): BoothBaseline =>
	existsSync(BASELINE_FILE)
		? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as BoothBaseline)
		: {};
const AE2017_BASELINE_FILE = join(import.meta.dirname, 'booth-baseline-ae2017.json');
const AE2017_EXCEPTIONS_FILE = join(import.meta.dirname, 'form20-ae2017-exceptions.json');
/** ACs whose winner or runner-up differs between the three AE2017 sources, reviewed. */
const AE2017_ORDER_FILE = join(import.meta.dirname, 'three-way-ae2017.json');
const readJsonFile = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
/** The site's data as committed (reviewed): what a changed booth is compared with. */
const COMMITTED = join(import.meta.dirname, '..', '..', 'static', 'data');

/**
 * The booths of a failing AC column whose votes differ from the committed booth_results.parquet,
 * e.g. 'Booth 57: 413 now, 412 in the committed data.'
 */
async function changedBooths(
	p: BaselineProblem,
	rows: { ac_no: number; part_no: number; candidate: string; votes: number }[]
): Promise<string> {
	const file = join(COMMITTED, 'booth_results.parquet');
	if (!existsSync(file)) return '';
	const db = await createNodeDb(COMMITTED);
	try {
		const old = await db.query<{ part_no: number; votes: number }>(
			`SELECT part_no, votes FROM booth_results WHERE election_id = 'AE2017' AND ac_no = ${p.ac_no} AND candidate = '${p.candidate.replace(/'/g, "''")}'`
		);
		const before = new Map(old.map((r) => [r.part_no, r.votes]));
		const now = rows.filter((r) => r.ac_no === p.ac_no && r.candidate === p.candidate);
		const diffs = now
			.filter((r) => before.get(r.part_no) !== r.votes)
			.map(
				(r) =>
					`booth ${r.part_no}: ${r.votes} now, ${before.get(r.part_no) ?? 'none'} in the committed data`
			);
		for (const [part_no, votes] of before)
			if (!now.some((r) => r.part_no === part_no))
				diffs.push(`booth ${part_no}: no row now, ${votes} in the committed data`);
		return diffs.length
			? ` Changed since the committed static/data: ${diffs.slice(0, 5).join('; ')}${diffs.length > 5 ? `; and ${diffs.length - 5} more` : ''}.`
			: ' No booth of this column differs from the committed static/data.';
	} finally {
		await db.close();
	}
}

/**
 * The pipeline with the command line's arguments (`['--out', dir]`). Throws, naming the unit,
 * when a check fails, leaving the target as it was. `log` takes the progress and summary lines.
 */
export async function runPipeline(argv: string[], log: (line: string) => void = console.log) {
	const { values } = parseArgs({
		args: argv,
		options: {
			out: { type: 'string', default: 'static/data' },
			// After reviewing new differences between Form 20 and the segment results.
			'update-booth-baseline': { type: 'boolean', default: false }
		}
	});
	const target = resolve(values.out);
	// Everything is written to a sibling folder that replaces the target only when complete, so a
	// failed run leaves the previous data as it was.
	const out = `${target}.partial`;
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const report = new Report();
	const t0 = Date.now();

	const delim = readDelimitation();
	const { contests, results, partyNames } = buildResults(report);
	const geo = await buildGeometry(delim, report);

	const acFeatures = new Map(geo.ac.features.map((f) => [f.properties.ac_no, f]));
	const ls2014 = buildLs2014Booths(
		acFeatures,
		results,
		readBaseline(),
		report,
		values['update-booth-baseline']
	);
	if (values['update-booth-baseline']) {
		writeFileSync(BASELINE_FILE, JSON.stringify(ls2014.baseline) + '\n');
		log(`Wrote ${BASELINE_FILE} (${Object.keys(ls2014.baseline).length} ACs with differences)`);
	}
	// Segment electors for LS2014 from Form 20, where the booth rows account for the segment's votes.
	for (const c of contests) {
		if (c.election_id !== 'LS2014' || c.level !== 'SEG') continue;
		const cov = ls2014.coverage.find((x) => x.ac_no === c.ac_no);
		if (cov?.status !== 'exact' && cov?.status !== 'close') continue;
		c.electors = ls2014.booths
			.filter((b) => b.ac_no === c.ac_no)
			.reduce((s, b) => s + (b.electors ?? 0), 0);
		c.turnout_pct = Math.round((c.valid_votes / c.electors) * 10000) / 100;
	}
	report.note(
		'LS2014 segments: electors (and so turnout) are the sums of Form 20 booth electors, for ACs whose booth votes are exact or within 1% of the segment result.'
	);
	const form20 = await readAe2017Tables(AE2017_ACS);
	// How many files came from the parse cache depends on the machine, not the data: it is logged,
	// never written into the manifest (static/data must be the same on every machine).
	log(
		`Form 20 AE2017: ${form20.stats.files} files in ${(form20.stats.ms / 1000).toFixed(1)} s, ${form20.stats.cached} read from the cache (node_modules/.cache/kshetra-form20), ${form20.stats.files - form20.stats.cached} parsed${form20.stats.workers ? ` in ${form20.stats.workers} worker threads` : ''}`
	);
	// An AC whose file cannot be read must be a reviewed exception, and an exception must still fail.
	const exceptions = readJsonFile<Record<string, { reason: string }>>(AE2017_EXCEPTIONS_FILE);
	for (const [ac, message] of form20.errors)
		if (!exceptions[ac])
			throw new Error(
				`${message} (AC ${ac} is not in data/pipeline/form20-ae2017-exceptions.json)`
			);
	for (const ac of Object.keys(exceptions))
		if (form20.tables.has(+ac))
			throw new Error(
				`data/pipeline/form20-ae2017-exceptions.json: AC ${ac}'s Form 20 now reads; remove its exception`
			);
	for (const [ac, e] of Object.entries(exceptions))
		report.note(`AE2017 AC ${ac}: no booth results; the Form 20 file cannot be read: ${e.reason}`);
	const { acColumns, orders } = threeWayCheck(form20.tables, results, contests, report);
	const updateAe2017 = values['update-booth-baseline'];
	// A change in which sources agree on an AC's winner and runner-up needs review, as the baseline.
	const reviewedOrders = existsSync(AE2017_ORDER_FILE)
		? readJsonFile<OrderFindings>(AE2017_ORDER_FILE)
		: {};
	if (updateAe2017) writeFileSync(AE2017_ORDER_FILE, JSON.stringify(orders, null, '\t') + '\n');
	else
		for (const ac of new Set([...Object.keys(orders), ...Object.keys(reviewedOrders)]))
			if (JSON.stringify(orders[ac]) !== JSON.stringify(reviewedOrders[ac]))
				throw new Error(
					`AE2017 AC ${ac}: winner and runner-up by source ${orders[ac] ? `are now: ${orders[ac].reason}` : 'now agree'}; data/pipeline/three-way-ae2017.json says ${reviewedOrders[ac] ? reviewedOrders[ac].reason : 'they agree'}. Re-run with --update-booth-baseline after checking, and review the change.`
				);
	const ae2017 = buildAe2017Booths(
		acColumns,
		acFeatures,
		readAe2017Baseline(AE2017_BASELINE_FILE),
		report,
		updateAe2017
	);
	if (ae2017.problems.length) {
		const [first, ...rest] = ae2017.problems;
		throw new Error(
			first.message +
				(await changedBooths(first, ae2017.results)) +
				(rest.length
					? `\n  and ${rest.length} more AC(s): ${rest
							.slice(0, 5)
							.map((p) => p.message)
							.join('\n  ')}`
					: '')
		);
	}
	if (updateAe2017) {
		writeFileSync(AE2017_BASELINE_FILE, JSON.stringify(ae2017.baseline, null, '\t') + '\n');
		log(`Wrote ${AE2017_BASELINE_FILE} (${Object.keys(ae2017.baseline).length} ACs not exact)`);
	}
	const booths = [...ls2014.booths, ...ae2017.booths];
	// The demo organisation file covers Kanpur's five ACs only, as before the state-wide booths.
	const kanpurAc = (r: { ac_no: number }) => r.ac_no >= 212 && r.ac_no <= 216;
	const demoCsv = demoOrganisation(ae2017.booths.filter(kanpurAc), ae2017.results.filter(kanpurAc));
	const demoCheck = parseOrgText(demoCsv, DEMO_FILE, {
		booths: (ac) => new Set(ae2017.booths.filter((b) => b.ac_no === ac).map((b) => b.part_no))
	});
	report.check(
		'the demo organisation file parses with no problems against the AE2017 booths',
		[demoCheck],
		() => DEMO_FILE,
		(r) =>
			r.problems.length ? `${r.problems.length} problems, first: ${r.problems[0].message}` : null
	);
	report.note(
		`Demo organisation data for Kanpur (invented, labelled demo): ${demoCheck.rows.length} booth rows in ${DEMO_FILE}.`
	);
	const boothResults = [...ls2014.results, ...ae2017.results];
	const boothCoverage = [...ls2014.coverage, ...ae2017.coverage];

	const parties = partyRows(
		results.map((r) => r.party),
		partyNames
	);
	const alliances = allianceRows();
	const partyCodes = new Set(parties.map((p) => p.party));
	report.check(
		'every alliance party appears in the results of its election',
		alliances,
		(a) => `${a.election_id} ${a.party}`,
		(a) =>
			results.some((r) => r.election_id === a.election_id && r.party === a.party)
				? null
				: 'party not found in that election'
	);
	report.check(
		'every same_as code (parties.ts SAME_PARTY) is a party code of the results',
		parties.filter((p) => p.same_as),
		(p) => `${p.party} → ${p.same_as}`,
		(p) => (partyCodes.has(p.same_as!) ? null : 'same_as names no party in the results')
	);
	const acNos = new Set(geo.acRows.map((a) => a.ac_no));
	report.check(
		'every result row names a known AC and party',
		results,
		(r) => `${r.election_id} ${r.level} PC ${r.pc_no} AC ${r.ac_no}`,
		(r) =>
			(r.ac_no === null || acNos.has(r.ac_no)) && partyCodes.has(r.party)
				? null
				: 'unknown AC or party'
	);

	// Column types come from the site's table definitions, so writer and reader cannot disagree.
	const table = <R extends object>(
		name: string,
		rows: R[],
		orderBy: string,
		rowGroupSize?: number
	) => {
		const def = TABLES.find((t) => t.name === name);
		if (!def) throw new Error(`no table "${name}" in src/lib/db/tables.ts`);
		return { name, columns: def.columns, orderBy, rows, rowGroupSize };
	};
	await writeParquet(out, [
		table(
			'results',
			results,
			'election_id, level, pc_no, ac_no NULLS FIRST, votes DESC, candidate'
		),
		table('contests', contests, 'election_id, level, pc_no, ac_no NULLS FIRST'),
		table('acs', geo.acRows, 'ac_no'),
		table('pcs', geo.pcRows, 'pc_no'),
		table('parties', parties, 'party'),
		table('alliances', alliances, 'election_id, alliance, party'),
		// Booth tables are sorted by AC first and cut into small row groups, so that the site can
		// fetch one AC's rows (all elections) with a few range requests.
		table('booths', booths, 'ac_no, election_id, part_no', 10_240),
		table(
			'booth_results',
			boothResults,
			'ac_no, election_id, part_no, votes DESC, candidate',
			20_480
		),
		table('booth_coverage', boothCoverage, 'election_id, ac_no'),
		table('elections', ELECTIONS, 'year, kind')
	]);
	writeFileSync(join(out, 'ac.geojson'), JSON.stringify(geo.ac));
	writeFileSync(join(out, 'pc.geojson'), JSON.stringify(geo.pc));
	writeFileSync(join(out, 'state.geojson'), JSON.stringify(geo.state));
	mkdirSync(join(out, 'demo'), { recursive: true });
	writeFileSync(join(out, DEMO_FILE), demoCsv);
	// One small file per seat (its AC segments and its outline), so a seat view loads a few KB.
	mkdirSync(join(out, 'seat'), { recursive: true });
	for (const pc of geo.pc.features) {
		const features = [
			...geo.ac.features.filter((f) => f.properties.pc_no === pc.properties.pc_no),
			{ ...pc, properties: { ...pc.properties, kind: 'pc' } }
		];
		writeFileSync(
			join(out, 'seat', `${pc.properties.pc_no}.geojson`),
			JSON.stringify({ type: 'FeatureCollection', features })
		);
	}

	// The answers to the queries views ask first, so that the first map needs no DuckDB-wasm.
	await writeSnapshots(
		out,
		geo.pc.features.map((f) => f.properties.pc_no)
	);

	const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
		.filter((f) => f !== 'manifest.json' && statSync(join(out, f)).isFile())
		.sort()
		.map((f) => {
			const bytes = readFileSync(join(out, f));
			return {
				file: f,
				bytes: bytes.length,
				sha256: createHash('sha256').update(bytes).digest('hex')
			};
		});
	// What each shipped file holds and where it comes from; a file no entry describes stops here.
	const shipped = FILES.map((d) => ({ ...d, files: 0, bytes: 0 }));
	for (const f of files) {
		const group = shipped[FILES.indexOf(describeFile(f.file))];
		group.files++;
		group.bytes += f.bytes;
	}
	for (const g of shipped) {
		if (!g.files)
			throw new Error(`data/pipeline/attribution.ts FILES: no file matches ${g.pattern}`);
		for (const id of g.sources)
			if (!SOURCES.some((s) => s.id === id))
				throw new Error(`data/pipeline/attribution.ts FILES ${g.pattern}: unknown source ${id}`);
	}
	const manifest = {
		generated_by: 'npm run data (data/pipeline/run.ts) from data/raw; see data/raw/SOURCES.md',
		rows: {
			results: results.length,
			contests: contests.length,
			acs: geo.acRows.length,
			pcs: geo.pcRows.length,
			parties: parties.length,
			alliances: alliances.length,
			elections: ELECTIONS.length,
			booths: booths.length,
			booth_results: boothResults.length
		},
		files,
		sources: SOURCES,
		shipped,
		checks: report.checks,
		repairs: report.repairs,
		notes: report.notes
	};
	writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	rmSync(target, { recursive: true, force: true });
	renameSync(out, target);

	log(`Wrote ${files.length} files to ${target} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	log(`Checks passed (${report.checks.length}):`);
	for (const c of report.checks) log(`  ✓ ${c.check} [${c.units} units]`);
	log('Repairs:');
	for (const r of report.repairs) log(`  • ${r}`);
	log('Notes:');
	for (const n of report.notes) log(`  • ${n}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
	runPipeline(process.argv.slice(2)).catch((e: Error) => {
		console.error(`\nnpm run data failed: ${e.message}`);
		process.exit(1);
	});
