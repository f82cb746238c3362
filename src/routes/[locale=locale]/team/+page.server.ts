import { locales, type Locale } from '$lib/i18n/locales';
import { buildCatalogue } from '$lib/progress/catalogue';
import { playbooks, scenarios, skills } from '$lib/server/content';

// Prerendered in both languages even before a link points here; the trainees' files are read
// in the browser only.
export function entries() {
	return locales.map((locale) => ({ locale }));
}

export function load({ params }) {
	const locale = params.locale as Locale;
	// The customer's first line of each turn, to show what the hardest turns are about. Only the
	// first spoken line: the whole script stays on the scenario pages.
	const lines: Record<string, Record<string, string>> = Object.fromEntries(
		scenarios.byLocale[locale].map(({ scenario }) => [
			scenario.id,
			Object.fromEntries(
				[...scenario.nodes.values()]
					.filter((node) => node.kind === 'choice' || node.kind === 'reply')
					.map((node) => [node.id, node.lines.find((line) => line.kind === 'say')?.text ?? ''])
			)
		])
	);
	return { catalogue: buildCatalogue(locale, playbooks, scenarios, skills), lines };
}
