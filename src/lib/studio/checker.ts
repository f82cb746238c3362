import type { DraftCheck, DraftCheckOptions } from './check-draft.ts';
import type { ConversationMapLayout, LayoutOptions } from './map-layout.ts';
import type { Scenario } from '../scenario/parse.ts';

/** Messages to a studio worker: settings once, then jobs. */
export type WorkerRequest<Input> =
	{ kind: 'configure'; settings: unknown } | { kind: 'job'; seq: number; input: Input };

/** Messages from a studio worker. */
export type WorkerResponse<Output> =
	/** Sent once, when the worker has loaded and warmed up: the time limit runs from here. */
	| { ready: true }
	| { seq: number; ok: true; output: Output; ms: number }
	| { seq: number; ok: false; error: string };

type Answer<Output> = Exclude<WorkerResponse<Output>, { ready: true }>;

export type JobUpdate<Output> =
	| { status: 'done'; seq: number; output: Output; ms: number }
	/** The job ran longer than the time limit: the worker was replaced. */
	| { status: 'timeout'; seq: number }
	| { status: 'failed'; seq: number; error: string };

interface RunnerOptions<Input, Output> {
	/** Starts a worker (null when workers are unavailable: jobs then run on this thread). */
	spawn: () => Worker | null;
	/** Sent to each new worker before its first job. */
	settings?: unknown;
	/** The same work on this thread, for browsers without (module) workers. */
	here: (input: Input) => Promise<Output>;
	onupdate: (update: JobUpdate<Output>) => void;
	delayMs: number;
	timeoutMs: number;
}

/**
 * Runs the newest job in a Web Worker: debounced, one job at a time, only the newest input run
 * next, answers for older input dropped, and a watchdog that replaces a stuck worker. Typing
 * stays responsive whatever a draft holds.
 */
class LatestJobRunner<Input, Output> {
	#options: RunnerOptions<Input, Output>;
	#worker: Worker | null = null;
	/** The current worker has loaded and said so. */
	#ready = false;
	#seq = 0;
	#waiting: { seq: number; input: Input } | null = null;
	#running: { seq: number; input: Input } | null = null;
	#debounce: ReturnType<typeof setTimeout> | undefined;
	/** An edit is within the debounce delay: the next job waits for the timer. */
	#debouncing = false;
	#watchdog: ReturnType<typeof setTimeout> | undefined;
	#disposed = false;

	constructor(options: RunnerOptions<Input, Output>) {
		this.#options = options;
		this.#worker = this.#spawn();
	}

	get pending(): boolean {
		return this.#waiting !== null || this.#running !== null;
	}

	run(input: Input, immediate: boolean): number {
		const seq = ++this.#seq;
		this.#waiting = { seq, input };
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
		this.#ready = false;
		if (typeof Worker === 'undefined') return null;
		let worker: Worker | null;
		try {
			worker = this.#options.spawn();
		} catch {
			return null;
		}
		if (!worker) return null;
		const own = worker;
		own.onmessage = (event: MessageEvent<WorkerResponse<Output>>) => {
			if ('ready' in event.data) this.#started();
			else this.#answer(event.data);
		};
		own.onerror = (event) => {
			event.preventDefault();
			const job = this.#running;
			if (!this.#ready) {
				// The worker could not load (no module workers, blocked): run jobs on this thread.
				own.terminate();
				if (this.#worker === own) this.#worker = null;
				if (job) void this.#runHere(job);
			} else if (job) {
				this.#answer({ seq: job.seq, ok: false, error: event.message || 'worker error' });
			}
		};
		const configure: WorkerRequest<Input> = { kind: 'configure', settings: this.#options.settings };
		own.postMessage(configure);
		return own;
	}

	/** The worker has loaded: a job sent before then starts its time limit now. */
	#started() {
		this.#ready = true;
		if (this.#running) this.#watch(this.#running.seq);
	}

	#watch(seq: number) {
		clearTimeout(this.#watchdog);
		this.#watchdog = setTimeout(() => this.#timedOut(seq), this.#options.timeoutMs);
	}

	#next() {
		if (this.#disposed || this.#running || !this.#waiting) return;
		const job = this.#waiting;
		this.#waiting = null;
		this.#running = job;
		if (!this.#worker) {
			void this.#runHere(job);
			return;
		}
		const request: WorkerRequest<Input> = { kind: 'job', seq: job.seq, input: job.input };
		this.#worker.postMessage(request);
		// Loading and warming a new worker is not the job's time: the limit starts once it is up.
		if (this.#ready) this.#watch(job.seq);
	}

	async #runHere(job: { seq: number; input: Input }) {
		const started = performance.now();
		try {
			const output = await this.#options.here(job.input);
			this.#answer({ seq: job.seq, ok: true, output, ms: performance.now() - started });
		} catch (error) {
			this.#answer({ seq: job.seq, ok: false, error: String(error) });
		}
	}

	#answer(response: Answer<Output>) {
		if (this.#disposed || response.seq !== this.#running?.seq) return;
		clearTimeout(this.#watchdog);
		this.#running = null;
		// Only the answer for the newest input is shown; an older one would point at wrong lines.
		if (response.seq === this.#seq) {
			this.#options.onupdate(
				response.ok
					? { status: 'done', seq: response.seq, output: response.output, ms: response.ms }
					: { status: 'failed', seq: response.seq, error: response.error }
			);
		}
		if (!this.#debouncing) this.#next();
	}

	#timedOut(seq: number) {
		if (this.#disposed || this.#running?.seq !== seq) return;
		this.#worker?.terminate();
		this.#worker = this.#spawn();
		this.#running = null;
		if (seq === this.#seq) this.#options.onupdate({ status: 'timeout', seq });
		if (!this.#debouncing) this.#next();
	}
}

export interface CheckInput {
	source: string;
	fileName: string;
}

export type CheckUpdate = JobUpdate<DraftCheck>;

export interface CheckerOptions {
	/** Known playbook sections (see `checkDraft`). */
	anchors?: DraftCheckOptions['anchors'];
	onupdate: (update: CheckUpdate) => void;
	/** Wait this long after the last edit before checking. */
	delayMs?: number;
	/** A check running longer than this is abandoned and the worker restarted. */
	timeoutMs?: number;
}

/** `checkDraft` in a Web Worker (check-worker.ts), ~250 ms after the last edit, 3 s at most. */
export class DraftChecker {
	#runner: LatestJobRunner<CheckInput, DraftCheck>;

	constructor(options: CheckerOptions) {
		const anchors = options.anchors;
		this.#runner = new LatestJobRunner({
			spawn: () => new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' }),
			settings: anchors,
			here: async ({ source, fileName }) =>
				(await import('./check-draft.ts')).checkDraft(source, fileName, { anchors }),
			onupdate: options.onupdate,
			delayMs: options.delayMs ?? 250,
			timeoutMs: options.timeoutMs ?? 3000
		});
	}

	/** True while a check is waiting or running: the shown result may be out of date. */
	get pending(): boolean {
		return this.#runner.pending;
	}

	/** Checks `source` after the debounce delay (or at once with `immediate`). */
	check(source: string, fileName: string, immediate = false): number {
		return this.#runner.run({ source, fileName }, immediate);
	}

	dispose() {
		this.#runner.dispose();
	}
}

export interface LayoutInput {
	scenario: Scenario;
	density: LayoutOptions['density'];
}

export type LayoutUpdate = JobUpdate<ConversationMapLayout>;

/** `layoutConversation` in its own Web Worker (layout-worker.ts): a big map never delays checks. */
export class MapLayouter {
	#runner: LatestJobRunner<LayoutInput, ConversationMapLayout>;

	constructor(options: { onupdate: (update: LayoutUpdate) => void; timeoutMs?: number }) {
		this.#runner = new LatestJobRunner({
			spawn: () => new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' }),
			here: async ({ scenario, density }) =>
				(await import('./map-layout.ts')).layoutConversation(scenario, { density }),
			onupdate: options.onupdate,
			delayMs: 0,
			timeoutMs: options.timeoutMs ?? 5000
		});
	}

	layout(input: LayoutInput): number {
		return this.#runner.run(input, true);
	}

	dispose() {
		this.#runner.dispose();
	}
}
