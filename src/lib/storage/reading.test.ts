import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { database } from './open.ts';
import { pageBookmarks, recordReading, setBookmark } from './reading.ts';

describe('reading progress', () => {
	it('keeps the furthest point reached and marks the page read at the end', async () => {
		await recordReading('en', 'closing', 0.3);
		await recordReading('en', 'closing', 0.1);
		const db = await database();
		const first = await db.reading.get(['en', 'closing']);
		expect(first).toMatchObject({ progress: 0.3, finished: false });
		await recordReading('en', 'closing', 0.97);
		await recordReading('en', 'closing', 0.2);
		const last = await db.reading.get(['en', 'closing']);
		expect(last).toMatchObject({ progress: 0.97, finished: true, firstReadAt: first!.firstReadAt });
		expect(last!.lastReadAt).toBeGreaterThanOrEqual(first!.lastReadAt);
	});

	it('bookmarks a section of a page, and removes it again', async () => {
		const spot = { locale: 'zh-CN', slug: 'closing', anchor: '五步', title: '促成 › 五步' };
		await setBookmark(spot, true);
		await setBookmark({ ...spot, anchor: '', title: '促成' }, true);
		await setBookmark({ ...spot, slug: 'collections' }, true);
		expect((await pageBookmarks('zh-CN', 'closing')).map((b) => b.anchor).sort()).toEqual([
			'',
			'五步'
		]);
		await setBookmark(spot, false);
		expect((await pageBookmarks('zh-CN', 'closing')).map((b) => b.anchor)).toEqual(['']);
		expect(await pageBookmarks('en', 'closing')).toEqual([]);
	});
});
