import { expect, test, type Page } from '@playwright/test';
import { findPath, loadScenario, type Step } from './paths.ts';

const scenario = loadScenario('zh-CN', 'no-time');

async function play(page: Page, steps: Step[]) {
	for (const step of steps) {
		const turns = await page.locator('.call-log .bubble.trainee').count();
		if (step.kind === 'choose') {
			await expect(page.locator('.choice').first()).toBeVisible();
			await page.keyboard.press(String(step.index + 1));
		} else {
			const box = page.getByRole('textbox', { name: '你的回答' });
			await box.fill(step.text);
			await box.press('Control+Enter');
		}
		await expect(page.locator('.call-log .bubble.trainee')).toHaveCount(turns + 1);
	}
}

test.beforeEach(async ({ page }) => {
	await page.goto(`/zh-CN/scenarios/${scenario.id}`);
	await page.locator('html[data-ready]').waitFor();
});

test('a good call played with the keyboard wins, with a debrief that explains the score', async ({
	page
}) => {
	await expect(page.getByText(scenario.persona.name).first()).toBeVisible();
	await play(page, findPath(scenario, 'won'));
	const debrief = page.getByRole('region', { name: '复盘' });
	await expect(debrief).toContainText('成功');
	await expect(debrief.getByText('参考回答').first()).toBeVisible();
	await expect(debrief.locator('.skill-bars li').first()).toBeVisible();
	await expect(debrief.getByRole('link', { name: /异议处理|电话约访/ }).first()).toBeVisible();
});

test('a pushy call ends lost, and retry starts over', async ({ page }) => {
	await play(page, findPath(scenario, 'lost'));
	const debrief = page.getByRole('region', { name: '复盘' });
	await expect(debrief).toContainText('失败');
	await expect(debrief).toContainText('未通过');
	await debrief.getByRole('button', { name: '再练一次' }).click();
	await expect(page.getByTestId('score')).toHaveText('0');
	await expect(page.locator('.call-log .bubble.trainee')).toHaveCount(0);
});

test('a typed reply shows its breakdown, and a reload continues at the same turn', async ({
	page
}) => {
	const path = findPath(scenario, 'won');
	const firstReply = path.findIndex((step) => step.kind === 'reply');
	await play(page, path.slice(0, firstReply + 1));
	await expect(page.locator('.feedback').last()).toContainText('✓');
	const score = await page.getByTestId('score').textContent();
	const answered = await page.locator('.call-log .bubble.trainee').count();

	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(
		page.getByRole('status').filter({ hasText: '已从上次中断的地方继续' })
	).toBeVisible();
	await expect(page.getByTestId('score')).toHaveText(score!);
	await expect(page.locator('.call-log .bubble.trainee')).toHaveCount(answered);
	await play(page, path.slice(firstReply + 1));
	await expect(page.getByRole('region', { name: '复盘' })).toContainText('成功');
});
