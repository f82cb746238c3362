import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { createActor } from 'xstate';
import { parse } from 'yaml';
import { compileScenario } from '../../src/lib/scenario/machine.ts';
import { parseScenario, type Scenario } from '../../src/lib/scenario/parse.ts';
import { scoreReply } from '../../src/lib/scenario/score.ts';

export type Step =
	{ kind: 'choose'; index: number; text: string } | { kind: 'reply'; text: string };

const pinyinOf = (text: string) => pinyin(text, { toneType: 'none', type: 'array' });

export function loadScenario(locale: string, id: string): Scenario {
	const file = `${process.env.PEILIAN_CONTENT_DIR ?? 'content'}/scenarios/${locale}/${id}.md`;
	return parseScenario(file, readFileSync(file, 'utf8')).scenario!;
}

/**
 * A sequence of answers that ends in an ending with `outcome`, found by playing the compiled
 * machine in Node with the scenario's own options and its sample replies, exactly as the browser
 * will score them. The test then types the same answers in the browser.
 */
export function findPath(scenario: Scenario, outcome: 'won' | 'lost'): Step[] {
	const samples = (() => {
		try {
			const text = readFileSync(`tests/replies/${scenario.locale}/${scenario.id}.yaml`, 'utf8');
			return parse(text) as Record<string, { good: string[]; poor: string[] }>;
		} catch {
			return {};
		}
	})();
	const machine = compileScenario(scenario);
	const search = (steps: Step[]): Step[] | null => {
		const actor = createActor(machine).start();
		for (const step of steps) {
			if (step.kind === 'choose') actor.send({ type: 'choose', option: step.index });
			else {
				const node = scenario.nodes.get(String(actor.getSnapshot().value))!;
				if (node.kind !== 'reply') return null;
				const result = scoreReply(node.reply, step.text, pinyinOf);
				actor.send({
					type: 'reply',
					text: step.text,
					points: result.points,
					blockedBy: result.blockedBy?.phrase ?? null
				});
			}
		}
		const snapshot = actor.getSnapshot();
		const node = scenario.nodes.get(String(snapshot.value));
		if (snapshot.status === 'done') {
			return node?.kind === 'ending' && node.ending.outcome === outcome ? steps : null;
		}
		if (!node || steps.length > 12) return null;
		const options: Step[] =
			node.kind === 'choice'
				? node.options.map((option, index) => ({ kind: 'choose', index, text: option.text }))
				: [...(samples[node.id]?.good ?? []), ...(samples[node.id]?.poor ?? [])].map((text) => ({
						kind: 'reply',
						text
					}));
		for (const option of options) {
			const found = search([...steps, option]);
			if (found) return found;
		}
		return null;
	};
	const path = search([]);
	if (!path) throw new Error(`no path to a ${outcome} ending in ${scenario.locale}/${scenario.id}`);
	return path;
}
