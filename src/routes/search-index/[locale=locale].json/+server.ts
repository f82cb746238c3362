import { locales, type Locale } from '$lib/i18n/locales';
import { buildSearchIndex } from '$lib/search/engine';
import { playbookDocuments } from '$lib/search/documents';
import { playbooks } from '$lib/server/content';

export const prerender = true;

export function entries() {
	return locales.map((locale) => ({ locale }));
}

export function GET({ params }) {
	const index = buildSearchIndex(playbookDocuments(playbooks.byLocale[params.locale as Locale]));
	return new Response(index, { headers: { 'content-type': 'application/json' } });
}
