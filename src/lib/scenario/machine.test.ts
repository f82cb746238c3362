import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { checkScenario } from './check.ts';
import { compileScenario } from './machine.ts';
import { probeEvents } from './probe.ts';
import { parseScenario, type Scenario } from './parse.ts';

const file = 'tests/fixtures/scenarios/no-time.md';
const load = (text = readFileSync(file, 'utf8')): Scenario => parseScenario(file, text).scenario!;

describe('scenario machine', () => {
	it('plays a good run to the winning ending and a pushy one to a hang-up', () => {
		const machine = compileScenario(load());
		const good = createActor(machine).start();
		good.send({ type: 'choose', option: 0 });
		expect(good.getSnapshot().value).toBe('purpose');
		good.send({ type: 'reply', text: '周二上午十点或周三下午三点', points: 10 });
		expect(good.getSnapshot().value).toBe('booked');
		expect(good.getSnapshot().status).toBe('done');
		expect(good.getSnapshot().context).toMatchObject({ score: 20, patience: 4 });

		const pushy = createActor(machine).start();
		pushy.send({ type: 'choose', option: 1 });
		pushy.send({ type: 'reply', text: '你必须见我', points: 0 });
		expect(pushy.getSnapshot().value).toBe('hung-up');
		expect(pushy.getSnapshot().context.turns.map((turn) => turn.points)).toEqual([0, 0]);
	});

	it('hangs up through the patience rule as soon as patience runs out', () => {
		const impatient = load(readFileSync(file, 'utf8').replace('  patience: 3', '  patience: 2'));
		const actor = createActor(compileScenario(impatient)).start();
		actor.send({ type: 'choose', option: 1 });
		expect(actor.getSnapshot().value).toBe('hung-up');
	});

	it('a blocker ends the run as lost whatever the score', () => {
		const actor = createActor(compileScenario(load())).start();
		actor.send({ type: 'choose', option: 0 });
		actor.send({ type: 'reply', text: '你们老板认识我', points: 10, blockedBy: '你们老板认识我' });
		expect(actor.getSnapshot().value).toBe('blocked');
		expect(actor.getSnapshot().context.blockedBy).toBe('你们老板认识我');
	});

	it('a persisted snapshot restores the run at the same turn with the same score', () => {
		const machine = compileScenario(load());
		const actor = createActor(machine).start();
		actor.send({ type: 'choose', option: 0 });
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const resumed = createActor(machine, { snapshot: saved }).start();
		expect(resumed.getSnapshot().value).toBe('purpose');
		expect(resumed.getSnapshot().context.score).toBe(10);
		resumed.send({ type: 'reply', text: '…', points: 4 });
		expect(resumed.getSnapshot().value).toBe('call-back');
	});

	it('every node and every ending is reachable, and every run ends within the checked bounds', () => {
		const scenario = load();
		const machine = compileScenario(scenario);
		const events = probeEvents(scenario);
		const byNode = getShortestPaths(machine, {
			events,
			serializeState: (snapshot) => JSON.stringify(snapshot.value)
		});
		const reached = new Set(byNode.map((path) => path.state.value as string));
		for (const id of scenario.nodes.keys()) expect(reached, id).toContain(id);

		const { bounds } = checkScenario(scenario);
		const runs = getSimplePaths(machine, {
			events,
			serializeState: (snapshot) =>
				`${JSON.stringify(snapshot.value)}|${snapshot.context.score}|${snapshot.context.patience}`
		}).filter((path) => path.state.status === 'done' && path.state.value !== 'blocked');
		expect(runs.length).toBeGreaterThan(3);
		for (const run of runs) {
			expect(run.state.context.score).toBeGreaterThanOrEqual(bounds!.min);
			expect(run.state.context.score).toBeLessThanOrEqual(bounds!.max);
		}
		expect(Math.max(...runs.map((run) => run.state.context.score))).toBe(bounds!.max);
	});
});
