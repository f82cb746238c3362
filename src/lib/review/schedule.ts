import { fsrs, Rating, type Grade } from 'ts-fsrs';
import type { ReviewCard, ReviewLogEntry } from '../storage/db.ts';
import { fromFsrs, toFsrs } from './cards.ts';

/**
 * FSRS with its default parameters: 90% target retention, no fuzz, and short-term (learning)
 * steps on, so a turn answered wrongly comes back within minutes (1 min, 10 min) in the same
 * sitting before it is spaced out over days.
 */
const scheduler = fsrs();

/** A fresh answer to a card's turn, scored exactly as the player scores it. */
export interface ReviewAnswer {
	/** Points the answer earned (an option's points, or a typed reply's score). */
	points: number;
	/** The most the turn can earn (`turnBest`). */
	best: number;
	/** The scenario's pass mark, in percent. */
	passPercent: number;
	/** The typed reply hit a blocker. */
	blocked: boolean;
	/** The chosen option's index in the scenario file, for choice turns. */
	option?: number;
	/** The typed answer, for reply turns. */
	text?: string;
}

/** Above this share of the turn's best, a passing answer is Good rather than Hard. */
const hardBelow = 0.8;

/**
 * The trainee never grades themself: the rating follows from the score, measured against the
 * turn's best answer.
 *
 * - Again: the answer fails the same bar as `turnFailed` (a blocker, or under the scenario's pass
 *   share of the turn's best). The same answer in a real run would have made a new card.
 * - Hard: it passes, but earns under 80% of the best.
 * - Good: 80% of the best or more, but not the best.
 * - Easy: the best the turn allows.
 *
 * A turn with nothing to earn (best ≤ 0) cannot be failed, so any answer to it is Easy.
 */
export function ratingFor(
	points: number,
	best: number,
	passPercent: number,
	blocked: boolean
): Grade {
	if (blocked) return Rating.Again;
	if (best <= 0) return Rating.Easy;
	if (points < (passPercent / 100) * best) return Rating.Again;
	if (points < hardBelow * best) return Rating.Hard;
	if (points < best) return Rating.Good;
	return Rating.Easy;
}

/** The card after a review, and the log row that records it. */
export interface ReviewResult {
	card: ReviewCard;
	log: Omit<ReviewLogEntry, 'id'>;
}

/** Rates an answer and lets FSRS schedule the card's next review. Pure: nothing is saved. */
export function reviewCard(card: ReviewCard, answer: ReviewAnswer, now: number): ReviewResult {
	if (card.id === undefined) throw new Error('a card must be saved before it is reviewed');
	const rating = ratingFor(answer.points, answer.best, answer.passPercent, answer.blocked);
	const next = scheduler.next(toFsrs(card), new Date(now), rating);
	const log = next.log;
	return {
		card: { ...card, ...fromFsrs(next.card) },
		log: {
			cardId: card.id,
			rating: log.rating,
			state: log.state,
			due: log.due.getTime(),
			stability: log.stability,
			difficulty: log.difficulty,
			elapsed_days: log.elapsed_days,
			last_elapsed_days: log.last_elapsed_days,
			scheduled_days: log.scheduled_days,
			learning_steps: log.learning_steps,
			review: log.review.getTime(),
			points: answer.points,
			max: answer.best,
			...(answer.option !== undefined ? { option: answer.option } : {}),
			...(answer.text !== undefined ? { text: answer.text } : {})
		}
	};
}

export { isMastered, masteredAfterDays } from './mastery.ts';

/** The last millisecond of `now`'s calendar day, in the device's time zone. */
export function endOfDay(now: number): number {
	const day = new Date(now);
	day.setHours(23, 59, 59, 999);
	return day.getTime();
}

/**
 * How far off `due` is, in the unit a person would say it in, for `Intl.RelativeTimeFormat`:
 * minutes under an hour, hours under a day, then days, months, years. Never less than one
 * minute, so a card due now reads "in 1 minute", not "now".
 */
export function timeUntil(
	due: number,
	now: number
): { value: number; unit: 'minute' | 'hour' | 'day' | 'month' | 'year' } {
	const minutes = Math.max(1, Math.round((due - now) / 60_000));
	if (minutes < 60) return { value: minutes, unit: 'minute' };
	const hours = Math.round(minutes / 60);
	if (hours < 24) return { value: hours, unit: 'hour' };
	const days = Math.round(minutes / 1440);
	if (days < 30) return { value: days, unit: 'day' };
	if (days < 365) return { value: Math.round(days / 30), unit: 'month' };
	return { value: Math.round(days / 365), unit: 'year' };
}
