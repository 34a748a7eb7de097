/**
 * Stored organisation data survives a schema change: a version 1 record, exactly as the app wrote
 * it before version 2 (the fixtures were captured from the running app: a Hindi-headed file with
 * every column, and an English file with only some), and a version 2 record (org-v2.json, made
 * with the version 2 code's parseOrgText and saveOrg's record, from a file with two bad rows) are
 * upgraded by migrate(), not dropped, and written back as version 3; a record this version cannot
 * read is reported and kept, never deleted; saves are one set() (one transaction). Booth
 * locations: the same for their version 1.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rejection } from '../../helpers/rejection.ts';

/** idb-keyval in memory, counting the calls that write (each is one IndexedDB transaction). */
const idb = vi.hoisted(() => {
	const data = new Map<string, unknown>();
	const calls: string[] = [];
	const state = {
		data,
		calls,
		fail: null as null | (() => unknown),
		/** runs inside update(), between its get and its put, as another tab writing would */
		meanwhile: null as null | (() => void)
	};
	const guard = () => {
		if (state.fail) throw state.fail();
	};
	return {
		state,
		module: {
			createStore: () => () => {
				throw new Error('not used');
			},
			get: async (k: string) => (guard(), structuredClone(data.get(k))),
			set: async (k: string, v: unknown) => {
				guard();
				calls.push(`set ${k}`);
				data.set(k, structuredClone(v));
			},
			setMany: async (entries: [string, unknown][]) => {
				guard();
				calls.push(`setMany ${entries.map(([k]) => k).join(',')}`);
				for (const [k, v] of entries) data.set(k, structuredClone(v));
			},
			update: async (k: string, fn: (old: unknown) => unknown) => {
				guard();
				state.meanwhile?.();
				calls.push(`update ${k}`);
				data.set(k, structuredClone(fn(structuredClone(data.get(k)))));
			},
			del: async (k: string) => {
				guard();
				calls.push(`del ${k}`);
				data.delete(k);
			},
			delMany: async (ks: string[]) => {
				guard();
				calls.push(`delMany ${ks.join(',')}`);
				for (const k of ks) data.delete(k);
			},
			keys: async () => (guard(), [...data.keys()])
		}
	};
});
vi.mock('idb-keyval', () => idb.module);

const {
	migrate,
	upgradeV1,
	upgradeV2,
	columnsOf,
	readOrg,
	loadOrg,
	saveOrg,
	clearOrg,
	ORG_VERSION,
	ORG_COLUMNS
} = await import('../../../src/lib/storage/org.ts');
const { migrateCoords, loadCoords, saveCoords, forgetCoords } =
	await import('../../../src/lib/storage/coords.ts');
const { StorageError } = await import('../../../src/lib/storage/errors.ts');

const fixture = (name: string) =>
	JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<
		string,
		unknown
	> & { rows: Record<string, unknown>[] };
const V1_HINDI = fixture('org-v1-hindi.json');
const V1_PARTIAL = fixture('org-v1-partial.json');
const V2 = fixture('org-v2.json');

beforeEach(() => {
	idb.state.data.clear();
	idb.state.calls.length = 0;
	idb.state.fail = null;
	idb.state.meanwhile = null;
});

describe('migrate(): version 1 organisation records', () => {
	it('the fixtures are version 1 records as the app wrote them', () => {
		for (const r of [V1_HINDI, V1_PARTIAL]) {
			expect(r.version).toBe(1);
			expect(Object.keys(r).sort()).toEqual(
				['file', 'imported_at', 'numbering', 'rows', 'skipped', 'version'].sort()
			);
		}
	});

	it('upgrades a version 1 record to version 3, keeping every row and field', () => {
		const read = migrate(V1_HINDI);
		expect(read.state).toBe('ok');
		if (read.state !== 'ok') return;
		expect(read.from).toBe(1);
		expect(ORG_VERSION).toBe(3);
		const { version, columns, problems, ...rest } = read.record;
		expect(version).toBe(3);
		// version 1 kept how many rows were left out, not which
		expect(problems).toBeNull();
		const { version: _v1, ...v1Rest } = V1_HINDI;
		expect(rest).toEqual(v1Rest);
		expect(read.record.rows).toHaveLength(4);
		expect(read.record.rows[2].president_name).toBe('राम प्रसाद');
		expect(read.record.skipped).toBe(1);
		// every column of that file is filled in some row
		expect(columns).toEqual(ORG_COLUMNS);
	});

	it('gives a version 1 record the columns its rows fill in', () => {
		const read = migrate(V1_PARTIAL);
		if (read.state !== 'ok') throw new Error(read.state);
		expect(read.record.columns).toEqual([
			'ac_no',
			'part_no',
			'president',
			'committee_members',
			'last_meeting'
		]);
	});

	it('is pure: the stored value is not changed', () => {
		const before = JSON.stringify(V1_HINDI);
		migrate(V1_HINDI);
		upgradeV1(V1_HINDI as never);
		expect(JSON.stringify(V1_HINDI)).toBe(before);
		const before2 = JSON.stringify(V2);
		migrate(V2);
		upgradeV2(V2 as never);
		expect(JSON.stringify(V2)).toBe(before2);
	});

	it('upgrades a version 2 record to version 3: the same record, its problems "not kept"', () => {
		expect(V2.version).toBe(2);
		expect(Object.keys(V2).sort()).toEqual(
			['columns', 'file', 'imported_at', 'numbering', 'rows', 'skipped', 'version'].sort()
		);
		const read = migrate(V2);
		if (read.state !== 'ok') throw new Error(read.state);
		expect(read.from).toBe(2);
		const { version, problems, ...rest } = read.record;
		const { version: _v2, ...v2Rest } = V2;
		expect(version).toBe(3);
		expect(rest).toEqual(v2Rest);
		expect(read.record.skipped).toBe(2);
		expect(problems).toBeNull();
	});

	it('reads a version 3 record as it is, and upgrading is idempotent', () => {
		const once = migrate(V1_PARTIAL);
		if (once.state !== 'ok') throw new Error(once.state);
		const twice = migrate(structuredClone(once.record));
		expect(twice).toEqual({ state: 'ok', record: once.record, from: 3 });
		const kept = {
			...once.record,
			skipped: 1,
			problems: [
				{ row: 4, column: 'B "Booth No"', field: 'part_no', key: 'imp.boothUnknown', vars: {} }
			]
		};
		expect(migrate(structuredClone(kept))).toEqual({ state: 'ok', record: kept, from: 3 });
	});

	it('says "nothing stored" only for nothing', () => {
		expect(migrate(undefined)).toEqual({ state: 'none' });
		expect(migrate(null)).toEqual({ state: 'none' });
	});

	it('reports a newer version as unreadable (never guesses at it)', () => {
		expect(migrate({ ...V1_HINDI, version: 4, columns: [], problems: null })).toEqual({
			state: 'unreadable',
			reason: 'newer',
			version: 4
		});
	});

	it.each([
		['a string', 'organisation'],
		['an array', [V1_HINDI]],
		['no version', { ...V1_HINDI, version: undefined }],
		['version 0', { ...V1_HINDI, version: 0 }],
		['rows missing', { ...V1_HINDI, rows: undefined }],
		['a row without a booth number', { ...V1_HINDI, rows: [{ ac_no: 212 }] }],
		['version 2 without columns', { ...V1_HINDI, version: 2 }],
		['version 2 with an unknown column', { ...V1_HINDI, version: 2, columns: ['ac_no', 'x'] }],
		['version 3 without problems', { ...V2, version: 3 }],
		['version 3 with problems not a list', { ...V2, version: 3, problems: 'row 4' }],
		['version 3 with a problem without a row', { ...V2, version: 3, problems: [{ key: 'x' }] }]
	])('reports %s as unreadable', (_, value) => {
		expect(migrate(value).state).toBe('unreadable');
	});

	it('columnsOf lists ac_no and part_no even with no rows', () => {
		expect(columnsOf([])).toEqual(['ac_no', 'part_no']);
	});
});

describe('stored organisation data', () => {
	it('a version 1 record is read upgraded and written back as version 3, in one update', async () => {
		idb.state.data.set('organisation', structuredClone(V1_PARTIAL));
		const read = await readOrg();
		expect(read.state).toBe('ok');
		expect(idb.state.calls).toEqual(['update organisation']);
		const stored = idb.state.data.get('organisation') as Record<string, unknown>;
		expect(stored.version).toBe(3);
		expect(stored.problems).toBeNull();
		expect(stored.columns).toEqual([
			'ac_no',
			'part_no',
			'president',
			'committee_members',
			'last_meeting'
		]);
		expect(stored.rows).toEqual(V1_PARTIAL.rows);
		// read again: already version 3, nothing written
		idb.state.calls.length = 0;
		expect((await loadOrg())?.file).toBe('booths-partial.csv');
		expect(idb.state.calls).toEqual([]);
	});

	it('does not write the upgrade over a record imported meanwhile', async () => {
		idb.state.data.set('organisation', structuredClone(V1_PARTIAL));
		const newer = {
			...structuredClone(V1_HINDI),
			version: 3,
			columns: ORG_COLUMNS,
			problems: [],
			file: 'new.csv'
		};
		idb.state.meanwhile = () => idb.state.data.set('organisation', newer);
		await readOrg();
		expect(idb.state.data.get('organisation')).toEqual(newer);
	});

	it.each([
		['garbage', 'not a record'],
		['a newer version', { ...V1_HINDI, version: 9, extra: true }]
	])('%s is reported and kept, not deleted', async (_, value) => {
		idb.state.data.set('organisation', structuredClone(value));
		const read = await readOrg();
		expect(read.state).toBe('unreadable');
		expect(await loadOrg()).toBeNull();
		expect(idb.state.calls).toEqual([]);
		expect(idb.state.data.get('organisation')).toEqual(value);
		// until the user deletes it
		await clearOrg();
		expect(idb.state.data.has('organisation')).toBe(false);
	});

	it('a save is one set() of a version 3 record, whatever version the caller says', async () => {
		const v1 = structuredClone(V1_PARTIAL);
		const saved = await saveOrg({ ...v1, version: 1 } as never);
		expect(idb.state.calls).toEqual(['set organisation']);
		expect(saved.version).toBe(3);
		expect(saved.problems).toBeNull();
		expect(idb.state.data.get('organisation')).toEqual(saved);
		expect(saved.columns).toEqual([
			'ac_no',
			'part_no',
			'president',
			'committee_members',
			'last_meeting'
		]);
	});

	it('a save keeps the columns of the file header when given, in template order', async () => {
		const saved = await saveOrg({
			file: 'x.csv',
			imported_at: '2026-01-01T00:00:00.000Z',
			numbering: 'AE2017',
			rows: [],
			skipped: 0,
			columns: ['bla2', 'part_no', 'ac_no']
		});
		expect(saved.columns).toEqual(['ac_no', 'part_no', 'bla2']);
	});

	it('a save keeps every problem of the rows left out, and reads them back', async () => {
		const problems = Array.from({ length: 5000 }, (_, i) => ({
			row: i + 2,
			column: 'B "बूथ संख्या"',
			field: 'part_no',
			key: 'imp.boothUnknown' as const,
			vars: { ac: 100, part: 400 + i, n: 362, lo: 1, hi: 362 }
		}));
		await saveOrg({
			file: 'state.csv',
			imported_at: '2026-01-01T00:00:00.000Z',
			numbering: 'LS2014',
			rows: [],
			skipped: 5000,
			problems
		});
		expect((await loadOrg())?.problems).toEqual(problems);
	});

	it('a full disk fails the save with a StorageError and leaves the previous record', async () => {
		const before = { ...structuredClone(V1_HINDI), version: 2, columns: ORG_COLUMNS };
		idb.state.data.set('organisation', before);
		idb.state.fail = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		const err = await rejection(saveOrg(structuredClone(V1_PARTIAL) as never), StorageError);
		expect(err).toBeInstanceOf(StorageError);
		expect(err).toMatchObject({ what: 'org', op: 'save', kind: 'quota' });
		expect(err.message).toBe("this browser's storage for this site is full");
		expect(idb.state.data.get('organisation')).toEqual(before);
	});

	it('IndexedDB refusing to open (private window) is a StorageError, not a crash', async () => {
		idb.state.fail = () =>
			new DOMException('A mutation operation was attempted on a database.', 'InvalidStateError');
		const err = await rejection(readOrg(), StorageError);
		expect(err).toBeInstanceOf(StorageError);
		expect(err).toMatchObject({ what: 'org', op: 'read', kind: 'unavailable' });
	});
});

describe('stored booth locations', () => {
	const rec = {
		version: 1,
		election_id: 'AE2022',
		ac_no: 213,
		file: 'gps.csv',
		imported_at: '2026-11-25T10:00:00.000Z',
		rows: [{ ac_no: 213, part_no: 1, lat: 26.47, lon: 80.33 }]
	};

	it('reads version 1', () => {
		expect(migrateCoords(rec)).toEqual({ state: 'ok', record: rec, from: 1 });
		expect(migrateCoords(undefined)).toEqual({ state: 'none' });
		expect(migrateCoords({ ...rec, version: 2 })).toEqual({
			state: 'unreadable',
			reason: 'newer',
			version: 2
		});
		expect(migrateCoords({ ...rec, rows: [{ part_no: 1 }] }).state).toBe('unreadable');
	});

	it('an import is one setMany (one transaction) over all its ACs', async () => {
		await saveCoords(
			'AE2022',
			'gps.csv',
			[
				{ ac_no: 213, part_no: 1, lat: 26.4, lon: 80.3 },
				{ ac_no: 212, part_no: 2, lat: 26.5, lon: 80.2 }
			],
			new Date('2026-11-25T10:00:00Z')
		);
		expect(idb.state.calls).toEqual(['setMany AE2022:213,AE2022:212']);
		expect((await loadCoords('AE2022', 212))?.rows).toHaveLength(1);
	});

	it('an unreadable record is reported and kept until forgotten', async () => {
		idb.state.data.set('AE2022:213', { ...rec, version: 7 });
		const err = await rejection(loadCoords('AE2022', 213), StorageError);
		expect(err).toBeInstanceOf(StorageError);
		expect(err).toMatchObject({ what: 'coords', kind: 'unreadable' });
		expect(err.message).toContain('newer version of Kshetra (version 7)');
		expect(idb.state.data.has('AE2022:213')).toBe(true);
		await forgetCoords('AE2022', 213);
		expect(idb.state.data.has('AE2022:213')).toBe(false);
	});
});
