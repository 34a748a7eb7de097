/**
 * The winnability page's state, as one rune class: the contest (a Lok Sabha seat, or an assembly
 * constituency), its what-if settings in the URL, the data it loads (geometry, areas' baselines,
 * booth coverage and booths, the organisation data in use) and everything derived from them
 * through the pure contest model (src/lib/model/contest). WinnabilityView only renders it.
 *
 * Derived values are kept in the stages of the model so that a slider move redoes only the last:
 * the side (redone when the side, the baseline or the data change), the compiled units, the
 * organisation scores (when the organisation file or the score settings change), then the move.
 *
 *   const page = new WinnabilityPage(() => ({ kind: 'pc', pc: 43 }));
 *   page.moved?.total?.marginPts, page.booths(213), page.set({ swing: 2 })
 */
import { DbSession } from '$lib/data/session.svelte.ts';
import { follow } from '$lib/data/follow.ts';
import { loads, reportFault, reportLoad } from '$lib/data/faults.svelte.ts';
import { contestAcs, loadAreaBooths, loadAreas, loadContestCoverage } from '$lib/data/contest.ts';
import type { Coverage } from '$lib/data/booths.ts';
import { readOrgInUse, type OrgInUseRead } from '$lib/data/org.ts';
import { SeatGeo } from '$lib/data/seat-geo.svelte.ts';
import { i18n, t } from '$lib/i18n/lang.svelte.ts';
import { boothName, shortElection } from '$lib/i18n/names.ts';
import type { ByElection } from '$lib/model/contest/baseline.ts';
import {
	areaAspirants,
	areaCoverage,
	areaGroups,
	boothsOf,
	chooseBoothElections,
	contestOrg,
	contestScenario,
	moveContest,
	prepareContest,
	withStandIns,
	wonBefore,
	type AreaBooths,
	type SideGap,
	type BoothProjection,
	type Contest
} from '$lib/model/contest/contest.ts';
import { boothScores, totalCoverage } from '$lib/model/contest/org.ts';
import { blocSwing } from '$lib/model/contest/projector.ts';
import { DEFAULT_WHATIF, sameAsOf, type WhatIf } from '$lib/model/contest/settings.ts';
import { ORG_HEADERS } from '$lib/import/org-import.ts';
import type { ScoreSettings } from '$lib/model/org-score.ts';
import { byTurns } from '$lib/model/projection-fast.ts';
import type { ElectionId } from '$lib/model/types.ts';
import type { QuadrantSettings } from '$lib/model/winnability.ts';
import { clearOrg } from '$lib/storage/org.ts';
import { StorageError } from '$lib/storage/errors.ts';
import { UrlState } from '$lib/state/url-state.svelte.ts';
import { allianceName, parseWhatIf, serializeWhatIf, sideOptions } from './settings.ts';

/** A booth of the priority list: its projection with its AC's and its own name. */
export interface PriorityBooth extends BoothProjection {
	ac_no: number;
	ac_name: string;
	name: string;
}

/** Score fields the party's own file may lack (they then count as 0 for every booth). */
const SCORE_FIELDS = {
	president: 'president',
	bla2: 'bla2',
	committee_members: 'committee',
	panna_pramukh: 'panna',
	last_meeting: 'meeting'
} as const;

/** The URL follows a slider once it has rested this long (ms). */
const URL_DELAY = 250;

export class WinnabilityPage {
	readonly #contest: () => Contest;
	readonly session = new DbSession();
	readonly url = new UrlState(parseWhatIf, serializeWhatIf, URL_DELAY);
	readonly geo: SeatGeo;
	/** The reference date for "met recently", fixed per visit. */
	readonly today = new Date().toISOString().slice(0, 10);

	areas = $state.raw<Map<number, ByElection>>(new Map());
	coverage = $state.raw<Coverage[]>([]);
	boothData = $state.raw<Map<number, AreaBooths>>(new Map());
	orgRead = $state.raw<OrgInUseRead | null>(null);
	/** bumped when the organisation data is imported or deleted: it is read again */
	#orgVersion = $state(0);
	/** the booth selected on the map, the scatter chart or the list, and the one the keyboard is on */
	selectedBooth = $state<number | null>(null);
	focused = $state<number | null>(null);

	constructor(contest: () => Contest) {
		this.#contest = contest;
		this.geo = new SeatGeo(() => contest().pc);
		$effect(() => this.session.start());
		$effect(() => {
			const db = this.session.db;
			if (!db) return;
			return follow(loadAreas(db, this.contest), (a) => (this.areas = a), this.#fail);
		});
		$effect(() => {
			const db = this.session.db;
			if (!db || !this.acNos.length) return;
			return follow(loadContestCoverage(db, this.acNos), (c) => (this.coverage = c), this.#fail);
		});
		// Organisation data: the party's own, or the demo for Kanpur (data/org.ts).
		$effect(() => {
			void this.#orgVersion;
			void loads.attempt;
			return follow(
				readOrgInUse(),
				(r) => {
					if (r.fault) reportFault(r.fault);
					this.orgRead = r;
				},
				this.#fail
			);
		});
		// Each AC's booths in its booth election, loaded once per AC and election.
		$effect(() => {
			const db = this.session.db;
			const wanted = [...this.boothElection].filter(
				([ac, e]) => this.boothData.get(ac)?.election !== e
			);
			if (!db || !wanted.length) return;
			return follow(
				Promise.all(wanted.map(([ac, e]) => loadAreaBooths(db, ac, e))),
				(list) => {
					const next = new Map(this.boothData);
					list.forEach((b, i) => next.set(wanted[i][0], b));
					this.boothData = next;
				},
				this.#fail
			);
		});
	}

	/** A load that failed: a fault (a file, stored data) goes to the notices with Retry. */
	#fail = reportLoad;

	get contest(): Contest {
		return this.#contest();
	}
	get meta() {
		return this.session.meta;
	}
	get w(): WhatIf {
		return this.url.value;
	}
	set(patch: Partial<WhatIf>) {
		this.url.set(patch);
	}
	/** The settings (with a change) as a query string, for links to the backtest or a slide. */
	query(patch: Partial<WhatIf> = {}) {
		return this.url.query(patch);
	}

	/** The contest's ACs: a seat's segments, or the AC itself. */
	acNos = $derived.by(() => {
		const c = this.#contest();
		return c.kind === 'ac'
			? [c.ac]
			: this.geo.segments.length
				? this.geo.segments.map((f) => f.properties.ac_no)
				: this.meta
					? contestAcs(c, this.meta.acs.values())
					: [];
	});
	org = $derived(this.orgRead?.org ?? null);
	/** Booth election per AC: the organisation data's numbering if it has booth results there, else the newest. */
	boothElection = $derived(chooseBoothElections(this.acNos, this.coverage, this.org?.numbering));
	/** The booths in their current election (an AC whose election changed waits for its new ones). */
	booths = $derived(
		new Map([...this.boothData].filter(([ac, b]) => this.boothElection.get(ac) === b.election))
	);
	data = $derived.by(() => ({ contest: this.#contest(), areas: this.areas, booths: this.booths }));
	/**
	 * The booths are still loading (the coverage of elections, or an AC's booths in its booth
	 * election): booth counts would read "0 of 0" meanwhile, so the verdict says loading instead.
	 */
	boothsPending = $derived.by(
		() =>
			this.coverage.length === 0 ||
			[...this.boothElection].some(([ac, e]) => this.booths.get(ac)?.election !== e)
	);

	// Parts of the settings that change rarely, as values: what depends on them is not redone on
	// every slider move.
	#baseKey = $derived(JSON.stringify(this.w.base));
	weights = $derived(JSON.parse(this.#baseKey) as WhatIf['base']);
	#scoreKey = $derived(JSON.stringify(this.w.score));
	scoreSettings = $derived(JSON.parse(this.#scoreKey) as ScoreSettings);
	#quadrantKey = $derived(JSON.stringify(this.w.quadrant));
	quadrant = $derived(JSON.parse(this.#quadrantKey) as QuadrantSettings);
	/** what a slider moves */
	#moveKey = $derived(JSON.stringify([this.w.transfer, this.w.swing, this.w.turnout, this.w.lean]));

	sides = $derived(this.meta ? sideOptions(this.meta.alliances, ['SP', 'BJP', 'INC', 'BSP']) : []);
	sideLabel = $derived(this.sides.find((s) => s.id === this.w.side)?.label ?? this.w.side);
	/** Our side, its lead party (the contest's biggest) and the rivals: what the units are compiled for. */
	sideScenario = $derived.by(() => {
		const meta = this.meta;
		if (!meta || !this.areas.size) return null;
		void i18n.lang; // the rival blocs' names
		return contestScenario(
			{ ...this.data, areas: this.areas },
			{ ...DEFAULT_WHATIF, side: this.w.side, base: this.weights },
			{
				alliances: meta.alliances,
				sameAs: sameAsOf(meta.parties.values()),
				allianceName
			}
		);
	});
	/** The full scenario: the side's, with the current transfer rates, swing, turnout and lean. */
	scenario = $derived.by(() => {
		const s = this.sideScenario;
		if (!s) return null;
		const [transfer, swing, turnout, lean] = JSON.parse(this.#moveKey) as [
			Record<string, number>,
			number,
			number,
			number
		];
		return {
			...s,
			transfer: Object.fromEntries(s.side.slice(1).map((p) => [p, (transfer[p] ?? 100) / 100])),
			swing,
			turnout,
			lean
		};
	});
	/**
	 * The votes with the side's stand-ins counted as the side (the AC view's rule: SP in Gorakhpur
	 * Urban 2017 is its ally INC's votes), and where the side had no candidate of its own.
	 */
	sided = $derived.by(() => {
		const [s, meta] = [this.sideScenario, this.meta];
		if (!s || !meta) return null;
		return withStandIns(this.data, s.side, {
			alliances: meta.alliances,
			sameAs: sameAsOf(meta.parties.values())
		});
	});
	/**
	 * What the page says where the side had no candidate of its own, in the baseline's elections
	 * and the booths' (one line per election and stand-in: "AE2017: SP had no candidate in 322
	 * Gorakhpur Urban; its ally INC stood for it there, …").
	 */
	sideNotes = $derived.by(() => {
		const sided = this.sided;
		if (!sided) return [];
		const used = new Set<string>([
			...Object.entries(this.weights).flatMap(([e, wt]) => ((wt ?? 0) > 0 ? [e] : [])),
			...this.boothElection.values()
		]);
		const lines = new Map<string, { gap: SideGap; acs: string[] }>();
		for (const gap of sided.gaps) {
			if (!used.has(gap.election)) continue;
			const key = `${gap.election}|${gap.absent.join('+')}|${gap.standIns.join('+')}`;
			const line = lines.get(key) ?? { gap, acs: [] };
			line.acs.push(`${gap.ac_no} ${this.acName(gap.ac_no)}`);
			lines.set(key, line);
		}
		return [...lines.values()].map(({ gap, acs }) =>
			t(gap.standIns.length ? 'win.standIn' : 'win.noCandidate', {
				election: shortElection(gap.election),
				side: gap.absent.join(' + '),
				acs: acs.join(', '),
				allies: gap.standIns.join(' + ')
			})
		);
	});
	/** The contest's areas and booths compiled: redone when the side, baseline or data change. */
	prepared = $derived(
		this.sideScenario && this.sided && this.areas.size
			? prepareContest(this.sided.data, this.weights, this.sideScenario, blocSwing)
			: null
	);
	orgOf = $derived(contestOrg(this.data, this.org));
	boothOrg = $derived(
		this.prepared
			? boothScores(this.prepared.booths, this.orgOf, this.scoreSettings, this.today)
			: null
	);
	/**
	 * The booths' result arrays, two sets used by turns, so that a slider's moves allocate none;
	 * only boothProjections reads them, the latest move's, and copies what it keeps.
	 */
	#boothArrays = $derived(this.prepared ? byTurns(this.prepared.booths.compiled.n) : null);
	/** Every area, the contest and every booth for the current move (a slider): no compile. */
	moved = $derived(
		this.prepared && this.boothOrg && this.scenario && this.#boothArrays
			? moveContest(
					this.prepared,
					this.scenario,
					this.boothOrg,
					this.quadrant,
					blocSwing,
					this.#boothArrays()
				)
			: null
	);
	boothProjections = $derived.by(() => {
		const out = new Map<number, BoothProjection[]>();
		const [p, m, o] = [this.prepared, this.moved, this.boothOrg];
		if (p && m && o)
			for (const ac of p.booths.acs.keys())
				out.set(ac, boothsOf(p.booths, m.booths, o, ac, blocSwing));
		return out;
	});

	/** The demo's rows apply here (Kanpur); elsewhere the demo means no organisation data. */
	demoHere = $derived(!!this.org?.demo && this.acNos.some((ac) => this.orgOf(ac).size > 0));
	/** The organisation file's own score columns that it lacks, by their names in the template. */
	orgMissing = $derived.by(() => {
		const r = this.orgRead;
		if (!r || r.org.demo || !r.columns) return [];
		return (Object.keys(SCORE_FIELDS) as (keyof typeof SCORE_FIELDS)[])
			.filter((c) => !r.columns!.includes(c) && this.w.score.weights[SCORE_FIELDS[c]] > 0)
			.map((c) => ORG_HEADERS[c][i18n.lang]);
	});
	/** Stored organisation data this version cannot read. */
	orgUnreadable = $derived(this.orgRead?.unreadable ?? null);

	/** Each area's organisation coverage and group (margin against its booths' mean score). */
	coverageByAc = $derived(areaCoverage(this.data, this.orgOf, this.scoreSettings, this.today));
	groups = $derived(areaGroups(this.moved?.areas ?? [], this.coverageByAc, this.quadrant));
	covered = $derived(totalCoverage(this.coverageByAc.values()));
	wonBefore = $derived(
		this.sideScenario && this.sided
			? wonBefore(this.sided.data, this.weights, this.sideScenario.side)
			: null
	);
	aspirants = (ac: number) => areaAspirants(this.data, this.orgOf, ac);

	acName = (ac: number) => (this.meta ? this.meta.acName(ac) : t('common.ac', { ac }));
	pcName = $derived(
		this.meta ? this.meta.pcName(this.contest.pc) : t('common.pc', { pc: this.contest.pc })
	);
	place = $derived(t('common.place', { name: this.pcName, pc: this.contest.pc }));
	/** The AC whose booths are on the map. */
	mapAc = $derived(
		this.w.ac && this.acNos.includes(this.w.ac) ? this.w.ac : (this.acNos[0] ?? null)
	);
	mapBooths = $derived(this.mapAc ? (this.boothProjections.get(this.mapAc) ?? []) : []);

	/** Booth names by AC and part (they change with the language, not with a slider). */
	#boothNames = $derived(
		new Map(
			[...this.booths].map(([ac, b]) => [
				ac,
				{
					ac: this.acName(ac),
					parts: new Map([...b.names].map(([part, n]) => [part, boothName(n)]))
				}
			])
		)
	);
	boothNameOf = (ac: number, part: number) => this.#boothNames.get(ac)?.parts.get(part) ?? '';
	/** Every booth of the contest with its names, for the priority list. */
	allBooths = $derived<PriorityBooth[]>(
		[...this.boothProjections].flatMap(([ac, list]) => {
			const names = this.#boothNames.get(ac);
			return list.map((b) => ({
				...b,
				ac_no: ac,
				ac_name: names?.ac ?? this.acName(ac),
				name: names?.parts.get(b.part_no) ?? ''
			}));
		})
	);

	toggleBooth = (id: number) => (this.selectedBooth = this.selectedBooth === id ? null : id);

	/** Read the organisation data again (after an import or a deletion). */
	orgChanged = () => this.#orgVersion++;

	/** Deletes stored organisation data this version cannot read, once the user confirms. */
	async deleteUnreadable(confirm: () => boolean) {
		if (!confirm()) return;
		try {
			await clearOrg();
		} catch (e) {
			if (e instanceof StorageError) reportFault(e);
			return;
		}
		this.orgChanged();
	}

	/** The election a booth map of `ac` shows. */
	boothElectionOf = (ac: number): ElectionId | undefined => this.booths.get(ac)?.election;
}
