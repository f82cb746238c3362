import { locales, type Locale } from '$lib/i18n/locales';
import { buildSearchIndex } from '$lib/search/engine';
import { playbookDocuments, scenarioDocuments } from '$lib/search/documents';
import { playbooks, scenarios } from '$lib/server/content';

export const prerender = true;

export function entries() {
	return locales.map((locale) => ({ locale }));
}

export function GET({ params }) {
	const locale = params.locale as Locale;
	const index = buildSearchIndex([
		...playbookDocuments(playbooks.byLocale[locale]),
		...scenarioDocuments(scenarios.byLocale[locale].map(({ scenario }) => scenario))
	]);
	return new Response(index, { headers: { 'content-type': 'application/json' } });
}
