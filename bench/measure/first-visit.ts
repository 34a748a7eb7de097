/**
 * Issue 15's rows, side by side in one run: each run measures, one after another on new Chromium
 * profiles, the seat page and the bare MapLibre page cold on localhost, the same two on the slow
 * line (1.6 Mbit/s, 150 ms: CDP Network.emulateNetworkConditions, through the precompressed
 * files scripts/serve.ts sends), the booth view /seat/43/ac/213/ cold (its bytes until its
 * booths are drawn) and the click from AC 212 to its sibling 213. Interleaving the kinds run by
 * run puts a busy machine's load on all of them alike; the ratio to bare MapLibre is taken
 * within the run.
 */
import type { Row } from '../lib/report.ts';
import { check } from '../lib/report.ts';
import { mb, range, summarize } from '../lib/stats.ts';
import { acColdLoad, acSiblingClick, type AcOpen } from './ac-open.ts';
import { bareVisit } from './bare.ts';
import { describe, type Bytes } from './bytes.ts';
import { coldSeatVisit, type SeatVisit } from './first-map.ts';

export interface FirstVisit {
	local: { site: SeatVisit; bare: number }[];
	slow: { site: SeatVisit; bare: number | undefined }[];
	booth: AcOpen[];
	sibling: AcOpen[];
}

export async function firstVisit(
	base: string,
	o: { runs: number; localCap: number; slowCap: number; say: (s: string) => void }
): Promise<FirstVisit> {
	const out: FirstVisit = { local: [], slow: [], booth: [], sibling: [] };
	for (let i = 0; i < o.runs; i++) {
		o.say(`first visit, run ${i + 1}/${o.runs}: localhost, slow line, booth view, sibling AC`);
		for (const slow of [false, true]) {
			const cap = slow ? o.slowCap : o.localCap;
			const { visit, session } = await coldSeatVisit(base, { slow, capMs: cap });
			await session.close();
			if (visit.firstMap === undefined && !slow)
				throw new Error('the seat page did not draw its map on localhost');
			const bare = (await bareVisit(base, { slow, capMs: cap })).firstMap;
			if (slow) out.slow.push({ site: visit, bare });
			else out.local.push({ site: visit, bare: bare! });
		}
		// the engine (6 MB compressed, 34 MB to compile) comes before the booths: three times the cap
		out.booth.push(await acColdLoad(base, 3 * o.localCap));
		out.sibling.push(await acSiblingClick(base, 3 * o.localCap));
	}
	return out;
}

function medianBytes(list: Bytes[]): Bytes {
	const keys = Object.keys(list[0]) as (keyof Bytes)[];
	return Object.fromEntries(keys.map((k) => [k, summarize(list.map((b) => b[k])).median])) as Bytes;
}

export function firstVisitRows(f: FirstVisit, slowCap: number): Row[] {
	const S = summarize;
	const ratio = (site: number[], bare: number[]) =>
		`${(S(site).median / S(bare).median).toFixed(2)}× bare (bare ${range(S(bare))})`;
	const local = f.local.map((r) => r.site.firstMap!);
	const localBare = f.local.map((r) => r.bare);
	const slowDone = f.slow.filter((r) => r.site.firstMap !== undefined);
	const slowSite = slowDone.map((r) => r.site.firstMap!);
	const slowBare = f.slow.flatMap((r) => (r.bare === undefined ? [] : [r.bare]));
	const cut = f.slow.length - slowDone.length;
	const booth = medianBytes(f.booth.map((b) => b.drawnBytes!));
	const firstBytes = medianBytes(f.local.map((r) => r.site.bytesFirstMap!));
	const sibling = S(f.sibling.map((c) => c.ms));
	const svgLocal = f.local.flatMap((r) => (r.site.svgMap === undefined ? [] : [r.site.svgMap]));
	const svgSlow = f.slow.flatMap((r) => (r.site.svgMap === undefined ? [] : [r.site.svgMap]));
	const svgRow = (
		where: string,
		xs: number[],
		n: number,
		bare: number[],
		target: string,
		ok: boolean
	): Row => ({
		id: '15',
		name: `First map as prerendered SVG (HTML and CSS, no script), cold, ${where}`,
		value: xs.length
			? `${range(S(xs))}${xs.length < n ? `; not painted in ${n - xs.length}` : ''} = ${bare.length ? ratio(xs, bare) : 'bare cut off'}`
			: 'not painted',
		target,
		status: check(xs.length === n && ok),
		data: { xs, bare }
	});
	return [
		svgRow(
			'localhost',
			svgLocal,
			f.local.length,
			localBare,
			'≤ 1.0× bare',
			S(svgLocal).median <= S(localBare).median
		),
		svgRow(
			'slow line (1.6 Mbit/s, 150 ms)',
			svgSlow,
			f.slow.length,
			slowBare,
			'≤ 1.5 s',
			S(svgSlow).median <= 1500
		),
		{
			id: '15',
			name: 'First map by MapLibre (real colours), cold, localhost, compressed files',
			value: `${range(S(local))} = ${ratio(local, localBare)}`,
			target: '≤ 1.0× bare',
			status: check(S(local).median <= S(localBare).median),
			data: { local, localBare }
		},
		{
			id: '15',
			name: 'First map by MapLibre (real colours), cold, slow line (1.6 Mbit/s, 150 ms)',
			value: slowSite.length
				? `${range(S(slowSite))}${cut ? `; ${cut} cut off at ${slowCap / 1000} s` : ''} = ${slowBare.length ? ratio(slowSite, slowBare) : 'bare cut off'}`
				: `> ${slowCap / 1000} s (all cut off)`,
			target: '≤ 1.5 s',
			status: check(slowSite.length === f.slow.length && S(slowSite).median <= 1500),
			data: { slowSite, slowBare, cut }
		},
		{
			id: '15',
			name: 'Bytes before the first map, cold',
			value: describe(firstBytes),
			target: '',
			status: '·',
			data: firstBytes
		},
		{
			id: '15',
			name: 'Bytes before the booth view is drawn, cold (/ac/213/)',
			value: `${describe(booth)}; drawn at ${range(S(f.booth.map((b) => b.ms)))}`,
			target: '≤ 8 MB',
			status: check(booth.total <= 8e6),
			data: booth
		},
		{
			id: '15',
			name: 'Open AC 213 from 212 (sibling link) to drawn',
			value: `${range(sibling)}; ${mb(S(f.sibling.map((c) => c.bytes)).median)} fetched`,
			target: '≤ 300 ms',
			status: check(sibling.median <= 300),
			data: f.sibling
		}
	];
}
