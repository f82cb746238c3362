import { page } from '$app/state';
import { defaultLocale, isLocale, type Locale } from './locales';
import { messages, type Messages } from './messages';

/** The locale of the page being shown (from the URL), for components that are not handed one. */
export function currentLocale(): Locale {
	const locale = page.params.locale;
	return isLocale(locale) ? locale : defaultLocale;
}

export function currentMessages(): Messages {
	return messages[currentLocale()];
}
