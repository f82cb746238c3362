import type { ReviewCard } from '../storage/db.ts';

/** ts-fsrs's `State.Review`, as a plain number so the dashboard need not load ts-fsrs. */
const reviewState = 2;

/** Days between reviews from which a turn counts as learned. */
export const masteredAfterDays = 21;

/**
 * A card recalled at a three-week interval (the point where Anki calls a card "mature") is
 * mastered and leaves the daily queue. FSRS would keep spacing it out for months and years, which
 * suits vocabulary; a sales move is rehearsed in every practice run anyway, so review time goes
 * to the turns still being failed. The card and its log stay in the database.
 */
export function isMastered(card: Pick<ReviewCard, 'state' | 'scheduled_days'>): boolean {
	return card.state === reviewState && card.scheduled_days >= masteredAfterDays;
}
