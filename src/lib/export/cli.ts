/**
 * `npm run export`: writes an embeddable folder for one view from the command line, so a report
 * can be rebuilt after the data changes. Loaded by scripts/export.ts through Vite (for $lib and
 * the SQL files); uses the same queries, colouring and spec builders as the site.
 *
 *   npm run export -- --seat 43 --view winner --election AE2022 --lang hi --out dist/kanpur
 *   → dist/kanpur/{index.html, view.json, embed.js, embed.css, maplibre-gl-worker.mjs, view.svg, table.csv, units.geojson}
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { createNodeDb } from '$lib/db/duckdb-node.ts';
import { loadMeta } from '$lib/data/meta.ts';
import { formatPts } from '$lib/i18n/format.ts';
import { colourWith } from '$lib/map/colouring.ts';
import { i18n, t } from '$lib/i18n/lang.svelte.ts';
import { acName } from '$lib/i18n/names.ts';
import { loadUnitResults } from '$lib/data/results.ts';
import { marginColouring, METRICS, type Metric } from '$lib/model/metrics.ts';
import { ELECTION_IDS, type ElectionId } from '$lib/model/types.ts';
import { loadAreas } from '$lib/data/contest.ts';
import { contestScenario, projectAreas, type Contest } from '$lib/model/contest/contest.ts';
import { DEFAULT_WHATIF, sameAsOf } from '$lib/model/contest/settings.ts';
import { allianceName } from '$lib/winnability/settings.ts';
import { embedHtml, toEmbedView } from '../../embed/view.ts';
import { labelDetail, tcpdNote, unitsSpec } from './specs.ts';
import type { ExportSpec } from './spec.ts';
import { tableCsv } from './table-csv.ts';
import { toGeoJson } from './to-geojson.ts';
import { toSvg } from './to-svg.ts';

const USAGE =
	'usage: npm run export -- --seat <1-80> [--view winner|margin|share|turnout|winnability] [--election AE2022] [--party SP] [--lang en|hi] [--site-url https://…] --out <folder>';

export async function main(argv: string[], root: string): Promise<string> {
	const { values } = parseArgs({
		args: argv,
		options: {
			seat: { type: 'string' },
			view: { type: 'string', default: 'winner' },
			election: { type: 'string', default: 'AE2022' },
			party: { type: 'string', default: 'SP' },
			lang: { type: 'string', default: 'en' },
			out: { type: 'string' },
			'site-url': { type: 'string', default: '' }
		}
	});
	const pc = Number(values.seat);
	const view = values.view;
	const election = values.election as ElectionId;
	const lang = values.lang === 'hi' ? 'hi' : 'en';
	// Every text of the export (names, legend, notes) follows the interface language.
	i18n.lang = lang;
	if (!Number.isInteger(pc) || pc < 1 || pc > 80)
		throw new Error(`--seat must be a Lok Sabha seat of UP, 1 to 80. ${USAGE}`);
	if (!values.out) throw new Error(`--out is required. ${USAGE}`);
	if (!(ELECTION_IDS as readonly string[]).includes(election))
		throw new Error(`--election must be one of ${ELECTION_IDS.join(', ')}`);
	if (view !== 'winnability' && !(METRICS as readonly string[]).includes(view))
		throw new Error(`--view must be winnability or one of ${METRICS.join(', ')}`);

	const dataDir = join(root, 'static/data');
	const kitDir = join(root, 'static/embed-kit');
	if (!existsSync(join(kitDir, 'manifest.json')))
		throw new Error('the embed kit is not built: run npm run build:embed first');
	const db = await createNodeDb(dataDir);
	try {
		const meta = await loadMeta(db);
		const seat = JSON.parse(
			readFileSync(join(dataDir, 'seat', `${pc}.geojson`), 'utf8')
		) as FeatureCollection;
		const units: FeatureCollection = {
			type: 'FeatureCollection',
			features: seat.features.filter((f) => f.properties?.kind !== 'pc')
		};
		const outline: FeatureCollection = {
			type: 'FeatureCollection',
			features: seat.features.filter((f) => f.properties?.kind === 'pc')
		};
		const pcRow = meta.pcs.get(pc)!;
		const place = t('common.place', { name: meta.pcName(pc), pc });
		const link = values['site-url']
			? new URL(
					`seat/${pc}/${view === 'winnability' ? 'winnability/' : `?e=${election}&m=${view}&p=${values.party}`}`,
					values['site-url']
				).href
			: '';
		const acIds = units.features.map((f) => Number(f.properties?.ac_no));
		const labelOf = (id: number) => {
			const p = units.features.find((f) => Number(f.properties?.ac_no) === id)!.properties!;
			return {
				lngLat: [p.label_lon, p.label_lat] as [number, number],
				title: acName(p as { ac_name: string; ac_name_hi?: string })
			};
		};

		let spec: ExportSpec;
		if (view === 'winnability') {
			// the winnability page's numbers at the default settings (model/contest)
			const contest: Contest = { kind: 'pc', pc };
			const areas = await loadAreas(db, contest);
			const scenario = contestScenario({ contest, areas, booths: new Map() }, DEFAULT_WHATIF, {
				alliances: meta.alliances,
				sameAs: sameAsOf(meta.parties.values()),
				allianceName
			});
			const seg = projectAreas(areas, DEFAULT_WHATIF.base, scenario);
			const colouring = marginColouring(
				seg.areas.map((s) => ({ id: s.ac_no, marginPts: s.projection.marginPts })),
				t
			);
			const vals = new Map(
				seg.areas.map((s) => [
					s.ac_no,
					{
						name: meta.acName(s.ac_no),
						projected_margin_pts: Math.round(s.projection.marginPts * 10) / 10,
						leader: s.projection.winning ? t('win.us') : s.projection.leader,
						persuade_votes_needed: s.projection.neededPersuasion
					}
				])
			);
			spec = {
				fileBase: `pc${pc}-winnability`,
				title: t('export.cliWinTitle', { place, side: scenario.side.join(' + ') }),
				subtitle: t('export.cliWinSubtitle'),
				units,
				idProperty: 'ac_no',
				colours: colouring.colours,
				outline,
				labels: seg.areas.map((s) => ({
					...labelOf(s.ac_no),
					detail: formatPts(s.projection.marginPts)
				})),
				legendTitle: t('win.exportMarginLegend'),
				legend: colouring.legend,
				legendNote: colouring.note,
				source: `${t('export.cliWinSource')} ${tcpdNote()}`,
				caveats: [t('export.cliWinCaveat')],
				table: {
					columns: ['ac_no', ...Object.keys([...vals.values()][0] ?? {})],
					rows: [...vals].map(([ac_no, v]) => ({ ac_no, ...v }))
				},
				values: vals,
				link,
				hasPrivate: false,
				lang
			};
		} else {
			const metric = view as Metric;
			const rows = (await loadUnitResults(db, election, 'ac', values.party)).filter((r) =>
				acIds.includes(r.unit_no)
			);
			const colouring = colourWith(meta, metric, rows, { party: values.party });
			const e = meta.election(election);
			spec = unitsSpec({
				kind: 'seat',
				place,
				placeEn: `${pcRow.pc_name} (PC ${pc})`,
				election: e,
				metric,
				party: values.party,
				units,
				idProperty: 'ac_no',
				outline,
				rows,
				colouring,
				labels: rows.map((r) => ({
					...labelOf(r.unit_no),
					detail: labelDetail(metric, r, values.party)
				})),
				nameOf: (id) => meta.acName(id),
				meta,
				link,
				lang
			});
		}

		const out = values.out;
		mkdirSync(out, { recursive: true });
		const kit = JSON.parse(readFileSync(join(kitDir, 'manifest.json'), 'utf8')) as {
			files: string[];
		};
		for (const f of kit.files) cpSync(join(kitDir, f), join(out, f));
		const ev = toEmbedView(spec);
		writeFileSync(join(out, 'view.json'), JSON.stringify(ev));
		writeFileSync(join(out, 'index.html'), embedHtml(ev));
		writeFileSync(join(out, 'view.svg'), toSvg(spec));
		writeFileSync(join(out, 'table.csv'), '\uFEFF' + tableCsv(spec));
		writeFileSync(join(out, 'units.geojson'), toGeoJson(spec));
		return out;
	} finally {
		await db.close();
	}
}
