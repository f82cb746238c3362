import { expect, test, type Page } from '@playwright/test';
import { findPath, loadScenario } from './paths.ts';
import { play } from './play.ts';
import { topicName } from '../../src/lib/content/topics.ts';

const scenario = loadScenario('zh-CN', 'no-time');

/** The stored reading progress of one zh-CN page, read straight from IndexedDB. */
function readingOf(page: Page, slug: string) {
	return page.evaluate(
		(slug) =>
			new Promise<{ finished: boolean; progress: number } | undefined>((resolve, reject) => {
				const request = indexedDB.open('peilian');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const get = db.transaction('reading').objectStore('reading').get(['zh-CN', slug]);
					get.onsuccess = () => {
						db.close();
						resolve(get.result);
					};
				};
			}),
		slug
	);
}

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
	// The result is written as the debrief shows; leave only once it is stored.
	await expect(page.getByRole('status').filter({ hasText: '进度已保存' })).toBeVisible();
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
	await expect(page.getByRole('status').filter({ hasText: '进度已保存' })).toBeVisible();
	await open(page, '/zh-CN/progress');
	await expect(page.getByTestId('history').getByRole('listitem')).toHaveCount(1);

	await page.getByLabel('你的名字').fill('王小明');
	await page.getByLabel('你的名字').press('Tab');
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
	const exported = JSON.parse(await readFile(saved, 'utf8'));
	expect(exported.tables.settings).toContainEqual({ key: 'profileName', value: '王小明' });
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
	await expect(page.getByLabel('你的名字')).toHaveValue('王小明');

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

test('reading a playbook to the end and bookmarking a section show up on home and dashboard', async ({
	page
}) => {
	await open(page, '/zh-CN/playbooks/objection-handling');
	const heading = page.getByRole('heading', { name: '五步处理法', level: 2 });
	await heading.evaluate((element) => element.scrollIntoView());
	const bookmark = page.getByRole('button', { name: /加书签 · 五步处理法/ });
	await bookmark.click();
	await expect(page.getByRole('button', { name: /已加书签 · 五步处理法/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
	await expect.poll(() => readingOf(page, 'objection-handling')).toMatchObject({ finished: true });
	await open(page, '/zh-CN');
	const card = page.locator('.topic-card', { hasText: '异议处理' });
	await expect(card.getByTestId('topic-progress')).toContainText('已读 1/1');

	await open(page, '/zh-CN/progress');
	const link = page.getByRole('link', { name: /五步处理法/ });
	await expect(link).toHaveAttribute('href', /objection-handling#/);
	await link.click();
	await expect(page).toHaveURL(/objection-handling#/);
	await expect(page.getByRole('button', { name: /已加书签 · 五步处理法/ })).toBeVisible();
});

test('a newer version opened in another tab asks this one to reload', async ({ page, context }) => {
	await open(page, `/zh-CN/scenarios/${scenario.id}`);
	await play(page, findPath(scenario, 'won').slice(0, 1));
	await expect(page.getByRole('status').filter({ hasText: '进度已保存' })).toBeVisible();

	// The next release's schema, opened by another tab of the same site.
	const other = await context.newPage();
	await other.goto('/zh-CN');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('peilian', 1000);
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);
	await expect(page.getByRole('alert')).toContainText('陪练已在另一个标签页中更新');
	await expect(page.getByRole('alert').getByRole('button', { name: '重新载入' })).toBeVisible();
});
