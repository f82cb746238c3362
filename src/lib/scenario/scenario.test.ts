import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario } from './check.ts';
import { parseScenario } from './parse.ts';

const file = 'tests/fixtures/scenarios/no-time.md';
const source = readFileSync(file, 'utf8');

function diagnose(text: string) {
	const { scenario, diagnostics } = parseScenario(file, text);
	const checked = scenario ? checkScenario(scenario).diagnostics : [];
	return [...diagnostics, ...checked].map(
		(d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`
	);
}

describe('scenario parser and checker', () => {
	it('parses the fixture into a graph with customer lines, narration and blocks', () => {
		const { scenario, diagnostics } = parseScenario(file, source);
		expect(diagnostics).toEqual([]);
		expect(scenario!.start).toBe('opening');
		expect([...scenario!.nodes.keys()]).toEqual([
			'opening',
			'purpose',
			'booked',
			'call-back',
			'hung-up'
		]);
		const opening = scenario!.nodes.get('opening')!;
		expect(opening.lines).toEqual([
			{ kind: 'narrate', text: '周二上午十点，你拨通了刘经理的手机，背景里有机器声。' },
			{ kind: 'say', text: '喂，哪位？我这边正忙着。' }
		]);
		expect(opening.kind === 'choice' && opening.options[1]!.nextAt).toEqual({
			line: 40,
			column: 9
		});
		expect(scenario!.rules[0]).toMatchObject({
			subject: 'patience',
			operator: '<=',
			value: 0,
			go: 'hung-up'
		});
	});

	it('computes the attainable score range and which endings are reachable', () => {
		const report = checkScenario(parseScenario(file, source).scenario!);
		expect(report.bounds).toEqual({ min: -2, max: 20 });
		expect(report.endings).toEqual({ booked: true, 'call-back': true, 'hung-up': true });
		expect(report.diagnostics.map((d) => d.message)).toEqual(['ending "hung-up" has no debrief']);
	});

	it('reports an unknown target at its next:', () => {
		expect(
			diagnose(source.replace('next: purpose\n- text: 就耽误', 'next: purpse\n- text: 就耽误'))
		).toContain('35:9 error: unknown node "purpse"');
	});

	it('reports duplicate ids, unreachable nodes and nodes without a block', () => {
		const duplicate = source.replace('## call-back', '## booked');
		expect(diagnose(duplicate)).toContain('90:4 error: duplicate node id "booked"');
		const blockless = source.replace('## booked\n', '## orphan\n\n你好？\n\n## booked\n');
		expect(diagnose(blockless)).toContain(
			'81:1 error: node "orphan" has no :::choices, :::reply or :::ending block'
		);
		const unreachable = source.replace('    go: call-back', '    go: booked');
		expect(diagnose(unreachable)).toContain('90:1 error: node "call-back" can never be reached');
	});

	it('reports a rule target once and a node that leads nowhere', () => {
		const rule = source.replace('    go: hung-up\n---', '    go: hang-up\n---');
		expect(diagnose(rule).filter((line) => line.includes('"hang-up"'))).toEqual([
			'20:9 error: unknown node "hang-up"'
		]);
	});

	it('reports a scenario with no reachable ending and one that loops', () => {
		const loop = source.replace('  - go: hung-up\n    patience: -1', '  - go: opening');
		expect(diagnose(loop)).toContain('77:9 error: this leads back to "opening", making a loop');
	});

	it('reports invalid rubrics at the offending field, without echoes', () => {
		const badPoints = source.replace('    points: 6\n', '    points: lots\n');
		expect(diagnose(badPoints)).toEqual([
			'59:13 error: points must be a number',
			'99:1 warning: ending "hung-up" has no debrief'
		]);
		expect(diagnose(source.replace('order: [来意, 两个时间]', 'order: [来意, 三个时间]'))).toEqual([
			'63:13 error: order names an unknown concept "三个时间"',
			'99:1 warning: ending "hung-up" has no debrief'
		]);
		const noFallback = source.replace(
			'  - go: hung-up\n    patience: -1',
			'  - min: 0\n    go: hung-up'
		);
		expect(diagnose(noFallback)).toContain('73:3 error: no next branch catches every score');
	});

	it('takes bare numbers in phrase lists as text, and explains YAML booleans', () => {
		const numbers = parseScenario(
			file,
			source.replace('any: [周二, 周三, 上午, 下午, 点]', 'any: [周二, 10, 3]')
		);
		const purpose = numbers.scenario!.nodes.get('purpose')!;
		expect(purpose.kind === 'reply' && purpose.reply.concepts[1]!.any).toEqual(['周二', '10', '3']);
		expect(
			diagnose(source.replace('any: [周二, 周三, 上午, 下午, 点]', 'any: [周二, true]'))[0]
		).toMatch(/^60:\d+ error: any must be a phrase/);
	});

	it('reports frontmatter problems with did-you-mean hints', () => {
		const { diagnostics } = parseScenario(file, source.replace('  patience: 3', '  patiance: 3'));
		expect(diagnostics[1]).toMatchObject({
			line: 12,
			column: 3,
			message: 'unknown field "patiance"',
			hint: 'did you mean "patience"?'
		});
	});

	it('never throws on random or mangled input, and always explains a failure', () => {
		const lines = source.split('\n');
		const mangled = fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 400 }),
			// Real lines, shuffled, dropped and mixed with block markers and junk.
			fc
				.array(
					fc.oneof(
						fc.constantFrom(...lines),
						fc.constantFrom(
							':::',
							':::choices',
							':::reply',
							'## x',
							'---',
							'- text:',
							'  next: nowhere'
						),
						fc.string({ maxLength: 20 })
					),
					{ maxLength: 120 }
				)
				.map((picked) => picked.join('\n'))
		);
		fc.assert(
			fc.property(mangled, (text) => {
				const { scenario, diagnostics } = parseScenario(file, text);
				const checked = scenario ? checkScenario(scenario).diagnostics : [];
				if (!scenario) expect(diagnostics.length).toBeGreaterThan(0);
				for (const d of [...diagnostics, ...checked]) {
					expect(d.line).toBeGreaterThanOrEqual(1);
					expect(d.column).toBeGreaterThanOrEqual(1);
					expect(d.message).not.toBe('');
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('very long scenarios', () => {
	it('checks a chain of 6,000 turns without running out of stack', () => {
		const head = source.slice(0, source.indexOf('## opening'));
		const turns = Array.from(
			{ length: 6000 },
			(_, i) =>
				`## t${i}\n\n客户说了第 ${i} 句。\n\n:::choices\n- text: 好的\n  points: 1\n  next: ${i < 5999 ? `t${i + 1}` : 'won'}\n- text: 不好\n  points: 0\n  next: lost\n:::\n`
		);
		const endings = `## won\n\n成交。\n\n:::ending\noutcome: won\n:::\n\n## lost\n\n挂断。\n\n:::ending\noutcome: lost\n:::\n\n## hung-up\n\n挂断。\n\n:::ending\noutcome: lost\n:::\n`;
		const parsed = parseScenario('long.md', head + turns.join('\n') + endings);
		expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const report = checkScenario(parsed.scenario!);
		expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(report.bounds).toEqual({ min: 0, max: 6000 });
	});
});
