import { locales, type Locale } from '$lib/i18n/locales';
import { playbooks, scenarios } from '$lib/server/content';

export function entries() {
	return locales.map((locale) => ({ locale }));
}

export function load({ params }) {
	const locale = params.locale as Locale;
	// Every playbook page and section a draft may link to (`slug` and `slug#anchor`), in both
	// languages since a draft may be in either, with the title the debrief shows for it.
	const sections = Object.fromEntries(
		locales.map((l) => [
			l,
			Object.fromEntries(
				playbooks.byLocale[l].flatMap((page) => [
					[page.slug, page.title],
					...page.headings.map((heading) => [
						`${page.slug}#${heading.id}`,
						`${page.title} › ${heading.text}`
					])
				])
			) as Record<string, string>
		])
	) as Record<Locale, Record<string, string>>;
	return {
		shipped: scenarios.byLocale[locale]
			.map(({ scenario }) => ({ id: scenario.id, title: scenario.title }))
			.sort((a, b) => a.title.localeCompare(b.title, locale)),
		sections
	};
}
