import { expect, test } from '@playwright/test';

test('after one visit, unvisited pages and search work offline', async ({ page, context }) => {
	await page.goto('/zh-CN');
	await page.locator('html[data-ready]').waitFor();
	// The worker precaches the whole site on install and takes control of this page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
	await context.setOffline(true);

	// A page never visited, opened by full navigation (as a reader typing the address would).
	await page.goto('/en/playbooks/sales-management');
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('.prose h2').first()).toBeVisible();

	// Client-side navigation and the search index come from the cache too.
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.keyboard.press('Control+k');
	await page.getByRole('combobox').fill('回款');
	await expect(page.getByRole('option').first()).toContainText('回款');
});

test('the app can be installed: manifest and icons are served', async ({ request }) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest.start_url).toBe('/');
	for (const icon of manifest.icons) {
		const response = await request.get(icon.src);
		expect(response.ok(), icon.src).toBe(true);
	}
});
