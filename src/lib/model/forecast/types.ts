/**
 * The forecast engine's data: plain objects in, plain objects out. A unit is an AC, an assembly
 * segment or a booth; its baseline is votes by party (party codes unified across elections, see
 * parties.same_as) and the unit's total of valid votes (NOTA included). A scenario names the
 * coming contest's blocs (our side first), the state-wide vote shares they are driven to, and
 * how votes move (uniform swing, proportional swing, or a transition of lost votes).
 *
 *   const units: UnitVotes[] = [{ votes: { SP: 400, INC: 50, BJP: 450, BSP: 100 }, total: 1000 }];
 *   const scenario: ForecastScenario = {
 *     blocs: [{ id: 'INDIA', parties: ['SP', 'INC'] }, { id: 'NDA', parties: ['BJP'] }],
 *     shares: { SP: 38, BJP: 40 }, method: 'proportional' };
 */

/** Votes by party in one unit; `total` is every valid vote, NOTA included. */
export interface UnitVotes {
	votes: Record<string, number>;
	total: number;
	/**
	 * a declared result's best candidate per party, where it differs from `votes` (independents,
	 * allies standing against each other): who won is decided on these
	 */
	top?: Record<string, number>;
}

/**
 * A bloc of the coming contest: parties that do not stand against each other. In each unit the
 * member with most baseline votes leads (its votes count fully); a partner's votes reach the bloc
 * at its transfer rate (0–1) and the rest leak to the other blocs in proportion to their votes.
 */
export interface Bloc {
	id: string;
	parties: string[];
	/** per partner, 0–1; a partner not listed transfers at the scenario's default rate */
	transfer?: Record<string, number>;
}

export type SwingMethod = 'uniform' | 'proportional' | 'transition';

/**
 * Where a party's lost votes go: flows[a][b] is the share of a's losses that goes to b (each row
 * sums to 1, the diagonal is 0). Keys are party codes; OTHER stands for every party not listed.
 */
export interface TransitionMatrix {
	keys: string[];
	flows: number[][];
	/** how the matrix was made (estimator and election pairs), shown with it */
	source?: string;
}

export interface ForecastScenario {
	/** the blocs of the coming contest; our side is `ours` (default: the first) */
	blocs: Bloc[];
	ours?: string;
	/**
	 * state-wide shares in percent per party (or per bloc id) for the coming election; a bloc's
	 * share is the sum of its parties'. Parties and blocs not given keep their baseline share, scaled
	 * so that everything adds up to 100. Absent or empty: the baseline's own shares (no change).
	 */
	shares?: Record<string, number>;
	method: SwingMethod;
	/** for method 'transition' */
	matrix?: TransitionMatrix;
	/** transfer rate (0–1) of partners that their bloc does not list; default 1 */
	transfer?: number;
}

/** The catch-all entity for small parties, and NOTA (which never leads). */
export const OTHER = 'OTH';
export const NOTA = 'NOTA';
