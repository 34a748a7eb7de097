/**
 * Saved 2027 scenarios (src/lib/storage/scenarios.ts): a saved plan opens as the same plan (its URL
 * query, read back by parsePlan), names are checked, each change is one update() (one IndexedDB
 * transaction), a record this version cannot read is kept and reported, and two scenarios compare
 * bloc by bloc. The comparison's numbers come from the engine on the real 2027 file.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rejection } from '../../helpers/rejection.ts';

const idb = vi.hoisted(() => {
	const data = new Map<string, unknown>();
	const calls: string[] = [];
	return {
		data,
		calls,
		module: {
			createStore: () => () => {
				throw new Error('not used');
			},
			get: async (k: string) => structuredClone(data.get(k)),
			update: async (k: string, fn: (old: unknown) => unknown) => {
				calls.push(`update ${k}`);
				data.set(k, structuredClone(fn(structuredClone(data.get(k)))));
			}
		}
	};
});
vi.mock('idb-keyval', () => idb.module);

const sc = await import('../../../src/lib/storage/scenarios.ts');
const { StorageError } = await import('../../../src/lib/storage/errors.ts');
const y = await import('../../../src/lib/forecast/y2027.ts');
const { runForecast } = await import('../../../src/lib/model/forecast/index.ts');

const KEY = 'scenarios-2027';
const plan = {
	method: 'proportional' as const,
	blocs: [
		{ id: 'INDIA', parties: ['SP', 'INC'], transfer: { INC: 0.6 } },
		{ id: 'NDA', parties: ['BJP', 'ADAL'] },
		{ id: 'BSP', parties: ['BSP'] }
	],
	shares: { SP: 36, BSP: 9.5 }
};

beforeEach(() => {
	idb.data.clear();
	idb.calls.length = 0;
});

describe('saved scenarios', () => {
	it('saves, lists newest first, opens the same plan, renames and deletes, one transaction each', async () => {
		expect(await sc.readScenarios()).toEqual({ state: 'ok', scenarios: [] });
		await sc.saveScenario('Base', y.defaultPlan(), '2026-12-06T01:00:00Z');
		const list = await sc.saveScenario('  SP 36, BSP 9.5 ', plan, '2026-12-06T01:05:00Z');
		expect(list.map((s) => s.name)).toEqual(['SP 36, BSP 9.5', 'Base']);
		expect(list[1].query).toBe('');
		expect(list[0].query).toBe(
			'm=proportional&al=INDIA%3ASP%2CINC*0.6%3BNDA%3ABJP%2CADAL%3BBSP%3ABSP&sh=SP%3A36%2CBSP%3A9.5'
		);
		expect(sc.scenarioPlan(list[0])).toEqual({ plan, problems: [] });
		expect(idb.data.get(KEY)).toMatchObject({ version: 1 });
		await sc.renameScenario(list[0].id, 'Poll, December');
		const after = await sc.deleteScenario(list[1].id);
		expect(after.map((s) => [s.name, s.query])).toEqual([['Poll, December', list[0].query]]);
		expect(idb.calls).toEqual([`update ${KEY}`, `update ${KEY}`, `update ${KEY}`, `update ${KEY}`]);
	});

	it('refuses a blank, long or taken name and changes nothing', async () => {
		await sc.saveScenario('Base', plan);
		const before = structuredClone(idb.data.get(KEY));
		for (const [name, key] of [
			['  ', 'sc.nameEmpty'],
			['x'.repeat(61), 'sc.nameLong'],
			['base', 'sc.nameTaken']
		])
			await expect(sc.saveScenario(name, plan)).rejects.toMatchObject({ key });
		expect(idb.data.get(KEY)).toEqual(before);
		const id = (before as { scenarios: { id: string }[] }).scenarios[0].id;
		// its own name, differently cased, is not "taken"
		expect((await sc.renameScenario(id, 'BASE'))[0].name).toBe('BASE');
	});

	it('keeps a record it cannot read and says so', async () => {
		const newer = { version: 2, scenarios: [], tags: ['x'] };
		idb.data.set(KEY, newer);
		expect(await sc.readScenarios()).toEqual({ state: 'unreadable', reason: 'newer', version: 2 });
		const e = await rejection(sc.saveScenario('A', plan), StorageError);
		expect(e).toBeInstanceOf(StorageError);
		expect(e.kind).toBe('unreadable');
		expect(idb.data.get(KEY)).toEqual(newer);
		expect(sc.migrateScenarios([1])).toMatchObject({ state: 'unreadable', reason: 'invalid' });
		expect(sc.migrateScenarios({ version: 1, scenarios: [{ id: 1 }] })).toMatchObject({
			reason: 'invalid'
		});
	});

	it('a stored query it cannot read opens with the default in its place, and says which', () => {
		const s = { id: 'a', name: 'a', query: 'm=cube&sh=SP:40', saved_at: '' };
		const r = sc.scenarioPlan(s);
		expect(r.plan.method).toBe(y.defaultPlan().method);
		expect(r.plan.shares).toEqual({ SP: 40 });
		expect(r.problems[0]).toMatch(/^m=cube/);
	});
});

describe('comparing two scenarios', () => {
	const file = y.parseY2027(
		JSON.parse(
			readFileSync(new URL('../../../static/forecast/y2027.json', import.meta.url), 'utf8')
		)
	);
	it('lists each bloc’s median and 80% range side by side, a bloc missing from one as null', () => {
		const a = y.summarize(runForecast(y.forecastInput(file, y.defaultPlan())));
		const merged = {
			...y.defaultPlan(),
			blocs: [
				{ id: 'INDIA', parties: ['SP', 'INC', 'BSP'] },
				{ id: 'NDA', parties: ['BJP', 'ADAL', 'RLD', 'SBSP', 'NINSHAD'] }
			]
		};
		const b = y.summarize(runForecast(y.forecastInput(file, merged)));
		const rows = sc.compareSeats([a, b]);
		const of = (id: string) => rows.find((r) => r.id === id)!;
		for (const [k, s] of [a, b].entries())
			for (const e of s.byEntity)
				expect(of(e.id).seats[k]).toEqual({ median: e.median, lo: e.lo, hi: e.hi });
		expect(of('BSP').seats[1]).toBeNull();
		// each scenario's seats still add up to 403 at the single projection
		for (const s of [a, b]) expect(s.byEntity.reduce((t, e) => t + e.projected, 0)).toBe(403);
		// ordered by the first scenario's median
		const medians = rows.map((r) => r.seats[0]?.median ?? -1);
		expect(medians).toEqual([...medians].sort((x, z) => z - x));
		// the merged bloc (BSP's votes with INDIA) does not lose seats against INDIA alone
		expect(of('INDIA').seats[1]!.median).toBeGreaterThanOrEqual(of('INDIA').seats[0]!.median);
	});
});
