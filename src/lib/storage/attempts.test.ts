import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	abandonAttempt,
	attemptWithTurns,
	finishAttempt,
	recordTurn,
	startAttempt
} from './attempts.ts';

const base = {
	scenarioId: 'no-time',
	locale: 'zh-CN',
	version: 'v1',
	mode: 'coach' as const,
	startedAt: 10,
	max: 40
};

describe('attempts', () => {
	it('keeps each turn as it happens and the result at the end', async () => {
		const id = await startAttempt(base);
		for (const [index, points] of [10, 6, 4].entries()) {
			await recordTurn(
				{
					attemptId: id,
					index,
					node: `n${index}`,
					kind: 'choice',
					option: 0,
					points,
					patience: 0,
					skills: ['s'],
					answeredAt: 20 + index,
					tookMs: 1500
				},
				[10, 16, 20][index]!
			);
		}
		expect((await attemptWithTurns(id))!.attempt).toMatchObject({ status: 'active', score: 20 });
		await finishAttempt(id, { outcome: 'won', score: 20, passed: false });
		const saved = await attemptWithTurns(id);
		expect(saved!.attempt).toMatchObject({
			status: 'done',
			outcome: 'won',
			score: 20,
			passed: false
		});
		expect(saved!.attempt.endedAt).toBeGreaterThan(0);
		expect(saved!.turns.map((turn) => turn.node)).toEqual(['n0', 'n1', 'n2']);
	});

	it('marks a restarted run abandoned instead of deleting it', async () => {
		const id = await startAttempt(base);
		await abandonAttempt(id);
		expect((await attemptWithTurns(id))!.attempt.status).toBe('abandoned');
	});
});
