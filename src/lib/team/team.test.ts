import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Catalogue } from '../progress/summary.ts';
import { turnFailed } from '../review/cards.ts';
import type { ScenarioNode } from '../scenario/parse.ts';
import type { Attempt, Turn } from '../storage/db.ts';
import { database } from '../storage/open.ts';
import {
	currentVersion,
	parseProgressFile,
	progressFormat,
	type ProgressFile
} from '../storage/transfer.ts';
import { aggregateTeam, bucketOf, median, turnFailedBy, type TeamMember } from './aggregate.ts';
import { toCsv } from '../csv.ts';
import { teamCsv, teamCsvColumns, type TeamCsvColumn } from './csv.ts';
import {
	contentHash,
	importTeamFiles,
	listTeamFiles,
	removeTeamFile,
	traineeName
} from './store.ts';
import { sha1Hex, uuidPattern, uuidV5 } from './uuid.ts';
import { isoDuration, teamXapiStatements, toXapiStatements, xapiScore, xapiVerbs } from './xapi.ts';

// ---------------------------------------------------------------------------------------------
// A small catalogue: two scenarios, three skills.

const catalogue: Catalogue = {
	topics: [{ id: 'closing', name: 'Closing', pages: [] }],
	scenarios: [
		{
			id: 'ask',
			title: 'Ask for the order',
			topic: 'closing',
			difficulty: 1,
			pass: 60,
			max: 20,
			nodes: {
				a: { best: 10, skills: ['ask'] },
				b: { best: 10, skills: ['listen', 'ask'] },
				chat: { best: 0, skills: ['ask'] }
			}
		},
		{
			id: 'late',
			title: 'Late payment',
			topic: 'closing',
			difficulty: 2,
			pass: 70,
			max: 10,
			nodes: { c: { best: 10, skills: ['plan'] } }
		}
	],
	skills: {
		ask: { label: 'Ask for the order', topic: 'closing' },
		listen: { label: 'Listen', topic: 'closing' },
		plan: { label: 'Payment plan', topic: 'closing' }
	}
};

// ---------------------------------------------------------------------------------------------
// Generated exports, as a trainee's "My progress" page makes them.

const minute = 60_000;
const t0 = Date.UTC(2026, 10, 2, 9);

interface Run {
	scenario: string;
	start: number;
	/** Points per turn, in order: [node, points]. */
	turns: [string, number][];
	status?: Attempt['status'];
	locale?: string;
	passed?: boolean;
}

/** A whole progress file (current version) from a list of runs. */
function exportOf(runs: Run[], settings: { key: string; value: unknown }[] = []): ProgressFile {
	const attempts: (Attempt & { id: number })[] = [];
	const turns: (Turn & { id: number })[] = [];
	runs.forEach((run, i) => {
		const id = 100 + i; // any local ids: another device numbers them differently
		const score = run.turns.reduce((sum, [, points]) => sum + points, 0);
		const status = run.status ?? 'done';
		const max = catalogue.scenarios.find((s) => s.id === run.scenario)?.max ?? 10;
		const finished = status === 'done';
		attempts.push({
			id,
			scenarioId: run.scenario,
			locale: run.locale ?? 'zh-CN',
			version: 'abcd1234',
			mode: 'coach',
			startedAt: run.start,
			status,
			score,
			max,
			...(finished
				? {
						endedAt: run.start + run.turns.length * minute,
						outcome: 'won' as const,
						passed: run.passed ?? score >= (max * 60) / 100
					}
				: {})
		});
		run.turns.forEach(([node, points], index) =>
			turns.push({
				id: turns.length + 1,
				attemptId: id,
				index,
				answeredAt: run.start + (index + 1) * minute,
				tookMs: 12_345,
				node,
				kind: node === 'b' ? 'reply' : 'choice',
				...(node === 'b' ? { text: `typed, "quoted" answer ${points}` } : { option: index }),
				points,
				patience: 0,
				skills: []
			})
		);
	});
	return {
		format: progressFormat,
		version: currentVersion,
		exportedAt: new Date(t0 + 30 * 86_400_000).toISOString(),
		tables: {
			checklistTicks: [],
			attempts,
			turns,
			savedRuns: [],
			reading: [],
			bookmarks: [],
			cards: [],
			reviewLog: [],
			settings
		}
	};
}

// Zhang San: passed "ask" once (100%), then 50%; 50% on "late" (fails its 70% bar).
const zhang = exportOf(
	[
		{
			scenario: 'ask',
			start: t0,
			turns: [
				['a', 10],
				['b', 10],
				['chat', 0]
			]
		},
		{
			scenario: 'ask',
			start: t0 + 86_400_000,
			turns: [
				['a', 10],
				['b', 0]
			]
		},
		{ scenario: 'late', start: t0 + 2 * 86_400_000, turns: [['c', 5]], passed: false }
	],
	[
		{ key: 'profileName', value: 'Zhang San' },
		{ key: 'persistAsked', value: t0 }
	]
);
// li-si (named by the file): 30% on "ask"; "late" begun, not finished.
const li = exportOf([
	{
		scenario: 'ask',
		start: t0 + 3 * 86_400_000,
		turns: [
			['a', 6],
			['b', 0]
		]
	},
	{ scenario: 'late', start: t0 + 4 * 86_400_000, turns: [['c', 10]], status: 'active' }
]);
// Wang: exactly the pass mark on "ask"; an English run and a removed scenario do not count.
const wangName = 'Wang, "Lily" =SUM(1)';
const wang = exportOf(
	[
		{
			scenario: 'ask',
			start: t0 + 5 * 86_400_000,
			turns: [
				['a', 2],
				['b', 10]
			]
		},
		{
			scenario: 'ask',
			start: t0 + 6 * 86_400_000,
			turns: [
				['a', 10],
				['b', 10]
			],
			locale: 'en'
		},
		{
			scenario: 'gone',
			start: t0 + 7 * 86_400_000,
			turns: [
				['x', 0],
				['y', 0]
			]
		}
	],
	[{ key: 'profileName', value: wangName }]
);

const texts = {
	'zhang.json': JSON.stringify(zhang),
	'li-si.json': JSON.stringify(li, null, 2),
	'wang-peilian-progress-2026-12-02.json': `\uFEFF${JSON.stringify(wang)}`
};
const corrupt = JSON.stringify(zhang).slice(0, 500);

/** Every export read back as the team view reads it. */
function team(): TeamMember[] {
	return Object.entries(texts).map(([name, text], i) => {
		const parsed = parseProgressFile(text);
		if (!parsed.ok) throw new Error(`${name}: ${parsed.error.detail}`);
		return { id: i + 1, trainee: traineeName(parsed.file, name), file: parsed.file };
	});
}

// ---------------------------------------------------------------------------------------------

describe('reading trainees’ files', () => {
	it('parses the generated exports and names each trainee', () => {
		expect(team().map((member) => member.trainee)).toEqual(['Zhang San', 'li-si', wangName]);
	});

	it('refuses a cut-off file with its reason; the others still aggregate', () => {
		const bad = parseProgressFile(corrupt);
		expect(bad).toMatchObject({ ok: false, error: { code: 'truncated' } });
		const report = aggregateTeam(team(), catalogue, 'zh-CN');
		expect(report.trainees).toHaveLength(3);
	});

	it('names a trainee from the file name when the file has no profile name', () => {
		const file = parseProgressFile(texts['li-si.json']);
		if (!file.ok) throw new Error('unreadable');
		const name = (fileName: string) => traineeName(file.file, fileName);
		expect(name('张三-peilian-progress-2026-11-23.json')).toBe('张三');
		expect(name('peilian-progress-2026-11-23 (1).json')).toBe('peilian-progress-2026-11-23');
		expect(name('Li Si (2).JSON')).toBe('Li Si');
		expect(name('downloads/li_si.json')).toBe('li_si');
	});
});

describe('team aggregates (checked by hand)', () => {
	const report = aggregateTeam(team(), catalogue, 'zh-CN', t0 + 40 * 86_400_000);

	it('one row per trainee', () => {
		const [z, l, w] = report.trainees;
		expect(z).toMatchObject({
			id: 1,
			trainee: 'Zhang San',
			attempts: 3,
			finished: 3,
			practised: 2,
			passedScenarios: 1,
			meanBest: 75, // (100 + 50) / 2
			lastActive: t0 + 2 * 86_400_000 + minute,
			// listen 10/20 = 50% over 2 turns, before plan's 5/10 = 50% over 1
			weakestSkill: { id: 'listen', percent: 50 }
		});
		expect(l).toMatchObject({
			trainee: 'li-si',
			attempts: 2,
			finished: 1,
			practised: 2,
			passedScenarios: 0,
			meanBest: 30,
			lastActive: t0 + 4 * 86_400_000 + minute,
			weakestSkill: { id: 'listen', percent: 0 }
		});
		// The English run (which would be 100%) and the removed scenario are left out.
		expect(w).toMatchObject({
			trainee: wangName,
			attempts: 1,
			finished: 1,
			passedScenarios: 1,
			meanBest: 60,
			lastActive: t0 + 5 * 86_400_000 + 2 * minute,
			weakestSkill: { id: 'ask', percent: 60 }
		});
		expect(report.otherLanguageAttempts).toBe(1);
		expect(report.totals).toEqual({ trainees: 3, attempts: 6, finished: 5, answers: 10 });
	});

	it('one row per practised scenario, with median and distribution of the bests', () => {
		expect(report.scenarios).toEqual([
			{
				id: 'ask',
				title: 'Ask for the order',
				topic: 'closing',
				practised: 3,
				passed: 2,
				finished: 3,
				medianBest: 60, // of 100, 30, 60
				distribution: [0, 0, 0, 1, 0, 0, 1, 0, 0, 1]
			},
			{
				id: 'late',
				title: 'Late payment',
				topic: 'closing',
				practised: 2, // li-si began it
				passed: 0,
				finished: 1,
				medianBest: 50,
				distribution: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0]
			}
		]);
	});

	it('hardest turns: by failure rate, then by how often answered', () => {
		expect(
			report.hardestTurns.map((t) => [t.scenarioId, t.node, t.failed, t.answered, t.failureRate])
		).toEqual([
			['ask', 'b', 2, 4, 0.5], // 0 and 0 are below 6 of 10
			['late', 'c', 1, 2, 0.5], // 5 is below 70% of 10
			['ask', 'a', 1, 4, 0.25] // 2 fails; 6 is exactly the bar and passes
		]);
		expect(report.hardestTurns[0]!.title).toBe('Ask for the order');
	});

	it('per-skill pass rate across the team', () => {
		expect(report.skills.map((s) => [s.id, s.answered, s.failed, s.passRate])).toEqual([
			['listen', 4, 2, 0.5],
			['plan', 2, 1, 0.5],
			['ask', 8, 3, 0.625] // nodes a and b; the node worth nothing is left out
		]);
		expect(report.skills[0]!.label).toBe('Listen');
	});

	it('counts only the page’s language', () => {
		const english = aggregateTeam(team(), catalogue, 'en');
		expect(english.trainees.map((row) => row.attempts)).toEqual([0, 0, 1]);
		expect(english.scenarios.map((row) => [row.id, row.medianBest])).toEqual([['ask', 100]]);
		expect(english.otherLanguageAttempts).toBe(7);
	});

	it('an empty team gives empty tables', () => {
		const empty = aggregateTeam([], catalogue, 'zh-CN');
		expect(empty.trainees).toEqual([]);
		expect(empty.scenarios).toEqual([]);
		expect(empty.hardestTurns).toEqual([]);
		expect(empty.skills).toEqual([]);
	});

	it('uses the same failure bar as review cards', () => {
		const node = {
			id: 'n',
			line: 1,
			lines: [],
			kind: 'choice',
			options: [{ points: 10 }, { points: 4 }, { points: -2 }]
		} as unknown as ScenarioNode;
		for (const pass of [0, 50, 60, 70, 100])
			for (const points of [-2, 0, 4, 5, 6, 7, 10])
				expect(turnFailedBy(points, 10, pass)).toBe(turnFailed(node, { points }, pass));
		expect(turnFailedBy(-1, 0, 60)).toBe(false);
	});

	it('medians and buckets', () => {
		expect(median([])).toBeNull();
		expect(median([3, 1, 2])).toBe(2);
		expect(median([40, 10, 30, 20])).toBe(25);
		expect([0, 9, 10, 59, 60, 99, 100].map(bucketOf)).toEqual([0, 0, 1, 5, 6, 9, 9]);
	});
});

describe('xAPI statements', () => {
	const homePage = 'https://peilian.example/';
	const [z, l] = team();
	const statements = toXapiStatements(z!.trainee, z!.file, catalogue, {
		homePage,
		locale: 'zh-CN'
	});

	it('SHA-1 and version 5 UUIDs match the standard ones', () => {
		for (const text of ['', 'abc', '张三', 'x'.repeat(1000)])
			expect(sha1Hex(text)).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
		// RFC 9562's DNS namespace; Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
		expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
			'886313e1-3b8a-5372-9b90-0c9aee199e5d'
		);
	});

	it('per attempt: attempted, answered per turn, completed, passed or failed', () => {
		const verbs = statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
		expect(verbs).toEqual([
			...['attempted', 'answered', 'answered', 'answered', 'completed', 'passed'],
			...['attempted', 'answered', 'answered', 'completed', 'failed'],
			...['attempted', 'answered', 'completed', 'failed']
		]);
		for (const s of statements) expect(Object.values(xapiVerbs)).toContain(s.verb.id);
	});

	it('ids are valid UUIDs, all different, and the same on every export', () => {
		const ids = statements.map((s) => s.id);
		for (const id of ids) expect(id).toMatch(uuidPattern);
		for (const id of ids) expect(id[14]).toBe('5');
		expect(new Set(ids).size).toBe(ids.length);
		const again = parseProgressFile(JSON.stringify(z!.file));
		if (!again.ok) throw new Error('unreadable');
		expect(toXapiStatements(z!.trainee, again.file, catalogue, { homePage })).toEqual(statements);
		// The same attempts, numbered differently on another device: same ids.
		const renumbered = structuredClone(z!.file);
		for (const a of renumbered.tables.attempts) a.id += 1000;
		for (const t of renumbered.tables.turns) t.attemptId += 1000;
		expect(
			toXapiStatements(z!.trainee, renumbered, catalogue, { homePage }).map((s) => s.id)
		).toEqual(ids);
		// Another trainee's statements never collide.
		const other = toXapiStatements(l!.trainee, l!.file, catalogue, { homePage });
		expect(other.some((s) => ids.includes(s.id))).toBe(false);
	});

	it('has the required fields, scores in range, and the attempt as registration', () => {
		for (const s of statements) {
			expect(s.actor).toEqual({
				objectType: 'Agent',
				name: 'Zhang San',
				account: { homePage: 'https://peilian.example', name: 'Zhang San' }
			});
			expect(s.version).toBe('1.0.3');
			expect(s.verb.display['en-US']).toBeTruthy();
			expect(s.object.objectType).toBe('Activity');
			expect(s.object.id).toMatch(/^https:\/\/peilian\.example\/scenarios\/zh-CN\/(ask|late)/);
			expect(new Date(s.timestamp).toISOString()).toBe(s.timestamp);
			expect(s.context.registration).toMatch(uuidPattern);
			const score = s.result?.score;
			if (score?.scaled !== undefined) {
				expect(score.scaled).toBeGreaterThanOrEqual(-1);
				expect(score.scaled).toBeLessThanOrEqual(1);
				expect(score.min!).toBeLessThanOrEqual(score.raw);
				expect(score.raw).toBeLessThanOrEqual(score.max!);
				expect(score.min!).toBeLessThan(score.max!);
			}
		}
		const [attempted, first, second, chat, completed, passed] = statements;
		expect(attempted!.timestamp).toBe(new Date(t0).toISOString());
		expect(new Set([first, second, completed, passed].map((s) => s!.context.registration))).toEqual(
			new Set([attempted!.context.registration])
		);
		expect(statements[6]!.context.registration).not.toBe(attempted!.context.registration);
		expect(first!.object.id).toBe('https://peilian.example/scenarios/zh-CN/ask#a');
		expect(first!.object.definition.interactionType).toBe('choice');
		expect(first!.context.contextActivities!.parent[0]!.id).toBe(
			'https://peilian.example/scenarios/zh-CN/ask'
		);
		expect(first!.result).toEqual({
			response: '0',
			score: { raw: 10, min: 0, max: 10, scaled: 1 },
			success: true,
			duration: 'PT12.35S'
		});
		expect(second!.result!.response).toBe('typed, "quoted" answer 10');
		expect(chat!.result!.score).toEqual({ raw: 0 }); // a turn worth nothing has no max
		expect(completed!.result).toEqual({
			score: { raw: 20, min: 0, max: 20, scaled: 1 },
			success: true,
			completion: true,
			duration: 'PT3M'
		});
		expect(completed!.object.definition.name).toEqual({ 'zh-CN': 'Ask for the order' });
		expect(passed!.result!.success).toBe(true);
		const failed = statements.find((s) => s.verb.id === xapiVerbs.failed)!;
		expect(failed.result).toMatchObject({ success: false, completion: true });
		expect(failed.result!.score!.scaled).toBe(0.5);
	});

	it('an unfinished attempt is only attempted and answered', () => {
		const verbs = toXapiStatements(l!.trainee, l!.file, catalogue, { homePage }).map(
			(s) => s.verb.display['en-US']
		);
		expect(verbs).toEqual([
			...['attempted', 'answered', 'answered', 'completed', 'failed'],
			...['attempted', 'answered']
		]);
	});

	it('the team export keeps each statement once across two exports of one trainee', () => {
		const older = exportOf(
			[{ scenario: 'ask', start: t0, turns: [['a', 10]], status: 'active' }],
			[{ key: 'profileName', value: 'Zhang San' }]
		);
		older.exportedAt = new Date(t0).toISOString();
		const all = teamXapiStatements([{ trainee: 'Zhang San', file: older }, ...team()], catalogue, {
			homePage,
			locale: 'zh-CN'
		});
		const ids = all.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		// Zhang's 15, li-si's 7 and Wang's 10 (zh-CN only, with the removed scenario's attempt,
		// which did happen); the older copy adds nothing.
		expect(all).toHaveLength(15 + 7 + 10);
		const timestamps = all.map((s) => s.timestamp);
		expect([...timestamps].sort()).toEqual(timestamps);
	});

	it('durations and scores', () => {
		expect(isoDuration(0)).toBe('PT0S');
		expect(isoDuration(12_345)).toBe('PT12.35S');
		expect(isoDuration(3_723_000)).toBe('PT1H2M3S');
		expect(isoDuration(3_600_000)).toBe('PT1H');
		expect(xapiScore(-5, 10)).toEqual({ raw: -5, min: -5, max: 10, scaled: -0.5 });
		expect(xapiScore(-30, 10).scaled).toBe(-1);
		expect(xapiScore(12, 10)).toEqual({ raw: 12, min: 0, max: 12, scaled: 1 });
		expect(xapiScore(3, 0)).toEqual({ raw: 3 });
	});
});

describe('team CSV', () => {
	it('one row per attempt in the language, text quoted and defused', () => {
		const csv = teamCsv(team(), catalogue, 'zh-CN');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		const lines = csv.slice(1).split('\r\n').slice(0, -1);
		expect(lines[0]).toBe(teamCsvColumns.join(','));
		// 3 + 2 + 1 attempts in zh-CN (the removed scenario's too: it is still an attempt)
		expect(lines).toHaveLength(1 + 3 + 2 + 2);
		expect(lines[1]).toBe(
			[
				'Zhang San',
				'zh-CN',
				'ask',
				'Ask for the order',
				'coach',
				new Date(t0).toISOString(),
				new Date(t0 + 3 * minute).toISOString(),
				'done',
				'won',
				'20',
				'20',
				'100',
				'yes',
				'3',
				'37'
			].join(',')
		);
		expect(lines[5]).toContain('li-si,zh-CN,late,Late payment,coach,');
		expect(lines[5]).toMatch(/,active,,10,10,100,,1,12\.3$/);
		// A comma and quotes: quoted with doubled quotes; a leading "=" would be kept from
		// becoming a formula, but this name starts with a letter.
		expect(lines[6]).toMatch(/^"Wang, ""Lily"" =SUM\(1\)",zh-CN,ask,/);
		expect(lines[7]).toMatch(/^"Wang, ""Lily"" =SUM\(1\)",zh-CN,gone,gone,/);
	});

	it('translated headers, formulas defused, line breaks kept inside quotes', () => {
		expect(
			toCsv([
				['名字', 'n'],
				['=1+1', -3],
				['two\nlines', 0.5],
				['@x', null],
				[true, false]
			])
		).toBe('\uFEFF名字,n\r\n\'=1+1,-3\r\n"two\nlines",0.5\r\n\'@x,\r\nyes,no\r\n');
		const headers = Object.fromEntries(teamCsvColumns.map((c) => [c, `«${c}»`]));
		const csv = teamCsv([], catalogue, 'zh-CN', headers as Record<TeamCsvColumn, string>);
		expect(csv).toBe(`\uFEFF${teamCsvColumns.map((c) => `«${c}»`).join(',')}\r\n`);
	});
});

describe('stored team files', () => {
	const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

	beforeEach(async () => {
		const db = await database();
		await db.teamFiles.clear();
	});

	it('imports several files at once: bad ones refused with a reason, good ones stored', async () => {
		const results = await importTeamFiles(
			[
				file('zhang.json', texts['zhang.json']),
				file('broken.json', corrupt),
				file('li-si.json', texts['li-si.json']),
				file('notes.json', '{"format":"something-else"}'),
				file(
					'wang-peilian-progress-2026-12-02.json',
					texts['wang-peilian-progress-2026-12-02.json']
				)
			],
			t0
		);
		expect(results.map((r) => [r.fileName, r.status])).toEqual([
			['zhang.json', 'added'],
			['broken.json', 'refused'],
			['li-si.json', 'added'],
			['notes.json', 'refused'],
			['wang-peilian-progress-2026-12-02.json', 'added']
		]);
		expect(results[1]).toMatchObject({ error: { code: 'truncated' } });
		expect(results[3]).toMatchObject({ error: { code: 'foreign' } });
		const stored = await listTeamFiles();
		expect(stored.map((s) => s.trainee)).toEqual(['Zhang San', 'li-si', wangName]);
		expect(stored.map((s) => s.id)).toEqual(
			results.flatMap((r) => (r.status === 'added' ? [r.id] : []))
		);
		expect(aggregateTeam(stored, catalogue, 'zh-CN').totals.trainees).toBe(3);
	});

	it('the same file twice (again, or renamed, or reformatted) is stored once', async () => {
		await importTeamFiles([file('zhang.json', texts['zhang.json'])], t0);
		const results = await importTeamFiles(
			[
				file('zhang (1).json', JSON.stringify(zhang, null, '\t')),
				file('zhang.json', texts['zhang.json']),
				file('li-si.json', texts['li-si.json']),
				file('li-si (1).json', texts['li-si.json'])
			],
			t0 + 1000
		);
		expect(results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'added', 'duplicate']);
		const stored = await listTeamFiles();
		expect(stored.map((s) => s.trainee)).toEqual(['Zhang San', 'li-si']);
		expect(results[0]).toMatchObject({ id: stored[0]!.id, trainee: 'Zhang San' });
		expect(results[3]).toMatchObject({ id: stored[1]!.id });
		// The same content from two people is two trainees.
		const copy = await importTeamFiles([file('wu.json', texts['li-si.json'])], t0 + 2000);
		expect(copy[0]!.status).toBe('added');
		expect(contentHash(stored[1]!.file)).toBe(contentHash(li));
	});

	it('refuses a file over the size limit without reading it', async () => {
		const huge = {
			name: 'huge.json',
			size: 40 * 1024 * 1024,
			text: () => Promise.reject(new Error('should not be read'))
		};
		const [result] = await importTeamFiles([huge]);
		expect(result).toMatchObject({ status: 'refused', error: { code: 'too-large' } });
		expect(await listTeamFiles()).toEqual([]);
	});

	it('removes a file', async () => {
		const [first, second] = await importTeamFiles([
			file('zhang.json', texts['zhang.json']),
			file('li-si.json', texts['li-si.json'])
		]);
		if (first?.status !== 'added' || second?.status !== 'added') throw new Error('not added');
		await removeTeamFile(first.id);
		expect((await listTeamFiles()).map((s) => s.id)).toEqual([second.id]);
	});
});
