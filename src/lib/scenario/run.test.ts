import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../storage/open.ts';
import { checkScenario } from './check.ts';
import { parseScenario } from './parse.ts';
import { ScenarioRun } from './run.svelte.ts';

const source = readFileSync('tests/fixtures/scenarios/no-time.md', 'utf8');

function load(text = source) {
	const scenario = parseScenario('no-time.md', text).scenario!;
	return { scenario, bounds: checkScenario(scenario).bounds! };
}

beforeEach(async () => {
	const db = await database();
	await Promise.all([
		db.attempts.clear(),
		db.turns.clear(),
		db.savedRuns.clear(),
		db.cards.clear()
	]);
});

describe('ScenarioRun', () => {
	it('resumes at the same turn with the same score and patience after a reload', async () => {
		const { scenario, bounds } = load();
		const run = await ScenarioRun.open(scenario, 'v1', bounds);
		run.choose(0);
		await run.flushed();
		expect(run.saveState).toBe('saved');

		const again = await ScenarioRun.open(scenario, 'v1', bounds);
		expect(again.notice).toBe('resumed');
		expect(again.snapshot.value).toBe('purpose');
		expect(again.snapshot.context).toMatchObject({
			score: run.snapshot.context.score,
			patience: run.snapshot.context.patience
		});
		expect(again.snapshot.context.turns).toHaveLength(1);
		// The same shuffled order as before the reload.
		expect(again.order('opening', 2)).toEqual(run.order('opening', 2));
	});

	it('resumes after a compatible change to the file (the turn still exists)', async () => {
		const { scenario, bounds } = load();
		const run = await ScenarioRun.open(scenario, 'v1', bounds);
		run.choose(0);
		await run.flushed();
		const edited = load(source.replace('喂，哪位？', '喂，您好，哪位？'));
		const again = await ScenarioRun.open(edited.scenario, 'v2', edited.bounds);
		expect(again.notice).toBe('resumed');
		expect(again.snapshot.value).toBe('purpose');
	});

	it('closes the attempt with the reason when the turn it stopped at is gone', async () => {
		const { scenario, bounds } = load();
		const run = await ScenarioRun.open(scenario, 'v1', bounds);
		run.choose(0);
		await run.flushed();
		const renamed = load(
			source.replace('## purpose', '## pitch').replaceAll('next: purpose', 'next: pitch')
		);
		const again = await ScenarioRun.open(renamed.scenario, 'v2', renamed.bounds);
		expect(again.notice).toBe('changed');
		expect(again.snapshot.value).toBe('opening');
		const db = await database();
		expect(await db.attempts.toArray()).toEqual([
			expect.objectContaining({ status: 'abandoned', closedBecause: 'scenario-changed' })
		]);
		expect(await db.savedRuns.count()).toBe(0);
	});

	it('turns a fumbled answer into a review card', async () => {
		const { scenario, bounds } = load();
		const run = await ScenarioRun.open(scenario, 'v1', bounds);
		run.choose(1); // 0 of the best 10 points
		await run.flushed();
		const db = await database();
		expect(await db.cards.toArray()).toEqual([
			expect.objectContaining({ scenarioId: 'no-time', node: 'opening', reps: 0 })
		]);
	});

	it('a play-test run records nothing', async () => {
		const { scenario, bounds } = load();
		const run = await ScenarioRun.open(scenario, 'draft', bounds, { record: false });
		run.choose(1);
		await run.flushed();
		const db = await database();
		expect(await db.attempts.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
		expect(run.snapshot.context.turns).toHaveLength(1);
	});

	it('keeps how a typed reply was scored with its turn', async () => {
		const { scenario, bounds } = load();
		const run = await ScenarioRun.open(scenario, 'v1', bounds);
		run.choose(0);
		await run.reply(
			'刘经理，我们帮工厂减少设备意外停机，想约您二十分钟，周二上午十点或者周三下午三点，您看哪个方便？'
		);
		await run.flushed();
		const db = await database();
		const [, reply] = await db.turns.orderBy('[attemptId+index]').toArray();
		expect(reply).toMatchObject({ kind: 'reply', node: 'purpose' });
		expect(reply!.breakdown!.concepts.length).toBeGreaterThan(0);
		expect(reply!.breakdown!.concepts.some((concept) => concept.matched)).toBe(true);
		expect(reply!.breakdown!.concepts.reduce((sum, c) => sum + c.points, 0)).toBeGreaterThan(0);
	});
});
