import type { Locale } from '../i18n/locales.ts';
import { topics } from '../content/topics.ts';
import type { PlaybookIndex } from '../content/playbooks.ts';
import type { ScenarioLibrary } from '../scenario/library.ts';
import { turnBest } from '../review/cards.ts';
import type { SkillLabels } from '../content/skills.ts';
import type { Catalogue } from './summary.ts';

/**
 * The part of the content the dashboard needs, for one language: topics with their pages, and
 * for each scenario its pass mark and, per turn, the best score and the skills it tests. Built at
 * build time, so the page never ships the scenario texts.
 */
export function buildCatalogue(
	locale: Locale,
	playbooks: PlaybookIndex,
	library: ScenarioLibrary,
	skills: SkillLabels
): Catalogue {
	return {
		topics: topics.map((topic) => ({
			id: topic.id,
			name: topic[locale],
			pages: playbooks.byLocale[locale]
				.filter((page) => page.topic === topic.id)
				.map((page) => ({ slug: page.slug, title: page.title }))
		})),
		scenarios: library.byLocale[locale].map(({ scenario, bounds }) => ({
			id: scenario.id,
			title: scenario.title,
			topic: scenario.topic,
			difficulty: scenario.difficulty,
			pass: scenario.pass,
			max: bounds.max,
			nodes: Object.fromEntries(
				[...scenario.nodes.values()].flatMap((node) => {
					if (node.kind === 'choice') {
						const tested = [...new Set(node.options.flatMap((option) => option.skills))];
						return [[node.id, { best: turnBest(node), skills: tested }]];
					}
					if (node.kind === 'reply')
						return [[node.id, { best: turnBest(node), skills: node.reply.skills }]];
					return [];
				})
			)
		})),
		skills: Object.fromEntries(
			Object.entries(skills).map(([id, label]) => [
				id,
				{ label: label[locale], topic: label.topic }
			])
		)
	};
}
