import { execFileSync } from 'node:child_process';
import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { peilianContent } from './vite-plugin.ts';

const broken = 'tests/fixtures/broken-content';
const file = `${broken}/playbooks/zh-CN/01-broken.md`;
const expected = [
	`${file}:4:8 error: topic must be one of:`,
	`${file}:10:9 error: link to missing page "objection-handling"`,
	`${file}:1:1 error: no en counterpart for "broken"`
];

describe('bad content stops the build and the checker', () => {
	it('the Vite plugin fails the build listing every error with file:line:column', () => {
		const plugin = peilianContent(broken);
		const configResolved = plugin.configResolved as (config: ResolvedConfig) => void;
		const buildStart = plugin.buildStart as (this: unknown) => void;
		const previous = process.env.VITEST;
		delete process.env.VITEST; // the plugin stays quiet under Vitest, as the dev server does
		try {
			configResolved({ command: 'build' } as ResolvedConfig);
		} finally {
			process.env.VITEST = previous;
		}
		const context = {
			warn: () => {},
			error: (text: string) => {
				throw new Error(text);
			}
		};
		expect(() => buildStart.call(context)).toThrow(/content check failed with 3 error\(s\)/);
		try {
			buildStart.call(context);
		} catch (error) {
			for (const line of expected) expect((error as Error).message).toContain(line);
		}
	});

	it('npm run content:check prints the same errors and exits non-zero', () => {
		let output = '';
		let status = 0;
		try {
			execFileSync('npx', ['tsx', 'scripts/content-check.ts'], {
				env: { ...process.env, PEILIAN_CONTENT_DIR: broken },
				encoding: 'utf8'
			});
		} catch (error) {
			const failure = error as { status: number; stdout: string };
			status = failure.status;
			output = failure.stdout;
		}
		expect(status).toBe(1);
		for (const line of expected) expect(output).toContain(line);
		expect(output).toMatch(/1 playbook files, 0 pages indexed, 0 scenario files, 0 scenarios checked, 3 errors/);
	});
});
