import { describe, expect, it } from 'vitest';
import { checkAllContent } from './check-all.ts';
import { readMarkdownFiles } from './files.ts';

describe('checks across playbooks and scenarios', () => {
	it('reports a playbook that lists a scenario that does not exist', () => {
		const playbooks = readMarkdownFiles('tests/fixtures/content/playbooks').map((file) =>
			file.path.endsWith('zh-CN/02-refusals.md')
				? { ...file, source: file.source.replace('order: 1', 'order: 1\nscenarios: [no-time]') }
				: file
		);
		const { diagnostics } = checkAllContent({ playbooks, scenarios: [] });
		expect(diagnostics).toEqual([
			expect.objectContaining({
				file: 'tests/fixtures/content/playbooks/zh-CN/02-refusals.md',
				message: 'scenarios: no scenario "no-time" in zh-CN'
			})
		]);
	});
});
