import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { readMarkdownFiles } from './files.ts';
import { findLinks, plainInline } from './markdown.ts';
import { buildPlaybookIndex, type SourceFile } from './playbooks.ts';

const fixtureDir = 'tests/fixtures/content/playbooks';
const valid = () => readMarkdownFiles(fixtureDir);

/** The valid fixture corpus with one file replaced (or added). */
function withFile(path: string, source: string): SourceFile[] {
	const files = valid().filter((file) => file.path !== path);
	return [...files, { path, source }];
}

function errors(files: SourceFile[]): Diagnostic[] {
	return buildPlaybookIndex(files).diagnostics.filter((d) => d.severity === 'error');
}

const zhCalling = `${fixtureDir}/zh-CN/01-calling.md`;
const zhRefusals = `${fixtureDir}/zh-CN/02-refusals.md`;
const frontmatter = (fields: string) => `---\n${fields}\n---\n\n## 客户说“没时间”\n\n正文。\n`;

describe('playbook index', () => {
	it('indexes the valid fixture with no diagnostics', () => {
		const { index, diagnostics } = buildPlaybookIndex(valid());
		expect(diagnostics).toEqual([]);
		expect(index.byLocale['zh-CN'].map((page) => page.slug)).toEqual(['calling', 'refusals']);
		expect(index.byLocale.en.map((page) => page.title)).toEqual(['Calling', 'Refusals']);
	});

	it('gives headings anchors that keep Chinese and number repeats', () => {
		const page = buildPlaybookIndex(valid()).index.byLocale['zh-CN'][0]!;
		expect(page.headings.map((heading) => heading.id)).toEqual(['准备工作', '准备工作-1']);
		const refusals = buildPlaybookIndex(valid()).index.byLocale['zh-CN'][1]!;
		expect(refusals.headings[0]!.id).toBe('客户说没时间');
	});

	it('collects searchable text per section, including dialogue and checklist lines', () => {
		const page = buildPlaybookIndex(valid()).index.byLocale['zh-CN'][0]!;
		const first = page.sections.find((section) => section.id === '准备工作')!;
		expect(first.text).toContain('王经理您好');
		expect(first.text).toContain('先备好清单');
		const second = page.sections.find((section) => section.id === '准备工作-1')!;
		expect(second.text).toContain('日历');
		expect(page.readingMinutes).toBeGreaterThanOrEqual(1);
	});

	it('reports a file without frontmatter at line 1', () => {
		const [error] = errors(withFile(zhRefusals, '## 客户说“没时间”\n\n正文\n'));
		expect(formatDiagnostic(error!)).toMatch(/02-refusals\.md:1:1 error: missing frontmatter/);
	});

	it('reports a missing field at the frontmatter', () => {
		const found = errors(withFile(zhRefusals, frontmatter('title: 拒绝\ntopic: objection-handling\norder: 1')));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ file: zhRefusals, line: 2, message: 'missing field "summary"' });
	});

	it('reports an invalid value at its own line and column', () => {
		const found = errors(
			withFile(zhRefusals, frontmatter('title: 拒绝\nsummary: 简介\ntopic: cold-calling\norder: 1'))
		);
		expect(found[0]).toMatchObject({ line: 4, column: 8 });
		expect(found[0]!.message).toMatch(/topic must be one of: phone-prospecting/);
	});

	it('reports an unknown field with a did-you-mean hint', () => {
		const found = errors(
			withFile(zhRefusals, frontmatter('title: 拒绝\nsumary: 简介\nsummary: 简介\ntopic: closing\norder: 1'))
		);
		expect(found[0]).toMatchObject({ line: 3, column: 1, message: 'unknown field "sumary"', hint: 'did you mean "summary"?' });
	});

	it('reports broken YAML with its position', () => {
		const found = errors(withFile(zhRefusals, frontmatter('title: [拒绝\nsummary: 简介')));
		expect(found[0]!.message).toMatch(/^invalid YAML/);
		expect(found[0]!.line).toBeGreaterThanOrEqual(2);
	});

	it('reports a duplicate slug in the same locale', () => {
		const copy = valid().find((file) => file.path === zhRefusals)!;
		const found = errors([...valid(), { path: `${fixtureDir}/zh-CN/05-refusals.md`, source: copy.source }]);
		expect(found).toContainEqual(
			expect.objectContaining({
				file: `${fixtureDir}/zh-CN/05-refusals.md`,
				line: 1,
				message: `slug "refusals" is already used by ${zhRefusals}`
			})
		);
	});

	it('reports a link to a missing page at the link', () => {
		const source = valid()
			.find((file) => file.path === zhCalling)!
			.source.replace('](refusals#', '](refusal#');
		const found = errors(withFile(zhCalling, source));
		expect(found).toEqual([
			expect.objectContaining({ line: 9, column: 12, message: 'link to missing page "refusal"', hint: 'did you mean "refusals"?' })
		]);
	});

	it('reports a link to a missing anchor, in another page and in the same page', () => {
		const source = valid()
			.find((file) => file.path === zhCalling)!
			.source.replace('#客户说没时间', '#没时间')
			.replace('(#准备工作-1)', '(#准备-1)');
		const found = errors(withFile(zhCalling, source));
		expect(found.map((d) => [d.line, d.message])).toEqual([
			[9, `no section "#没时间" in ${zhRefusals}`],
			[26, `no section "#准备-1" in ${zhCalling}`]
		]);
	});

	it('reports a link to a file instead of a slug', () => {
		const found = errors(withFile(zhRefusals, frontmatter('title: 拒绝\nsummary: 简介\ntopic: closing\norder: 1') + '\n见 [打电话](01-calling.md)。\n'));
		expect(found[0]).toMatchObject({ line: 12, message: 'link "01-calling.md" points at a file', hint: 'link the slug instead: calling' });
	});

	it('reports a page whose other-locale counterpart is missing', () => {
		const found = errors(valid().filter((file) => !file.path.endsWith('en/02-refusals.md')));
		expect(found.map(formatDiagnostic)).toContain(
			`${zhRefusals}:1:1 error: no en counterpart for "refusals"\n    hint: add playbooks/en/NN-refusals.md`
		);
	});

	it('reports a badly named file', () => {
		const found = errors(withFile(`${fixtureDir}/zh-CN/Calling Notes.md`, frontmatter('title: x')));
		expect(found[0]).toMatchObject({ file: `${fixtureDir}/zh-CN/Calling Notes.md`, line: 1, message: 'file name must look like playbooks/<locale>/NN-slug.md' });
	});

	it('reports block problems at their lines', () => {
		const body = [
			'---',
			'title: 拒绝',
			'summary: 简介',
			'topic: closing',
			'order: 1',
			'---',
			'',
			'## 客户说“没时间”',
			'',
			':::tipp 拼错了',
			'文字',
			':::',
			'',
			':::dialogue',
			'这一行没有说话人',
			':::',
			'',
			':::calculator call-lists',
			':::',
			'',
			':::calculator funnel',
			'leads = -5',
			'stages = 3',
			':::',
			'',
			'# 一级标题',
			'',
			':::checklist',
			'- 未关闭'
		].join('\n');
		const found = errors(withFile(zhRefusals, body)).map((d) => [d.line, d.message, d.hint]);
		expect(found).toEqual([
			[10, 'unknown block ":::tipp"', 'did you mean ":::tip"?'],
			[15, 'dialogue lines are "Speaker：text" or a stage direction in parentheses', 'e.g. 销售：您好…'],
			[14, 'a dialogue needs at least one speaker line', undefined],
			[18, 'unknown calculator "call-lists"', 'did you mean "call-list"?'],
			[22, 'leads must be a number from 1 to 1000000', undefined],
			[23, '"funnel" has no input "stages"', 'inputs: leads, contactRate, meetingRate, proposalRate, closeRate'],
			[26, 'a page has no "#" heading: its title comes from the frontmatter', 'use ## for sections'],
			[28, '":::checklist" is never closed', 'end the block with a line holding only :::']
		]);
	});
});

describe('hostile Markdown', () => {
	// Quadratic matching took 5 to 8 seconds on each of these, past the test timeout.
	it('reads link-like runs of 40,000 pieces', () => {
		expect(plainInline('[a]('.repeat(40_000))).toBe('[a]('.repeat(40_000));
		expect(plainInline('[a](b)'.repeat(40_000))).toBe('a'.repeat(40_000));
		expect(findLinks('](a'.repeat(40_000), 1)).toEqual([]);
		expect(findLinks('[x](a) '.repeat(40_000), 1)).toHaveLength(40_000);
	});
});
