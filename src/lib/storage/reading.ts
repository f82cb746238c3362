import type { Bookmark } from './db.ts';
import { database, write } from './open.ts';

/**
 * Records how far the reader got through a page: the furthest share seen only grows, and
 * reaching the end once marks the page read.
 */
export function recordReading(locale: string, slug: string, progress: number): Promise<void> {
	return write((db) =>
		db.transaction('rw', db.reading, async () => {
			const now = Date.now();
			const seen = Math.max(0, Math.min(1, progress));
			const existing = await db.reading.get([locale, slug]);
			await db.reading.put({
				locale,
				slug,
				firstReadAt: existing?.firstReadAt ?? now,
				lastReadAt: now,
				progress: Math.max(existing?.progress ?? 0, seen),
				finished: (existing?.finished ?? false) || seen >= 0.95
			});
		})
	);
}

export async function pageBookmarks(locale: string, slug: string): Promise<Bookmark[]> {
	const db = await database();
	return db.bookmarks
		.where('[locale+slug+anchor]')
		.between([locale, slug, ''], [locale, slug, '\uffff'])
		.toArray();
}

export function setBookmark(bookmark: Omit<Bookmark, 'createdAt'>, on: boolean): Promise<void> {
	return write(async (db) => {
		if (on) await db.bookmarks.put({ ...bookmark, createdAt: Date.now() });
		else await db.bookmarks.delete([bookmark.locale, bookmark.slug, bookmark.anchor]);
	});
}
