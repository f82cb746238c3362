import { liveQuery, type Observable } from 'dexie';
import type { Bookmark, PeilianDB } from '../storage/db.ts';
import type { ProgressRecords } from './summary.ts';

export type DashboardRecords = ProgressRecords & { bookmarks: Bookmark[] };

/** Everything the dashboard reads for one language, in one transaction so it is consistent. */
export function readProgress(db: PeilianDB, locale: string): Promise<DashboardRecords> {
	const tables = [
		db.attempts,
		db.turns,
		db.reading,
		db.cards,
		db.reviewLog,
		db.savedRuns,
		db.bookmarks
	];
	return db.transaction('r', tables, async () => {
		const attempts = (await db.attempts.toArray()).filter((a) => a.locale === locale);
		const ids = new Set(attempts.map((a) => a.id));
		const cards = await db.cards.toArray();
		const cardIds = new Set(cards.filter((c) => c.locale === locale).map((c) => c.id));
		return {
			attempts,
			turns: (await db.turns.toArray()).filter((t) => ids.has(t.attemptId)),
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

/**
 * The same records as a live query: it re-runs whenever any of these tables changes, in this
 * tab or another one, so two open tabs show the same progress.
 */
export function liveProgress(db: PeilianDB, locale: string): Observable<DashboardRecords> {
	return liveQuery(() => readProgress(db, locale));
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
