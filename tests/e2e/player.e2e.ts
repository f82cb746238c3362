import { expect, test, type Page } from '@playwright/test';
import { findPath, loadScenario } from './paths.ts';
import { play } from './play.ts';

const scenario = loadScenario('zh-CN', 'no-time');

/** What the progress store holds, read straight from IndexedDB. */
function storedAttempts(page: Page) {
	return page.evaluate(
		() =>
			new Promise<{ status: string; outcome?: string; turns: number }[]>((resolve, reject) => {
				const open = indexedDB.open('peilian');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('attempts')) return resolve([]);
					const tx = db.transaction(['attempts', 'turns']);
					const attempts = tx.objectStore('attempts').getAll();
					const turns = tx.objectStore('turns').getAll();
					tx.oncomplete = () => {
						db.close();
						resolve(
							attempts.result.map((a) => ({
								status: a.status,
								outcome: a.outcome,
								turns: turns.result.filter((t) => t.attemptId === a.id).length
							}))
						);
					};
				};
			})
	);
}

test.beforeEach(async ({ page }) => {
	await page.goto(`/zh-CN/scenarios/${scenario.id}`);
	await page.locator('html[data-ready]').waitFor();
});

test('a good call played with the keyboard wins, with a debrief that explains the score', async ({
	page
}) => {
	await expect(page.getByText(scenario.persona.name).first()).toBeVisible();
	const path = findPath(scenario, 'won');
	await play(page, path);
	const debrief = page.getByRole('region', { name: '复盘' });
	await expect(debrief).toContainText('成功');
	await expect(debrief.getByText('参考回答').first()).toBeVisible();
	await expect(debrief.locator('.breakdown li.matched').first()).toContainText('答到了：');
	await expect(debrief.locator('.skill-bars li').first()).toBeVisible();
	await expect(debrief.getByRole('link', { name: /异议处理|电话约访/ }).first()).toBeVisible();
	// Every turn and the result are in the progress store.
	await expect
		.poll(() => storedAttempts(page))
		.toEqual([{ status: 'done', outcome: 'won', turns: path.length }]);
});

test('a pushy call ends lost, and retry starts over', async ({ page }) => {
	await play(page, findPath(scenario, 'lost'));
	const debrief = page.getByRole('region', { name: '复盘' });
	await expect(debrief).toContainText('失败');
	await expect(debrief).toContainText('未通过');
	await expect.poll(async () => (await storedAttempts(page))[0]?.outcome).toBe('lost');
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
	const patience = await page.getByTestId('patience').textContent();
	const answered = await page.locator('.call-log .bubble.trainee').count();
	await expect(page.getByRole('status').filter({ hasText: '进度已保存' })).toBeVisible();

	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(
		page.getByRole('status').filter({ hasText: '已从上次中断的地方继续' })
	).toBeVisible();
	await expect(page.getByTestId('score')).toHaveText(score!);
	await expect(page.getByTestId('patience')).toHaveText(patience!);
	await expect(page.locator('.call-log .bubble.trainee')).toHaveCount(answered);
	await play(page, path.slice(firstReply + 1));
	await expect(page.getByRole('region', { name: '复盘' })).toContainText('成功');
});
