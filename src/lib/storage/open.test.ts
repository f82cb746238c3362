// No fake-indexeddb/auto here: this file runs without IndexedDB, as a locked-down browser would.
import { describe, expect, it } from 'vitest';
import { database, write } from './open.ts';
import { isQuotaError } from './errors.ts';
import { storageStatus } from './status.svelte.ts';

describe('storage without IndexedDB', () => {
	it('runs on memory, says so, and still keeps progress for the session', async () => {
		expect(globalThis.indexedDB).toBeUndefined();
		const db = await database();
		expect(storageStatus.mode).toBe('memory');
		expect(storageStatus.reason).toMatch(/IndexedDB/);
		await write((d) => d.checklistTicks.put({ list: 'l', item: 'i', tickedAt: 1 }));
		expect(await db.checklistTicks.count()).toBe(1);
	});

	it('reports a failed write on the banner and passes the error on', async () => {
		const full = Object.assign(new Error('wrapped'), {
			name: 'AbortError',
			inner: Object.assign(new Error('no space'), { name: 'QuotaExceededError' })
		});
		await expect(write(() => Promise.reject(full))).rejects.toBe(full);
		expect(storageStatus.failure).toEqual({ kind: 'quota', message: 'wrapped' });
		await expect(write(() => Promise.reject(new Error('closed')))).rejects.toThrow('closed');
		expect(storageStatus.failure).toEqual({ kind: 'other', message: 'closed' });
	});
});

describe('isQuotaError', () => {
	it('finds a full device however deeply it is wrapped, and nothing else', () => {
		const quota = { name: 'QuotaExceededError' };
		expect(isQuotaError(quota)).toBe(true);
		expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
		expect(isQuotaError({ name: 'DexieError', cause: { name: 'AbortError', inner: quota } })).toBe(
			true
		);
		expect(isQuotaError({ name: 'AbortError' })).toBe(false);
		expect(isQuotaError(new Error('x'))).toBe(false);
		const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
		loop.inner = loop;
		expect(isQuotaError(loop)).toBe(false);
		expect(isQuotaError(null)).toBe(false);
	});
});
