import { buildScenarioLibrary, type ScenarioLibrary } from '../scenario/library.ts';
import type { Diagnostic } from './diagnostics.ts';
import { buildPlaybookIndex, type PlaybookIndex, type SourceFile } from './playbooks.ts';

export interface ContentSources {
	playbooks: SourceFile[];
	scenarios: SourceFile[];
}

/** Every content check, playbooks then scenarios (whose playbook links need the playbook index). */
export function checkAllContent(sources: ContentSources): {
	playbooks: PlaybookIndex;
	scenarios: ScenarioLibrary;
	diagnostics: Diagnostic[];
} {
	const playbooks = buildPlaybookIndex(sources.playbooks);
	const scenarios = buildScenarioLibrary(sources.scenarios, playbooks.index);
	return {
		playbooks: playbooks.index,
		scenarios: scenarios.library,
		diagnostics: [...playbooks.diagnostics, ...scenarios.diagnostics]
	};
}
