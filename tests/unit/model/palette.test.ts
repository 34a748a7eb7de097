/**
 * Colours a map puts side by side can be told apart by people with the common colour-vision
 * deficiencies (deuteranopia, protanopia) as well as by everyone else: the parties that won
 * seats or segments in the same election (from the shipped results), booth classes A–D, and the
 * four winnability groups. Simulation: Machado et al. 2009; distance: CIE76 ΔE.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { CLASS_COLOURS } from '../../../src/lib/model/booth-class.ts';
import { NO_DATA_COLOUR } from '../../../src/lib/model/metrics.ts';
import { GROUP_COLOURS } from '../../../src/lib/model/winnability.ts';
import { deltaE, simulate, tooClose } from './colour-vision.ts';

/** Winners' colours side by side on one map: at least this far apart in every vision. */
const PARTIES_MIN = 15;
/** Ordered classes and groups: further apart still, they are read across a whole booth map. */
const CLASSES_MIN = 20;

let winnersByElection: { election: string; palette: Record<string, string> }[];

beforeAll(async () => {
	const db = await (await DuckDBInstance.create()).connect();
	const rows = (
		await db.runAndReadAll(`
			WITH w AS (
				SELECT election_id, level, pc_no, ac_no, arg_max(party, votes) AS party
				FROM 'static/data/results.parquet' GROUP BY ALL)
			SELECT election_id, list(DISTINCT party ORDER BY party) AS parties
			FROM w GROUP BY 1 ORDER BY 1`)
	).getRowObjectsJS() as { election_id: string; parties: string[] }[];
	const colour = new Map(
		(
			(
				await db.runAndReadAll("SELECT party, colour FROM 'static/data/parties.parquet'")
			).getRowObjectsJS() as {
				party: string;
				colour: string;
			}[]
		).map((p) => [p.party, p.colour])
	);
	winnersByElection = rows.map((r) => {
		// One party under several codes (Apna Dal: ADS, ADAL, AD) has one colour: keep one code.
		const palette: Record<string, string> = {};
		for (const p of r.parties)
			if (!Object.values(palette).includes(colour.get(p)!)) palette[p] = colour.get(p)!;
		return { election: r.election_id, palette };
	});
});

describe('colour vision', () => {
	it('the simulation sees what a deuteranope sees: red and green collapse', () => {
		// Pure red and a green of similar lightness are far apart for most, close for deuteranopes.
		expect(deltaE('#d7191c', '#1a9850')).toBeGreaterThan(60);
		expect(deltaE('#d7191c', '#1a9850', 'deuteranopia')).toBeLessThan(
			deltaE('#d7191c', '#1a9850') / 2
		);
		expect(simulate('#ffffff', 'protanopia')).toBe('#ffffff');
	});

	it('the winners of every election stay apart in every vision', () => {
		expect(winnersByElection.length).toBe(7);
		const problems = winnersByElection.flatMap(({ election, palette }) =>
			tooClose(palette, PARTIES_MIN).map((p) => `${election}: ${p}`)
		);
		expect(problems).toEqual([]);
	});

	it('booth classes and winnability groups never look like a party colour, in any vision', async () => {
		const db = await (await DuckDBInstance.create()).connect();
		const parties = (
			(
				await db.runAndReadAll("SELECT party, colour FROM 'static/data/parties.parquet'")
			).getRowObjectsJS() as { party: string; colour: string }[]
		).filter((p) => p.colour);
		expect(parties.length).toBeGreaterThan(5);
		const near: string[] = [];
		for (const [k, c] of Object.entries({ ...CLASS_COLOURS, ...GROUP_COLOURS }))
			for (const p of parties)
				for (const v of ['normal', 'deuteranopia', 'protanopia'] as const)
					if (deltaE(c, p.colour, v) < 12) near.push(`${k} ${c} ~ ${p.party} ${p.colour} (${v})`);
		expect(near).toEqual([]);
	});

	it('booth classes and winnability groups stay apart, and apart from "no data"', () => {
		expect(tooClose({ ...CLASS_COLOURS, none: NO_DATA_COLOUR }, CLASSES_MIN)).toEqual([]);
		expect(tooClose({ ...GROUP_COLOURS, none: NO_DATA_COLOUR }, CLASSES_MIN)).toEqual([]);
	});
});
