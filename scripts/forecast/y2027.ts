/**
 * The 2027 target page's data (static/forecast/y2027.json): every AC's blended baseline for the
 * Vidhan Sabha 2027 projection (the elections and weights defaults.json names, the same
 * Backtester.baseline the backtests use), its district and Lok Sabha seat, who won it in 2022 and
 * who led its segment in 2024, with names (English and Hindi) and party colours, so that /2027/
 * needs no database: the page and its worker run the engine (runForecast) on these units.
 *
 *   npm run forecast:2027        → writes static/forecast/y2027.json (about 3 s)
 *
 * Deterministic: tests/sql/y2027.test.ts checks the committed file against a fresh build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createNodeDb } from '../../src/lib/db/duckdb-node.ts';
import type { Y2027File } from '../../src/lib/forecast/y2027.ts';
import { Backtester, type ModelSettings } from '../../src/lib/model/forecast/backtest.ts';
import defaults from '../../src/lib/model/forecast/defaults.json' with { type: 'json' };
import { TARGET_2027 } from '../../src/lib/model/forecast/scenario-2027.ts';
import type { UnitVotes } from '../../src/lib/model/forecast/types.ts';
import { sqlFile } from '../../src/lib/sql/params.ts';
import { loadHistory } from './load.ts';

const SQL_DIR = join(import.meta.dirname, '../../src/lib/sql');
const sql = (name: Parameters<typeof sqlFile>[0]) =>
	readFileSync(join(SQL_DIR, sqlFile(name)), 'utf8');

/** The party with most votes (a declared result: its best candidate) and its lead in points. */
function leader(u: UnitVotes | undefined, useTop: boolean): { party: string; lead: number } | null {
	if (!u || u.total <= 0) return null;
	const v = Object.entries((useTop && u.top) || u.votes).sort((a, b) => b[1] - a[1]);
	if (!v.length) return null;
	return { party: v[0][0], lead: (100 * (v[0][1] - (v[1]?.[1] ?? 0))) / u.total };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A declared result's shares by party (points, 3 decimals; NOTA left out) and its winner's share
 * (the best candidate's), so that /2027/ can tell by how much a bloc, whatever its parties, was
 * behind the winner ("seats we lost by under 5 pts").
 */
function shares(u: UnitVotes | undefined, winner: string | undefined) {
	if (!u || u.total <= 0 || !winner) return { share2022: null, winShare2022: null };
	const share2022 = Object.fromEntries(
		Object.entries(u.votes)
			.filter(([p, v]) => p !== 'NOTA' && v > 0)
			.map(([p, v]) => [p, r3((100 * v) / u.total)])
	);
	return { share2022, winShare2022: r3((100 * (u.top?.[winner] ?? u.votes[winner])) / u.total) };
}

/** `settings`: the defaults' (another only for comparisons: forecast:diagnose -- --nosplit). */
export async function build2027File(
	dataDir: string,
	settings = defaults.settings as ModelSettings
): Promise<Y2027File> {
	const h = await loadHistory(dataDir);
	const b = new Backtester(h);
	const { units, used } = b.baseline(TARGET_2027, settings);
	const db = await createNodeDb(dataDir);
	try {
		const [acs, pcs, parties] = await Promise.all([
			db.query<{ ac_no: number; ac_name: string; ac_name_hi: string; district: string }>(
				sql('acs')
			),
			db.query<{ pc_no: number; pc_name: string; pc_name_hi: string }>(sql('pcs')),
			db.query<{ party: string; name_en: string; name_hi: string | null; colour: string }>(
				sql('parties')
			)
		]);
		const acName = new Map(acs.map((a) => [a.ac_no, a]));
		const ae22 = h.elections.get('AE2022')!;
		const ls24 = h.elections.get('LS2024')!;
		const seen = new Set<string>();
		const rows = h.acs.map((a, i) => {
			const u = units[i];
			for (const p of Object.keys(u.votes)) seen.add(p);
			const won = leader(ae22.contests.get(a.ac_no), true);
			const led = leader(ls24.units.get(a.ac_no), false);
			if (won) seen.add(won.party);
			if (led) seen.add(led.party);
			return {
				ac: a.ac_no,
				pc: a.pc_no,
				name: acName.get(a.ac_no)?.ac_name ?? `AC ${a.ac_no}`,
				name_hi: acName.get(a.ac_no)?.ac_name_hi ?? '',
				district: a.district,
				votes: u.votes,
				total: u.total,
				won2022: won?.party ?? null,
				margin2022: won ? r3(won.lead) : null,
				...shares(ae22.contests.get(a.ac_no), won?.party),
				led2024: led?.party ?? null,
				lead2024: led ? r3(led.lead) : null
			};
		});
		return {
			about:
				'Written by npm run forecast:2027 (scripts/forecast/y2027.ts) from static/data and defaults.json; do not edit. votes: each AC’s baseline for 2027, blended from the elections in `baseline` (shares averaged by weight), as the forecast engine uses it. won2022: the AC’s winner in the 2022 Vidhan Sabha election and the lead in points; share2022: that election’s shares by party (points, NOTA left out), winShare2022 the winner’s; led2024: the party that led the AC’s segment in the 2024 Lok Sabha election.',
			baseline: used,
			acs: rows,
			pcs: Object.fromEntries(pcs.map((p) => [p.pc_no, [p.pc_name, p.pc_name_hi]])),
			parties: Object.fromEntries(
				parties
					.filter((p) => seen.has(p.party))
					.map((p) => [p.party, [p.name_en, p.name_hi ?? p.name_en, p.colour]])
			)
		};
	} finally {
		await db.close();
	}
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
	const ROOT = join(import.meta.dirname, '../..');
	const file = join(ROOT, 'static/forecast/y2027.json');
	const data = await build2027File(join(ROOT, 'static/data'));
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(data) + '\n');
	console.log(`wrote static/forecast/y2027.json: ${data.acs.length} ACs`);
}
