import type { DraftCheck, DraftCheckOptions } from './check-draft.ts';
import type { CheckRequest, CheckResponse } from './check-worker.ts';

export type CheckUpdate =
	| { status: 'checked'; seq: number; result: DraftCheck; ms: number }
	/** The check ran longer than the time limit: the worker was replaced. */
	| { status: 'timeout'; seq: number }
	| { status: 'failed'; seq: number; error: string };

export interface CheckerOptions {
	anchors?: DraftCheckOptions['anchors'];
	onupdate: (update: CheckUpdate) => void;
	/** Wait this long after the last edit before checking. */
	delayMs?: number;
	/** A check running longer than this is abandoned and the worker restarted. */
	timeoutMs?: number;
}

interface Job {
	seq: number;
	source: string;
	fileName: string;
}

/**
 * Runs `checkDraft` in a Web Worker: debounced, one check at a time, only the newest text
 * checked next, answers to older text dropped, and a watchdog that replaces a stuck worker.
 * Without Worker support it checks on the main thread (after the same delay).
 */
export class DraftChecker {
	#options: Required<Omit<CheckerOptions, 'anchors'>> & Pick<CheckerOptions, 'anchors'>;
	#worker: Worker | null = null;
	#seq = 0;
	#waiting: Job | null = null;
	#running: Job | null = null;
	#debounce: ReturnType<typeof setTimeout> | undefined;
	#watchdog: ReturnType<typeof setTimeout> | undefined;
	#disposed = false;
	/** An edit is within the debounce delay: the next check waits for the timer. */
	#debouncing = false;

	constructor(options: CheckerOptions) {
		this.#options = { delayMs: 250, timeoutMs: 3000, ...options };
		this.#worker = this.#spawn();
	}

	/** True while a check is waiting or running: the shown result may be out of date. */
	get pending(): boolean {
		return this.#waiting !== null || this.#running !== null;
	}

	/** Checks `source` after the debounce delay (or at once with `immediate`). */
	check(source: string, fileName: string, immediate = false): number {
		const seq = ++this.#seq;
		this.#waiting = { seq, source, fileName };
		clearTimeout(this.#debounce);
		this.#debouncing = !immediate;
		if (immediate) this.#next();
		else
			this.#debounce = setTimeout(() => {
				this.#debouncing = false;
				this.#next();
			}, this.#options.delayMs);
		return seq;
	}

	dispose() {
		this.#disposed = true;
		clearTimeout(this.#debounce);
		clearTimeout(this.#watchdog);
		this.#worker?.terminate();
		this.#worker = null;
	}

	#spawn(): Worker | null {
		if (typeof Worker === 'undefined') return null;
		try {
			const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
			worker.onmessage = (event: MessageEvent<CheckResponse>) => this.#answer(event.data);
			worker.onerror = (event) => {
				event.preventDefault();
				const job = this.#running;
				if (job) this.#answer({ seq: job.seq, ok: false, error: event.message || 'worker error' });
			};
			const configure: CheckRequest = { kind: 'configure', anchors: this.#options.anchors };
			worker.postMessage(configure);
			return worker;
		} catch {
			return null;
		}
	}

	#next() {
		if (this.#disposed || this.#running || !this.#waiting) return;
		const job = this.#waiting;
		this.#waiting = null;
		this.#running = job;
		if (!this.#worker) {
			void this.#checkHere(job);
			return;
		}
		const request: CheckRequest = { kind: 'check', ...job };
		this.#worker.postMessage(request);
		this.#watchdog = setTimeout(() => this.#timedOut(job), this.#options.timeoutMs);
	}

	async #checkHere(job: Job) {
		try {
			const { checkDraft } = await import('./check-draft.ts');
			const started = performance.now();
			const result = checkDraft(job.source, job.fileName, { anchors: this.#options.anchors });
			this.#answer({ seq: job.seq, ok: true, result, ms: performance.now() - started });
		} catch (error) {
			this.#answer({ seq: job.seq, ok: false, error: String(error) });
		}
	}

	#answer(response: CheckResponse) {
		if (this.#disposed || response.seq !== this.#running?.seq) return;
		clearTimeout(this.#watchdog);
		this.#running = null;
		// Only the answer for the newest text is shown; an older one would point at wrong lines.
		if (response.seq === this.#seq) {
			this.#options.onupdate(
				response.ok
					? { status: 'checked', seq: response.seq, result: response.result, ms: response.ms }
					: { status: 'failed', seq: response.seq, error: response.error }
			);
		}
		if (!this.#debouncing) this.#next();
	}

	#timedOut(job: Job) {
		if (this.#disposed || this.#running?.seq !== job.seq) return;
		this.#worker?.terminate();
		this.#worker = this.#spawn();
		this.#running = null;
		if (job.seq === this.#seq) this.#options.onupdate({ status: 'timeout', seq: job.seq });
		if (!this.#debouncing) this.#next();
	}
}
