/** True for a full device, also when IndexedDB wraps it in an AbortError (Dexie's `inner`). */
export function isQuotaError(error: unknown): boolean {
	const seen = new Set<unknown>();
	let current = error as { name?: string; inner?: unknown; cause?: unknown } | undefined;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		if (current.name === 'QuotaExceededError') return true;
		current = (current.inner ?? current.cause) as typeof current;
	}
	return false;
}
