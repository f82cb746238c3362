import type { Diagnostic } from '../content/diagnostics.ts';
import type { Position, Scenario, ScenarioNode } from './parse.ts';

export interface ScoreBounds {
	min: number;
	max: number;
}

/** The pass rule: no blocker hit, and at least `pass` percent of the best attainable score. */
export function hasPassed(
	pass: number,
	bounds: ScoreBounds,
	run: { score: number; blockedBy: string | null }
): boolean {
	return !run.blockedBy && bounds.max > 0 && run.score >= (pass / 100) * bounds.max;
}

/**
 * The same bar for one answer: a turn fails below `pass` percent of what that turn can earn, or
 * when the reply hit a blocker. A turn worth nothing cannot fail.
 */
export function turnFailedBy(points: number, best: number, pass: number, blocked = false): boolean {
	if (blocked) return true;
	if (best <= 0) return false;
	return points < (pass / 100) * best;
}

export interface ScenarioReport {
	diagnostics: Diagnostic[];
	/** Score range over all complete runs (null when no ending is reachable). */
	bounds: ScoreBounds | null;
	/** For each ending, whether some run reaches it. */
	endings: Record<string, boolean>;
}

interface Edge {
	to: string;
	/** Points this step can earn at least and at most. */
	min: number;
	max: number;
	at: Position;
}

/** Outgoing steps of a node, with the points each can earn. Rules can jump from any turn. */
export function edgesOf(scenario: Scenario, node: ScenarioNode): Edge[] {
	const ruleEdges = scenario.rules.map((rule) => ({ to: rule.go, min: 0, max: 0, at: rule.at }));
	if (node.kind === 'choice') {
		return [
			...node.options.map((option) => ({
				to: option.next,
				min: option.points,
				max: option.points,
				at: option.nextAt
			})),
			...ruleEdges
		];
	}
	if (node.kind === 'reply') {
		const reply = node.reply;
		const best = reply.concepts.reduce((sum, concept) => sum + concept.points, 0);
		const worst = reply.forbidden.reduce((sum, penalty) => sum + penalty.points, 0);
		return [
			...reply.next.map((branch, i) => ({
				to: branch.go,
				// A branch is only taken at or above its min (and below the branch before it).
				min: Math.max(worst, branch.min ?? worst),
				max:
					i > 0 && reply.next[i - 1]!.min !== undefined
						? Math.min(best, reply.next[i - 1]!.min! - 1)
						: best,
				at: node.targetsAt[i]!
			})),
			...ruleEdges
		];
	}
	return [];
}

/**
 * Graph checks over a parsed scenario: every target exists, every node is reachable from the start,
 * every turn can move on, an ending is reachable, loops are absent; then the attainable score range.
 */
export function checkScenario(scenario: Scenario): ScenarioReport {
	const diagnostics: Diagnostic[] = [];
	const error = (at: Position, message: string, hint?: string) =>
		diagnostics.push({ file: scenario.file, ...at, severity: 'error', message, hint });
	const warn = (at: Position, message: string, hint?: string) =>
		diagnostics.push({ file: scenario.file, ...at, severity: 'warning', message, hint });
	const ids = [...scenario.nodes.keys()];
	// With a broken node the graph is incomplete: only check targets, or every error would echo.
	const complete = ![...scenario.nodes.values()].some((node) => node.kind === 'broken');

	const edges = new Map<string, Edge[]>();
	for (const node of scenario.nodes.values()) {
		const valid = edgesOf(scenario, node).filter((edge) => {
			if (scenario.nodes.has(edge.to)) return true;
			error(edge.at, `unknown node "${edge.to}"`, `nodes: ${ids.join(', ')}`);
			return false;
		});
		edges.set(node.id, valid);
		const at = { line: node.line, column: 1 };
		if (node.kind === 'broken') {
			continue;
		} else if (node.kind === 'ending') {
			if (!node.ending.debrief)
				warn(at, `ending "${node.id}" has no debrief`, 'tell the trainee what happened and why');
		} else if (valid.length === 0) {
			error(at, `node "${node.id}" is not an ending and leads nowhere`);
		}
		if (node.kind === 'choice') {
			for (const option of node.options) {
				if (!option.feedback)
					warn(option.at, 'option without feedback', 'say why this answer scores as it does');
			}
		}
	}
	for (const rule of scenario.rules) {
		if (!scenario.nodes.has(rule.go))
			error(rule.at, `unknown node "${rule.go}"`, `nodes: ${ids.join(', ')}`);
	}

	if (!complete) return { diagnostics: unique(diagnostics), bounds: null, endings: {} };

	// Reachability from the start.
	const reached = new Set<string>([scenario.start]);
	const queue = [scenario.start];
	while (queue.length > 0) {
		for (const edge of edges.get(queue.shift()!) ?? []) {
			if (!reached.has(edge.to)) {
				reached.add(edge.to);
				queue.push(edge.to);
			}
		}
	}
	for (const node of scenario.nodes.values()) {
		if (!reached.has(node.id)) {
			error(
				{ line: node.line, column: 1 },
				`node "${node.id}" can never be reached`,
				'link to it from a choice, a reply branch or a rule'
			);
		}
	}
	const endings = Object.fromEntries(
		[...scenario.nodes.values()]
			.filter((node) => node.kind === 'ending')
			.map((node) => [node.id, reached.has(node.id)])
	);
	if (!Object.values(endings).some(Boolean)) {
		error(
			{ line: scenario.nodes.get(scenario.start)?.line ?? 1, column: 1 },
			'no ending can be reached from the first node'
		);
		return { diagnostics: unique(diagnostics), bounds: null, endings };
	}

	// Conversations move forward: a loop would let a trainee farm points. Depth-first without
	// recursion, because a draft in the studio can be a chain of thousands of turns.
	const state = new Map<string, 'open' | 'done'>([[scenario.start, 'open']]);
	const finished: string[] = [];
	const stack = [{ id: scenario.start, next: 0 }];
	let looped = false;
	while (stack.length > 0) {
		const top = stack[stack.length - 1]!;
		const out = edges.get(top.id) ?? [];
		if (top.next < out.length) {
			const edge = out[top.next++]!;
			const seen = state.get(edge.to);
			if (seen === 'open' && !looped) {
				looped = true;
				error(
					edge.at,
					`this leads back to "${edge.to}", making a loop`,
					'conversations move forward: add a new node instead'
				);
			} else if (!seen) {
				state.set(edge.to, 'open');
				stack.push({ id: edge.to, next: 0 });
			}
		} else {
			state.set(top.id, 'done');
			finished.push(top.id);
			stack.pop();
		}
	}
	if (looped) return { diagnostics: unique(diagnostics), bounds: null, endings };

	// Score range: best and worst sums along paths from the start to an ending. The graph has no
	// loops now, so in the order nodes finished above every node comes after all it leads to.
	const memo = new Map<string, ScoreBounds | null>();
	for (const id of finished) {
		const node = scenario.nodes.get(id);
		let result: ScoreBounds | null = node?.kind === 'ending' ? { min: 0, max: 0 } : null;
		for (const edge of edges.get(id) ?? []) {
			const rest = memo.get(edge.to);
			if (!rest) continue;
			const min = edge.min + rest.min;
			const max = edge.max + rest.max;
			result = result
				? { min: Math.min(result.min, min), max: Math.max(result.max, max) }
				: { min, max };
		}
		memo.set(id, result);
	}
	const range = memo.get(scenario.start) ?? null;
	if (range && range.max <= 0) {
		warn(
			{ line: 1, column: 1 },
			'no run can score any points',
			'give good answers positive points'
		);
	}
	return { diagnostics: unique(diagnostics), bounds: range, endings };
}

/** Rules apply to every turn, so one bad rule target would otherwise be reported once per turn. */
function unique(diagnostics: Diagnostic[]): Diagnostic[] {
	const seen = new Set<string>();
	return diagnostics.filter((d) => {
		const key = `${d.line}:${d.column}:${d.message}`;
		return !seen.has(key) && (seen.add(key), true);
	});
}
