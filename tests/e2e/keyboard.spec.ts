/**
 * Keyboard only (Tab, Enter, arrows; no mouse): find Kanpur with the search box, move between
 * its segments with the list under the map (the map outlines each one), open a segment and a
 * booth, and move a what-if slider with the arrow keys. At every stop the focused element shows a
 * focus outline. Expected numbers: Form 20 (AE2017, Sishamau booth 1) and the model's rule that a
 * swing of s points adds s points to our share. The tests share the browser's cache (fixtures.ts
 * cachedTest): neither is about a first visit (issue 16).
 */
import type { Page } from '@playwright/test';
import { cachedTest as test, expect, waitForPaint } from './fixtures.ts';

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, max = 200) {
	for (let i = 0; i < max; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** The focused element draws a visible focus indicator (an outline of at least 2 px). */
async function expectFocusVisible(page: Page) {
	const s = await page.evaluate(() => {
		const e = document.activeElement!;
		const cs = getComputedStyle(e);
		return {
			what: `${e.tagName} ${e.getAttribute('data-testid') ?? e.textContent?.slice(0, 30)}`,
			style: cs.outlineStyle,
			width: parseFloat(cs.outlineWidth),
			colour: cs.outlineColor
		};
	});
	expect(s.style, `outline of ${s.what}`).not.toBe('none');
	expect(s.width, `outline width of ${s.what}`).toBeGreaterThanOrEqual(2);
	expect(s.colour, `outline colour of ${s.what}`).not.toMatch(/rgba\(.*, 0\)$/);
}

/** How many pixels of the map's canvas are the keyboard focus outline's blue (#1a56c4). */
function focusPixels(page: Page, map: string) {
	return page
		.getByTestId(map)
		.getByTestId('map-canvas')
		.evaluate((c: HTMLCanvasElement) => {
			const tmp = document.createElement('canvas');
			[tmp.width, tmp.height] = [c.width, c.height];
			const ctx = tmp.getContext('2d')!;
			ctx.drawImage(c, 0, 0);
			const d = ctx.getImageData(0, 0, c.width, c.height).data;
			let n = 0;
			for (let i = 0; i < d.length; i += 4)
				if (Math.abs(d[i] - 0x1a) + Math.abs(d[i + 1] - 0x56) + Math.abs(d[i + 2] - 0xc4) < 40) n++;
			return n;
		});
}

test('find Kanpur, move along its segments, open Sishamau and a booth: keys only', async ({
	page
}) => {
	await page.goto('/');
	await waitForPaint(page);
	await tabTo(page, 'input[role="combobox"]');
	await expectFocusVisible(page);
	await page.keyboard.type('Kanpur');
	await expect(page.getByRole('option').first()).toContainText('Lok Sabha seat 43');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/seat\/43\/$/);
	await waitForPaint(page, 'AE2022:winner:SP');

	const map = page.getByTestId('seat-map').locator('[data-painted]');
	await tabTo(page, '[data-testid="units-text"] summary');
	await expectFocusVisible(page);
	expect(await focusPixels(page, 'seat-map')).toBeLessThan(20);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toContainText('212 Govindnagar');
	await expectFocusVisible(page);
	await expect(map).toHaveAttribute('data-focused', '212');
	// The focused segment is outlined on the map in the focus blue; none of it before.
	await expect.poll(() => focusPixels(page, 'seat-map')).toBeGreaterThan(200);
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(':focus')).toContainText('213 Sishamau');
	await expect(page.locator(':focus')).toContainText('SP won, margin 7.9 pts');
	await expect(map).toHaveAttribute('data-focused', '213');
	await page.keyboard.press('End');
	await expect(map).toHaveAttribute('data-focused', '216');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(map).toHaveAttribute('data-focused', '213');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/seat\/43\/ac\/213\/$/);
	await waitForPaint(page, '213:AE2017:winner:SP:10,10:est');

	await tabTo(page, '[data-testid="units-text"] summary');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(':focus')).toContainText('Booth 2');
	await expectFocusVisible(page);
	await expect(page.getByTestId('booth-map').locator('[data-painted]')).toHaveAttribute(
		'data-focused',
		'2'
	);
	await page.keyboard.press('ArrowUp');
	await expect(page.getByTestId('booth-map').locator('[data-painted]')).toHaveAttribute(
		'data-focused',
		'1'
	);
	await page.keyboard.press('Enter');
	const details = page.getByTestId('booth-details');
	await expect(details).toContainText('Booth 1');
	await expect(page.locator('tr[data-part="1"]')).toHaveClass(/selected/);
	// Form 20, AE2017, Sishamau booth 1: Suresh Awasthi (BJP) 268, Irfan Solanki (SP) 93, BSP 37.
	await expect(details).toContainText('BJP 268 · SP 93 · BSP 37');
});

test('a what-if slider moved with the arrow keys moves the projection', async ({ page }) => {
	await page.goto('/seat/43/');
	await waitForPaint(page);
	await tabTo(page, '[data-testid="winnability-link"]');
	await expectFocusVisible(page);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/seat\/43\/winnability\/$/);
	const summary = page.getByTestId('seat-summary');
	await expect(summary).toContainText('3 of 5');
	const share = async () =>
		Number((await page.getByTestId('seat-share').textContent())!.replace('%', ''));
	const before = await share();
	await tabTo(page, '[data-testid="swing"]');
	await expectFocusVisible(page);
	// Six steps of half a point: +3 points.
	for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/[?&]sw=3\b/);
	await expect(page.getByTestId('swing')).toBeFocused();
	await expect(summary).toHaveAttribute('data-winning', 'true');
	expect((await share()) - before).toBeCloseTo(3, 1);
	await page.keyboard.press('Home');
	await expect(page).toHaveURL(/[?&]sw=-15\b/);
	expect((await share()) - before).toBeCloseTo(-15, 1);
});
