import fc from 'fast-check';
import { fsrs, Rating, State, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { ScenarioNode } from '../scenario/parse.ts';
import type { ReviewCard } from '../storage/db.ts';
import { newReviewCard, toFsrs, turnBest, turnFailed } from './cards.ts';
import {
	endOfDay,
	isMastered,
	masteredAfterDays,
	ratingFor,
	reviewCard,
	timeUntil,
	type ReviewAnswer
} from './schedule.ts';

const at = { line: 1, column: 1 };
const choiceNode = (points: number[]): ScenarioNode => ({
	id: 'opening',
	line: 1,
	lines: [{ kind: 'say', text: 'I have no time.' }],
	kind: 'choice',
	options: points.map((p, i) => ({
		text: `option ${i}`,
		points: p,
		skills: [],
		patience: 0,
		next: 'end',
		at,
		nextAt: at
	}))
});

const minute = 60_000;
const day = 24 * 60 * minute;
const start = Date.UTC(2025, 0, 15, 4, 0);
const pass = 60;
const node = choiceNode([10, 6, 2, -5]);
const best = turnBest(node);

/** A card for a turn failed in a real run, saved (it has an id). */
function failedCard(now = start): ReviewCard {
	const turn = { points: 2 };
	expect(turnFailed(node, turn, pass)).toBe(true);
	const card = newReviewCard(
		{ locale: 'en', scenarioId: 'no-time', node: node.id, attemptId: 7 },
		now
	);
	return { ...card, id: 1 };
}

const answer = (points: number, extra: Partial<ReviewAnswer> = {}): ReviewAnswer => ({
	points,
	best,
	passPercent: pass,
	blocked: false,
	...extra
});

/** What ts-fsrs itself makes of the same review. */
const expected = (card: ReviewCard, now: number, rating: Grade) =>
	fsrs().next(toFsrs(card), new Date(now), rating).card;

describe('ratingFor', () => {
	it('maps the share of the best answer to a rating', () => {
		expect(ratingFor(10, 10, 60, true)).toBe(Rating.Again);
		expect(ratingFor(5.9, 10, 60, false)).toBe(Rating.Again);
		expect(ratingFor(-5, 10, 60, false)).toBe(Rating.Again);
		expect(ratingFor(6, 10, 60, false)).toBe(Rating.Hard);
		expect(ratingFor(7.9, 10, 60, false)).toBe(Rating.Hard);
		expect(ratingFor(8, 10, 60, false)).toBe(Rating.Good);
		expect(ratingFor(9, 10, 60, false)).toBe(Rating.Good);
		expect(ratingFor(10, 10, 60, false)).toBe(Rating.Easy);
		expect(ratingFor(0, 0, 60, false)).toBe(Rating.Easy);
	});

	it('says Again exactly when a real run would have made the turn a card', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -10, max: 20 }), { minLength: 2, maxLength: 5 }),
				fc.integer({ min: -15, max: 25 }),
				fc.integer({ min: 0, max: 100 }),
				fc.boolean(),
				(options, points, passPercent, blocked) => {
					const turnNode = choiceNode(options);
					const failed = turnFailed(turnNode, { points, blocked }, passPercent);
					const rating = ratingFor(points, turnBest(turnNode), passPercent, blocked);
					expect(rating === Rating.Again).toBe(failed);
				}
			)
		);
	});
});

describe('reviewCard', () => {
	it('a failed turn makes a new card that is due at once', () => {
		const card = failedCard();
		expect(card.due).toBe(start);
		expect(card.state).toBe(State.New);
	});

	it('Again keeps the card in a learning step, due again within minutes', () => {
		const { card } = reviewCard(failedCard(), answer(2), start);
		expect(card.state).toBe(State.Learning);
		expect(card.due).toBeGreaterThan(start);
		expect(card.due - start).toBeLessThanOrEqual(10 * minute);
		expect(card.due).toBe(expected(failedCard(), start, Rating.Again).due.getTime());
		expect(card).toMatchObject({ id: 1, locale: 'en', scenarioId: 'no-time', node: 'opening' });
	});

	it('Good and Easy move the card on exactly as ts-fsrs schedules it', () => {
		const good = reviewCard(failedCard(), answer(8), start).card;
		expect(good.due).toBe(expected(failedCard(), start, Rating.Good).due.getTime());
		expect(good.due).toBeGreaterThan(start);

		const easy = reviewCard(failedCard(), answer(10), start).card;
		const fromFsrs = expected(failedCard(), start, Rating.Easy);
		expect(easy.due).toBe(fromFsrs.due.getTime());
		expect(easy.scheduled_days).toBe(fromFsrs.scheduled_days);
		expect(easy.stability).toBe(fromFsrs.stability);
		expect(easy.due - start).toBeGreaterThanOrEqual(day);

		// A second review, at the due date, follows ts-fsrs too.
		const later = easy.due;
		const again = reviewCard(easy, answer(9), later).card;
		expect(again.due).toBe(expected(easy, later, Rating.Good).due.getTime());
		expect(again.due).toBeGreaterThan(easy.due);
	});

	it('Again on a card in review is a lapse', () => {
		const inReview = reviewCard(failedCard(), answer(10), start).card;
		expect(inReview.state).toBe(State.Review);
		expect(inReview.lapses).toBe(0);
		const lapsed = reviewCard(inReview, answer(0), inReview.due).card;
		expect(lapsed.lapses).toBe(1);
		expect(lapsed.state).toBe(State.Relearning);
		expect(lapsed.due - inReview.due).toBeLessThanOrEqual(10 * minute);
	});

	it('the log records the rating, the points and the answer', () => {
		const card = failedCard();
		const chose = reviewCard(card, answer(6, { option: 1 }), start + minute).log;
		expect(chose).toMatchObject({
			cardId: 1,
			rating: Rating.Hard,
			state: State.New,
			points: 6,
			max: 10,
			option: 1,
			review: start + minute
		});
		expect(chose).not.toHaveProperty('text');

		const typed = reviewCard(card, answer(0, { text: '我们包你满意', blocked: true }), start).log;
		expect(typed).toMatchObject({ rating: Rating.Again, points: 0, text: '我们包你满意' });
		expect(typed).not.toHaveProperty('option');
	});

	it('refuses a card that was never saved', () => {
		const unsaved = { ...failedCard(), id: undefined };
		expect(() => reviewCard(unsaved, answer(10), start)).toThrow(/saved/);
	});
});

describe('isMastered', () => {
	it('a card spaced three weeks or more apart in review is mastered', () => {
		const card = failedCard();
		expect(isMastered(card)).toBe(false);
		expect(isMastered({ state: State.Review, scheduled_days: masteredAfterDays - 1 })).toBe(false);
		expect(isMastered({ state: State.Review, scheduled_days: masteredAfterDays })).toBe(true);
		expect(isMastered({ state: State.Relearning, scheduled_days: 40 })).toBe(false);
	});

	it('a few best answers in a row, each on its due date, master a card', () => {
		let card = failedCard();
		let reviews = 0;
		while (!isMastered(card) && reviews < 10) {
			card = reviewCard(card, answer(10), card.due).card;
			reviews++;
		}
		expect(isMastered(card)).toBe(true);
		expect(reviews).toBeLessThanOrEqual(3);
	});
});

describe('time helpers', () => {
	it('endOfDay is the last millisecond of the local day', () => {
		const now = new Date(2025, 5, 3, 8, 30).getTime();
		const end = endOfDay(now);
		expect(new Date(end + 1).getDate()).toBe(4);
		expect(new Date(end).getDate()).toBe(3);
	});

	it('timeUntil picks the unit a person would say', () => {
		expect(timeUntil(start, start)).toEqual({ value: 1, unit: 'minute' });
		expect(timeUntil(start + 10 * minute, start)).toEqual({ value: 10, unit: 'minute' });
		expect(timeUntil(start + 5 * 60 * minute, start)).toEqual({ value: 5, unit: 'hour' });
		expect(timeUntil(start + 4 * day, start)).toEqual({ value: 4, unit: 'day' });
		expect(timeUntil(start + 90 * day, start)).toEqual({ value: 3, unit: 'month' });
		expect(timeUntil(start + 800 * day, start)).toEqual({ value: 2, unit: 'year' });
	});
});
