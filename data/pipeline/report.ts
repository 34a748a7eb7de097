/**
 * The pipeline's account of itself: every check it ran (and on how many units), every repair it
 * made to a source, and every known discrepancy it accepted. It is written into
 * static/data/manifest.json so the sources page and a reviewer can see what was changed.
 */

export class CheckFailed extends Error {
	constructor(check: string, failures: { unit: string; detail: string }[]) {
		const [first, ...rest] = failures;
		const more = rest.length
			? `\n  and ${rest.length} more: ${rest
					.slice(0, 9)
					.map((f) => `${f.unit} (${f.detail})`)
					.join('; ')}${rest.length > 9 ? '; …' : ''}`
			: '';
		super(`pipeline check "${check}" failed for ${first.unit}: ${first.detail}${more}`);
		this.name = 'CheckFailed';
	}
}

export interface CheckRecord {
	check: string;
	units: number;
}

export class Report {
	checks: CheckRecord[] = [];
	repairs: string[] = [];
	notes: string[] = [];

	/** Runs `test` once per unit; throws CheckFailed naming every unit whose test returns a message. */
	check<U>(check: string, units: U[], name: (u: U) => string, test: (u: U) => string | null): void {
		const failures: { unit: string; detail: string }[] = [];
		for (const u of units) {
			const problem = test(u);
			if (problem !== null) failures.push({ unit: name(u), detail: problem });
		}
		if (failures.length) throw new CheckFailed(check, failures);
		this.checks.push({ check, units: units.length });
	}

	repair(text: string): void {
		this.repairs.push(text);
	}

	note(text: string): void {
		this.notes.push(text);
	}
}
