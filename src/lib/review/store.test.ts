import 'fake-indexeddb/auto';
import { State } from 'ts-fsrs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewCard } from '../storage/db.ts';
import { database } from '../storage/open.ts';
import { newReviewCard } from './cards.ts';
import { masteredAfterDays, reviewCard } from './schedule.ts';
import { cardTotals, countDue, dueCards, nextDueAfter, saveReview } from './store.ts';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
// Noon local time, so "later today" and "tomorrow" are unambiguous in any time zone.
const now = new Date(2025, 0, 15, 12, 0).getTime();

let nodes = 0;
function card(locale: string, due: number, fields: Partial<ReviewCard> = {}): ReviewCard {
	const fresh = newReviewCard(
		{ locale, scenarioId: 'no-time', node: `turn-${nodes++}`, attemptId: 1 },
		due
	);
	return { ...fresh, ...fields };
}

async function add(...cards: ReviewCard[]): Promise<number[]> {
	const db = await database();
	return (await db.cards.bulkAdd(cards, { allKeys: true })) as number[];
}

beforeEach(async () => {
	const db = await database();
	await db.cards.clear();
	await db.reviewLog.clear();
});

describe('review queue', () => {
	it('a card made from a failed turn is due now', async () => {
		const [id] = await add(card('zh-CN', now));
		const due = await dueCards('zh-CN', now);
		expect(due.map((c) => c.id)).toEqual([id]);
		expect(await countDue('zh-CN', now)).toBe(1);
	});

	it('lists today’s cards of one language, soonest first', async () => {
		const [late, early, middle] = await add(
			card('en', now + 3 * hour),
			card('en', now - 2 * day),
			card('en', now - minute)
		);
		await add(card('zh-CN', now - 3 * day), card('en', now + day), card('en', now + 13 * hour));
		const due = await dueCards('en', now);
		expect(due.map((c) => c.id)).toEqual([early, middle, late]);
		expect(due.every((c) => c.locale === 'en')).toBe(true);
		expect(await countDue('en', now)).toBe(3);
		expect(await countDue('zh-CN', now)).toBe(1);
		expect((await dueCards('en', now, 2)).map((c) => c.id)).toEqual([early, middle]);
	});

	it('mastered cards leave the queue', async () => {
		const mastered = { state: State.Review, scheduled_days: masteredAfterDays + 5 };
		await add(card('en', now - day, mastered), card('en', now + 2 * day, mastered));
		const [learning] = await add(
			card('en', now - hour, { state: State.Review, scheduled_days: 9 })
		);
		expect((await dueCards('en', now)).map((c) => c.id)).toEqual([learning]);
		expect(await countDue('en', now)).toBe(1);
		expect(await nextDueAfter('en', now)).toBeNull();
		expect(await cardTotals('en')).toEqual({ total: 3, mastered: 2 });
	});

	it('knows when the next card of a language falls due', async () => {
		expect(await nextDueAfter('en', now)).toBeNull();
		await add(card('en', now - hour), card('en', now + 3 * day), card('zh-CN', now + hour));
		await add(card('en', now + 2 * day));
		expect(await nextDueAfter('en', now)).toBe(now + 2 * day);
		expect(await nextDueAfter('zh-CN', now)).toBe(now + hour);
	});
});

describe('saveReview', () => {
	it('stores the rescheduled card and its log together', async () => {
		const [id] = await add(card('en', now));
		const db = await database();
		const saved = (await db.cards.get(id!))!;
		const result = reviewCard(
			saved,
			{ points: 2, best: 10, passPercent: 60, blocked: false, option: 3 },
			now
		);
		expect(await saveReview(id!, result)).toBe(true);

		const after = (await db.cards.get(id!))!;
		expect(after).toEqual(result.card);
		expect(after.due).toBeGreaterThan(now);
		expect(after.due - now).toBeLessThanOrEqual(10 * minute);
		const log = await db.reviewLog.where('cardId').equals(id!).toArray();
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({ rating: 1, points: 2, max: 10, option: 3, review: now });
		// Again keeps it in today's queue, a learning step away.
		expect((await dueCards('en', now)).map((c) => c.id)).toEqual([id]);
		expect(await nextDueAfter('en', now)).toBe(after.due);
	});

	it('writes nothing for a card that is gone', async () => {
		const [id] = await add(card('en', now));
		const db = await database();
		const result = reviewCard(
			(await db.cards.get(id!))!,
			{ points: 10, best: 10, passPercent: 60, blocked: false },
			now
		);
		await db.cards.delete(id!);
		expect(await saveReview(id!, result)).toBe(false);
		expect(await db.cards.count()).toBe(0);
		expect(await db.reviewLog.count()).toBe(0);
	});
});
