import { topics } from '$lib/content/topics';
import type { Locale } from '$lib/i18n/locales';
import { playbooks } from '$lib/server/content';

export function load({ params }) {
	const locale = params.locale as Locale;
	const pages = playbooks.byLocale[locale];
	return {
		locale,
		nav: topics.map((topic, i) => ({
			number: i + 1,
			id: topic.id,
			name: topic[locale],
			pages: pages
				.filter((page) => page.topic === topic.id)
				.map((page) => ({ slug: page.slug, title: page.title, summary: page.summary }))
		}))
	};
}
