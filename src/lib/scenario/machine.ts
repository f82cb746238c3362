import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Rule, Scenario } from './parse.ts';

/** One answered turn, as the run records it. */
export interface TurnRecord {
	node: string;
	kind: 'choice' | 'reply';
	/** The chosen option's index, for choice turns. */
	option?: number;
	/** The typed answer, for reply turns. */
	text?: string;
	points: number;
	patience: number;
	skills: string[];
}

export interface RunContext {
	score: number;
	patience: number;
	turns: TurnRecord[];
	/** Set when a reply hit a blocker: the run fails whatever the score. */
	blockedBy: string | null;
}

/**
 * Events a run accepts. A reply arrives already scored (the scorer is pure and runs outside the
 * machine), so the machine stays a plain, serialisable description of the conversation.
 */
export type RunEvent =
	| { type: 'choose'; option: number }
	| { type: 'reply'; text: string; points: number; blockedBy?: string | null }
	| { type: 'timeout' };

export const blockedState = 'blocked';

function compare(actual: number, rule: Pick<Rule, 'operator' | 'value'>): boolean {
	switch (rule.operator) {
		case '<=':
			return actual <= rule.value;
		case '>=':
			return actual >= rule.value;
		case '<':
			return actual < rule.value;
		case '>':
			return actual > rule.value;
		case '==':
			return actual === rule.value;
	}
}

const runSetup = setup({
	types: { context: {} as RunContext, events: {} as RunEvent },
	actions: {
		record: assign(({ context }, turn: TurnRecord) => ({
			score: context.score + turn.points,
			patience: context.patience + turn.patience,
			turns: [...context.turns, turn]
		})),
		recordReply: assign(
			({ context, event }, params: { node: string; patience: number; skills: string[] }) => {
				const points = event.type === 'reply' ? event.points : 0;
				const text = event.type === 'reply' ? event.text : '';
				return {
					score: context.score + points,
					patience: context.patience + params.patience,
					turns: [
						...context.turns,
						{
							node: params.node,
							kind: 'reply' as const,
							text,
							points,
							patience: params.patience,
							skills: params.skills
						}
					]
				};
			}
		),
		block: assign(({ event }) => ({
			blockedBy: event.type === 'reply' ? (event.blockedBy ?? null) : null
		}))
	},
	guards: {
		chose: ({ event }, params: { option: number }) =>
			event.type === 'choose' && event.option === params.option,
		scoredAtLeast: ({ event }, params: { min: number }) =>
			event.type === 'reply' && event.points >= params.min,
		blocked: ({ event }) => event.type === 'reply' && Boolean(event.blockedBy),
		rule: ({ context }, params: Pick<Rule, 'subject' | 'operator' | 'value'>) =>
			compare(params.subject === 'patience' ? context.patience : context.score, params)
	}
});

/**
 * Scenario graph → XState machine. One state per node; choices and reply branches are guarded
 * transitions with parameterised actions, rules are eventless transitions checked on entering
 * every turn, endings are final states. Nothing is written by hand per scenario.
 */
export function compileScenario(scenario: Scenario) {
	const states: Record<string, object> = {};
	const rules = scenario.rules.map((rule) => ({
		guard: {
			type: 'rule' as const,
			params: { subject: rule.subject, operator: rule.operator, value: rule.value }
		},
		target: rule.go
	}));

	for (const node of scenario.nodes.values()) {
		if (node.kind === 'ending') {
			states[node.id] = { type: 'final', meta: { outcome: node.ending.outcome } };
		} else if (node.kind === 'choice') {
			const take = (index: number) => {
				const option = node.options[index]!;
				const turn: TurnRecord = {
					node: node.id,
					kind: 'choice',
					option: index,
					points: option.points,
					patience: option.patience,
					skills: option.skills
				};
				return { target: option.next, actions: { type: 'record', params: turn } };
			};
			states[node.id] = {
				always: rules,
				on: {
					choose: node.options.map((_, index) => ({
						guard: { type: 'chose', params: { option: index } },
						...take(index)
					})),
					// Running out of time counts as the weakest option, as a silent line would on a real call.
					timeout: take(weakest(node.options))
				}
			};
		} else if (node.kind === 'reply') {
			const reply = node.reply;
			const last = reply.next.at(-1)!;
			states[node.id] = {
				always: rules,
				on: {
					reply: [
						{
							guard: 'blocked',
							target: blockedState,
							actions: [
								'block',
								{
									type: 'recordReply',
									params: { node: node.id, patience: 0, skills: reply.skills }
								}
							]
						},
						...reply.next.map((branch) => ({
							...(branch.min !== undefined
								? { guard: { type: 'scoredAtLeast', params: { min: branch.min } } }
								: {}),
							target: branch.go,
							actions: {
								type: 'recordReply',
								params: { node: node.id, patience: branch.patience, skills: reply.skills }
							}
						}))
					],
					timeout: {
						target: last.go,
						actions: {
							type: 'recordReply',
							params: { node: node.id, patience: last.patience, skills: reply.skills }
						}
					}
				}
			};
		}
	}
	states[blockedState] = { type: 'final', meta: { outcome: 'lost' } };

	return runSetup.createMachine({
		id: scenario.id,
		initial: scenario.start,
		context: () => ({
			score: 0,
			patience: scenario.persona.patience,
			turns: [],
			blockedBy: null
		}),
		// The states object is built from the graph, which TypeScript cannot follow node by node.
		states: states as never
	});
}

function weakest(options: { points: number }[]): number {
	const points = options.map((option) => option.points);
	return points.indexOf(Math.min(...points));
}

export type RunMachine = ReturnType<typeof compileScenario>;
export type RunSnapshot = SnapshotFrom<RunMachine>;
