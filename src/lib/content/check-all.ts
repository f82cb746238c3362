import { buildScenarioLibrary, type ScenarioLibrary } from '../scenario/library.ts';
import type { Diagnostic } from './diagnostics.ts';
import { buildPlaybookIndex, type PlaybookIndex, type SourceFile } from './playbooks.ts';
import { checkSkills, type SkillLabels } from './skills.ts';

export interface ContentSources {
	playbooks: SourceFile[];
	scenarios: SourceFile[];
	/** content/skills.yaml; may be absent when no scenario tags skills (e.g. a playbooks-only corpus). */
	skills?: SourceFile;
}

/**
 * Every content check, playbooks then scenarios (whose playbook links need the playbook index),
 * then the skill labels (which must cover every skill the scenarios tag).
 */
export function checkAllContent(sources: ContentSources): {
	playbooks: PlaybookIndex;
	scenarios: ScenarioLibrary;
	skills: SkillLabels;
	diagnostics: Diagnostic[];
} {
	const playbooks = buildPlaybookIndex(sources.playbooks);
	const scenarios = buildScenarioLibrary(sources.scenarios, playbooks.index);
	const diagnostics = [...playbooks.diagnostics, ...scenarios.diagnostics];
	// Only once both are known: a playbook's `scenarios:` must name scenarios that exist.
	for (const [locale, pages] of Object.entries(playbooks.index.byLocale)) {
		const ids = new Set(sources.scenarios.map((file) => file.path).filter((path) => path.includes(`/${locale}/`)).map((path) => path.replace(/^.*\/|\.md$/g, '')));
		for (const page of pages) {
			for (const id of page.scenarios) {
				if (!ids.has(id)) {
					diagnostics.push({ file: page.file, line: 2, column: 1, severity: 'error', message: `scenarios: no scenario "${id}" in ${locale}`, hint: `add scenarios/${locale}/${id}.md or remove it from the list` });
				}
			}
		}
	}
	const skills = checkSkills(sources.skills, sources.scenarios);
	diagnostics.push(...skills.diagnostics);
	return {
		playbooks: playbooks.index,
		scenarios: scenarios.library,
		skills: skills.skills,
		diagnostics
	};
}
