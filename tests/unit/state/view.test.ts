import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, serializeView } from '../../../src/lib/state/view.ts';

describe('URL view state', () => {
	it.each([
		{ query: '', view: DEFAULT_VIEW, problems: 0 },
		{
			query: 'e=LS2019&m=share&p=BSP',
			view: { ...DEFAULT_VIEW, election: 'LS2019', metric: 'share', party: 'BSP' },
			problems: 0
		},
		{ query: 'u=pc&pc=80', view: { ...DEFAULT_VIEW, unit: 'pc', pc: 80 }, problems: 0 },
		{ query: 'e=LS2030', view: DEFAULT_VIEW, problems: 1 },
		{ query: 'm=<script>&pc=81&u=x', view: DEFAULT_VIEW, problems: 3 },
		{ query: 'p=%3Cimg%20src%3Dx%3E', view: DEFAULT_VIEW, problems: 1 }
	])('?$query', ({ query, view, problems }) => {
		const parsed = parseView(new URLSearchParams(query));
		expect(parsed.view).toEqual(view);
		expect(parsed.problems).toHaveLength(problems);
	});

	it('round-trips, writing only what differs from the defaults', () => {
		const view = { ...DEFAULT_VIEW, election: 'LS2024' as const, metric: 'margin' as const };
		const query = serializeView(view, ['election', 'metric', 'party']);
		expect(query).toBe('?e=LS2024&m=margin');
		expect(parseView(new URLSearchParams(query.slice(1))).view).toEqual(view);
		expect(serializeView(DEFAULT_VIEW, ['election'])).toBe('');
	});
});
