/**
 * Booth classes for one party or alliance, the way party organisations grade booths before an
 * election: A, booths we lead comfortably; B, booths we lead narrowly; C, booths we trail narrowly
 * (the ones a campaign can turn); D, booths we trail badly. The thresholds are settings, shown in
 * the interface, not hidden constants.
 *
 *   boothClass({ ours: 420, bestOther: 300, valid: 800 }, DEFAULT_CLASS_RULES) → 'A'  (lead 15 pts > 10)
 */
import type { Say } from './words.ts';

export const CLASSES = ['A', 'B', 'C', 'D'] as const;
export type BoothClass = (typeof CLASSES)[number];

export interface ClassRules {
	/** lead above this many points of valid votes is class A; a smaller lead is B */
	lead: number;
	/** a deficit above this many points is class D; a smaller one is C */
	trail: number;
}

/** The usual grading: ±10 points of the booth's valid votes. */
export const DEFAULT_CLASS_RULES: ClassRules = { lead: 10, trail: 10 };

/**
 * Purple (ours) through cream to brown (hopeless): no party uses these hues, so a red or a blue
 * never means "ours" on one map and a party on the next (issue 17: SP's red was class D). Kept
 * at least 12 ΔE from every party colour in every vision (tests/unit/model/palette.test.ts).
 */
export const CLASS_COLOURS: Record<BoothClass, string> = {
	A: '#2d004b',
	B: '#b2abd2',
	C: '#f6e8c3',
	D: '#543005'
};

export interface ClassInput {
	/** votes of the party, or the sum over the alliance's parties */
	ours: number;
	/** votes of the strongest party outside the alliance */
	bestOther: number;
	valid: number;
}

/** Lead in percentage points of valid votes (negative when trailing). */
export function leadPts(x: ClassInput): number {
	return x.valid > 0 ? ((x.ours - x.bestOther) / x.valid) * 100 : 0;
}

/** A tie is not a lead, so it is C. */
export function boothClass(x: ClassInput, rules: ClassRules): BoothClass {
	const lead = leadPts(x);
	if (lead > rules.lead) return 'A';
	if (lead > 0) return 'B';
	if (lead >= -rules.trail) return 'C';
	return 'D';
}

export type ClassWord = `class.${BoothClass}`;

/** The class with its thresholds, in the words given: 'A: lead by more than 10 pts'. */
export function classLabel(c: BoothClass, rules: ClassRules, say: Say<ClassWord>): string {
	return say(`class.${c}`, { n: c === 'A' || c === 'B' ? rules.lead : rules.trail });
}

export function classCounts(classes: BoothClass[]): Record<BoothClass, number> {
	const out: Record<BoothClass, number> = { A: 0, B: 0, C: 0, D: 0 };
	for (const c of classes) out[c]++;
	return out;
}

/** Parses thresholds from the URL ("10,10"); falls back to the defaults for anything else. */
export function parseClassRules(s: string | null): ClassRules {
	const m = /^(\d{1,2}(?:\.\d)?),(\d{1,2}(?:\.\d)?)$/.exec(s ?? '');
	return m ? { lead: Number(m[1]), trail: Number(m[2]) } : DEFAULT_CLASS_RULES;
}
