import { expect, test } from '@playwright/test';
import { findPath, loadScenario } from './paths.ts';
import { play } from './play.ts';

const scenario = loadScenario('zh-CN', 'no-time');

/** Review cards and log entries, read straight from IndexedDB. */
function storedReviews(page: import('@playwright/test').Page) {
	return page.evaluate(
		() =>
			new Promise<{ cards: { node: string; due: number; reps: number }[]; log: number }>(
				(resolve, reject) => {
					const open = indexedDB.open('peilian');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction(['cards', 'reviewLog']);
						const cards = tx.objectStore('cards').getAll();
						const log = tx.objectStore('reviewLog').count();
						tx.oncomplete = () => {
							open.result.close();
							resolve({ cards: cards.result, log: log.result });
						};
					};
				}
			)
	);
}

test('a turn fumbled in practice comes back for review, and a good answer schedules it later', async ({
	page
}) => {
	await page.goto(`/zh-CN/scenarios/${scenario.id}`);
	await page.locator('html[data-ready]').waitFor();
	await play(page, findPath(scenario, 'lost'));
	await expect(page.getByRole('region', { name: '复盘' })).toContainText('未通过');
	await expect.poll(async () => (await storedReviews(page)).cards.length).toBeGreaterThan(0);
	const before = await storedReviews(page);

	await page.goto('/zh-CN/review');
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByText(`今天还有 ${before.cards.length} 轮要复习`)).toBeVisible();

	// Answer the card's turn as well as it can be answered.
	const shown = await page.locator('.review-turn .choice span').allTextContents();
	const node = [...scenario.nodes.values()].find(
		(n) => n.kind === 'choice' && n.options.every((o) => shown.includes(o.text))
	);
	expect(node?.kind).toBe('choice');
	if (node?.kind !== 'choice') return;
	const best = node.options.reduce((a, b) => (b.points > a.points ? b : a));
	await page.keyboard.press(String(shown.indexOf(best.text) + 1));
	await expect(page.getByTestId('review-points')).toHaveText(`${best.points} / ${best.points} 分`);
	await expect(page.getByText(/再复习这一轮/)).toBeVisible();

	await expect.poll(async () => (await storedReviews(page)).log).toBe(1);
	const after = await storedReviews(page);
	const card = after.cards.find((c) => c.node === node.id)!;
	expect(card.reps).toBe(1);
	// Answered at best on a new card: FSRS's "easy" puts it days ahead, not later today.
	expect(card.due - Date.now()).toBeGreaterThan(24 * 3600_000);
});
