import { expect, test } from '@playwright/test';

test('searching 「没时间」 with the keyboard opens the no-time section', async ({ page }) => {
	await page.goto('/zh-CN');
	await page.locator('html[data-ready]').waitFor();
	await page.locator('main h1').click();
	await page.keyboard.press('/');
	const box = page.getByRole('combobox', { name: '搜索手册' });
	await expect(box).toBeFocused();
	await box.fill('没时间');
	const options = page.getByRole('option');
	await expect(options.first()).toBeVisible();
	await expect(options.first().locator('mark').first()).toBeVisible();
	// The practice scenario is found too; the playbook section is the one to open here.
	await expect(options.filter({ hasText: '对练' }).first()).toBeVisible();
	const target = options
		.filter({ hasText: '异议处理' })
		.filter({ hasText: '客户说没时间' })
		.first();
	await expect(target).toBeVisible();
	const index = await options.evaluateAll((els) =>
		els.findIndex(
			(el) => el.textContent?.includes('异议处理') && el.textContent.includes('客户说没时间')
		)
	);
	for (let i = 0; i < index; i++) await box.press('ArrowDown');
	await box.press('Enter');
	await expect(page).toHaveURL(/objection-handling#/);
	await expect(page.locator('h3#客户说没时间')).toBeInViewport();
});

test('Ctrl+K searches the English playbook and Escape closes', async ({ page }) => {
	await page.goto('/en/playbooks/collections');
	await page.locator('html[data-ready]').waitFor();
	await page.keyboard.press('Control+k');
	const box = page.getByRole('combobox', { name: 'Search the playbook' });
	await box.fill('voicemail');
	// The voicemail practice call ranks with the playbook; pick the playbook section by keyboard.
	const options = page.getByRole('option');
	await expect(options.filter({ hasText: 'Phone prospecting' }).first()).toBeVisible();
	const index = await options.evaluateAll((els) =>
		els.findIndex((el) => el.textContent?.includes('Phone prospecting'))
	);
	for (let i = 0; i < index; i++) await box.press('ArrowDown');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/en\/playbooks\/phone-prospecting#/);

	await page.keyboard.press('Control+k');
	await box.fill('zzzxxq');
	await expect(page.getByRole('status').filter({ hasText: 'Nothing found' })).toBeVisible();
	await box.press('Escape');
	await expect(box).toBeHidden();
});
