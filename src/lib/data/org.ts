/**
 * The organisation data a contest uses: the party's own file, kept in this browser, or else the
 * shipped Kanpur demo (labelled demo wherever it is used; elsewhere the demo means "no
 * organisation data"). Stored data that cannot be read (storage unavailable, or a record this
 * version does not know) is returned as such, never deleted unasked, and the demo stands in.
 *
 *   const { org, unreadable, fault } = await readOrgInUse();   // org.demo: true until an import
 */
import { dataUrl } from '$lib/db/index.ts';
import { loadFetch } from '$lib/db/load-error.ts';
import type { OrgInUse } from '$lib/model/contest/org.ts';
import { parseOrgText } from '$lib/import/org-import.ts';
import { StorageError } from '$lib/storage/errors.ts';
import { readOrg, type OrgColumn, type OrgRead } from '$lib/storage/org.ts';

export const DEMO_ORG_FILE = 'demo/kanpur-organisation-demo.csv';

/** The shipped demo: invented organisation rows for Kanpur's booths, numbered as in AE2017. */
export async function loadDemoOrg(): Promise<OrgInUse> {
	const res = await loadFetch(`data/${DEMO_ORG_FILE}`, dataUrl(DEMO_ORG_FILE));
	// The pipeline checked the demo file against the booths when it wrote it.
	const anyBooth = { has: () => true } as unknown as Set<number>;
	const name = DEMO_ORG_FILE.split('/').pop()!;
	const rows = parseOrgText(await res.text(), name, { booths: () => anyBooth }).rows;
	return { demo: true, file: name, numbering: 'AE2017', rows };
}

export interface OrgInUseRead {
	org: OrgInUse;
	/** the columns the party's own file has (null for the demo) */
	columns: OrgColumn[] | null;
	/** stored data this version cannot read (kept until the user deletes it) */
	unreadable: Extract<OrgRead, { state: 'unreadable' }> | null;
	/** the browser's storage failed (the page reports it; the demo stands in) */
	fault: StorageError | null;
}

export async function readOrgInUse(): Promise<OrgInUseRead> {
	let read: OrgRead;
	let fault: StorageError | null = null;
	try {
		read = await readOrg();
	} catch (e) {
		if (!(e instanceof StorageError)) throw e;
		[read, fault] = [{ state: 'none' }, e];
	}
	const unreadable = read.state === 'unreadable' ? read : null;
	if (read.state === 'ok') {
		const r = read.record;
		return {
			org: {
				demo: false,
				file: r.file,
				numbering: r.numbering,
				rows: r.rows,
				imported_at: r.imported_at,
				skipped: r.skipped
			},
			columns: r.columns,
			unreadable,
			fault
		};
	}
	return { org: await loadDemoOrg(), columns: null, unreadable, fault };
}
