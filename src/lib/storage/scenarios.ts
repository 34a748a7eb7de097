/**
 * The strategist's named 2027 scenarios (shares, swing method, blocs with transfer rates), kept in
 * this browser (IndexedDB, idb-keyval as the organisation data) and nowhere else. One record holds
 * the whole list, so that every change (save, rename, delete) is one update(): one get and put in
 * one readwrite transaction; a failed write leaves the list as it was.
 *
 * A scenario's plan is kept as its URL query (serializePlan: `m=…&al=…&sh=…`), the same text a
 * shared link carries, so that opening one is navigating to it and an old scenario is read by
 * the same parser as an old link (parsePlan; what it cannot read is reported, the default stands in).
 *
 * Versions (the record carries one; migrate() upgrades older records, never drops them):
 *   1: scenarios: { id, name, query, saved_at }[].
 * A record this version cannot read (a newer version's, or not a record) is reported and kept.
 *
 *   const list = await saveScenario('SP 36, BSP 9', plan);  // → the list, newest first
 *   await renameScenario(list[0].id, 'Poll of Dec');  await deleteScenario(list[0].id);
 */
import { createStore, get, update, type UseStore } from 'idb-keyval';
import { parsePlan, serializePlan, type Plan2027 } from '$lib/forecast/y2027.ts';
import { stored, StorageError } from './errors.ts';

export const SCENARIO_VERSION = 1;
export const MAX_NAME = 60;

export interface SavedScenario {
	id: string;
	name: string;
	/** the plan as a URL query (serializePlan); '' is the default plan */
	query: string;
	saved_at: string;
}

export interface ScenarioRecord {
	version: typeof SCENARIO_VERSION;
	scenarios: SavedScenario[];
}

export type ScenarioRead =
	| { state: 'ok'; scenarios: SavedScenario[] }
	| { state: 'unreadable'; reason: 'newer' | 'invalid'; version: number | null };

const KEY = 'scenarios-2027';
let store: UseStore | null = null;
const db = () => (store ??= createStore('kshetra-scenarios', 'scenarios'));

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const validScenario = (s: unknown): s is SavedScenario =>
	isObject(s) &&
	typeof s.id === 'string' &&
	typeof s.name === 'string' &&
	typeof s.query === 'string' &&
	typeof s.saved_at === 'string';

/** What a stored value is: nothing yet (an empty list), the list, or something unreadable. Pure. */
export function migrateScenarios(raw: unknown): ScenarioRead {
	if (raw === undefined || raw === null) return { state: 'ok', scenarios: [] };
	if (!isObject(raw)) return { state: 'unreadable', reason: 'invalid', version: null };
	const version = Number.isInteger(raw.version) ? (raw.version as number) : null;
	if (version !== null && version > SCENARIO_VERSION)
		return { state: 'unreadable', reason: 'newer', version };
	if (version === 1 && Array.isArray(raw.scenarios) && raw.scenarios.every(validScenario))
		return { state: 'ok', scenarios: raw.scenarios };
	return { state: 'unreadable', reason: 'invalid', version };
}

/** A scenario's plan, and what of its query could not be read (the default stands in). */
export const scenarioPlan = (s: SavedScenario) => parsePlan(new URLSearchParams(s.query));

/** Why a name cannot be used (a message key), or null: blank, too long, or another's name. */
export function nameProblem(
	name: string,
	list: SavedScenario[],
	id?: string
): 'sc.nameEmpty' | 'sc.nameLong' | 'sc.nameTaken' | null {
	const n = name.trim();
	if (!n) return 'sc.nameEmpty';
	if (n.length > MAX_NAME) return 'sc.nameLong';
	if (list.some((s) => s.id !== id && s.name.toLowerCase() === n.toLowerCase()))
		return 'sc.nameTaken';
	return null;
}

export class ScenarioNameError extends Error {
	constructor(readonly key: NonNullable<ReturnType<typeof nameProblem>>) {
		super(key);
		this.name = 'ScenarioNameError';
	}
}

/** The list with a new scenario first (pure; throws ScenarioNameError for a bad name). */
export function withSaved(
	list: SavedScenario[],
	name: string,
	plan: Plan2027,
	now: string,
	id: string
): SavedScenario[] {
	const p = nameProblem(name, list);
	if (p) throw new ScenarioNameError(p);
	return [{ id, name: name.trim(), query: serializePlan(plan).toString(), saved_at: now }, ...list];
}

export function withRenamed(list: SavedScenario[], id: string, name: string): SavedScenario[] {
	const p = nameProblem(name, list, id);
	if (p) throw new ScenarioNameError(p);
	return list.map((s) => (s.id === id ? { ...s, name: name.trim() } : s));
}

export const withDeleted = (list: SavedScenario[], id: string) => list.filter((s) => s.id !== id);

/** The stored list (empty when nothing is stored); throws a StorageError when IndexedDB fails. */
export async function readScenarios(): Promise<ScenarioRead> {
	return migrateScenarios(await stored('scenarios', 'read', () => get<unknown>(KEY, db())));
}

/**
 * One change of the list in one transaction. A record this version cannot read is not
 * overwritten: the change throws a StorageError of kind 'unreadable' and the record stays.
 */
async function change(
	fn: (list: SavedScenario[]) => SavedScenario[],
	op: 'save' | 'clear'
): Promise<SavedScenario[]> {
	let out: SavedScenario[] = [];
	let error: unknown = null;
	await stored('scenarios', op, () =>
		update<unknown>(
			KEY,
			(raw) => {
				const read = migrateScenarios(raw);
				if (read.state !== 'ok') {
					error = new Error(`${read.reason} record (version ${read.version ?? 'none'})`);
					return raw;
				}
				try {
					out = fn(read.scenarios);
				} catch (e) {
					error = e;
					return raw;
				}
				return { version: SCENARIO_VERSION, scenarios: out } satisfies ScenarioRecord;
			},
			db()
		)
	);
	if (error instanceof ScenarioNameError) throw error;
	if (error) throw new StorageError('scenarios', op, 'unreadable', (error as Error).message);
	return out;
}

const newId = () =>
	globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export const saveScenario = (name: string, plan: Plan2027, now = new Date().toISOString()) =>
	change((l) => withSaved(l, name, plan, now, newId()), 'save');
export const renameScenario = (id: string, name: string) =>
	change((l) => withRenamed(l, id, name), 'save');
export const deleteScenario = (id: string) => change((l) => withDeleted(l, id), 'clear');

/** One row of a comparison: an entity's seats (median and 80% range) in each scenario, or null. */
export interface CompareRow {
	id: string;
	seats: ({ median: number; lo: number; hi: number } | null)[];
}

/**
 * Seats of every bloc or party that wins somewhere in any of the scenarios, side by side, in the
 * order of the first scenario's median (then the others'). Blocs of the same name are the same row.
 */
export function compareSeats(
	summaries: { byEntity: { id: string; median: number; lo: number; hi: number }[] }[]
): CompareRow[] {
	const ids: string[] = [];
	for (const s of summaries) for (const e of s.byEntity) if (!ids.includes(e.id)) ids.push(e.id);
	const rows = ids.map((id) => ({
		id,
		seats: summaries.map((s) => {
			const e = s.byEntity.find((x) => x.id === id);
			return e ? { median: e.median, lo: e.lo, hi: e.hi } : null;
		})
	}));
	const key = (r: CompareRow) => r.seats.map((x) => x?.median ?? -1);
	return rows.sort((a, b) => {
		const [ka, kb] = [key(a), key(b)];
		for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i] - ka[i];
		return a.id.localeCompare(b.id);
	});
}
