import type { WorkerRequest, WorkerResponse } from './checker.ts';

interface WorkerScope {
	onmessage: ((event: MessageEvent) => void) | null;
	postMessage(message: unknown): void;
}

/**
 * The worker side of `LatestJobRunner` (checker.ts): says it is ready, takes settings, runs each
 * job and answers with its sequence number; an error becomes an answer, never an uncaught throw.
 */
export function serve<Input>(handlers: {
	configure?: (settings: unknown) => void;
	job: (input: Input) => unknown;
}): void {
	const scope = globalThis as unknown as WorkerScope;
	scope.onmessage = (event: MessageEvent<WorkerRequest<Input>>) => {
		const request = event.data;
		if (request.kind === 'configure') {
			handlers.configure?.(request.settings);
			return;
		}
		const started = performance.now();
		let answer: WorkerResponse<unknown>;
		try {
			const output = handlers.job(request.input);
			answer = { seq: request.seq, ok: true, output, ms: performance.now() - started };
		} catch (error) {
			answer = {
				seq: request.seq,
				ok: false,
				error: error instanceof Error ? error.message : String(error)
			};
		}
		scope.postMessage(answer);
	};
	scope.postMessage({ ready: true } satisfies WorkerResponse<unknown>);
}
