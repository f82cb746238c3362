import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against the built, prerendered site, served as static files, in Debian's
// Chromium (no browser downloads are possible here; scripts/ensure-chromium.mjs installs it).
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	webServer: {
		command: 'npm run build && npm run preview',
		port: 4173,
		reuseExistingServer: !process.env.CI,
		timeout: 300_000
	},
	use: {
		baseURL: 'http://127.0.0.1:4173',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [
		{ name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } },
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], browserName: 'chromium' } }
	]
});
