import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	PeilianDB,
	tableNames,
	type Attempt,
	type ReviewCard,
	type ReviewLogEntry,
	type Turn
} from './db.ts';
import {
	attemptsCsv,
	currentVersion,
	exportProgress,
	importProgress,
	migrate,
	parseProgressFile,
	progressFileName,
	type ImportSummary,
	type ProgressFile,
	type TransferError
} from './transfer.ts';
import { transferMessages } from '../i18n/transfer-messages.ts';

const opened: PeilianDB[] = [];
function freshDb(): PeilianDB {
	const db = new PeilianDB(`transfer-${Math.random()}`);
	opened.push(db);
	return db;
}
afterEach(() => {
	for (const db of opened.splice(0)) db.close();
});

const day = 86_400_000;
const t0 = 1_732_345_678_000;

function attempt(fields: Partial<Attempt> & Pick<Attempt, 'scenarioId' | 'startedAt'>): Attempt {
	return {
		locale: 'zh-CN',
		version: 'hash-1',
		mode: 'coach',
		status: 'done',
		outcome: 'won',
		score: 30,
		max: 40,
		passed: true,
		endedAt: fields.startedAt + 120_000,
		...fields
	};
}

function turn(attemptId: number, index: number, fields: Partial<Turn> = {}): Turn {
	return {
		attemptId,
		index,
		node: `n${index}`,
		kind: 'choice',
		option: index % 3,
		points: 10 - index * 5,
		patience: -1,
		skills: ['empathy', 'listen'],
		answeredAt: t0 + index * 10_000,
		tookMs: 1234.5 + index,
		...fields
	};
}

function card(fields: Partial<ReviewCard> & Pick<ReviewCard, 'node' | 'attemptId'>): ReviewCard {
	return {
		locale: 'zh-CN',
		scenarioId: 'no-time',
		createdAt: t0 + 200_000,
		due: t0 + day,
		stability: 2.3,
		difficulty: 5.1,
		elapsed_days: 0,
		scheduled_days: 1,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 2,
		last_review: t0 + 300_000,
		...fields
	};
}

function logEntry(cardId: number, review: number, fields: Partial<ReviewLogEntry> = {}) {
	return {
		cardId,
		rating: 3,
		state: 1,
		due: review,
		stability: 1.5,
		difficulty: 5,
		elapsed_days: 0,
		last_elapsed_days: 0,
		scheduled_days: 1,
		learning_steps: 1,
		review,
		points: 6,
		max: 10,
		option: 2,
		...fields
	} satisfies ReviewLogEntry;
}

/**
 * A device with something in every table. Ids are deliberately not 1, 2, 3 (as after deleted test
 * data), so an import into an empty database cannot keep them by accident.
 */
async function seed(db: PeilianDB) {
	await db.transaction(
		'rw',
		[...tableNames].map((name) => db.table(name)),
		async () => {
			await db.checklistTicks.bulkAdd([
				{ list: 'zh-CN/cold-call/1', item: '先确认对方有没有时间', tickedAt: t0 },
				{ list: 'en/cold-call/1', item: 'Ask for two minutes, then stop', tickedAt: t0 + 5 }
			]);
			await db.attempts.bulkAdd([
				attempt({ id: 5, scenarioId: 'no-time', startedAt: t0 }),
				attempt({
					id: 9,
					scenarioId: 'no-time',
					startedAt: t0 + day,
					status: 'abandoned',
					outcome: undefined,
					passed: undefined,
					closedBecause: 'scenario-changed',
					score: -5
				}),
				attempt({
					id: 12,
					locale: 'en',
					scenarioId: 'price-objection',
					startedAt: t0 + 2 * day + 0.5,
					status: 'active',
					mode: 'exam',
					endedAt: undefined,
					outcome: undefined,
					passed: undefined,
					score: 10
				})
			]);
			await db.turns.bulkAdd([
				{ ...turn(5, 0), id: 20 },
				{
					...turn(5, 1, { kind: 'reply', option: undefined, text: '您好，我只占用您两分钟。' }),
					id: 21
				},
				{ ...turn(5, 2), id: 22 },
				{ ...turn(9, 0, { points: -5 }), id: 30 },
				{ ...turn(12, 0, { node: 'opening' }), id: 40 },
				{
					...turn(12, 1, { node: 'price', kind: 'reply', option: undefined, text: 'Fair point' }),
					breakdown: {
						concepts: [
							{ name: 'agree', matched: true, points: 3 },
							{ name: 'value', matched: false, points: 0 }
						],
						penalties: [{ phrase: 'cheap', points: -2 }],
						blockedBy: 'guarantee',
						orderWrong: true
					},
					id: 41
				}
			]);
			await db.savedRuns.add({
				locale: 'en',
				scenarioId: 'price-objection',
				attemptId: 12,
				version: 'hash-1',
				snapshot: {
					status: 'active',
					value: 'price',
					context: { score: 10, turns: [{ node: 'x' }] }
				},
				seed: 123_456_789,
				savedAt: t0 + 2 * day + 60_000
			});
			await db.reading.bulkAdd([
				{
					locale: 'zh-CN',
					slug: 'cold-call',
					firstReadAt: t0,
					lastReadAt: t0 + 50,
					progress: 0.4,
					finished: false
				},
				{
					locale: 'en',
					slug: 'pricing',
					firstReadAt: t0,
					lastReadAt: t0,
					progress: 1,
					finished: true
				}
			]);
			await db.bookmarks.bulkAdd([
				{ locale: 'zh-CN', slug: 'cold-call', anchor: '', title: '陌生拜访', createdAt: t0 },
				{
					locale: 'en',
					slug: 'pricing',
					anchor: 'anchor-price',
					title: 'Anchor, "then" move',
					createdAt: t0
				}
			]);
			await db.cards.bulkAdd([
				{ ...card({ node: 'n2', attemptId: 5 }), id: 3 },
				{ ...card({ node: 'n0', attemptId: 9, last_review: undefined, reps: 0, state: 0 }), id: 4 }
			]);
			await db.reviewLog.bulkAdd([
				{ ...logEntry(3, t0 + 300_000), id: 7 },
				{ ...logEntry(3, t0 + 400_000, { option: undefined, text: '我理解您的顾虑' }), id: 8 },
				{ ...logEntry(4, t0 + 500_000, { rating: 1 }), id: 11 }
			]);
			await db.settings.bulkAdd([
				{ key: 'displayName', value: '小王' },
				{ key: 'reminders', value: { daily: true, hour: 9 } }
			]);
		}
	);
}

/** Every table exactly as stored, for "nothing changed, byte for byte". */
async function snapshot(db: PeilianDB): Promise<string> {
	const tables: Record<string, unknown[]> = {};
	for (const name of tableNames) tables[name] = await db.table(name).toArray();
	return JSON.stringify(tables);
}

/**
 * Every table with ids taken out: attempts and cards are named by what they are (scenario,
 * language, start / node), and references point at those names. Rows sorted, so two databases
 * holding the same progress under different ids compare equal.
 */
async function contents(db: PeilianDB) {
	const attempts = await db.attempts.toArray();
	const cards = await db.cards.toArray();
	const attemptKey = new Map(
		attempts.map((a) => [a.id, `${a.locale}/${a.scenarioId}@${a.startedAt}`])
	);
	const cardKey = new Map(cards.map((c) => [c.id, `${c.locale}/${c.scenarioId}#${c.node}`]));
	const strip = <T extends { id?: number }>(row: T) => {
		const copy: Partial<T> = { ...row };
		delete copy.id;
		return copy;
	};
	// Key order is not data: records written by the import come in schema order.
	const canonical = (row: object) =>
		JSON.stringify(Object.fromEntries(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1))));
	const sorted = <T extends object>(rows: T[]) => rows.map(canonical).sort();
	return {
		checklistTicks: sorted(await db.checklistTicks.toArray()),
		attempts: sorted(attempts.map(strip)),
		turns: sorted(
			(await db.turns.toArray()).map((t) => ({
				...strip(t),
				attemptId: attemptKey.get(t.attemptId)
			}))
		),
		savedRuns: sorted(
			(await db.savedRuns.toArray()).map((r) => ({ ...r, attemptId: attemptKey.get(r.attemptId) }))
		),
		reading: sorted(await db.reading.toArray()),
		bookmarks: sorted(await db.bookmarks.toArray()),
		cards: sorted(cards.map((c) => ({ ...strip(c), attemptId: attemptKey.get(c.attemptId) }))),
		reviewLog: sorted(
			(await db.reviewLog.toArray()).map((e) => ({ ...strip(e), cardId: cardKey.get(e.cardId) }))
		),
		settings: sorted(await db.settings.toArray())
	};
}

/** The id Dexie gave an added record (typed as possibly undefined for outbound keys). */
async function key(adding: Promise<number | undefined>): Promise<number> {
	const id = await adding;
	if (id === undefined) throw new Error('no id');
	return id;
}

async function exportText(db: PeilianDB): Promise<string> {
	return JSON.stringify(await exportProgress(db));
}

function added(summary: ImportSummary) {
	return Object.fromEntries(tableNames.map((name) => [name, summary[name].added]));
}

async function mustImport(db: PeilianDB, text: string): Promise<ImportSummary> {
	const result = await importProgress(db, text);
	if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
	return result.summary;
}

describe('export', () => {
	it('writes every table exactly as stored, with ids, under a versioned header', async () => {
		const db = freshDb();
		await seed(db);
		const now = new Date('2026-11-23T08:00:00.000Z');
		const file = await exportProgress(db, now);
		expect(file.format).toBe('peilian-progress');
		expect(file.version).toBe(2);
		expect(currentVersion).toBe(2);
		expect(file.exportedAt).toBe('2026-11-23T08:00:00.000Z');
		expect(Object.keys(file.tables)).toEqual([...tableNames]);
		for (const name of tableNames)
			expect(file.tables[name]).toEqual(await db.table(name).toArray());
		expect(file.tables.attempts.map((a) => a.id)).toEqual([5, 9, 12]);
	});

	it('names the file by the local date', () => {
		expect(progressFileName(new Date(2026, 10, 23, 23, 59))).toBe(
			'peilian-progress-2026-11-23.json'
		);
		expect(progressFileName(new Date(2027, 0, 5, 0, 1))).toBe('peilian-progress-2027-01-05.json');
	});
});

describe('import', () => {
	it('round trip: an export imported into an empty database gives the same progress', async () => {
		// Ids are compared normalised (see `contents`): imported records get ids from the target
		// database, which need not be the source's.
		const source = freshDb();
		await seed(source);
		const text = await exportText(source);
		const target = freshDb();
		const summary = await mustImport(target, text);
		expect(await contents(target)).toEqual(await contents(source));
		expect(added(summary)).toEqual({
			checklistTicks: 2,
			attempts: 3,
			turns: 6,
			savedRuns: 1,
			reading: 2,
			bookmarks: 2,
			cards: 2,
			reviewLog: 3,
			settings: 2
		});
		// References follow the new ids: the active run still resumes its own attempt.
		const run = (await target.savedRuns.get(['en', 'price-objection']))!;
		expect(await target.attempts.get(run.attemptId)).toMatchObject({
			scenarioId: 'price-objection',
			status: 'active'
		});
	});

	it('re-importing the same file adds nothing', async () => {
		const source = freshDb();
		await seed(source);
		const text = await exportText(source);
		const target = freshDb();
		await mustImport(target, text);
		const before = await snapshot(target);
		const again = await mustImport(target, text);
		expect(Object.values(added(again))).toEqual(tableNames.map(() => 0));
		expect(tableNames.map((name) => again[name].updated + again[name].removed)).toEqual(
			tableNames.map(() => 0)
		);
		expect(await snapshot(target)).toBe(before);

		// Nor does importing a device's own export back into it.
		const sourceBefore = await snapshot(source);
		const home = await mustImport(source, text);
		expect(Object.values(added(home))).toEqual(tableNames.map(() => 0));
		expect(await snapshot(source)).toBe(sourceBefore);
	});

	it('keeps both sets when ids from another device collide with local ones', async () => {
		const source = freshDb();
		await seed(source);
		const text = await exportText(source);

		// Another device: its own attempts under the very ids the file uses (5, 9, 12).
		const target = freshDb();
		await target.attempts.bulkAdd([
			attempt({ id: 5, scenarioId: 'budget', startedAt: t0 - 3 * day }),
			attempt({ id: 9, scenarioId: 'budget', startedAt: t0 - 2 * day, locale: 'en' }),
			attempt({ id: 12, scenarioId: 'gatekeeper', startedAt: t0 - day, status: 'active' })
		]);
		await target.turns.bulkAdd([
			{ ...turn(5, 0, { node: 'local-5-a' }), id: 20 },
			{ ...turn(5, 1, { node: 'local-5-b' }), id: 21 },
			{ ...turn(12, 0, { node: 'local-12-a' }), id: 22 }
		]);
		await target.cards.add({
			...card({ node: 'budget-1', attemptId: 5, scenarioId: 'budget' }),
			id: 3
		});
		await target.reviewLog.add({ ...logEntry(3, t0 - day), id: 7 });
		const localBefore = await contents(target);

		await mustImport(target, text);

		expect(await target.attempts.count()).toBe(6);
		const nodesOf = async (locale: string, scenarioId: string, startedAt: number) => {
			const found = await target.attempts
				.where('[scenarioId+startedAt]')
				.equals([scenarioId, startedAt])
				.and((a) => a.locale === locale)
				.toArray();
			expect(found).toHaveLength(1);
			const turns = await target.turns.where('attemptId').equals(found[0]!.id!).sortBy('index');
			return turns.map((t) => t.node);
		};
		// The local attempts keep their ids and their own turns...
		expect(await nodesOf('zh-CN', 'budget', t0 - 3 * day)).toEqual(['local-5-a', 'local-5-b']);
		expect(await nodesOf('zh-CN', 'gatekeeper', t0 - day)).toEqual(['local-12-a']);
		expect((await target.attempts.get(5))!.scenarioId).toBe('budget');
		// ...and the imported ones have theirs.
		expect(await nodesOf('zh-CN', 'no-time', t0)).toEqual(['n0', 'n1', 'n2']);
		expect(await nodesOf('zh-CN', 'no-time', t0 + day)).toEqual(['n0']);
		expect(await nodesOf('en', 'price-objection', t0 + 2 * day + 0.5)).toEqual([
			'opening',
			'price'
		]);
		// Cards and their logs follow too: the whole import sits beside what was here.
		const merged = await contents(target);
		const sourceContents = await contents(source);
		for (const name of tableNames) {
			expect(merged[name]).toEqual([...localBefore[name], ...sourceContents[name]].sort());
		}
		const localCard = (await target.cards.get(3))!;
		expect(localCard.node).toBe('budget-1');
		expect(
			(await target.reviewLog.where('cardId').equals(3).toArray()).map((e) => e.review)
		).toEqual([t0 - day]);
	});

	it('takes a finished attempt over the same attempt still open here, with its turns', async () => {
		const phone = freshDb();
		await phone.attempts.add(
			attempt({ id: 1, scenarioId: 'no-time', startedAt: t0, status: 'done', score: 25 })
		);
		await phone.turns.bulkAdd([turn(1, 0), turn(1, 1), turn(1, 2)]);
		const text = await exportText(phone);

		const laptop = freshDb();
		const id = await key(
			laptop.attempts.add(
				attempt({
					scenarioId: 'no-time',
					startedAt: t0,
					status: 'active',
					score: 10,
					endedAt: undefined,
					outcome: undefined,
					passed: undefined
				})
			)
		);
		await laptop.turns.add(turn(id, 0, { node: 'stale' }));
		await laptop.savedRuns.add({
			locale: 'zh-CN',
			scenarioId: 'no-time',
			attemptId: id,
			version: 'hash-1',
			snapshot: {},
			seed: 1,
			savedAt: t0
		});
		const laptopText = await exportText(laptop);
		const summary = await mustImport(laptop, text);
		expect(summary.attempts).toEqual({ added: 0, updated: 1, skipped: 0, removed: 0 });
		expect(summary.turns).toMatchObject({ added: 3, removed: 1 });
		expect(summary.savedRuns.removed).toBe(1);
		expect(await laptop.attempts.toArray()).toEqual([
			{ ...attempt({ scenarioId: 'no-time', startedAt: t0, status: 'done', score: 25 }), id }
		]);
		expect(
			(await laptop.turns.where('attemptId').equals(id).sortBy('index')).map((t) => t.node)
		).toEqual(['n0', 'n1', 'n2']);
		expect(await laptop.savedRuns.count()).toBe(0);

		// The other way round, the finished attempt here stays as it is, and so do its turns; the
		// open run that came along is not taken either, as its attempt has ended here.
		const before = await snapshot(phone);
		const back = await mustImport(phone, laptopText);
		expect(back.attempts).toEqual({ added: 0, updated: 0, skipped: 1, removed: 0 });
		expect(back.savedRuns.skipped).toBe(1);
		expect(await snapshot(phone)).toBe(before);
	});

	it('merges reading, ticks, bookmarks, cards and settings by their keys', async () => {
		const source = freshDb();
		await seed(source);
		const text = await exportText(source);

		const target = freshDb();
		await target.reading.add({
			locale: 'zh-CN',
			slug: 'cold-call',
			firstReadAt: t0 - 10,
			lastReadAt: t0 + 10,
			progress: 0.9,
			finished: false
		});
		await target.checklistTicks.add({
			list: 'zh-CN/cold-call/1',
			item: '先确认对方有没有时间',
			tickedAt: 1
		});
		await target.bookmarks.add({
			locale: 'en',
			slug: 'pricing',
			anchor: 'anchor-price',
			title: 'Mine',
			createdAt: 2
		});
		await target.settings.bulkAdd([
			{ key: 'displayName', value: 'Wang' },
			{ key: 'persistAsked', value: 1 }
		]);
		// A local card for n2 reviewed later than the file's; one for n0 reviewed earlier.
		const attemptId = await key(
			target.attempts.add(attempt({ scenarioId: 'other', startedAt: 1 }))
		);
		const later = await key(
			target.cards.add(
				card({ node: 'n2', attemptId, last_review: t0 + 900_000, reps: 4, createdAt: t0 + 500_000 })
			)
		);
		const earlier = await key(
			target.cards.add(
				card({
					node: 'n0',
					attemptId,
					last_review: undefined,
					reps: 0,
					createdAt: t0 + 600_000,
					state: 0
				})
			)
		);
		await target.reviewLog.add(logEntry(later, t0 + 900_000));

		const summary = await mustImport(target, text);

		expect(await target.reading.get(['zh-CN', 'cold-call'])).toEqual({
			locale: 'zh-CN',
			slug: 'cold-call',
			firstReadAt: t0 - 10,
			lastReadAt: t0 + 50,
			progress: 0.9,
			finished: false
		});
		expect(summary.reading).toMatchObject({ added: 1, updated: 1 });
		expect(
			(await target.checklistTicks.get(['zh-CN/cold-call/1', '先确认对方有没有时间']))!.tickedAt
		).toBe(1);
		expect(summary.checklistTicks).toMatchObject({ added: 1, skipped: 1 });
		expect((await target.bookmarks.get(['en', 'pricing', 'anchor-price']))!.title).toBe('Mine');
		expect(await target.settings.toArray()).toEqual([
			{ key: 'displayName', value: 'Wang' },
			{ key: 'persistAsked', value: 1 },
			{ key: 'reminders', value: { daily: true, hour: 9 } }
		]);

		// n2: the local card was reviewed later, so it stays; the logs of both are kept.
		expect(await target.cards.get(later)).toMatchObject({ reps: 4, last_review: t0 + 900_000 });
		expect(
			(await target.reviewLog.where('cardId').equals(later).toArray()).map((e) => e.review).sort()
		).toEqual([t0 + 300_000, t0 + 400_000, t0 + 900_000]);
		// n0: neither was reviewed and reps are equal, so the local one stays too.
		expect(await target.cards.get(earlier)).toMatchObject({ createdAt: t0 + 600_000, attemptId });
		expect(summary.cards).toMatchObject({ added: 0, skipped: 2 });
		expect(await target.cards.count()).toBe(2);
	});

	it('takes the imported card when it was reviewed later, keeping where it came from', async () => {
		const source = freshDb();
		await seed(source);
		const text = await exportText(source);
		const target = freshDb();
		const attemptId = await key(
			target.attempts.add(attempt({ scenarioId: 'other', startedAt: 1 }))
		);
		const local = await key(
			target.cards.add(
				card({ node: 'n2', attemptId, last_review: t0, reps: 1, createdAt: t0 - day })
			)
		);
		const summary = await mustImport(target, text);
		expect(summary.cards).toMatchObject({ added: 1, updated: 1 });
		expect(await target.cards.get(local)).toMatchObject({
			last_review: t0 + 300_000,
			createdAt: t0 - day,
			attemptId
		});
	});

	it('does not import this device-only setting, nor a saved run whose attempt has ended', async () => {
		const source = freshDb();
		await seed(source);
		await source.settings.add({ key: 'persistAsked', value: t0 });
		await source.savedRuns.add({
			locale: 'zh-CN',
			scenarioId: 'no-time',
			attemptId: 5,
			version: 'hash-1',
			snapshot: null,
			seed: 2,
			savedAt: t0
		});
		const target = freshDb();
		const summary = await mustImport(target, await exportText(source));
		expect(await target.settings.get('persistAsked')).toBeUndefined();
		expect(summary.savedRuns).toMatchObject({ added: 1, skipped: 1 });
		expect((await target.savedRuns.toArray()).map((r) => r.scenarioId)).toEqual([
			'price-objection'
		]);
	});

	it('a failure in the middle of the merge rolls everything back', async () => {
		const source = freshDb();
		await seed(source);
		const text = await exportText(source);
		const target = freshDb();
		await target.attempts.add(attempt({ scenarioId: 'budget', startedAt: 1 }));
		await target.checklistTicks.add({ list: 'l', item: 'i', tickedAt: 1 });
		const before = await snapshot(target);
		// The review log is merged after ticks, attempts, turns, runs, reading and cards.
		target.reviewLog.hook('creating', () => {
			throw new Error('QuotaExceededError: the disk is full');
		});
		const result = await importProgress(target, text);
		expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
		expect(!result.ok && result.error.detail).toContain('the disk is full');
		expect(await snapshot(target)).toBe(before);
	});
});

describe('bad files change nothing', () => {
	async function realExport(): Promise<ProgressFile> {
		const source = freshDb();
		await seed(source);
		return exportProgress(source);
	}

	const cases: [string, TransferError['code'], () => Promise<string>, RegExp?][] = [
		[
			'invalid JSON',
			'not-json',
			async () => '{"format": "peilian-progress", version: 2}',
			/line 1, column \d+/
		],
		[
			'a package.json',
			'foreign',
			async () => JSON.stringify({ name: 'peilian', version: '0.1.0', type: 'module' }, null, '\t')
		],
		['a JSON array', 'foreign', async () => '[1, 2, 3]'],
		[
			'version 99',
			'newer-version',
			async () => JSON.stringify({ ...(await realExport()), version: 99 }),
			/newer Peilian; update the app first/
		],
		[
			'version 0',
			'unknown-version',
			async () => JSON.stringify({ ...(await realExport()), version: 0 })
		],
		[
			'version "2"',
			'unknown-version',
			async () => JSON.stringify({ ...(await realExport()), version: '2' })
		],
		[
			'version 1.5',
			'unknown-version',
			async () => JSON.stringify({ ...(await realExport()), version: 1.5 })
		],
		[
			'an export cut in half',
			'truncated',
			async () => {
				const text = JSON.stringify(await realExport(), null, '\t');
				return text.slice(0, text.length / 2);
			}
		],
		[
			'an export with an attempt repeated',
			'duplicates',
			async () => {
				const file = await realExport();
				file.tables.attempts.push(file.tables.attempts[0]!);
				return JSON.stringify(file);
			},
			/^tables\.attempts\[0\] and \[3\]: two attempts have the id 5$/
		],
		[
			'the same attempt under two ids',
			'duplicates',
			async () => {
				const file = await realExport();
				file.tables.attempts.push({ ...file.tables.attempts[0]!, id: 99 });
				return JSON.stringify(file);
			},
			/^tables\.attempts\[0\] and \[3\]: two attempts of scenario no-time \(zh-CN\) start at 1732345678000$/
		],
		[
			'two cards for one node',
			'duplicates',
			async () => {
				const file = await realExport();
				file.tables.cards.push({ ...file.tables.cards[0]!, id: 99 });
				return JSON.stringify(file);
			},
			/two cards for node n2 of scenario no-time \(zh-CN\)/
		],
		[
			'a score that is text',
			'invalid',
			async () => {
				const file = await realExport();
				(file.tables.attempts[1] as unknown as { score: string }).score = 'ten';
				return JSON.stringify(file);
			},
			/^tables\.attempts\[1\]\.score: expected a number, got "ten"$/
		],
		[
			'a negative answer time',
			'invalid',
			async () => {
				const file = await realExport();
				file.tables.turns[2]!.tookMs = -3;
				return JSON.stringify(file);
			},
			/^tables\.turns\[2\]\.tookMs: expected at least 0, got -3$/
		],
		[
			'an unknown status',
			'invalid',
			async () => {
				const file = await realExport();
				(file.tables.attempts[0] as unknown as { status: string }).status = 'paused';
				return JSON.stringify(file);
			},
			/^tables\.attempts\[0\]\.status: expected .*"active".*, got "paused"$/
		],
		[
			'an unknown field',
			'invalid',
			async () => {
				const file = await realExport();
				Object.assign(file.tables.cards[1]!, { owner: 'me' });
				return JSON.stringify(file);
			},
			/^tables\.cards\[1\]\.owner: unknown field$/
		],
		[
			'a missing field',
			'invalid',
			async () => {
				const file = await realExport();
				delete (file.tables.reading[0] as Partial<(typeof file.tables.reading)[0]>).progress;
				return JSON.stringify(file);
			},
			/^tables\.reading\[0\]\.progress: missing$/
		],
		[
			'a turn of a missing attempt',
			'invalid',
			async () => {
				const file = await realExport();
				file.tables.turns[3]!.attemptId = 404;
				return JSON.stringify(file);
			},
			/^tables\.turns\[3\]\.attemptId: attempt 404 is not in the file$/
		],
		[
			'a review of a missing card',
			'invalid',
			async () => {
				const file = await realExport();
				file.tables.reviewLog[0]!.cardId = 404;
				return JSON.stringify(file);
			},
			/^tables\.reviewLog\[0\]\.cardId: card 404 is not in the file$/
		],
		['a 50 MB file', 'too-large', async () => ' '.repeat(50 * 1024 * 1024), /32 MB/]
	];

	for (const [kind, code, build, detail] of cases) {
		it(`${kind} → ${code}`, async () => {
			const text = await build();
			const db = freshDb();
			await seed(db);
			const before = await snapshot(db);
			const result = await importProgress(db, text);
			expect(result).toMatchObject({ ok: false, error: { code } });
			if (detail) expect(!result.ok && result.error.detail).toMatch(detail);
			expect(await snapshot(db)).toBe(before);
		});
	}

	it('the size check comes before parsing', () => {
		// Valid JSON, but too long: refused without being parsed.
		const text = `{"format":"peilian-progress","pad":"${'x'.repeat(33 * 1024 * 1024)}"}`;
		const parse = vi.spyOn(JSON, 'parse');
		try {
			const result = parseProgressFile(text);
			expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
			expect(parse).not.toHaveBeenCalled();
		} finally {
			parse.mockRestore();
		}
	});
});

describe('parseProgressFile', () => {
	it('reads a file without any database and accepts a byte order mark', async () => {
		const source = freshDb();
		await seed(source);
		const file = await exportProgress(source);
		const result = parseProgressFile(`\uFEFF${JSON.stringify(file)}`);
		expect(result).toEqual({ ok: true, file });
	});

	it('brings a version 1 file (database schema 2: ticks, attempts, turns) up to date', async () => {
		const v1 = {
			format: 'peilian-progress',
			version: 1,
			exportedAt: '2025-06-01T10:00:00.000Z',
			tables: {
				checklistTicks: [{ list: 'zh-CN/cold-call/1', item: '准备开场白', tickedAt: t0 }],
				attempts: [
					{
						id: 1,
						scenarioId: 'no-time',
						locale: 'zh-CN',
						version: 'old',
						mode: 'coach',
						startedAt: t0 - 30 * day,
						endedAt: t0 - 30 * day + 1000,
						status: 'done',
						outcome: 'lost',
						score: 5,
						max: 40,
						passed: false
					}
				],
				turns: [{ ...turn(1, 0), id: 1 }]
			}
		};
		const parsed = parseProgressFile(JSON.stringify(v1));
		expect(parsed.ok && parsed.file.version).toBe(2);
		expect(parsed.ok && parsed.file.tables.cards).toEqual([]);
		expect(parsed.ok && Object.keys(parsed.file.tables)).toEqual([...tableNames]);

		const db = freshDb();
		await seed(db);
		const summary = await mustImport(db, JSON.stringify(v1));
		expect(summary.attempts.added).toBe(1);
		expect(await db.attempts.count()).toBe(4);
		const old = (await db.attempts
			.where('startedAt')
			.equals(t0 - 30 * day)
			.first())!;
		expect(old).toMatchObject({ scenarioId: 'no-time', version: 'old', outcome: 'lost' });
		expect(old.id).not.toBe(1);
		expect(
			(await db.turns.where('attemptId').equals(old.id!).toArray()).map((t) => t.node)
		).toEqual(['n0']);
		expect(summary.checklistTicks.added).toBe(1);

		// closedBecause came with database schema 3, so a version 1 file cannot have it.
		const wrong = structuredClone(v1);
		Object.assign(wrong.tables.attempts[0]!, { closedBecause: 'scenario-changed' });
		expect(parseProgressFile(JSON.stringify(wrong))).toMatchObject({
			ok: false,
			error: { code: 'invalid', detail: 'tables.attempts[0].closedBecause: unknown field' }
		});
		// Nor the tables of version 2.
		const extra = { ...v1, tables: { ...v1.tables, cards: [] } };
		expect(parseProgressFile(JSON.stringify(extra))).toMatchObject({
			ok: false,
			error: { code: 'invalid' }
		});
	});

	it('migrates as a chain ending at the current version', () => {
		const file = migrate({
			format: 'peilian-progress',
			version: 1,
			exportedAt: '2025-06-01T10:00:00.000Z',
			tables: { checklistTicks: [], attempts: [], turns: [] }
		});
		expect(file.version).toBe(currentVersion);
		expect(file.tables.settings).toEqual([]);
	});
});

describe('attemptsCsv', () => {
	const attempts: Attempt[] = [
		{
			...attempt({ scenarioId: 'no-time', startedAt: Date.UTC(2026, 10, 23, 9) }),
			id: 1,
			score: 29,
			max: 40
		},
		{
			...attempt({
				scenarioId: 'price-objection',
				locale: 'en',
				startedAt: Date.UTC(2026, 10, 24, 9),
				mode: 'exam',
				status: 'active',
				endedAt: undefined,
				outcome: undefined,
				passed: undefined,
				score: -5
			}),
			id: 2
		},
		{ ...attempt({ scenarioId: '=cmd', startedAt: 0, passed: false, max: 0, score: 0 }), id: 3 }
	];
	const turns: Turn[] = [
		{ ...turn(1, 0, { tookMs: 1500 }), id: 1 },
		{ ...turn(1, 1, { tookMs: 2600 }), id: 2 },
		{ ...turn(2, 0, { tookMs: 100 }), id: 3 }
	];
	const titles = {
		'zh-CN/no-time': '客户说“没时间”',
		'en/price-objection': 'Price, "too high"\nobjection'
	};
	const csv = attemptsCsv(attempts, turns, titles);
	const lines = csv.slice(1).split('\r\n');

	it('starts with a byte order mark and ends every line with CRLF', () => {
		expect(csv.startsWith('\uFEFFid,locale,scenario,title,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/\r|\n(?!objection)/);
	});

	it('has a header and one row per attempt', () => {
		expect(lines[0]).toBe(
			'id,locale,scenario,title,mode,started,ended,status,outcome,score,max,percent,passed,turns,seconds'
		);
		// 3 rows + header, the trailing empty string after the final CRLF; the quoted newline stays.
		expect(lines).toHaveLength(5);
		expect(lines[1]).toBe(
			'1,zh-CN,no-time,客户说“没时间”,coach,2026-11-23T09:00:00.000Z,2026-11-23T09:02:00.000Z,done,won,29,40,73,yes,2,4.1'
		);
	});

	it('quotes commas, quotes and newlines, and leaves numbers alone', () => {
		expect(lines[2]).toBe(
			'2,en,price-objection,"Price, ""too high""\nobjection",exam,2026-11-24T09:00:00.000Z,,active,,-5,40,-12,,1,0.1'
		);
	});

	it('defuses cells a spreadsheet would run as a formula', () => {
		expect(lines[3]).toBe(
			"3,zh-CN,'=cmd,'=cmd,coach,1970-01-01T00:00:00.000Z,1970-01-01T00:02:00.000Z,done,won,0,0,,no,0,0"
		);
		const tricky = attemptsCsv([{ ...attempts[0]!, scenarioId: 'x' }], [], {
			'zh-CN/x': '+1,@SUM(A1)'
		});
		expect(tricky.split('\r\n')[1]).toContain(`,"'+1,@SUM(A1)",`);
		for (const start of ['-', '@', '\t']) {
			const row = attemptsCsv([{ ...attempts[0]!, scenarioId: 'x' }], [], {
				'zh-CN/x': `${start}2`
			});
			expect(row.split('\r\n')[1]).toContain(`,'${start}2,`);
		}
	});

	it('takes translated headers', () => {
		const zh = attemptsCsv(attempts, turns, titles, transferMessages['zh-CN'].csvHeaders);
		expect(zh.split('\r\n')[0]).toBe(
			'\uFEFF编号,语言,场景编号,场景,模式,开始时间,结束时间,状态,结果,得分,满分,得分率（%）,是否通过,回答轮数,回答用时（秒）'
		);
	});
});

describe('transfer messages', () => {
	it('explains every error and sums up an import in both languages', async () => {
		const source = freshDb();
		await seed(source);
		const summary = await mustImport(freshDb(), await exportText(source));
		expect(transferMessages.en.summary(summary)).toBe(
			'Imported: 3 attempts, 6 answers, 1 unfinished run, 2 pages read, 2 bookmarks, 2 review cards, 3 reviews, 2 checklist ticks, 2 settings.'
		);
		expect(transferMessages['zh-CN'].summary(summary)).toMatch(/^已导入：3 次练习、6 轮回答、/);
		const target = freshDb();
		await mustImport(target, await exportText(source));
		const again = await mustImport(target, await exportText(source));
		expect(transferMessages.en.summary(again)).toBe(
			'Nothing new: everything in this file is already on this device.'
		);
		for (const locale of ['zh-CN', 'en'] as const) {
			for (const message of Object.values(transferMessages[locale].errors))
				expect(message('detail').length).toBeGreaterThan(5);
		}
	});
});
