/**
 * Checks drafts off the main thread, so typing stays smooth on a huge or hostile draft. The page
 * (through `DraftChecker` in checker.ts) sends the newest text with a sequence number and ignores
 * older answers; if a check hangs, it terminates this worker and starts another.
 */
import { checkDraft, warmUp, type DraftCheckOptions } from './check-draft.ts';
import type { CheckInput } from './checker.ts';
import { serve } from './serve-worker.ts';
import { templates } from './templates.ts';

// Before the first message is handled: the page's first check then runs on compiled code.
warmUp(templates.en, 20);
warmUp(templates['zh-CN'], 10);

let anchors: DraftCheckOptions['anchors'];

serve<CheckInput>({
	configure: (settings) => {
		anchors = settings as DraftCheckOptions['anchors'];
	},
	job: ({ source, fileName }) => checkDraft(source, fileName, { anchors })
});
