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
		expect(db.verno).toBe(3);
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
});
