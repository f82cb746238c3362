/**
 * Checks drafts off the main thread, so typing stays smooth on a huge or hostile draft. The page
 * (see checker.ts) sends the newest text with a sequence number and ignores older answers; if a
 * check hangs, it terminates this worker and starts another.
 */
import { checkDraft, warmUp, type DraftCheck, type DraftCheckOptions } from './check-draft.ts';
import { templates } from './templates.ts';

export type CheckRequest =
	| { kind: 'configure'; anchors: DraftCheckOptions['anchors'] }
	| { kind: 'check'; seq: number; source: string; fileName: string };

export type CheckResponse =
	| { seq: number; ok: true; result: DraftCheck; ms: number }
	| { seq: number; ok: false; error: string };

interface WorkerScope {
	onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
	postMessage(message: CheckResponse): void;
}

const scope = globalThis as unknown as WorkerScope;
let anchors: DraftCheckOptions['anchors'];

// Before the first message is handled: the page's first check then runs on compiled code.
warmUp(templates.en, 20);
warmUp(templates['zh-CN'], 10);

scope.onmessage = (event) => {
	const request = event.data;
	if (request.kind === 'configure') {
		anchors = request.anchors;
		return;
	}
	const started = performance.now();
	try {
		const result = checkDraft(request.source, request.fileName, { anchors });
		scope.postMessage({ seq: request.seq, ok: true, result, ms: performance.now() - started });
	} catch (error) {
		scope.postMessage({
			seq: request.seq,
			ok: false,
			error: error instanceof Error ? error.message : String(error)
		});
	}
};
