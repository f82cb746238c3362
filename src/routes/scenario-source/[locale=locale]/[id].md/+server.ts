import { error } from '@sveltejs/kit';
import { locales, type Locale } from '$lib/i18n/locales';
import { scenarios } from '$lib/server/content';

// The Markdown of each shipped scenario, for the studio's "new from scenario": one prerendered
// file each, so it works offline like the rest of the site.
export const prerender = true;

const sources = import.meta.glob<string>('$content/scenarios/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** locale/id → file text. */
const byKey = new Map(
	Object.entries(sources).flatMap(([path, source]) => {
		const match = /scenarios\/([^/]+)\/([^/]+)\.md$/.exec(path);
		return match ? [[`${match[1]}/${match[2]}`, source] as const] : [];
	})
);

export function entries() {
	return locales.flatMap((locale) =>
		scenarios.byLocale[locale].map(({ scenario }) => ({ locale, id: scenario.id }))
	);
}

export function GET({ params }) {
	const locale = params.locale as Locale;
	const shipped = scenarios.byLocale[locale].some(({ scenario }) => scenario.id === params.id);
	const source = shipped ? byKey.get(`${locale}/${params.id}`) : undefined;
	if (source === undefined) error(404);
	return new Response(source, {
		headers: { 'content-type': 'text/markdown; charset=utf-8' }
	});
}
