import type { RunEvent } from './machine.ts';
import type { Scenario } from './parse.ts';

/**
 * Every event worth trying when exploring a scenario's machine: each option of each choice, and
 * a reply scoring 0, the best score, and just at and below each branch threshold.
 */
export function probeEvents(scenario: Scenario): RunEvent[] {
	const events: RunEvent[] = [{ type: 'reply', text: '', points: 0, blockedBy: 'probe' }];
	for (const node of scenario.nodes.values()) {
		if (node.kind === 'choice') {
			node.options.forEach((_, option) => events.push({ type: 'choose', option }));
		} else if (node.kind === 'reply') {
			const best = node.reply.concepts.reduce((sum, concept) => sum + concept.points, 0);
			const edges = node.reply.next.flatMap((branch) =>
				branch.min === undefined ? [] : [branch.min, branch.min - 1]
			);
			for (const points of new Set([0, best, ...edges])) {
				events.push({ type: 'reply', text: 'probe', points });
			}
		}
	}
	return events;
}
