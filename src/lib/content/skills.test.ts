import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAllContent } from './check-all.ts';
import { readMarkdownFiles } from './files.ts';
import { checkSkills, findSkillUses, skillsFileName } from './skills.ts';
import { topicIds } from './topics.ts';

const scenario = {
	path: 'content/scenarios/zh-CN/no-time.md',
	// Frontmatter line 14: `skills: [respect-time, propose-time]`; a choice at 32, a reply at 49.
	source: readFileSync('tests/fixtures/scenarios/no-time.md', 'utf8')
};
const skillsFile = (source: string) => ({ path: 'content/skills.yaml', source });
const both = `respect-time:
  topic: phone-prospecting
  zh-CN: 尊重对方时间
  en: Respect their time
propose-time:
  topic: objection-handling
  zh-CN: 给出具体时间
  en: Propose specific times
`;
const errors = (diagnostics: { severity: string }[]) =>
	diagnostics.filter((d) => d.severity === 'error');

describe('skill labels (content/skills.yaml)', () => {
	it('finds every skill id with the line and column of the id itself', () => {
		const uses = findSkillUses(scenario).map(({ id, line, column }) => `${id}@${line}:${column}`);
		expect(uses).toEqual([
			'respect-time@14:10',
			'propose-time@14:24',
			'respect-time@32:12',
			'propose-time@49:10'
		]);
		const blockList = findSkillUses({
			path: 'x.md',
			source: '---\nid: x\nskills:\n  - let-vent\n---\n\n## a\n\n:::reply\nskills:\n  - apologise\n:::\n'
		});
		expect(blockList.map(({ id, line, column }) => `${id}@${line}:${column}`)).toEqual([
			'let-vent@4:5',
			'apologise@11:5'
		]);
	});

	it('reads labels and passes when every used skill has one', () => {
		const { skills, diagnostics } = checkSkills(skillsFile(both), [scenario]);
		expect(diagnostics).toEqual([]);
		expect(skills['propose-time']).toEqual({
			topic: 'objection-handling',
			'zh-CN': '给出具体时间',
			en: 'Propose specific times'
		});
	});

	it('reports a used skill without a label at the id in the scenario, once per file', () => {
		const labels = both.replace(/propose-time:[\s\S]*$/, '');
		const { diagnostics } = checkSkills(skillsFile(labels), [scenario]);
		expect(diagnostics).toEqual([
			{
				file: 'content/scenarios/zh-CN/no-time.md',
				line: 14,
				column: 24,
				severity: 'error',
				message: 'skill "propose-time" has no label in content/skills.yaml',
				hint: 'add "propose-time:" with topic, zh-CN and en to content/skills.yaml'
			}
		]);

		const typo = { ...scenario, source: scenario.source.replace('skills: [propose-time]', 'skills: [propose-tme]') };
		expect(checkSkills(skillsFile(both), [typo]).diagnostics).toEqual([
			expect.objectContaining({
				line: 49,
				column: 10,
				message: 'skill "propose-tme" has no label in content/skills.yaml',
				hint: 'did you mean "propose-time"? Otherwise add "propose-tme:" with topic, zh-CN and en to content/skills.yaml'
			})
		]);
	});

	it('reports a missing label through checkAllContent as well', () => {
		const { diagnostics, skills } = checkAllContent({
			playbooks: [],
			scenarios: [scenario],
			skills: skillsFile(both.replace(/^respect-time:\n(?: {2}.*\n){3}/, ''))
		});
		expect(Object.keys(skills)).toEqual(['propose-time']);
		expect(diagnostics).toContainEqual(
			expect.objectContaining({
				file: 'content/scenarios/zh-CN/no-time.md',
				line: 14,
				column: 10,
				message: 'skill "respect-time" has no label in content/skills.yaml'
			})
		);
	});

	it('reports an unknown topic at its value', () => {
		const { skills, diagnostics } = checkSkills(
			skillsFile(both.replace('topic: objection-handling', 'topic: objections')),
			[scenario]
		);
		expect(skills).toEqual({});
		expect(diagnostics).toEqual([
			expect.objectContaining({
				file: 'content/skills.yaml',
				line: 6,
				column: 10,
				severity: 'error',
				message: expect.stringMatching(/^topic must be one of: phone-prospecting, /)
			})
		]);
	});

	it('reports malformed entries: unknown and missing fields, empty labels, bad ids, bad YAML', () => {
		const malformed = `Respect_Time:
  topic: phone-prospecting
  zh-CN: 尊重对方时间
  en: Respect their time
propose-time:
  topic: objection-handling
  zh: 给出具体时间
  en: ""
`;
		const { skills, diagnostics } = checkSkills(skillsFile(malformed), [scenario]);
		expect(skills).toEqual({});
		const found = diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`);
		expect(found).toEqual(
			expect.arrayContaining([
				'7:3 error: unknown field "zh"',
				'6:3 error: missing field "zh-CN"',
				'8:7 error: en must not be empty',
				'1:1 error: skill id "Respect_Time" must be lower-case words joined by -'
			])
		);
		// A broken file is not also reported as labels missing in every scenario.
		expect(diagnostics.every((d) => d.file === 'content/skills.yaml')).toBe(true);

		const notAMap = checkSkills(skillsFile('- respect-time\n'), [scenario]).diagnostics;
		expect(notAMap).toEqual([
			expect.objectContaining({ line: 1, column: 1, message: expect.stringMatching(/is a map/) })
		]);
		const badYaml = checkSkills(skillsFile('respect-time:\n  topic: [\n'), [scenario]).diagnostics;
		expect(errors(badYaml)[0]).toMatchObject({
			file: 'content/skills.yaml',
			message: expect.stringMatching(/^invalid YAML/)
		});
		const duplicate = checkSkills(skillsFile(both + both), [scenario]).diagnostics;
		expect(errors(duplicate).length).toBeGreaterThan(0);
	});

	it('warns, without failing, about a label no scenario uses and about shared labels', () => {
		const extra = `${both}let-vent:
  topic: after-sales
  zh-CN: 给出具体时间
  en: Let them vent
`;
		const { skills, diagnostics } = checkSkills(skillsFile(extra), [scenario]);
		expect(errors(diagnostics)).toEqual([]);
		expect(Object.keys(skills)).toEqual(['respect-time', 'propose-time', 'let-vent']);
		expect(diagnostics).toEqual([
			{
				file: 'content/skills.yaml',
				line: 9,
				column: 1,
				severity: 'warning',
				message: 'skill "let-vent" is not used by any scenario',
				hint: 'tag a choice or reply with it, or remove the entry'
			},
			expect.objectContaining({
				line: 11,
				column: 10,
				severity: 'warning',
				message: 'zh-CN label "给出具体时间" is also the label of "propose-time"'
			})
		]);
	});

	it('needs no skills.yaml while no scenario tags skills, and says to create it once they do', () => {
		expect(checkSkills(undefined, [])).toEqual({ skills: {}, diagnostics: [] });
		const { diagnostics } = checkSkills(undefined, [
			{ ...scenario, path: 'bench/.corpus/scenarios/zh-CN/no-time.md' }
		]);
		expect(diagnostics).toEqual([
			expect.objectContaining({
				file: 'bench/.corpus/scenarios/zh-CN/no-time.md',
				line: 14,
				column: 10,
				severity: 'error',
				message: 'scenarios use 2 skills but there is no bench/.corpus/skills.yaml'
			})
		]);
	});
});

describe('shipped skill labels', () => {
	const path = `content/${skillsFileName}`;
	const scenarios = readMarkdownFiles('content/scenarios');
	const { skills, diagnostics } = checkAllContent({
		playbooks: readMarkdownFiles('content/playbooks'),
		scenarios,
		skills: existsSync(path) ? { path, source: readFileSync(path, 'utf8') } : undefined
	});

	it('label every skill the scenarios use, in both languages, with a known topic', () => {
		expect(diagnostics.filter((d) => d.file === path || /skill/.test(d.message))).toEqual([]);
		const used = new Set(scenarios.flatMap((file) => findSkillUses(file).map((use) => use.id)));
		expect(used.size).toBeGreaterThan(0);
		for (const id of used) {
			const label = skills[id];
			expect(label, id).toBeDefined();
			expect(topicIds, id).toContain(label!.topic);
			expect(label!['zh-CN'].trim(), id).not.toBe('');
			expect(label!.en.trim(), id).not.toBe('');
		}
		expect(Object.keys(skills).sort()).toEqual([...used].sort());
	});
});
