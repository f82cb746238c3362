import type { Handle } from '@sveltejs/kit';
import { defaultLocale, isLocale } from '$lib/i18n/locales';

// Every page is prerendered with the right <html lang>, taken from the first path segment.
export const handle: Handle = ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1];
	const lang = isLocale(segment) ? segment : defaultLocale;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
