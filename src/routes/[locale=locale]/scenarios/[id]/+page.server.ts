import { error } from '@sveltejs/kit';
import { findPlaybook } from '$lib/content/playbooks';
import { locales, type Locale } from '$lib/i18n/locales';
import { playbooks, scenarios } from '$lib/server/content';

export function entries() {
	return locales.flatMap((locale) =>
		scenarios.byLocale[locale].map(({ scenario }) => ({ locale, id: scenario.id }))
	);
}

export function load({ params }) {
	const locale = params.locale as Locale;
	const found = scenarios.byLocale[locale].find(({ scenario }) => scenario.id === params.id);
	if (!found) error(404);
	const links = found.scenario.playbook.map((link) => {
		const [slug = '', anchor = ''] = link.split('#', 2);
		const page = findPlaybook(playbooks, locale, slug);
		const heading = page?.headings.find((h) => h.id === anchor);
		return {
			slug,
			anchor,
			title: heading ? `${page!.title} › ${heading.text}` : (page?.title ?? slug)
		};
	});
	return { scenario: found.scenario, bounds: found.bounds, version: found.version, links };
}
