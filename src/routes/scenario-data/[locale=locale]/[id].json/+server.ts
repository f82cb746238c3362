import { error, json } from '@sveltejs/kit';
import type { ReplayScenario, ReplayTurn } from '$lib/components/review/ReviewTurn.svelte';
import { locales, type Locale } from '$lib/i18n/locales';
import { turnBest } from '$lib/review/cards';
import type { Line, Scenario, ScenarioNode } from '$lib/scenario/parse';
import { scenarios } from '$lib/server/content';

// One small file per scenario, so the review page can replay a single turn offline: the service
// worker precaches every prerendered file.
export const prerender = true;

export function entries() {
	return locales.flatMap((locale) =>
		scenarios.byLocale[locale].map(({ scenario }) => ({ locale, id: scenario.id }))
	);
}

export function GET({ params }) {
	const found = scenarios.byLocale[params.locale as Locale].find(
		({ scenario }) => scenario.id === params.id
	);
	if (!found) error(404);
	return json(replayData(found.scenario));
}

/** Where each answer of a node can lead. */
function targets(node: ScenarioNode): string[] {
	if (node.kind === 'choice') return node.options.map((option) => option.next);
	if (node.kind === 'reply') return node.reply.next.map((branch) => branch.go);
	return [];
}

function replayData(scenario: Scenario): ReplayScenario {
	// The node that first leads into each node, in file order: writers put the main path first.
	const parent = new Map<string, ScenarioNode>();
	for (const node of scenario.nodes.values()) {
		for (const target of targets(node)) {
			if (target !== node.id && !parent.has(target)) parent.set(target, node);
		}
	}
	const nodes: ReplayTurn[] = [];
	for (const node of scenario.nodes.values()) {
		if (node.kind !== 'choice' && node.kind !== 'reply') continue;
		let lines: Line[] = node.lines;
		let context: Line[] = parent.get(node.id)?.lines ?? [];
		if (node.id === scenario.start) {
			// The call's opening narration sets the scene; it moves to the context so it is not
			// shown twice.
			const opening = lines.findIndex((line) => line.kind !== 'narrate');
			const split = opening === -1 ? lines.length : opening;
			context = lines.slice(0, split);
			lines = lines.slice(split);
		}
		const base = { id: node.id, lines, context, best: turnBest(node) };
		if (node.kind === 'choice') {
			nodes.push({
				...base,
				kind: 'choice',
				options: node.options.map(({ text, points, feedback }) => ({
					text,
					points,
					...(feedback ? { feedback } : {})
				}))
			});
		} else {
			const { prompt, skills, length, concepts, order, forbidden, blockers, model } = node.reply;
			nodes.push({
				...base,
				kind: 'reply',
				reply: {
					...(prompt ? { prompt } : {}),
					skills,
					length,
					concepts,
					order,
					forbidden,
					blockers,
					model
				}
			});
		}
	}
	const { name, role, company, industry, mood } = scenario.persona;
	return {
		id: scenario.id,
		title: scenario.title,
		locale: scenario.locale,
		persona: { name, role, company, industry, mood },
		pass: scenario.pass,
		mode: scenario.mode,
		nodes
	};
}
