import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic, hasErrors } from './diagnostics.ts';
import { readMarkdownFiles } from './files.ts';
import { checkAllContent } from './check-all.ts';
import { skillsFileName } from './skills.ts';
import { toSvelteMarkdown } from './transform.ts';

/**
 * Checks all content before anything is built (so a broken file stops the build with file:line:col)
 * and rewrites playbook Markdown for mdsvex. Must come before sveltekit() in the plugin list.
 */
export function peilianContent(contentDir = 'content'): Plugin {
	const root = process.cwd();
	const dir = resolve(root, contentDir);
	const check = () => {
		const skillsPath = resolve(dir, skillsFileName);
		const { diagnostics } = checkAllContent({
			playbooks: readMarkdownFiles(resolve(dir, 'playbooks'), root),
			scenarios: readMarkdownFiles(resolve(dir, 'scenarios'), root),
			skills: existsSync(skillsPath)
				? {
						path: relative(root, skillsPath).split(sep).join('/'),
						source: readFileSync(skillsPath, 'utf8')
					}
				: undefined
		});
		return diagnostics;
	};
	let building = false;
	return {
		name: 'peilian-content',
		enforce: 'pre',
		configResolved(config) {
			// Only builds stop on bad content; the dev server shows the same errors as an overlay.
			building = config.command === 'build' && !process.env.VITEST;
		},
		buildStart() {
			if (!building) return;
			const diagnostics = check();
			for (const d of diagnostics.filter((d) => d.severity === 'warning')) this.warn(formatDiagnostic(d));
			if (hasErrors(diagnostics)) {
				const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
				this.error(`content check failed with ${errors.length} error(s):\n${errors.join('\n')}`);
			}
		},
		transform(code, id) {
			const [file, query] = id.split('?', 2);
			if (query || !file?.endsWith('.md') || !file.startsWith(resolve(dir, 'playbooks'))) return null;
			return { code: toSvelteMarkdown(code, file), map: null };
		}
	};
}
