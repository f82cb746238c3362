import { database, type Attempt, type Turn } from './db.ts';

/** Opens an attempt when a run starts; returns its id for the turns that follow. */
export async function startAttempt(
	attempt: Omit<Attempt, 'id' | 'status' | 'score'>
): Promise<number> {
	return (await database().attempts.add({ ...attempt, status: 'active', score: 0 })) as number;
}

/** Saves one answered turn and the running score, together, as it happens. */
export async function recordTurn(turn: Omit<Turn, 'id'>, score: number): Promise<void> {
	const db = database();
	await db.transaction('rw', db.turns, db.attempts, async () => {
		await db.turns.add(turn);
		await db.attempts.update(turn.attemptId, { score });
	});
}

export async function finishAttempt(
	id: number,
	result: Pick<Attempt, 'outcome' | 'score' | 'passed'>
): Promise<void> {
	await database().attempts.update(id, { ...result, status: 'done', endedAt: Date.now() });
}

/** A run left unfinished and then restarted is kept, marked abandoned, not deleted. */
export async function abandonAttempt(id: number): Promise<void> {
	await database().attempts.update(id, { status: 'abandoned', endedAt: Date.now() });
}

export async function attemptWithTurns(id: number) {
	const db = database();
	const attempt = await db.attempts.get(id);
	const turns = await db.turns
		.where('[attemptId+index]')
		.between([id, 0], [id, Infinity])
		.toArray();
	return attempt ? { attempt, turns } : null;
}
