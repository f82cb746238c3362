import type { Diagnostic } from '../content/diagnostics.ts';
import { parseMarkdown } from '../content/markdown.ts';
import { readLocatedYaml, type Locator } from '../content/yaml.ts';
import {
	choicesBlock,
	conditionPattern,
	endingBlock,
	replyBlock,
	scenarioFrontmatter,
	type ChoiceOption,
	type Ending,
	type Reply,
	type ScenarioFrontmatter
} from './schema.ts';

export interface Position {
	line: number;
	column: number;
}

/** What the customer (or the narrator) says when the conversation reaches a node. */
export interface Line {
	kind: 'say' | 'narrate';
	text: string;
}

interface NodeBase {
	id: string;
	line: number;
	lines: Line[];
}

export type ScenarioNode =
	| (NodeBase & { kind: 'choice'; options: (ChoiceOption & { at: Position; nextAt: Position })[] })
	| (NodeBase & { kind: 'reply'; reply: Reply; targetsAt: Position[] })
	| (NodeBase & { kind: 'ending'; ending: Ending })
	/** A node whose block has errors: kept so links to it do not report again. */
	| (NodeBase & { kind: 'broken' });

export interface Rule {
	subject: 'patience' | 'score';
	operator: '<=' | '>=' | '<' | '>' | '==';
	value: number;
	go: string;
	at: Position;
}

export interface Scenario extends Omit<ScenarioFrontmatter, 'rules'> {
	file: string;
	rules: Rule[];
	/** The first node: where every run starts. */
	start: string;
	nodes: Map<string, ScenarioNode>;
}

const nodeId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const blockKinds = { choices: 'choice', reply: 'reply', ending: 'ending' } as const;

/** Markdown → typed scenario graph. Problems are reported, never thrown; null when unusable. */
export function parseScenario(
	file: string,
	source: string
): { scenario: Scenario | null; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const report = (line: number, column: number, message: string, hint?: string) =>
		diagnostics.push({ file, line, column, severity: 'error', message, hint });
	const { frontmatter, blocks } = parseMarkdown(source);

	if (!frontmatter) {
		report(
			1,
			1,
			'missing frontmatter',
			'start the file with --- , id:, title:, locale:, persona: …, then ---'
		);
		return { scenario: null, diagnostics };
	}
	const head = readLocatedYaml(scenarioFrontmatter, frontmatter.yaml, frontmatter.line, report);

	const nodes = new Map<string, ScenarioNode>();
	let current = null as { id: string; line: number; lines: Line[]; done: boolean } | null;
	for (const block of blocks) {
		if (block.kind === 'heading') {
			if (current && !current.done) {
				report(
					current.line,
					1,
					`node "${current.id}" has no :::choices, :::reply or :::ending block`
				);
			}
			const id = block.text;
			if (block.depth !== 2) {
				report(block.line, 1, 'nodes are "## node-id" headings', 'use exactly two #');
			} else if (!nodeId.test(id)) {
				report(
					block.line,
					4,
					`node id "${id}" must be lower-case words joined by -`,
					'e.g. ## ask-for-time'
				);
			} else if (nodes.has(id) || current?.id === id) {
				report(block.line, 4, `duplicate node id "${id}"`, 'give each ## heading its own id');
			}
			current = { id, line: block.line, lines: [], done: false };
			continue;
		}
		if (!current) {
			if (block.kind === 'text' && block.text.trim()) {
				report(block.line, 1, 'text before the first "## node-id" belongs to no node');
			}
			continue;
		}
		if (block.kind === 'text') {
			const text = block.text.trim();
			if (!text) continue;
			if (current.done) {
				report(
					block.line,
					1,
					'text after the block of a node is not shown',
					'put customer lines above the block'
				);
			} else if (/^[（(].*[）)]$/.test(text)) {
				current.lines.push({ kind: 'narrate', text: text.slice(1, -1).trim() });
			} else {
				current.lines.push({ kind: 'say', text });
			}
			continue;
		}
		if (block.kind === 'code') {
			report(block.line, 1, 'code blocks are not used in scenarios');
			continue;
		}
		if (!block.closed)
			report(
				block.line,
				1,
				`":::${block.name}" is never closed`,
				'end the block with a line holding only :::'
			);
		if (!(block.name in blockKinds)) {
			report(
				block.line,
				4,
				`unknown block ":::${block.name}"`,
				'use :::choices, :::reply or :::ending'
			);
			continue;
		}
		if (current.done) {
			report(
				block.line,
				1,
				`node "${current.id}" already has its block`,
				'one :::choices, :::reply or :::ending per node'
			);
			continue;
		}
		current.done = true;
		const yaml = block.body.map((entry) => entry.text).join('\n');
		const firstLine = block.line + 1;
		const base = { id: current.id, line: current.line, lines: current.lines };
		const node = readNode(block.name as keyof typeof blockKinds, yaml, firstLine, base, report);
		if (!nodes.has(current.id)) nodes.set(current.id, node ?? { ...base, kind: 'broken' });
	}
	if (current && !current.done) {
		report(current.line, 1, `node "${current.id}" has no :::choices, :::reply or :::ending block`);
	}
	if (!head) return { scenario: null, diagnostics };
	if (nodes.size === 0 && !diagnostics.length)
		report(frontmatter.line, 1, 'a scenario needs at least one "## node-id" section');

	const rules = head.value.rules.map((rule, i) => {
		const [, subject, operator, value] = conditionPattern.exec(rule.when)!;
		return {
			subject: subject as Rule['subject'],
			operator: operator as Rule['operator'],
			value: Number(value),
			go: rule.go,
			at: head.locate(['rules', i, 'go'])
		};
	});
	const first = nodes.keys().next().value;
	const scenario: Scenario = { ...head.value, file, rules, start: first ?? '', nodes };
	return { scenario: nodes.size > 0 ? scenario : null, diagnostics };
}

function readNode(
	kind: keyof typeof blockKinds,
	yaml: string,
	firstLine: number,
	base: NodeBase,
	report: (line: number, column: number, message: string, hint?: string) => void
): ScenarioNode | null {
	if (kind === 'choices') {
		const parsed = readLocatedYaml(choicesBlock, yaml, firstLine, report);
		if (!parsed) return null;
		const options = parsed.value.map((option, i) => ({
			...option,
			at: parsed.locate([i]),
			nextAt: parsed.locate([i, 'next'])
		}));
		return { ...base, kind: 'choice', options };
	}
	if (kind === 'reply') {
		const parsed = readLocatedYaml(replyBlock, yaml, firstLine, report);
		if (!parsed) return null;
		checkReply(parsed.value, parsed.locate, report);
		const targetsAt = parsed.value.next.map((_, i) => parsed.locate(['next', i, 'go']));
		return { ...base, kind: 'reply', reply: parsed.value, targetsAt };
	}
	const parsed = readLocatedYaml(endingBlock, yaml, firstLine, report);
	return parsed ? { ...base, kind: 'ending', ending: parsed.value } : null;
}

/** Rubric checks the schema cannot express: names, order and score bands that fit together. */
function checkReply(
	reply: Reply,
	locate: Locator,
	report: (line: number, column: number, message: string, hint?: string) => void
) {
	const names = reply.concepts.map((concept) => concept.name);
	reply.concepts.forEach((concept, i) => {
		if (names.indexOf(concept.name) !== i) {
			const at = locate(['concepts', i, 'name']);
			report(at.line, at.column, `duplicate concept name "${concept.name}"`);
		}
	});
	reply.order.forEach((name, i) => {
		if (!names.includes(name)) {
			const at = locate(['order', i]);
			report(
				at.line,
				at.column,
				`order names an unknown concept "${name}"`,
				`concepts: ${names.join(', ')}`
			);
		}
	});
	if (reply.length.min > reply.length.max) {
		const at = locate(['length']);
		report(at.line, at.column, 'length min is larger than max');
	}
	const fallback = reply.next.findIndex((branch) => branch.min === undefined);
	if (fallback === -1) {
		const at = locate(['next']);
		report(
			at.line,
			at.column,
			'no next branch catches every score',
			'end the list with a branch that has no min'
		);
	} else if (fallback !== reply.next.length - 1) {
		const at = locate(['next', fallback + 1]);
		report(
			at.line,
			at.column,
			'this branch can never be taken: the one before it has no min',
			'put the branch without min last'
		);
	}
}
