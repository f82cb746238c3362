import type { Attempt, ReviewCard, SavedRun, Turn } from './db.ts';
import { database, write } from './open.ts';

/** Opens an attempt at the first answer; returns its id for the turns that follow. */
export function startAttempt(attempt: Omit<Attempt, 'id' | 'status' | 'score'>): Promise<number> {
	return write(
		async (db) => (await db.attempts.add({ ...attempt, status: 'active', score: 0 })) as number
	);
}

export interface TurnSave {
	attemptId: number;
	turns: Omit<Turn, 'id'>[];
	score: number;
	/** The run's state after these turns, to resume from; null once the run has ended. */
	run: Omit<SavedRun, 'attemptId' | 'savedAt'> | null;
	/** The result, when these turns ended the run. */
	result?: Pick<Attempt, 'outcome' | 'passed'>;
	/** Review cards for the failed turns among them (a node that has a card keeps it). */
	cards: ReviewCard[];
}

/**
 * Saves new turns with everything that depends on them in one transaction: the running score,
 * the snapshot to resume from, the result, and review cards. A reload never sees half of it.
 */
export function recordTurns(save: TurnSave): Promise<void> {
	return write((db) =>
		db.transaction('rw', [db.turns, db.attempts, db.savedRuns, db.cards], async () => {
			const now = Date.now();
			await db.turns.bulkAdd(save.turns);
			const attempt = await db.attempts.get(save.attemptId);
			if (!attempt) throw new Error(`attempt ${save.attemptId} is missing`);
			await db.attempts.update(save.attemptId, {
				score: save.score,
				...(save.result ? { ...save.result, status: 'done', endedAt: now } : {})
			});
			const key: [string, string] = [attempt.locale, attempt.scenarioId];
			if (save.run)
				await db.savedRuns.put({ ...save.run, attemptId: save.attemptId, savedAt: now });
			else await db.savedRuns.delete(key);
			for (const card of save.cards) {
				const existing = await db.cards
					.where('[locale+scenarioId+node]')
					.equals([card.locale, card.scenarioId, card.node])
					.first();
				if (!existing) await db.cards.add(card);
				// Failed again for real: the turn comes back to the queue now, even if it was
				// mastered or scheduled far ahead. Its FSRS history is kept for the next review.
				else if (existing.due > card.due) await db.cards.update(existing.id!, { due: card.due });
			}
		})
	);
}

/** The unfinished run of a scenario in one language, if there is one. */
export async function savedRunFor(locale: string, scenarioId: string) {
	return (await database()).savedRuns.get([locale, scenarioId]);
}

/**
 * Ends an unfinished attempt without a result: the trainee restarted it (abandoned), or the
 * scenario changed so much it cannot resume. The attempt and its turns stay in the history.
 */
export function closeAttempt(id: number, because?: Attempt['closedBecause']): Promise<void> {
	return write((db) =>
		db.transaction('rw', db.attempts, db.savedRuns, async () => {
			await db.attempts.update(id, {
				status: 'abandoned',
				endedAt: Date.now(),
				...(because ? { closedBecause: because } : {})
			});
			await db.savedRuns.where('attemptId').equals(id).delete();
		})
	);
}

export async function attemptWithTurns(id: number) {
	const db = await database();
	const attempt = await db.attempts.get(id);
	const turns = await db.turns
		.where('[attemptId+index]')
		.between([id, 0], [id, Infinity])
		.toArray();
	return attempt ? { attempt, turns } : null;
}
