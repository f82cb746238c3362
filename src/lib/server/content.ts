import { ContentError, hasErrors } from '$lib/content/diagnostics';
import { checkAllContent } from '$lib/content/check-all';
import type { SourceFile } from '$lib/content/playbooks';

// Raw text of all content, read at build time on the server only; it never ships as a whole.
const playbookSources = import.meta.glob<string>('$content/playbooks/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});
const scenarioSources = import.meta.glob<string>('$content/scenarios/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

// At most one file; absent is fine as long as no scenario tags skills (checked below).
const skillsSources = import.meta.glob<string>('$content/skills.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

const asFiles = (sources: Record<string, string>, folder: string): SourceFile[] =>
	Object.entries(sources).map(([path, source]) => ({
		path: path.replace(new RegExp(`^.*?(?=${folder}/)`), 'content/'),
		source
	}));

const built = checkAllContent({
	playbooks: asFiles(playbookSources, 'playbooks'),
	scenarios: asFiles(scenarioSources, 'scenarios'),
	skills: Object.values(skillsSources).map((source) => ({ path: 'content/skills.yaml', source }))[0]
});
if (hasErrors(built.diagnostics)) throw new ContentError(built.diagnostics);

export const playbooks = built.playbooks;
export const scenarios = built.scenarios;
/** Skill id → { topic, 'zh-CN', en }: a label for every skill the scenarios tag. */
export const skills = built.skills;
