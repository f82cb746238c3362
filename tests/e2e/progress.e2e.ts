import { expect, test, type Page } from '@playwright/test';
import { findPath, loadScenario } from './paths.ts';
import { play } from './play.ts';
import { topicName } from '../../src/lib/content/topics.ts';

const scenario = loadScenario('zh-CN', 'no-time');

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-ready]').waitFor();
}

test('a finished run shows on the dashboard: history, topic, trend and skills', async ({
	page
}) => {
	await open(page, `/zh-CN/scenarios/${scenario.id}`);
	await play(page, findPath(scenario, 'won'));
	await expect(page.getByRole('region', { name: '复盘' })).toContainText('成功');
	const score = Number(await page.getByTestId('score').textContent());

	await open(page, '/zh-CN/progress');
	const history = page.getByTestId('history');
	await expect(history.getByRole('listitem')).toHaveCount(1);
	await expect(history).toContainText(scenario.title);
	await expect(history).toContainText('成功');
	const row = page.getByRole('row', { name: new RegExp(scenario.title) });
	await expect(row.getByRole('img')).toHaveAttribute('aria-label', /历次得分：\d+%/);
	await expect(row).toContainText('通过');
	const topic = page.locator('.topic-progress tr', { hasText: topicName(scenario.topic, 'zh-CN') });
	await expect(topic.getByRole('cell').nth(1)).toHaveText(/^\s*1\/\d+/);
	await expect(page.getByTestId('streak')).toContainText('连续练习 1 天');
	await expect(page.getByTestId('skills-strongest').getByRole('listitem').first()).toBeVisible();
	expect(score).toBeGreaterThan(0);
	await page.screenshot({ path: 'test-results/dashboard.png', fullPage: true });
});

test('progress made in one tab appears in another without a reload', async ({ page, context }) => {
	await open(page, '/zh-CN/progress');
	await expect(page.getByText('还没有练习记录').first()).toBeVisible();

	const other = await context.newPage();
	await open(other, `/zh-CN/scenarios/${scenario.id}`);
	await play(other, findPath(scenario, 'lost'));
	await expect(other.getByRole('region', { name: '复盘' })).toContainText('未通过');

	await expect(page.getByTestId('history')).toContainText(scenario.title);
	await expect(page.getByTestId('history')).toContainText('失败');
});

test('without IndexedDB, practice still works and a banner says progress is not kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await open(page, `/zh-CN/scenarios/${scenario.id}`);
	await expect(page.getByRole('alert')).toContainText('关闭页面后进度会丢失');
	await play(page, findPath(scenario, 'won').slice(0, 2));
	await expect(page.getByRole('status').filter({ hasText: '进度已保存' })).toBeVisible();
});

test('a full device shows a warning and the run goes on', async ({ page }) => {
	await page.addInitScript(() => {
		// The device fills up once the page has loaded: every write then fails as a full disk does.
		for (const method of ['add', 'put'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (
				this: IDBObjectStore,
				...args: [unknown, IDBValidKey?]
			) {
				if ((window as { full?: boolean }).full)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return original.apply(this, args);
			} as never;
		}
	});
	await open(page, `/zh-CN/scenarios/${scenario.id}`);
	await page.evaluate(() => ((window as { full?: boolean }).full = true));
	const path = findPath(scenario, 'won');
	await play(page, path.slice(0, 2));
	await expect(page.getByRole('alert')).toContainText('设备存储空间已满');
	await expect(page.getByRole('status').filter({ hasText: '这一步没能保存' })).toBeVisible();
	await play(page, path.slice(2));
	await expect(page.getByRole('region', { name: '复盘' })).toContainText('成功');
});

test('export, clear site data, import: everything is back; a damaged file changes nothing', async ({
	page
}, testInfo) => {
	await open(page, `/zh-CN/scenarios/${scenario.id}`);
	await play(page, findPath(scenario, 'won'));
	await expect(page.getByRole('region', { name: '复盘' })).toContainText('成功');
	await open(page, '/zh-CN/progress');
	await expect(page.getByTestId('history').getByRole('listitem')).toHaveCount(1);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出进度（JSON）' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^peilian-progress-\d{4}-\d{2}-\d{2}\.json$/);
	const saved = testInfo.outputPath('progress.json');
	await download.saveAs(saved);

	const csvDownloading = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出练习记录（CSV）' }).click();
	const csvPath = testInfo.outputPath('attempts.csv');
	await (await csvDownloading).saveAs(csvPath);
	const { readFile } = await import('node:fs/promises');
	const csv = await readFile(csvPath, 'utf8');
	expect(csv.split('\r\n')[1]).toContain(scenario.title);

	// "Clear site data", as the browser's settings do it.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', {
		origin: new URL(page.url()).origin,
		storageTypes: 'all'
	});
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByText('还没有练习记录').first()).toBeVisible();

	await page.getByLabel('选择一个进度文件（.json）').setInputFiles(saved);
	await expect(page.getByRole('status').filter({ hasText: '已导入' })).toContainText('1 次练习');
	await expect(page.getByTestId('history')).toContainText(scenario.title);
	await expect(page.getByTestId('history')).toContainText('成功');

	// A file cut short in transfer is refused with the reason, and nothing here changes.
	const text = await readFile(saved, 'utf8');
	await page.getByLabel('选择一个进度文件（.json）').setInputFiles({
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2)))
	});
	await expect(page.getByRole('alert')).toContainText('cut.json');
	await expect(page.getByRole('alert')).toContainText('文件不完整');
	await expect(page.getByTestId('history').getByRole('listitem')).toHaveCount(1);
	await expect(page.getByTestId('totals')).toContainText('完成 1 次练习');
});
