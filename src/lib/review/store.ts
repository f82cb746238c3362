import type { ReviewCard } from '../storage/db.ts';
import { database, write } from '../storage/open.ts';
import { endOfDay, isMastered, type ReviewResult } from './schedule.ts';

/*
 * The review queue over the `cards` table. Cards are indexed by `due` (not by locale), so each
 * query walks the `due` index in order and filters by locale: a trainee has tens to hundreds of
 * cards, and the order comes for free.
 */

const inQueue = (locale: string) => (card: ReviewCard) =>
	card.locale === locale && !isMastered(card);

/**
 * Cards of one language due by the end of `now`'s day, soonest first: today's queue. Includes
 * cards still in a learning step later today (due in a few minutes); the page decides whether to
 * show them early or wait. Mastered cards never appear.
 */
export async function dueCards(locale: string, now: number, limit?: number): Promise<ReviewCard[]> {
	const db = await database();
	const query = db.cards.where('due').belowOrEqual(endOfDay(now)).filter(inQueue(locale));
	return (limit !== undefined ? query.limit(limit) : query).toArray();
}

/** How many cards of one language are due by the end of today. */
export async function countDue(locale: string, now: number): Promise<number> {
	const db = await database();
	return db.cards.where('due').belowOrEqual(endOfDay(now)).filter(inQueue(locale)).count();
}

/** When the next card of one language falls due after `now` (epoch ms), or null if none will. */
export async function nextDueAfter(locale: string, now: number): Promise<number | null> {
	const db = await database();
	const next = await db.cards.where('due').above(now).filter(inQueue(locale)).first();
	return next?.due ?? null;
}

/** All cards of one language, mastered or not, and how many are mastered. */
export async function cardTotals(locale: string): Promise<{ total: number; mastered: number }> {
	const db = await database();
	const cards = await db.cards.filter((card) => card.locale === locale).toArray();
	return { total: cards.length, mastered: cards.filter(isMastered).length };
}

/**
 * Saves a review (from `reviewCard`): the rescheduled card and its log row in one transaction.
 * False, with nothing written, when the card no longer exists (deleted in another tab).
 */
export function saveReview(cardId: number, result: ReviewResult): Promise<boolean> {
	return write((db) =>
		db.transaction('rw', db.cards, db.reviewLog, async () => {
			if (!(await db.cards.get(cardId))) return false;
			await db.cards.put({ ...result.card, id: cardId });
			await db.reviewLog.add({ ...result.log, cardId });
			return true;
		})
	);
}
