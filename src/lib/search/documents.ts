import type { Playbook } from '../content/playbooks.ts';
import type { SearchDocument } from './engine.ts';

/** Each section of each page becomes one search document, so a hit opens the right section. */
export function playbookDocuments(pages: readonly Playbook[]): SearchDocument[] {
	return pages.flatMap((page) =>
		page.sections.map((section) => ({
			id: `${page.slug}#${section.id}`,
			slug: page.slug,
			sectionId: section.id,
			title: page.title,
			heading: section.id ? section.heading : page.summary,
			text: section.text,
			tags: page.tags.join(' ')
		}))
	);
}
