import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { loadScenario } from './paths.ts';
import { turnBest, turnFailed } from '../../src/lib/review/cards.ts';
import type { ScenarioNode } from '../../src/lib/scenario/parse.ts';
import {
	currentVersion,
	parseProgressFile,
	progressFormat,
	type ProgressFile
} from '../../src/lib/storage/transfer.ts';

const scenario = loadScenario('zh-CN', 'no-time');
type ChoiceNode = Extract<ScenarioNode, { kind: 'choice' }>;

// Two choice turns whose weakest option is a missed turn, with their best and weakest options.
const turns = [...scenario.nodes.values()]
	.filter((node): node is ChoiceNode => node.kind === 'choice')
	.map((node) => {
		const points = node.options.map((option) => option.points);
		const best = points.indexOf(Math.max(...points));
		const worst = points.indexOf(Math.min(...points));
		return { node, best, worst };
	})
	.filter(({ node, worst }) =>
		turnFailed(node, { points: node.options[worst]!.points }, scenario.pass)
	)
	.slice(0, 2);
const [first, second] = turns as [(typeof turns)[number], (typeof turns)[number]];
const customerLine = first.node.lines.find((line) => line.kind === 'say')!.text;

const t0 = Date.UTC(2026, 10, 2, 9);

/**
 * A trainee's progress file as "My progress" exports it: one finished run of the scenario,
 * answering the two turns with the options given.
 */
function exportOf(name: string, day: number, options: [number, number]): ProgressFile {
	const start = t0 + day * 86_400_000;
	const answered = [first, second].map(({ node }, index) => {
		const option = options[index]!;
		return {
			id: index + 1,
			attemptId: 7,
			index,
			answeredAt: start + (index + 1) * 30_000,
			tookMs: 30_000,
			node: node.id,
			kind: 'choice' as const,
			option,
			points: node.options[option]!.points,
			patience: 0,
			skills: node.options[option]!.skills
		};
	});
	const max = turnBest(first.node) + turnBest(second.node);
	const score = answered.reduce((sum, turn) => sum + turn.points, 0);
	const passed = options[0] === first.best && options[1] === second.best;
	return {
		format: progressFormat,
		version: currentVersion,
		exportedAt: new Date(start + 3_600_000).toISOString(),
		tables: {
			checklistTicks: [],
			attempts: [
				{
					id: 7,
					scenarioId: scenario.id,
					locale: 'zh-CN',
					version: 'e2e',
					mode: 'coach',
					startedAt: start,
					endedAt: start + 60_000,
					status: 'done',
					outcome: passed ? 'won' : 'lost',
					score,
					max,
					passed
				}
			],
			turns: answered,
			savedRuns: [],
			reading: [],
			bookmarks: [],
			cards: [],
			reviewLog: [],
			settings: [{ key: 'profileName', value: name }]
		}
	};
}

const trainees: [string, ProgressFile][] = [
	['张三', exportOf('张三', 0, [first.best, second.best])],
	['李四', exportOf('李四', 1, [first.worst, second.best])],
	['王五', exportOf('王五', 2, [first.worst, second.worst])]
];

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-ready]').waitFor();
}

async function downloaded(page: Page, button: string, path: string): Promise<string> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	await (await downloading).saveAs(path);
	return readFile(path, 'utf8');
}

test('a trainer drops trainees’ files: tables, hardest turn, CSV and xAPI exports', async ({
	page
}, testInfo) => {
	expect(turns).toHaveLength(2);
	const files: string[] = [];
	for (const [i, [, file]] of trainees.entries()) {
		const text = JSON.stringify(file);
		expect(parseProgressFile(text).ok).toBe(true);
		const path = testInfo.outputPath(`trainee-${i + 1}.json`);
		await writeFile(path, text);
		files.push(path);
	}
	const broken = testInfo.outputPath('broken.json');
	const whole = JSON.stringify(trainees[0]![1]);
	await writeFile(broken, whole.slice(0, Math.floor(whole.length / 2)));

	await open(page, '/zh-CN/team');
	await expect(page.getByTestId('team-empty')).toContainText('还没有文件');
	await expect(page.getByTestId('language-note')).toContainText('只统计中文练习');

	await page.getByLabel('选择学员的进度文件（.json，可多选）').setInputFiles([...files, broken]);

	const results = page.getByTestId('import-results');
	await expect(results.getByRole('listitem')).toHaveCount(4);
	await expect(results.getByRole('listitem').filter({ hasText: 'broken.json' })).toContainText(
		'文件不完整'
	);
	for (const [name] of trainees) await expect(results).toContainText(`已添加：${name}`);

	const traineeRows = page.getByTestId('trainee-table').locator('tbody tr');
	await expect(traineeRows).toHaveCount(3);
	await expect(traineeRows.first().getByRole('rowheader')).toContainText('张三');
	await expect(page.getByTestId('team-totals')).toContainText('3 名学员');

	const scenarioRow = page.getByTestId('scenario-table').getByRole('row', { name: scenario.title });
	await expect(scenarioRow.getByRole('cell').nth(0)).toHaveText('3'); // practised
	await expect(scenarioRow.getByRole('cell').nth(1)).toHaveText('1'); // passed
	await expect(scenarioRow.getByRole('img')).toHaveAttribute('aria-label', /最好成绩分布：.*人/);

	const hardest = page.getByTestId('hardest-turns').getByRole('listitem').first();
	await expect(hardest).toContainText(scenario.title);
	await expect(hardest).toContainText(customerLine);
	await expect(hardest).toContainText('67% 没答好（3 次回答中 2 次）');

	await expect(page.getByTestId('skill-table').locator('tbody tr').first()).toBeVisible();

	// The same files again: nothing is added twice.
	await page.getByLabel('选择学员的进度文件（.json，可多选）').setInputFiles(files[0]!);
	await expect(results).toContainText('已经添加过');
	await expect(traineeRows).toHaveCount(3);

	const csv = await downloaded(page, '导出表格（CSV）', testInfo.outputPath('team.csv'));
	const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
	expect(lines[0]!.split(',')[0]).toBe('学员');
	expect(lines.filter(Boolean)).toHaveLength(4);
	for (const [i, [name]] of trainees.entries()) {
		expect(lines[i + 1]).toContain(`${name},zh-CN,${scenario.id},${scenario.title},`);
	}

	const json = await downloaded(page, '导出 xAPI 语句（JSON）', testInfo.outputPath('xapi.json'));
	const statements = JSON.parse(json) as {
		id: string;
		actor: { name: string; account: { homePage: string } };
		verb: { id: string };
		object: { id: string };
		result?: { score?: { scaled?: number } };
	}[];
	// Per trainee: attempted, two answers, completed, then passed or failed.
	expect(statements).toHaveLength(3 * 5);
	const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
	for (const s of statements) expect(s.id).toMatch(uuid);
	expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
	const verbs = statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
	expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
	expect(verbs.filter((v) => v === 'failed')).toHaveLength(2);
	expect(verbs.filter((v) => v === 'answered')).toHaveLength(6);
	expect(new Set(statements.map((s) => s.actor.name))).toEqual(new Set(['张三', '李四', '王五']));
	const origin = new URL(page.url()).origin;
	expect(statements[0]!.actor.account.homePage).toBe(origin);
	expect(statements[0]!.object.id).toBe(`${origin}/scenarios/zh-CN/${scenario.id}`);
	const answer = statements.find((s) => s.verb.id.endsWith('/answered'))!;
	expect(answer.object.id).toBe(`${origin}/scenarios/zh-CN/${scenario.id}#${first.node.id}`);

	// Kept on the device; one trainee removed.
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(traineeRows).toHaveCount(3);
	await page.getByRole('button', { name: '移除 王五' }).click();
	await expect(traineeRows).toHaveCount(2);
	await expect(page.getByTestId('trainee-table')).not.toContainText('王五');
});

test('the English team view counts English practice only, and says so', async ({
	page
}, testInfo) => {
	const path = testInfo.outputPath('zhang.json');
	await writeFile(path, JSON.stringify(trainees[0]![1]));
	await open(page, '/en/team');
	await expect(page.getByTestId('team-empty')).toContainText('No files yet');
	await page
		.getByLabel('Choose trainees’ progress files (.json, several at once)')
		.setInputFiles(path);
	await expect(page.getByTestId('trainee-table').locator('tbody tr')).toHaveCount(1);
	await expect(page.getByTestId('language-note')).toContainText('1 Chinese attempt');
	await expect(page.getByText('Nobody has practised a scenario yet.')).toBeVisible();
});
