import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ConversationMap from '../components/studio/ConversationMap.svelte';
import { studioMapMessages } from '../i18n/studio-map-messages.ts';
import { blockedState } from '../scenario/machine.ts';
import { parseScenario, type Scenario } from '../scenario/parse.ts';
import {
	blockedNodeId,
	layoutConversation,
	trimColumns,
	type ConversationMapLayout,
	type MapNode
} from './map-layout.ts';

const frontmatter = (rules = '') => `---
id: map-test
title: Map test
locale: en
topic: objection-handling
persona:
  name: Haitao Wang
  role: Engineering manager
  company: Jincheng Electronics
  industry: Electronics manufacturing
  mood: Busy
  patience: 3
difficulty: 1
minutes: 5
pass: 60
${rules}---
`;

const reply = (branches: string, blockers = true) => `:::reply
concepts:
  - name: Reason
    points: 4
    any: [compressor]
    hit: Good.
    miss: Missing.
${blockers ? 'blockers:\n  - phrases: [your boss sent me]\n    feedback: A lie.\n' : ''}model: Compressors.
next:
${branches}
:::
`;

/** Opening (choice) → purpose (reply) → endings; an island nobody links to; a typo. */
const small = `${frontmatter('rules:\n  - when: patience <= 0\n    go: lost\n')}
## opening

(The phone rings.)

Yeah? Who's this? I'm on the shop floor, I'm busy and I really do not have time for this.

:::choices
- text: Thirty seconds?
  points: 10
  next: purpose
- text: Three minutes!
  points: 0
  next: purpose
- text: Sorry, bye.
  points: 0
  next: lost
:::

## purpose

Fine, go on.

${reply('  - min: 3\n    go: won\n  - go: folow-up')}
## island

Nobody links here.

:::choices
- text: A
  points: 1
  next: won
- text: B
  points: 0
  next: lost
:::

## won

:::ending
outcome: won
:::

## follow-up

:::ending
outcome: follow-up
:::

## lost

:::ending
outcome: lost
:::
`;

function parse(source: string): Scenario {
	const { scenario } = parseScenario('map-test.md', source);
	if (!scenario) throw new Error('test scenario did not parse');
	return scenario;
}

/** 1-based line of the first line starting with `text`. */
function lineOf(source: string, text: string): number {
	return source.split('\n').findIndex((line) => line.startsWith(text)) + 1;
}

function node(map: ConversationMapLayout, id: string): MapNode {
	const found = map.nodes.find((n) => n.id === id);
	if (!found) throw new Error(`no node ${id}`);
	return found;
}

function expectNoOverlap(map: ConversationMapLayout) {
	const boxes = [...map.nodes].sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
	const overlaps: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		const a = boxes[i]!;
		for (let j = i + 1; j < boxes.length; j++) {
			const b = boxes[j]!;
			if (b.x - b.width / 2 >= a.x + a.width / 2) break; // sorted by left edge
			if (Math.abs(a.y - b.y) < (a.height + b.height) / 2) overlaps.push(`${a.id}/${b.id}`);
		}
	}
	expect(overlaps).toEqual([]);
	for (const n of map.nodes) {
		expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
		expect(n.y - n.height / 2).toBeGreaterThanOrEqual(0);
		expect(n.x + n.width / 2).toBeLessThanOrEqual(map.width);
		expect(n.y + n.height / 2).toBeLessThanOrEqual(map.height);
	}
}

describe('layoutConversation on a small draft', () => {
	const scenario = parse(small);
	const map = layoutConversation(scenario);

	it('shows every node once, with its line', () => {
		const ids = map.nodes.map((n) => n.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const [id, source] of scenario.nodes) {
			expect(node(map, id).line).toBe(source.line);
			expect(node(map, id).line).toBe(lineOf(small, `## ${id}`));
			expect(node(map, id).label).toBe(id);
		}
		expect(node(map, 'opening')).toMatchObject({ kind: 'choice', isStart: true });
		expect(node(map, 'purpose')).toMatchObject({ kind: 'reply', isStart: false });
		expect(node(map, 'won')).toMatchObject({ kind: 'ending', outcome: 'won', detail: 'won' });
		expect(node(map, 'lost')).toMatchObject({ kind: 'ending', outcome: 'lost' });
	});

	it('takes the first customer line as detail, trimmed', () => {
		const detail = node(map, 'opening').detail;
		expect(detail.startsWith("Yeah? Who's this?")).toBe(true);
		expect(detail.endsWith('…')).toBe(true);
		expect([...detail].length).toBeLessThanOrEqual(40);
		expect(node(map, 'purpose').detail).toBe('Fine, go on.');
	});

	it('labels choice edges by option number and reply branches by their min', () => {
		const fromOpening = map.edges.filter((e) => e.from === 'opening' && e.kind === 'choice');
		expect(fromOpening.map((e) => [e.label, e.to])).toEqual([
			['1', 'purpose'],
			['2', 'purpose'],
			['3', 'lost']
		]);
		const branches = map.edges.filter((e) => e.kind === 'branch');
		expect(branches.map((e) => [e.from, e.label, e.to])).toEqual([
			['purpose', '≥ 3', 'won'],
			['purpose', '', 'folow-up']
		]);
		for (const edge of map.edges) {
			expect(edge.points.length).toBeGreaterThanOrEqual(2);
			for (const p of edge.points) {
				expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
			}
		}
		expect(fromOpening.every((e) => e.labelAt)).toBe(true);
	});

	it('draws rule jumps from every turn, labelled with the condition', () => {
		const rules = map.edges.filter((e) => e.kind === 'rule');
		expect(rules.map((e) => e.from).sort()).toEqual(['island', 'opening', 'purpose']);
		expect(rules.every((e) => e.to === 'lost' && e.label === 'patience <= 0')).toBe(true);
		expect(rules.filter((e) => e.labelAt)).toHaveLength(1);
	});

	it('flags the node nobody links to as unreachable', () => {
		expect(node(map, 'island').reachable).toBe(false);
		expect(node(map, 'follow-up').reachable).toBe(false);
		for (const id of ['opening', 'purpose', 'won', 'lost'])
			expect(node(map, id).reachable).toBe(true);
	});

	it('shows a typo in next: as a missing, broken node at the line of the typo', () => {
		const missing = node(map, 'folow-up');
		expect(missing).toMatchObject({ kind: 'broken', missing: true, reachable: true });
		expect(missing.line).toBe(lineOf(small, '  - go: folow-up'));
		const edge = map.edges.find((e) => e.to === 'folow-up');
		expect(edge).toMatchObject({ from: 'purpose', missingTarget: true });
		expect(map.edges.filter((e) => e.missingTarget)).toHaveLength(1);
	});

	it('adds the blocked ending when a reply has blockers', () => {
		expect(blockedNodeId).toBe(blockedState);
		const blocked = node(map, 'blocked');
		expect(blocked).toMatchObject({ kind: 'blocked', outcome: 'lost', reachable: true });
		expect(blocked.line).toBe(node(map, 'purpose').line);
		expect(map.edges.filter((e) => e.kind === 'blocked')).toEqual([
			expect.objectContaining({ from: 'purpose', to: 'blocked', label: '' })
		]);
		const without = layoutConversation(parse(small.replace(/blockers:\n.*\n.*\n/, '')));
		expect(without.nodes.some((n) => n.kind === 'blocked')).toBe(false);
		expect(without.edges.some((e) => e.kind === 'blocked')).toBe(false);
	});

	it('keeps a typo "blocked" apart from the blocked ending', () => {
		const typo = layoutConversation(parse(small.replace('go: folow-up', 'go: blocked')));
		expect(node(typo, 'blocked')).toMatchObject({ kind: 'broken', missing: true });
		expect(node(typo, '#blocked')).toMatchObject({ kind: 'blocked', outcome: 'lost' });
		expect(typo.edges.find((e) => e.kind === 'blocked')?.to).toBe('#blocked');
		expect(typo.edges.find((e) => e.kind === 'branch' && e.to === 'blocked')?.missingTarget).toBe(
			true
		);
	});

	it('keeps node boxes apart and inside the map', () => {
		expectNoOverlap(map);
		expectNoOverlap(layoutConversation(scenario, { density: 'compact' }));
	});

	it('lays out a draft with a loop and a self-loop without throwing', () => {
		const looped = small
			.replace('  next: lost\n:::\n\n## purpose', '  next: opening\n:::\n\n## purpose')
			.replace('go: folow-up', 'go: opening');
		const loopMap = layoutConversation(parse(looped));
		expect(loopMap.edges.some((e) => e.from === 'opening' && e.to === 'opening')).toBe(true);
		expect(loopMap.edges.some((e) => e.from === 'purpose' && e.to === 'opening')).toBe(true);
		expect(loopMap.nodes.some((n) => n.missing)).toBe(false);
		expect(loopMap.edges.every((e) => e.points.length >= 2)).toBe(true);
		expectNoOverlap(loopMap);
	});

	it('shows a rule pointing at a missing node', () => {
		const typo = layoutConversation(parse(small.replace('    go: lost\n---', '    go: lots\n---')));
		expect(node(typo, 'lots')).toMatchObject({ kind: 'broken', missing: true, reachable: true });
		expect(typo.edges.filter((e) => e.to === 'lots' && e.kind === 'rule').length).toBe(3);
	});
});

describe('ConversationMap', () => {
	const hostile = small.replace(
		'Fine, go on.',
		'<img src=x onerror="alert(1)"> {@html nope} <script>alert(2)</script>'
	);
	const map = layoutConversation(parse(hostile));

	it('renders one focusable button per node, named in words', () => {
		const { body } = render(ConversationMap, { props: { map, locale: 'en', current: 'purpose' } });
		expect(body.match(/role="button"/g)).toHaveLength(map.nodes.length);
		expect(body.match(/tabindex="0"/g)).toHaveLength(map.nodes.length);
		const purpose = node(map, 'purpose').line;
		expect(body).toContain(`aria-label="reply node purpose, line ${purpose}, current"`);
		expect(body).toContain('aria-label="choice node island, line');
		expect(body).toMatch(/aria-label="choice node island, line \d+, unreachable"/);
		expect(body).toContain('aria-label="missing node folow-up, line');
		expect(body).toMatch(/aria-label="ending won, line \d+, Won"/);
		expect(body).toContain('aria-current="true"');
		expect(body).toContain(`viewBox="0 0 ${map.width} ${map.height}"`);
		expect(body).toContain('>patience &lt;= 0<');
	});

	it('shows draft text as text, never as markup', () => {
		const { body } = render(ConversationMap, { props: { map, locale: 'en' } });
		expect(body).not.toContain('<img');
		expect(body).not.toContain('<script');
		expect(body).toContain('&lt;img src=x');
	});

	it('speaks both languages', () => {
		for (const locale of ['zh-CN', 'en'] as const) {
			const { body } = render(ConversationMap, { props: { map, locale } });
			const m = studioMapMessages[locale];
			expect(body).toContain(m.legend);
			expect(body).toContain(m.unreachable);
			expect(body).toContain(m.missing);
		}
	});
});

describe('trimColumns', () => {
	it('counts wide characters twice and adds an ellipsis', () => {
		expect(trimColumns('short', 40)).toBe('short');
		expect(trimColumns('a  b\n c', 40)).toBe('a b c');
		expect(trimColumns('喂，哪位？我这边正忙着。', 10)).toBe('喂，哪位…');
		expect(trimColumns('x'.repeat(50), 40)).toBe(`${'x'.repeat(39)}…`);
	});
});

/**
 * A long draft: a chain of `turns` choice turns, each with a side reply that rejoins the chain or
 * gives up, plus a "bad option → lost" from every turn and a patience rule: about 300 boxes.
 */
function generated(turns: number): string {
	const parts = [frontmatter('rules:\n  - when: patience <= 0\n    go: lost\n')];
	for (let i = 0; i < turns; i++) {
		const next = i + 1 < turns ? `t${i + 1}` : 'won';
		parts.push(`## t${i}

Turn ${i}.

:::choices
- text: Good
  points: 2
  next: ${next}
- text: Side
  points: 1
  next: r${i}
- text: Bad
  points: 0
  next: lost
:::

## r${i}

Side ${i}.

${reply(`  - min: 3\n    go: ${next}\n  - go: ${i % 10 === 0 ? 'follow-up' : 'lost'}`, i % 3 === 0)}`);
	}
	parts.push(`## won

:::ending
outcome: won
:::

## follow-up

:::ending
outcome: follow-up
:::

## lost

:::ending
outcome: lost
:::
`);
	return parts.join('\n');
}

describe('layoutConversation on a 300-node draft', () => {
	it('lays out every node and edge', () => {
		const scenario = parse(generated(150));
		expect(scenario.nodes.size).toBe(303);
		const map = layoutConversation(scenario);
		expect(map.nodes).toHaveLength(304); // with blocked
		expect(map.nodes.every((n) => n.reachable)).toBe(true);
		// 150 × (3 options + 2 branches + 2 rule jumps) + 50 blocked.
		expect(map.edges).toHaveLength(150 * 7 + 50);
		expect(map.edges.every((e) => e.points.length >= 2)).toBe(true);
		expectNoOverlap(map);
		// Top to bottom: each turn of the chain sits below the one before.
		for (let i = 1; i < 150; i++)
			expect(node(map, `t${i}`).y).toBeGreaterThan(node(map, `t${i - 1}`).y);
		expect(node(map, 'won').y).toBeGreaterThan(node(map, 't149').y);
	});
});

describe('shipped scenarios', () => {
	const dir = 'content/scenarios';
	const files = readdirSync(dir).flatMap((locale) =>
		readdirSync(join(dir, locale))
			.filter((name) => name.endsWith('.md'))
			.map((name) => join(dir, locale, name))
	);
	const component = readFileSync('src/lib/components/studio/ConversationMap.svelte', 'utf8');

	it('are all found', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	for (const file of files) {
		it(`${file}: every node reachable, every ending coloured by outcome`, () => {
			const { scenario } = parseScenario(file, readFileSync(file, 'utf8'));
			expect(scenario).not.toBeNull();
			const map = layoutConversation(scenario!);
			expect(map.nodes.filter((n) => !n.reachable).map((n) => n.id)).toEqual([]);
			expect(map.nodes.filter((n) => n.missing)).toEqual([]);
			const endings = map.nodes.filter((n) => n.kind === 'ending' || n.kind === 'blocked');
			expect(endings.length).toBeGreaterThanOrEqual(2);
			for (const ending of endings) {
				expect(['won', 'follow-up', 'lost']).toContain(ending.outcome);
				expect(component).toContain(`.node.outcome-${ending.outcome} .box`);
			}
			expectNoOverlap(map);
		});
	}
});
