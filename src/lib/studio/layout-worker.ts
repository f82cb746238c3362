/**
 * Lays out the conversation map off the main thread: dagre takes most of a second on a
 * several-hundred-node draft. Driven by `MapLayouter` in checker.ts.
 */
import type { LayoutInput } from './checker.ts';
import { layoutConversation } from './map-layout.ts';
import { serve } from './serve-worker.ts';

serve<LayoutInput>({
	job: ({ scenario, density }) => layoutConversation(scenario, { density })
});
