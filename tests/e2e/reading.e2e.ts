import { expect, test } from '@playwright/test';

test('browses from the home page by topic to a playbook and its sections', async ({
	page,
	isMobile
}) => {
	await page.goto('/zh-CN');
	await page.locator('html[data-ready]').waitFor();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { name: '按主题浏览手册' })).toBeVisible();

	const topic = page.locator('.topic-card', { hasText: '异议处理' });
	await topic.getByRole('link', { name: '异议处理' }).click();
	await expect(page).toHaveURL(/\/zh-CN\/playbooks\/objection-handling$/);
	await expect(page.getByRole('heading', { level: 1, name: '异议处理' })).toBeVisible();
	await expect(page).toHaveTitle(/异议处理/);

	// The table of contents jumps to a section.
	const toc = page.getByRole('navigation', { name: '本页内容' });
	if (isMobile) await toc.getByText('本页内容').click();
	await toc.getByRole('link', { name: '客户说没时间' }).click();
	await expect(page).toHaveURL(/#%E5%AE%A2%E6%88%B7%E8%AF%B4%E6%B2%A1%E6%97%B6%E9%97%B4$/);
	await expect(page.locator('h3#客户说没时间')).toBeInViewport();

	// Scripts are shown as a conversation.
	await expect(
		page.locator('.dialogue').first().locator('.dialogue-line.is-rep').first()
	).toBeVisible();
});

test('the topic menu opens on a phone and the pager and keys move between pages', async ({
	page,
	isMobile
}) => {
	await page.goto('/en/playbooks/phone-prospecting');
	await page.locator('html[data-ready]').waitFor();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	if (isMobile) {
		const nav = page.getByRole('navigation', { name: 'Main navigation' });
		await expect(nav).toBeHidden();
		await page.getByRole('button', { name: 'Contents' }).click();
		await expect(nav).toBeVisible();
		await nav.getByRole('link', { name: /Collections/ }).click();
		await expect(page).toHaveURL(/\/en\/playbooks\/collections$/);
		await expect(nav).toBeHidden();
		await page.goBack();
		// Wait for the page itself, not just the address, before reading its pager.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Phone prospecting/);
	}
	const nextTitle = await page.locator('a[rel="next"] span').nth(1).textContent();
	await page.locator('main h1').click();
	await page.keyboard.press(']');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle!.trim());
	await page.keyboard.press('[');
	await expect(page).toHaveURL(/phone-prospecting$/);
});

test('switching language keeps the reader on the same page', async ({ page }) => {
	await page.goto('/zh-CN/playbooks/collections');
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/playbooks\/collections$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('回款管理');
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page).toHaveURL(/\/zh-CN\/playbooks\/collections$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the root page sends a reader to their language', async ({ page }) => {
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor();
	await expect(page).toHaveURL(/\/(zh-CN|en)$/);
});

test('print media shows the script and hides the app around it', async ({ page }) => {
	await page.goto('/zh-CN/playbooks/phone-prospecting');
	await page.locator('html[data-ready]').waitFor();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.sidebar')).toBeHidden();
	await expect(page.locator('.pager')).toBeHidden();
	const dialogue = page.locator('.dialogue').first();
	await expect(dialogue).toBeVisible();
	// Printed speakers read "销售：…" on one line rather than as chat bubbles.
	const speaker = dialogue.locator('.dialogue-speaker').first();
	expect(await speaker.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"："');
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('dark mode toggles and is remembered', async ({ page }) => {
	await page.goto('/en');
	await page.locator('html[data-ready]').waitFor();
	const html = page.locator('html');
	const before = await html.getAttribute('data-theme');
	await page.getByRole('button', { name: 'Toggle dark/light' }).click();
	const after = await html.getAttribute('data-theme');
	expect(after).not.toBe(before);
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(html).toHaveAttribute('data-theme', after!);
});
