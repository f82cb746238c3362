/** Runs work the first paint does not need once the browser is idle (at most ~2 s later). */
export function whenIdle(callback: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
	else setTimeout(callback, 200);
}
