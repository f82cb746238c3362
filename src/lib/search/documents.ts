import type { Playbook } from '../content/playbooks.ts';
import type { Scenario } from '../scenario/parse.ts';
import type { SearchDocument } from './engine.ts';

/** Each section of each page becomes one search document, so a hit opens the right section. */
export function playbookDocuments(pages: readonly Playbook[]): SearchDocument[] {
	return pages.flatMap((page) =>
		page.sections.map((section) => ({
			id: `${page.slug}#${section.id}`,
			kind: 'playbook' as const,
			slug: page.slug,
			sectionId: section.id,
			title: page.title,
			heading: section.id ? section.heading : page.summary,
			text: section.text,
			tags: page.tags.join(' ')
		}))
	);
}

/** A scenario is found by its title, its customer and what the customer says. */
export function scenarioDocuments(scenarios: readonly Scenario[]): SearchDocument[] {
	return scenarios.map((scenario) => {
		const persona = scenario.persona;
		const lines = [...scenario.nodes.values()].flatMap((node) =>
			node.lines.map((line) => line.text)
		);
		return {
			id: `scenario:${scenario.id}`,
			kind: 'scenario' as const,
			slug: scenario.id,
			sectionId: '',
			title: scenario.title,
			heading: `${persona.name} · ${persona.role} · ${persona.company}`,
			text: [persona.industry, persona.mood, ...lines].join('\n'),
			tags: scenario.skills.join(' ')
		};
	});
}
