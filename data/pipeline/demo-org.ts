/**
 * The demo organisation file for Kanpur that ships with the site, so the winnability view works
 * before a party imports its own data. It is invented, seeded (the same file every run) and says
 * so in its name, in every row's notes, and wherever the site shows it.
 *
 * Booth numbering: Vidhan Sabha 2017 (the newest Kanpur booth results). Organisation is made to
 * follow SP's 2017 booth share loosely, with noise, so that all four winnability groups occur.
 */
import { randomLcg } from 'd3';
import { seedOf } from '../../src/lib/model/booth-areas.ts';
import { orgRowsToCsv, type OrgRow } from '../../src/lib/import/org-import.ts';
import type { BoothResultRow, BoothRow } from './booths.ts';

export const DEMO_FILE = 'demo/kanpur-organisation-demo.csv';
export const DEMO_NUMBERING = 'AE2017';
/** Fixed "today" of the demo, so meeting dates (and the file) do not change with the clock. */
const DEMO_TODAY = Date.UTC(2026, 10, 1);
const ASPIRANTS = ['Aspirant A (demo)', 'Aspirant B (demo)', 'Aspirant C (demo)'];

export function demoOrganisation(booths: BoothRow[], results: BoothResultRow[]): string {
	const random = randomLcg(seedOf('kshetra-demo-organisation'));
	const sp = new Map<string, number>();
	for (const r of results) if (r.party === 'SP') sp.set(`${r.ac_no}:${r.part_no}`, r.votes);
	const rows: OrgRow[] = [];
	for (const b of booths
		.filter((x) => x.election_id === DEMO_NUMBERING)
		.sort((a, c) => a.ac_no - c.ac_no || a.part_no - c.part_no)) {
		const share = b.valid_votes ? (sp.get(`${b.ac_no}:${b.part_no}`) ?? 0) / b.valid_votes : 0;
		// Strength 0–1: half from SP's share, half noise; 12% of booths have no row at all.
		const strength = Math.min(1, Math.max(0, 0.5 * share * 1.6 + 0.5 * random()));
		if (random() < 0.12) continue;
		const days = Math.floor(random() * 200);
		const date = new Date(DEMO_TODAY - days * 86_400_000).toISOString().slice(0, 10);
		const favourite = ASPIRANTS[(b.ac_no + Math.floor(random() * 2.2)) % ASPIRANTS.length];
		rows.push({
			ac_no: b.ac_no,
			part_no: b.part_no,
			president: random() < 0.35 + 0.6 * strength,
			president_name: null,
			committee_members: Math.round(strength * 14 * random() + strength * 4),
			bla2: random() < 0.2 + 0.7 * strength,
			panna_pramukh: Math.round(strength * 16 * random()),
			last_meeting: random() < 0.15 ? null : date,
			notes: 'DEMO DATA, not real',
			aspirant: random() < 0.8 ? favourite : null
		});
	}
	return orgRowsToCsv(rows, 'en');
}
