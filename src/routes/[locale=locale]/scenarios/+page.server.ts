import type { Locale } from '$lib/i18n/locales';
import { scenarios } from '$lib/server/content';

export function load({ params }) {
	return {
		scenarios: scenarios.byLocale[params.locale as Locale].map(({ scenario }) => ({
			id: scenario.id,
			title: scenario.title,
			topic: scenario.topic,
			difficulty: scenario.difficulty,
			skills: scenario.skills,
			minutes: scenario.minutes,
			persona: `${scenario.persona.name} · ${scenario.persona.role} · ${scenario.persona.company}`
		}))
	};
}
