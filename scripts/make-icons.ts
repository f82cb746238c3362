/**
 * Renders static/favicon.svg to the PNG icons the web app manifest lists, with Debian's Chromium.
 * Run by hand after changing the logo: `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox']
});
const page = await browser.newPage();
for (const [file, size, padding] of [
	['icon-192.png', 192, 0],
	['icon-512.png', 512, 0],
	// Maskable icons keep the logo inside the central safe zone (80%).
	['icon-maskable-512.png', 512, 0.1]
] as const) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<body style="margin:0;background:#0f766e"><div style="padding:${size * padding}px">${svg.replace('<svg ', `<svg width="${size * (1 - 2 * padding)}" height="${size * (1 - 2 * padding)}" `)}</div></body>`
	);
	await page.screenshot({ path: `static/icons/${file}` });
}
await browser.close();
