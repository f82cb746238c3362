import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templates } from '../../src/lib/studio/templates.ts';

// The trainer studio: write a scenario, see the checker's problems at their lines, fix them, see
// the map, play-test it, find it again after a reload, and download a file the content checker
// accepts. Drafts are untrusted: markup in one is shown as text and runs nothing.

const template = templates.en;
const modelAnswer =
	"I'll email you the order confirmation today; once you've checked the quantities, you just sign it. I can drop by tomorrow at 10 or on Thursday afternoon at 3 to collect it. Which suits you better?";

/** What the studio exposes on `window` when opened with ?test. */
interface StudioHandle {
	text(): string;
	setText(text: string): void;
	select(text: string): boolean;
	view: {
		state: { doc: { lineAt(pos: number): { number: number } } } & {
			selection: { main: { head: number } };
		};
	};
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-ready]').waitFor();
}

/** Phones show the studio one tab at a time; on desktop every panel is already in view. */
async function showTab(page: Page, isMobile: boolean, name: 'Edit' | 'Problems' | 'Map' | 'Play') {
	if (!isMobile) return;
	await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
	await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute(
		'aria-selected',
		'true'
	);
}

/** Selects the first `from` in the editor and types `to` over it, as a trainer would. */
async function typeOver(page: Page, from: string, to: string) {
	const found = await page.evaluate(
		(text) => (window as unknown as { __studioEditor: StudioHandle }).__studioEditor.select(text),
		from
	);
	expect(found, `"${from}" in the editor`).toBe(true);
	await page.keyboard.type(to);
}

const editorText = (page: Page) =>
	page.evaluate(() =>
		(window as unknown as { __studioEditor?: StudioHandle }).__studioEditor?.text()
	);

const lineOf = (source: string, text: string) =>
	source.slice(0, source.indexOf(text)).split('\n').length;

async function newFromTemplate(page: Page) {
	await page.getByRole('button', { name: 'New from template' }).click();
	await expect(page.locator('.cm-content')).toContainText('id: new-scenario');
}

/** Plays the starter template to its won ending. */
async function playTemplate(page: Page) {
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(page.locator('.player .choice').first()).toBeVisible();
	const shown = await page.locator('.player .choice span').allTextContents();
	const best = shown.findIndex((text) => text.startsWith('Thank you'));
	expect(best).toBeGreaterThanOrEqual(0);
	await page.keyboard.press(String(best + 1));
	const box = page.getByRole('textbox', { name: 'Your reply' });
	await box.fill(modelAnswer);
	await box.press('Control+Enter');
	await expect(page.getByRole('region', { name: 'Debrief' })).toContainText('Won');
}

test('write a scenario from the template, fix a problem, map it, play it, reload, download it', async ({
	page,
	isMobile
}, testInfo) => {
	// Many steps, and the content checker runs at the end.
	test.slow();
	await open(page, '/en/studio?test');
	await expect(page.getByText('No drafts yet')).toBeVisible();
	await newFromTemplate(page);

	await showTab(page, isMobile, 'Problems');
	await expect(page.getByTestId('check-state')).toHaveText('No problems found.');
	await expect(page.getByTestId('score-range')).toHaveText('-8 – 20');
	await expect(page.getByTestId('turns')).toHaveText('2');
	await expect(page.getByTestId('endings')).toContainText('✓ signed');
	await expect(page.getByTestId('endings')).toContainText('✓ no-deal');

	// A broken target: the problem shows at its line, and Play waits for a fix.
	await showTab(page, isMobile, 'Edit');
	await typeOver(page, 'next: details', 'next: detials');
	await showTab(page, isMobile, 'Problems');
	const line = lineOf(template, 'next: details');
	const problem = page
		.getByTestId('problems')
		.getByRole('button', { name: new RegExp(`^${line}:9 error unknown node "detials"`, 'i') });
	await expect(problem).toBeVisible();
	await expect(page.getByTestId('check-state')).toHaveText('1 error, 0 warnings');
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeDisabled();

	// Clicking the problem puts the cursor on its line, ready to fix it.
	await problem.click();
	await expect(page.locator('.cm-content')).toBeFocused();
	await expect
		.poll(() =>
			page.evaluate(() => {
				const view = (window as unknown as { __studioEditor: StudioHandle }).__studioEditor.view;
				return view.state.doc.lineAt(view.state.selection.main.head).number;
			})
		)
		.toBe(line);
	await typeOver(page, 'next: detials', 'next: details');
	await typeOver(
		page,
		'Happy with the trial, but no order yet',
		'Happy with the trial, written in the studio'
	);
	await showTab(page, isMobile, 'Problems');
	await expect(page.getByTestId('check-state')).toHaveText('No problems found.');
	await expect(page.getByTestId('save-state')).toHaveText('Saved');

	// The map shows every node; clicking one moves the editor to its heading.
	await showTab(page, isMobile, 'Map');
	const map = page.locator('.conversation-map');
	await expect(map).toBeVisible();
	for (const id of ['opening', 'details', 'signed', 'no-deal'])
		await expect(map.getByRole('button', { name: new RegExp(`\\b${id}\\b`) })).toBeVisible();
	await map.getByRole('button', { name: /\bdetails\b/ }).click();
	await expect
		.poll(() =>
			page.evaluate(() => {
				const view = (window as unknown as { __studioEditor: StudioHandle }).__studioEditor.view;
				return view.state.doc.lineAt(view.state.selection.main.head).number;
			})
		)
		.toBe(lineOf(template, '## details'));

	// Play-test to an ending with the real player, then back to the editor.
	await showTab(page, isMobile, 'Play');
	await playTemplate(page);
	await page.getByRole('button', { name: 'Back to editing' }).click();
	await expect(page.locator('.cm-content')).toBeVisible();

	// A reload reopens the draft as it was left.
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByTestId('draft-select')).toContainText('new-scenario');
	const saved = template.replace(
		'Happy with the trial, but no order yet',
		'Happy with the trial, written in the studio'
	);
	await expect.poll(() => editorText(page)).toBe(saved);

	// The downloaded file passes the content checker next to its other-language counterpart.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download .md' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('new-scenario.md');
	const dir = mkdtempSync(join(tmpdir(), 'peilian-studio-'));
	try {
		cpSync(process.env.PEILIAN_CONTENT_DIR ?? 'content', dir, { recursive: true });
		const file = join(dir, 'scenarios/en/new-scenario.md');
		await download.saveAs(file);
		expect(readFileSync(file, 'utf8')).toBe(saved);
		writeFileSync(join(dir, 'scenarios/zh-CN/new-scenario.md'), templates['zh-CN']);
		const check = spawnSync('npx', ['tsx', 'scripts/content-check.ts'], {
			env: { ...process.env, PEILIAN_CONTENT_DIR: dir },
			encoding: 'utf8'
		});
		expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
		expect(check.stdout).toContain('en/new-scenario: score -8…20');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	await page.screenshot({ path: testInfo.outputPath('studio.png'), fullPage: true });
});

test('start from a shipped scenario, rename it, delete it', async ({ page }) => {
	await open(page, '/zh-CN/studio?test');
	await page.getByTestId('from-scenario').selectOption('no-time');
	await expect(page.locator('.cm-content')).toContainText('id: no-time');
	expect(await editorText(page)).toBe(
		readFileSync(
			`${process.env.PEILIAN_CONTENT_DIR ?? 'content'}/scenarios/zh-CN/no-time.md`,
			'utf8'
		)
	);
	await page.getByRole('button', { name: '重命名' }).click();
	await page.getByRole('textbox', { name: '草稿名称' }).fill('我的没时间版本');
	await page.getByRole('button', { name: '保存', exact: true }).click();
	await expect(page.getByTestId('draft-select')).toContainText('我的没时间版本');

	await page.getByRole('button', { name: '删除', exact: true }).click();
	await expect(page.getByText('删除草稿“我的没时间版本”？')).toBeVisible();
	await page.getByRole('button', { name: '确认删除' }).click();
	await expect(page.getByText('还没有草稿')).toBeVisible();
	await expect(page.getByTestId('draft-select')).toHaveCount(0);
});

test('a hostile draft runs nothing, fetches nothing, and a 5,000-line draft keeps the page responsive', async ({
	page,
	isMobile,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await open(page, '/en/studio?test');
	await newFromTemplate(page);

	const hostile = template
		.replace(
			'title: Happy with the trial, but no order yet',
			'title: "<img src=x onerror=window.__pwned=1>"'
		)
		.replace('name: Mina Zhou', 'name: "<script>window.__pwned=1</script>"')
		.replace(
			"We've used the samples",
			'<script>window.__pwned=1</script>\n\n<img src=x onerror="window.__pwned=1">\n\n[x](javascript:window.__pwned=1)\n\nWe\'ve used the samples'
		)
		.replace(
			'feedback: You build on her good news',
			'feedback: See [x](javascript:window.__pwned=1) <img src=x onerror="window.__pwned=1"> You build on her good news'
		)
		.replace(
			'debrief: You asked for the order',
			'debrief: <script>window.__pwned=1</script> You asked for the order'
		);
	await page.evaluate(
		(text) => (window as unknown as { __studioEditor: StudioHandle }).__studioEditor.setText(text),
		hostile
	);
	await showTab(page, isMobile, 'Problems');
	await expect(page.getByTestId('check-state')).toHaveText('No problems found.');
	await showTab(page, isMobile, 'Map');
	await expect(page.locator('.conversation-map')).toBeVisible();
	await showTab(page, isMobile, 'Play');
	await playTemplate(page);
	// The markup is on screen as the characters the trainer typed.
	await expect(page.locator('.call-log')).toContainText('<script>window.__pwned=1</script>');
	await expect(page.locator('.call-log')).toContainText('[x](javascript:window.__pwned=1)');
	await expect(page.locator('.persona-name')).toHaveText('<script>window.__pwned=1</script>');
	await expect(page.getByRole('region', { name: 'Debrief' })).toContainText('<script>');
	await expect(
		page.locator('.player a[href^="javascript:"], .player img, .player script')
	).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	await page.getByRole('button', { name: 'Back to editing' }).click();

	// One long line of nested link brackets: the editor highlights block structure only (the
	// inline link parser is quadratic and froze the tab), and the check runs in the worker.
	await page.evaluate(
		(text) => (window as unknown as { __studioEditor: StudioHandle }).__studioEditor.setText(text),
		`${hostile}\n## ${'[a]('.repeat(50_000)}\n`
	);
	const asked = Date.now();
	expect(await page.evaluate(() => 1 + 1)).toBe(2);
	expect(Date.now() - asked).toBeLessThan(2_000);
	await showTab(page, isMobile, 'Problems');
	await expect(page.getByTestId('check-state')).toHaveText(/^\d+ errors?, 0 warnings$/, {
		timeout: 15_000
	});

	// A 5,000-line draft, uploaded: checked off the main thread; typing still updates the problems.
	const lines = [template.slice(0, template.indexOf('## opening'))];
	let count = lines[0]!.split('\n').length;
	let i = 0;
	while (count < 4980) {
		const section =
			`## turn-${i}\n\n(Scene ${i}.)\n\nThe customer says something at turn ${i}.\n\n:::choices\n` +
			`- text: A good answer ${i}\n  points: 2\n  feedback: Why it works.\n  next: turn-${i + 1}\n` +
			`- text: A weak answer ${i}\n  points: -1\n  feedback: Why it does not.\n  next: turn-${i + 1}\n:::\n\n`;
		lines.push(section);
		count += section.split('\n').length - 1;
		i++;
	}
	lines.push(
		`## turn-${i}\n\nLast.\n\n:::choices\n- text: Yes\n  points: 1\n  feedback: Good.\n  next: signed\n` +
			`- text: No\n  points: 0\n  feedback: Not good.\n  next: no-deal\n:::\n\n` +
			`## signed\n\n:::ending\noutcome: won\ndebrief: Well done.\n:::\n\n` +
			`## no-deal\n\n:::ending\noutcome: lost\ndebrief: Not this time.\n:::\n`
	);
	const big = lines.join('');
	expect(big.split('\n').length).toBeGreaterThan(4990);
	await page.getByTestId('upload').setInputFiles({
		name: 'big.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(big)
	});
	await expect(page.getByText('Opened “big.md” as a new draft.')).toBeVisible();
	await showTab(page, isMobile, 'Problems');
	await expect(page.getByTestId('check-state')).toHaveText('No problems found.', {
		timeout: 15_000
	});
	await expect(page.getByTestId('turns')).toHaveText(String(i + 1));
	await showTab(page, isMobile, 'Edit');
	const started = Date.now();
	await typeOver(page, 'next: signed', 'next: signd');
	await showTab(page, isMobile, 'Problems');
	await expect(
		page.getByTestId('problems').getByRole('button', { name: /unknown node "signd"/ })
	).toBeVisible({ timeout: 15_000 });
	expect(Date.now() - started).toBeLessThan(15_000);
	// The main thread answers at once.
	expect(await page.evaluate(() => 1 + 1)).toBe(2);

	// Files that are too big or not text are refused with a reason.
	await page.getByTestId('upload').setInputFiles({
		name: 'huge.md',
		mimeType: 'text/markdown',
		buffer: Buffer.alloc(1024 * 1024 + 1, 'a')
	});
	await expect(page.getByRole('alert').filter({ hasText: 'over 1 MB' })).toBeVisible();
	await page.getByTestId('upload').setInputFiles({
		name: 'picture.md',
		mimeType: 'image/png',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
	});
	await expect(page.getByRole('alert').filter({ hasText: 'not a text file' })).toBeVisible();

	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	const foreign = requests.filter(
		(url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin
	);
	expect(foreign).toEqual([]);
	// Nothing the draft names was requested, even on this site (an <img src=x> would ask for /en/x).
	expect(requests.filter((url) => /\/x(?:[?#]|$)|javascript:/.test(url))).toEqual([]);
});
