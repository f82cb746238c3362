import { liveQuery, type Observable } from 'dexie';
import type { Bookmark, PeilianDB, Turn } from '../storage/db.ts';
import type { ProgressRecords } from './summary.ts';

export type DashboardRecords = ProgressRecords & { bookmarks: Bookmark[] };

/**
 * Everything the dashboard reads for one language but the turns, in one transaction so it is
 * consistent. The turns come separately (`readTurns`): with years of practice they are most of the
 * data, and the rest of the page need not wait for them.
 */
export function readProgress(db: PeilianDB, locale: string): Promise<DashboardRecords> {
	const tables = [db.attempts, db.reading, db.cards, db.reviewLog, db.savedRuns, db.bookmarks];
	return db.transaction('r', tables, async () => {
		const attempts = (await db.attempts.toArray()).filter((a) => a.locale === locale);
		const cards = await db.cards.toArray();
		const cardIds = new Set(cards.filter((c) => c.locale === locale).map((c) => c.id));
		return {
			attempts,
			turns: [],
			turnsPending: true,
			reading: await db.reading
				.where('[locale+slug]')
				.between([locale, ''], [locale, '\uffff'])
				.toArray(),
			cards: cards.filter((c) => c.locale === locale),
			reviewLog: (await db.reviewLog.toArray()).filter((entry) => cardIds.has(entry.cardId)),
			savedRuns: await db.savedRuns
				.where('[locale+scenarioId]')
				.between([locale, ''], [locale, '\uffff'])
				.toArray(),
			bookmarks: (await db.bookmarks.orderBy('createdAt').reverse().toArray()).filter(
				(b) => b.locale === locale
			)
		};
	});
}

/** The answered turns of one language's attempts. */
export function readTurns(db: PeilianDB, locale: string): Promise<Turn[]> {
	return db.transaction('r', [db.attempts, db.turns], async () => {
		const ids = new Set(
			(await db.attempts.toArray()).filter((a) => a.locale === locale).map((a) => a.id)
		);
		return (await db.turns.toArray()).filter((t) => ids.has(t.attemptId));
	});
}

/**
 * The same records as a live query: it re-runs whenever any of these tables changes, in this
 * tab or another one, so two open tabs show the same progress.
 */
export function liveProgress(db: PeilianDB, locale: string): Observable<DashboardRecords> {
	return liveQuery(() => readProgress(db, locale));
}

export function liveTurns(db: PeilianDB, locale: string): Observable<Turn[]> {
	return liveQuery(() => readTurns(db, locale));
}

/** What the dashboard shows when the store cannot be read at all. */
export const noRecords: DashboardRecords = {
	attempts: [],
	turns: [],
	reading: [],
	cards: [],
	reviewLog: [],
	savedRuns: [],
	bookmarks: []
};
