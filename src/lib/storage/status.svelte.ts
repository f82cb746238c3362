import { mount } from 'svelte';
import { isQuotaError } from './errors.ts';

/**
 * What the app knows about its storage, and the banner that says so. Only the storage modules
 * import this (lazily), so pages that never open the database pay nothing for it.
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

export function hasStorageTrouble(): boolean {
	return (
		storageStatus.mode === 'memory' ||
		storageStatus.failure !== null ||
		storageStatus.upgradeElsewhere ||
		storageStatus.blockedByOtherTab
	);
}

// The banner mounts itself on the page the first time storage has a problem.
if (typeof document !== 'undefined') {
	let shown = false;
	$effect.root(() => {
		$effect(() => {
			if (shown || !hasStorageTrouble()) return;
			shown = true;
			void import('../components/StorageBanner.svelte').then(({ default: StorageBanner }) =>
				mount(StorageBanner, { target: document.body })
			);
		});
	});
}

/** Records a failed write so the banner can say what happened; practice itself goes on. */
export function reportStorageError(error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	storageStatus.failure = { kind: isQuotaError(error) ? 'quota' : 'other', message };
}

export function clearStorageFailure(): void {
	storageStatus.failure = null;
}
