import { createEmptyCard, type Card } from 'ts-fsrs';
import { turnFailedBy } from '../scenario/check.ts';
import type { ScenarioNode } from '../scenario/parse.ts';
import type { ReviewCard } from '../storage/db.ts';

/** The most a single turn can earn: its best option, or every concept of a typed reply. */
export function turnBest(node: ScenarioNode): number {
	if (node.kind === 'choice') return Math.max(...node.options.map((option) => option.points));
	if (node.kind === 'reply') return node.reply.concepts.reduce((sum, c) => sum + c.points, 0);
	return 0;
}

/**
 * A turn is failed when it earns less than the scenario's pass share of that turn's best: the
 * same bar a whole run is held to, applied to one answer. A blocked reply always fails.
 */
export function turnFailed(
	node: ScenarioNode,
	turn: { points: number; blocked?: boolean },
	passPercent: number
): boolean {
	return turnFailedBy(turn.points, turnBest(node), passPercent, turn.blocked);
}

type Identity = Pick<ReviewCard, 'locale' | 'scenarioId' | 'node' | 'attemptId'>;

/** A new review card for a failed turn, due at once (FSRS's empty card). */
export function newReviewCard(identity: Identity, now: number): ReviewCard {
	return { ...identity, createdAt: now, ...fromFsrs(createEmptyCard(new Date(now))) };
}

/** Our stored card → ts-fsrs's card (Date fields). */
export function toFsrs(card: ReviewCard): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		...(card.last_review !== undefined ? { last_review: new Date(card.last_review) } : {})
	};
}

/** ts-fsrs's card → the scheduling fields we store (epoch milliseconds). */
export function fromFsrs(card: Card): Omit<ReviewCard, keyof Identity | 'createdAt' | 'id'> {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		...(card.last_review ? { last_review: card.last_review.getTime() } : {})
	};
}
