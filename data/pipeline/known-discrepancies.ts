/**
 * Differences between sources that were checked by hand and are accepted, so that the pipeline's
 * checks can stay exact everywhere else. Each entry names both values; if either source changes,
 * the entry no longer matches and the pipeline fails again.
 */

/**
 * LS2024, PC 51 (Phulpur): for six minor candidates the ECI results page's EVM column differs by
 * 1–4 votes from the assembly-segment-wise votes that ElectionLens publishes. The ECI figures are
 * used for the PC totals; the segment figures are kept as published. No candidate's position or
 * the result changes.
 */
export const KNOWN_SEGMENT_DISCREPANCIES_2024: {
	pc_no: number;
	candidate: string;
	eci_evm: number;
	segments: number;
}[] = [
	{ pc_no: 51, candidate: 'SUNIL KUMAR PRAJAPATI', eci_evm: 3040, segments: 3041 },
	{ pc_no: 51, candidate: 'AKHILESH TRIPATHI', eci_evm: 2295, segments: 2298 },
	{ pc_no: 51, candidate: 'NAFIS AHAMAD', eci_evm: 2145, segments: 2141 },
	{ pc_no: 51, candidate: 'DR NEERAJ', eci_evm: 1702, segments: 1699 },
	{ pc_no: 51, candidate: 'SANGEETA YADAV', eci_evm: 1283, segments: 1282 },
	{ pc_no: 51, candidate: 'LALA RAM SAROJ', eci_evm: 1043, segments: 1040 }
];
