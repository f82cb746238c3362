import { error } from '@sveltejs/kit';
import { findPlaybook } from '$lib/content/playbooks';
import { locales, type Locale } from '$lib/i18n/locales';
import { playbooks, scenarios } from '$lib/server/content';

export function entries() {
	return locales.flatMap((locale) =>
		playbooks.byLocale[locale].map((page) => ({ locale, slug: page.slug }))
	);
}

export function load({ params }) {
	const locale = params.locale as Locale;
	const page = findPlaybook(playbooks, locale, params.slug);
	if (!page) error(404);
	const all = playbooks.byLocale[locale];
	const at = all.indexOf(page);
	const link = (other: (typeof all)[number] | undefined) =>
		other && { slug: other.slug, title: other.title };
	return {
		page: {
			file: page.file,
			slug: page.slug,
			title: page.title,
			summary: page.summary,
			topic: page.topic,
			tags: page.tags,
			readingMinutes: page.readingMinutes,
			toc: page.headings.filter((heading) => heading.depth <= 3)
		},
		// Scenarios the page names, and those whose debrief links back to it.
		practice: scenarios.byLocale[locale]
			.filter(
				({ scenario }) =>
					page.scenarios.includes(scenario.id) ||
					scenario.playbook.some((target) => target.split('#')[0] === page.slug)
			)
			.map(({ scenario }) => ({
				id: scenario.id,
				title: scenario.title,
				difficulty: scenario.difficulty
			})),
		previous: link(all[at - 1]),
		next: link(all[at + 1])
	};
}
