import { PeilianDB } from './db.ts';
import { reportStorageError, storageStatus } from './status.svelte.ts';

let opening: Promise<PeilianDB> | null = null;

/**
 * The progress database, opened once per page. When IndexedDB cannot be used (private mode,
 * blocked by policy, a newer schema in another tab) the app runs on an in-memory copy of the same
 * schema and says so, instead of failing every save.
 */
export function database(): Promise<PeilianDB> {
	opening ??= openWithFallback();
	return opening;
}

async function openWithFallback(): Promise<PeilianDB> {
	try {
		if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('IndexedDB is missing');
		const db = new PeilianDB();
		watchOtherTabs(db);
		await db.open();
		storageStatus.mode = 'indexeddb';
		return db;
	} catch (error) {
		if (isDexieError(error, 'VersionError')) storageStatus.upgradeElsewhere = true;
		storageStatus.reason = error instanceof Error ? error.message : String(error);
		const memory = await import('fake-indexeddb');
		const db = new PeilianDB('peilian-memory', {
			indexedDB: memory.indexedDB,
			IDBKeyRange: memory.IDBKeyRange
		});
		await db.open();
		storageStatus.mode = 'memory';
		return db;
	}
}

function watchOtherTabs(db: PeilianDB) {
	// Another tab upgrades the schema: Dexie closes this connection so the upgrade can run, and
	// this tab (running older code) must reload before it can save again.
	db.on('versionchange', () => {
		storageStatus.upgradeElsewhere = true;
	});
	db.on('blocked', () => {
		storageStatus.blockedByOtherTab = true;
	});
	db.on('ready', () => {
		storageStatus.blockedByOtherTab = false;
	});
}

function isDexieError(error: unknown, name: string): boolean {
	const e = error as { name?: string; inner?: { name?: string } } | undefined;
	return e?.name === name || e?.inner?.name === name;
}

/**
 * Runs a write and reports its failure (a full device, a closed database) on the banner before
 * passing the error on, so no save fails silently.
 */
export async function write<T>(run: (db: PeilianDB) => Promise<T>): Promise<T> {
	try {
		return await run(await database());
	} catch (error) {
		reportStorageError(error);
		throw error;
	}
}

/** Asks the browser not to evict our data, once there is data worth keeping. Asked once. */
export async function keepDataPersistent(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
	if (await navigator.storage.persisted()) return true;
	const db = await database();
	if (await db.settings.get('persistAsked')) return false;
	await db.settings.put({ key: 'persistAsked', value: Date.now() });
	return navigator.storage.persist();
}
