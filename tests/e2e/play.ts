import { expect, type Page } from '@playwright/test';
import type { Step } from './paths.ts';

/** Plays steps in the player as a trainee would: number keys for choices, typing for replies. */
export async function play(page: Page, steps: Step[]) {
	for (const step of steps) {
		const turns = await page.locator('.call-log .bubble.trainee').count();
		if (step.kind === 'choose') {
			// Options are shown shuffled: press the number the option is shown under.
			await expect(page.locator('.choice').first()).toBeVisible();
			const shown = await page.locator('.choice span').allTextContents();
			expect(shown).toContain(step.text);
			await page.keyboard.press(String(shown.indexOf(step.text) + 1));
		} else {
			const box = page.getByRole('textbox', { name: '你的回答' });
			await box.fill(step.text);
			await box.press('Control+Enter');
		}
		await expect(page.locator('.call-log .bubble.trainee')).toHaveCount(turns + 1);
		// Focus moves on to whatever answers next, never back to the top of the page.
		await expect(page.locator('.choices .choice, #reply-box, .debrief h2').first()).toBeFocused();
	}
}
