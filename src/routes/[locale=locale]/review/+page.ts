import { locales } from '$lib/i18n/locales';

// Prerendered (the root layout prerenders everything) in both languages, even before a link
// points here. Everything on the page is read from the device's own storage in the browser.
export function entries() {
	return locales.map((locale) => ({ locale }));
}
