import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	attemptWithTurns,
	closeAttempt,
	recordTurns,
	savedRunFor,
	startAttempt
} from './attempts.ts';
import { database } from './open.ts';
import { newReviewCard } from '../review/cards.ts';

const base = {
	scenarioId: 'no-time',
	locale: 'zh-CN',
	version: 'v1',
	mode: 'coach' as const,
	startedAt: 10,
	max: 40
};

const turn = (attemptId: number, index: number, points: number) => ({
	attemptId,
	index,
	node: `n${index}`,
	kind: 'choice' as const,
	option: 0,
	points,
	patience: 0,
	skills: ['s'],
	answeredAt: 20 + index,
	tookMs: 1500
});

const run = { locale: 'zh-CN', scenarioId: 'no-time', version: 'v1', seed: 7 };

describe('attempts', () => {
	it('keeps each turn, the snapshot to resume from, and the result at the end', async () => {
		const id = await startAttempt(base);
		const scores = [10, 16, 20];
		for (const [index, points] of [10, 6, 4].entries()) {
			await recordTurns({
				attemptId: id,
				turns: [turn(id, index, points)],
				score: scores[index]!,
				run: index < 2 ? { ...run, snapshot: { value: `n${index + 1}` } } : null,
				...(index === 2 ? { result: { outcome: 'won' as const, passed: false } } : {}),
				cards: []
			});
			if (index === 1) {
				expect((await attemptWithTurns(id))!.attempt).toMatchObject({
					status: 'active',
					score: 16
				});
				expect(await savedRunFor('zh-CN', 'no-time')).toMatchObject({
					attemptId: id,
					snapshot: { value: 'n2' },
					seed: 7
				});
			}
		}
		const saved = await attemptWithTurns(id);
		expect(saved!.attempt).toMatchObject({
			status: 'done',
			outcome: 'won',
			score: 20,
			passed: false
		});
		expect(saved!.attempt.endedAt).toBeGreaterThan(0);
		expect(saved!.turns.map((t) => t.node)).toEqual(['n0', 'n1', 'n2']);
		// A finished run has nothing left to resume.
		expect(await savedRunFor('zh-CN', 'no-time')).toBeUndefined();
	});

	it('a failed turn creates one review card per node, however often it is failed', async () => {
		const db = await database();
		await db.cards.clear();
		for (let round = 0; round < 2; round++) {
			const id = await startAttempt({ ...base, startedAt: 100 + round });
			const card = newReviewCard(
				{ locale: 'zh-CN', scenarioId: 'no-time', node: 'n0', attemptId: id },
				1000 + round
			);
			await recordTurns({
				attemptId: id,
				turns: [turn(id, 0, -5)],
				score: -5,
				run: null,
				cards: [card]
			});
		}
		const cards = await db.cards.toArray();
		expect(cards).toHaveLength(1);
		expect(cards[0]).toMatchObject({ node: 'n0', reps: 0, due: 1000 });

		// Scheduled far ahead (mastered), then failed again in a run: due again at once.
		await db.cards.update(cards[0]!.id!, {
			due: 99_000_000,
			state: 2,
			scheduled_days: 30,
			reps: 4
		});
		const id = await startAttempt({ ...base, startedAt: 200 });
		const again = newReviewCard(
			{ locale: 'zh-CN', scenarioId: 'no-time', node: 'n0', attemptId: id },
			5000
		);
		await recordTurns({
			attemptId: id,
			turns: [turn(id, 0, -5)],
			score: -5,
			run: null,
			cards: [again]
		});
		expect(await db.cards.toArray()).toEqual([
			expect.objectContaining({ due: 5000, reps: 4, state: 2 })
		]);
	});

	it('saves nothing of a turn when part of its save fails', async () => {
		const db = await database();
		// The turn is written first, then the attempt is found missing: the whole save rolls back.
		await expect(
			recordTurns({
				attemptId: 999_999,
				turns: [turn(999_999, 0, 5)],
				score: 5,
				run: null,
				cards: []
			})
		).rejects.toThrow(/missing/);
		expect(await db.turns.where('attemptId').equals(999_999).count()).toBe(0);
	});

	it('closes an attempt without deleting it, and forgets its saved run', async () => {
		const id = await startAttempt({ ...base, scenarioId: 'price', startedAt: 600 });
		await recordTurns({
			attemptId: id,
			turns: [turn(id, 0, 3)],
			score: 3,
			run: { ...run, scenarioId: 'price', snapshot: { value: 'n1' } },
			cards: []
		});
		await closeAttempt(id, 'scenario-changed');
		expect((await attemptWithTurns(id))!.attempt).toMatchObject({
			status: 'abandoned',
			closedBecause: 'scenario-changed'
		});
		expect(await savedRunFor('zh-CN', 'price')).toBeUndefined();
	});
});
