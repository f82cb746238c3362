import { expect, test } from '@playwright/test';

test('the call-list calculator recomputes as the reader types', async ({ page }) => {
	await page.goto('/en/playbooks/phone-prospecting');
	await page.locator('html[data-ready]').waitFor();
	const calculator = page.locator('.calculator', { hasText: 'Call-list planner' });
	await calculator.getByLabel('Meetings you want').fill('12');
	await calculator.getByLabel('Calls that book a meeting').fill('15');
	await calculator.getByLabel('Days').fill('4');
	await expect(calculator).toContainText('About 80 calls needed');
	await expect(calculator).toContainText('20 calls a day');
	await calculator.getByLabel('Days').fill('');
	await expect(calculator).toContainText('Enter a valid number');
});

test('checklist ticks are kept on the device across reloads', async ({ page }) => {
	await page.goto('/zh-CN/playbooks/after-sales');
	await page.locator('html[data-ready]').waitFor();
	const checklist = page.locator('.checklist').first();
	const boxes = checklist.getByRole('checkbox');
	const total = await boxes.count();
	await boxes.nth(0).check();
	await boxes.nth(2).check();
	await expect(checklist).toContainText(`已完成 2/${total}`);
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(checklist.getByRole('checkbox').nth(0)).toBeChecked();
	await expect(checklist.getByRole('checkbox').nth(1)).not.toBeChecked();
	await expect(checklist.getByRole('checkbox').nth(2)).toBeChecked();
	await checklist.getByRole('button', { name: '清除勾选' }).click();
	await expect(checklist).toContainText(`已完成 0/${total}`);
});
