/**
 * `npm run export` writes an embeddable folder for a view. Checked: the files, and that view.json
 * and the SVG show Kanpur's 2022 winners in their colours (SP won Sishamau, Arya Nagar, Cantt.).
 * That run is the real command (`npx tsx scripts/export.ts`, Vite's loader and all); the bad
 * arguments are checked on the exporter's own main (src/lib/export/cli.ts) in this process, as
 * the command calls it, without a child process and a Vite server per case (issue 16).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/lib/export/cli.ts';
import { asEmbedView } from '../../src/lib/model/json-files.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'kshetra-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run export', () => {
	it(
		'writes index.html, view.json, the embed kit, SVG, CSV and GeoJSON',
		{ timeout: 20 * 60_000 } /* a hung export, not a speed check */,
		async () => {
			const out = join(tmp, 'kanpur');
			await run(
				'npx',
				[
					'tsx',
					'scripts/export.ts',
					'--seat',
					'43',
					'--view',
					'winner',
					'--election',
					'AE2022',
					'--out',
					out
				],
				{ cwd: ROOT }
			);
			for (const f of [
				'index.html',
				'view.json',
				'embed.js',
				'embed.css',
				'maplibre-gl-worker.mjs',
				'view.svg',
				'table.csv',
				'units.geojson'
			])
				expect(existsSync(join(out, f)), f).toBe(true);
			const view = asEmbedView(
				JSON.parse(readFileSync(join(out, 'view.json'), 'utf8')),
				'view.json'
			);
			const colours = new Map<number, string>(view.colours);
			expect([213, 214, 216].map((ac) => colours.get(ac))).toEqual([
				'#d7191c',
				'#d7191c',
				'#d7191c'
			]);
			expect([212, 215].map((ac) => colours.get(ac))).toEqual(['#f7941d', '#f7941d']);
			expect(view.units.features).toHaveLength(5);
			const html = readFileSync(join(out, 'index.html'), 'utf8');
			expect(html).not.toMatch(/https?:\/\//);
			expect(html).toContain('src="./embed.js"');
			const csv = readFileSync(join(out, 'table.csv'), 'utf8');
			expect(csv).toContain('213,Sishamau,AE2022,HAJI IRFAN SOLANKI,SP,79163');
			expect(readFileSync(join(out, 'view.svg'), 'utf8').match(/<path data-id=/g)).toHaveLength(5);
		}
	);

	/** Arguments after `npm run export --`; OUT stands for a folder that must stay unwritten. */
	const OUT = join(tmp, 'bad');
	it.each([
		{
			args: ['--seat', '99', '--out', OUT],
			error: '--seat must be a Lok Sabha seat of UP, 1 to 80'
		},
		{ args: ['--seat', 'Kanpur', '--out', OUT], error: '--seat must be a Lok Sabha seat of UP' },
		{ args: ['--seat', '43'], error: '--out is required' },
		{
			args: ['--seat', '43', '--election', 'AE2027', '--out', OUT],
			error: '--election must be one of LS2009, AE2012, LS2014'
		},
		{
			args: ['--seat', '43', '--view', 'votes', '--out', OUT],
			error: '--view must be winnability or one of winner'
		},
		{ args: ['--seat', '43', '--sea', '1', '--out', OUT], error: "Unknown option '--sea'" }
	])('says what is wrong with $args and writes nothing', async ({ args, error }) => {
		const message = await main(args, ROOT).then(
			() => 'the export succeeded',
			(e: Error) => e.message
		);
		expect(message).toContain(error);
		expect(existsSync(OUT)).toBe(false);
	});
});
