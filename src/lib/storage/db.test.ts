import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PeilianDB, tableNames } from './db.ts';

/** Each schema exactly as a release shipped it, to upgrade from. */
const shipped: Record<number, Record<string, string>> = {
	1: { checklistTicks: '[list+item], list' },
	2: {
		attempts: '++id, scenarioId, startedAt, status, [scenarioId+startedAt]',
		turns: '++id, attemptId, [attemptId+index], node'
	},
	3: {
		savedRuns: '[locale+scenarioId], attemptId',
		reading: '[locale+slug], lastReadAt',
		bookmarks: '[locale+slug+anchor], createdAt',
		cards: '++id, &[locale+scenarioId+node], due, attemptId',
		reviewLog: '++id, cardId, review',
		settings: 'key'
	}
};

async function openShipped(name: string, version: number) {
	const db = new Dexie(name);
	for (let v = 1; v <= version; v++) db.version(v).stores(shipped[v]!);
	await db.open();
	return db;
}

const ticks = Array.from({ length: 50 }, (_, i) => ({
	list: `zh-CN/page-${i % 5}/1`,
	item: `项目 ${i}`,
	tickedAt: 1_700_000_000_000 + i
}));

const attempts = Array.from({ length: 30 }, (_, i) => ({
	id: i + 1,
	scenarioId: `scenario-${i % 4}`,
	locale: i % 2 ? 'en' : 'zh-CN',
	version: 'abc',
	mode: 'coach',
	startedAt: 1_700_000_000_000 + i * 60_000,
	status: i % 3 ? 'done' : 'active',
	score: i,
	max: 40
}));

const turns = attempts.flatMap((attempt) =>
	[0, 1, 2].map((index) => ({
		attemptId: attempt.id,
		index,
		node: `n${index}`,
		kind: 'choice',
		option: index,
		points: index * 2,
		patience: 0,
		skills: ['let-vent'],
		answeredAt: attempt.startedAt + index,
		tookMs: 1000
	}))
);

async function dump(db: Dexie, tables: string[]) {
	return Object.fromEntries(
		await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const))
	);
}

describe('Dexie schema upgrades keep every record', () => {
	it('from version 1 (checklist ticks)', async () => {
		const name = `upgrade-1-${Math.random()}`;
		const old = await openShipped(name, 1);
		await old.table('checklistTicks').bulkAdd(ticks);
		const before = await dump(old, ['checklistTicks']);
		old.close();

		const db = new PeilianDB(name);
		await db.open();
		expect(db.verno).toBe(4);
		expect(await dump(db, ['checklistTicks'])).toEqual(before);
		for (const table of tableNames) expect(db.table(table)).toBeDefined();
		db.close();
	});

	it('from version 2 (attempts and turns)', async () => {
		const name = `upgrade-2-${Math.random()}`;
		const old = await openShipped(name, 2);
		await old.table('checklistTicks').bulkAdd(ticks);
		await old.table('attempts').bulkAdd(attempts);
		await old.table('turns').bulkAdd(turns);
		const before = await dump(old, ['checklistTicks', 'attempts', 'turns']);
		old.close();

		const db = new PeilianDB(name);
		await db.open();
		expect(await dump(db, ['checklistTicks', 'attempts', 'turns'])).toEqual(before);
		// The old indexes still answer, and the new tables start empty and writable.
		expect(await db.turns.where('[attemptId+index]').equals([7, 2]).first()).toMatchObject({
			node: 'n2'
		});
		expect(await db.attempts.where('status').equals('active').count()).toBe(10);
		await db.savedRuns.put({
			locale: 'zh-CN',
			scenarioId: 'scenario-0',
			attemptId: 1,
			version: 'abc',
			snapshot: { value: 'n1' },
			seed: 1,
			savedAt: 1
		});
		expect(await db.savedRuns.count()).toBe(1);
		expect(await db.cards.count()).toBe(0);
		db.close();
	});

	it('from version 3 (saved runs, reading, bookmarks, review cards, settings)', async () => {
		const name = `upgrade-3-${Math.random()}`;
		const old = await openShipped(name, 3);
		await old.table('checklistTicks').bulkAdd(ticks);
		await old.table('attempts').bulkAdd(attempts);
		await old.table('turns').bulkAdd(turns);
		await old.table('savedRuns').add({
			locale: 'zh-CN',
			scenarioId: 'scenario-0',
			attemptId: 1,
			version: 'abc',
			snapshot: { value: 'n1', context: { score: 3 } },
			seed: 9,
			savedAt: 5
		});
		await old.table('reading').add({
			locale: 'en',
			slug: 'closing',
			firstReadAt: 1,
			lastReadAt: 2,
			progress: 0.5,
			finished: false
		});
		await old.table('bookmarks').add({
			locale: 'en',
			slug: 'closing',
			anchor: 'ask',
			title: 'Closing › Ask',
			createdAt: 3
		});
		const cardId = await old.table('cards').add({
			locale: 'en',
			scenarioId: 'scenario-1',
			node: 'n0',
			createdAt: 1,
			attemptId: 2,
			due: 10,
			stability: 1,
			difficulty: 5,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			reps: 0,
			lapses: 0,
			state: 0
		});
		await old.table('reviewLog').add({ cardId, rating: 1, review: 11, points: 0, max: 10 });
		await old.table('settings').add({ key: 'persistAsked', value: 7 });
		const all = [...tableNames];
		const before = await dump(old, all);
		old.close();

		const db = new PeilianDB(name);
		await db.open();
		expect(db.verno).toBe(4);
		expect(await dump(db, all)).toEqual(before);
		expect(
			await db.cards.where('[locale+scenarioId+node]').equals(['en', 'scenario-1', 'n0']).count()
		).toBe(1);
		await db.drafts.add({ name: 'draft', source: '---', createdAt: 1, updatedAt: 1 });
		expect(await db.drafts.count()).toBe(1);
		db.close();
	});
});
