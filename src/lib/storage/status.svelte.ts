import { isQuotaError } from './errors.ts';

/**
 * What the app knows about its storage, for the banner every page shows. Kept free of Dexie so the
 * banner costs a few hundred bytes on pages that never open the database.
 */
export const storageStatus = $state({
	/** Where progress lives: the browser's IndexedDB, or memory only (lost on close). */
	mode: 'unknown' as 'unknown' | 'indexeddb' | 'memory',
	/** Why IndexedDB could not be used, when mode is 'memory'. */
	reason: '',
	/** The last write that failed: the device is full, or something else went wrong. */
	failure: null as null | { kind: 'quota' | 'other'; message: string },
	/** Another tab opened a newer version of the database: this one must reload to go on. */
	upgradeElsewhere: false,
	/** This tab's upgrade waits for an older tab to close. */
	blockedByOtherTab: false
});

/** Records a failed write so the banner can say what happened; practice itself goes on. */
export function reportStorageError(error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	storageStatus.failure = { kind: isQuotaError(error) ? 'quota' : 'other', message };
}

export function clearStorageFailure(): void {
	storageStatus.failure = null;
}
