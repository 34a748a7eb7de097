/**
 * The embed's "Open the full view" link (issue 17): never the exporting machine's address unless
 * asked; the view's path under the address the user gives, absolute or relative.
 */
import { describe, expect, it } from 'vitest';
import { defaultSite, fullViewLink } from '../../../src/lib/export/website.ts';

const href = 'http://localhost:5173/seat/43/?e=AE2022&m=winner';
describe('fullViewLink', () => {
	it('puts the view under the published site, absolute or relative to the folder', () => {
		expect(fullViewLink(href, 'http://localhost:5173/', 'https://kshetra.example.org/up')).toBe(
			'https://kshetra.example.org/up/seat/43/?e=AE2022&m=winner'
		);
		expect(fullViewLink(href, 'http://localhost:5173/', '../')).toBe(
			'../seat/43/?e=AE2022&m=winner'
		);
		// a site served under a sub-path keeps only what is below it
		expect(
			fullViewLink('https://a.example/k/seat/43/winnability/', 'https://a.example/k/', '/')
		).toBe('/seat/43/winnability/');
	});
	it('writes no link when no address is given', () => {
		expect(fullViewLink(href, 'http://localhost:5173/', '  ')).toBe('');
	});
	it('defaults to the site itself only when it is published, never to a local machine', () => {
		expect(defaultSite('http://localhost:5173/')).toBe('');
		expect(defaultSite('http://127.0.0.1:4406/')).toBe('');
		expect(defaultSite('https://kshetra.example.org/up/')).toBe('https://kshetra.example.org/up/');
	});
});
