/**
 * `npm run content:check`: the build's content checks without building. Prints every problem as
 * file:line:column and exits non-zero on any error.
 */
import { formatDiagnostic, hasErrors } from '../src/lib/content/diagnostics.ts';
import { readMarkdownFiles } from '../src/lib/content/files.ts';
import { checkAllContent } from '../src/lib/content/check-all.ts';

const dir = process.env.PEILIAN_CONTENT_DIR ?? 'content';
const files = readMarkdownFiles(`${dir}/playbooks`);
const scenarioFiles = readMarkdownFiles(`${dir}/scenarios`);
const {
	playbooks: index,
	scenarios: library,
	diagnostics
} = checkAllContent({ playbooks: files, scenarios: scenarioFiles });

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
console.log(
	`content: ${files.length} playbook files, ${pages} pages indexed, ${scenarioFiles.length} scenario files, ` +
		`${scenarios} scenarios checked, ${errors} errors, ${warnings} warnings`
);
if (hasErrors(diagnostics)) process.exit(1);
