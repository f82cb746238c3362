import type { Locale } from '$lib/i18n/locales';
import { buildCatalogue } from '$lib/progress/catalogue';
import { playbooks, scenarios, skills } from '$lib/server/content';

export function load({ params }) {
	return { catalogue: buildCatalogue(params.locale as Locale, playbooks, scenarios, skills) };
}
