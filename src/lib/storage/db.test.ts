import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PeilianDB } from './db.ts';

describe('Dexie schema', () => {
	it('upgrading from version 1 keeps every checklist tick and adds the practice tables', async () => {
		const name = `upgrade-${Math.random()}`;
		// Version 1 exactly as the first release shipped it.
		const old = new Dexie(name);
		old.version(1).stores({ checklistTicks: '[list+item], list' });
		const ticks = Array.from({ length: 50 }, (_, i) => ({
			list: `zh-CN/page-${i % 5}/1`,
			item: `项目 ${i}`,
			tickedAt: 1_700_000_000_000 + i
		}));
		await old.table('checklistTicks').bulkAdd(ticks);
		old.close();

		const db = new PeilianDB(name);
		await db.open();
		expect(db.verno).toBe(2);
		const kept = await db.checklistTicks.orderBy('[list+item]').toArray();
		expect(kept).toEqual(
			[...ticks].sort((a, b) => (a.list + '\u0000' + a.item < b.list + '\u0000' + b.item ? -1 : 1))
		);
		const id = await db.attempts.add({
			scenarioId: 'no-time',
			locale: 'zh-CN',
			version: 'abc',
			mode: 'coach',
			startedAt: 1,
			status: 'active',
			score: 0,
			max: 40
		});
		expect(await db.attempts.get(id)).toMatchObject({ scenarioId: 'no-time', status: 'active' });
		db.close();
	});
});
