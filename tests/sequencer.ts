/**
 * Vitest's file order, with the tests that wait on a child process first: the data pipeline
 * (about 40 s idle, over 150 s beside other work) and the export CLI. Started first, they run on
 * one worker while the other files run on the second one meanwhile, instead of after them (issue
 * 16). Everything else keeps Vitest's order (slowest first once it has timings, else largest).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const CHILD_PROCESS_TESTS = ['tests/data/pipeline.test.ts', 'tests/data/export-cli.test.ts'];

export class ChildProcessesFirst extends BaseSequencer {
	async sort(files: TestSpecification[]) {
		const rank = (f: TestSpecification) => {
			const i = CHILD_PROCESS_TESTS.findIndex((t) => f.moduleId.endsWith(t));
			return i < 0 ? CHILD_PROCESS_TESTS.length : i;
		};
		return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
	}
}
