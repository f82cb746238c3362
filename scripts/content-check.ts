/**
 * `npm run content:check`: the build's content checks without building. Prints every problem as
 * file:line:column and exits non-zero on any error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { formatDiagnostic, hasErrors } from '../src/lib/content/diagnostics.ts';
import { readMarkdownFiles } from '../src/lib/content/files.ts';
import { checkAllContent } from '../src/lib/content/check-all.ts';
import { skillsFileName } from '../src/lib/content/skills.ts';

const dir = process.env.PEILIAN_CONTENT_DIR ?? 'content';
const files = readMarkdownFiles(`${dir}/playbooks`);
const scenarioFiles = readMarkdownFiles(`${dir}/scenarios`);
const skillsPath = `${dir}/${skillsFileName}`;
const skillsFile = existsSync(skillsPath)
	? {
			path: relative(process.cwd(), skillsPath).split(sep).join('/'),
			source: readFileSync(skillsPath, 'utf8')
		}
	: undefined;
const {
	playbooks: index,
	scenarios: library,
	skills,
	diagnostics
} = checkAllContent({ playbooks: files, scenarios: scenarioFiles, skills: skillsFile });

for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
const warnings = diagnostics.length - errors;
const pages = Object.values(index.byLocale).reduce((sum, pages) => sum + pages.length, 0);
const scenarios = Object.values(library.byLocale).reduce((sum, list) => sum + list.length, 0);
for (const [locale, list] of Object.entries(library.byLocale)) {
	for (const { scenario, bounds } of list) {
		console.log(
			`  ${locale}/${scenario.id}: score ${bounds.min}…${bounds.max}, pass at ${scenario.pass}%`
		);
	}
}
if (skillsFile) console.log(`  ${Object.keys(skills).length} skill labels in ${skillsFile.path}`);
console.log(
	`content: ${files.length} playbook files, ${pages} pages indexed, ${scenarioFiles.length} scenario files, ` +
		`${scenarios} scenarios checked, ${errors} errors, ${warnings} warnings`
);
if (hasErrors(diagnostics)) process.exit(1);
