/**
 * `npm run content:check`: the build's content checks without building. Prints every problem as
 * file:line:column and exits non-zero on any error.
 */
import { formatDiagnostic, hasErrors } from '../src/lib/content/diagnostics.ts';
import { readMarkdownFiles } from '../src/lib/content/files.ts';
import { buildPlaybookIndex } from '../src/lib/content/playbooks.ts';

const dir = process.env.PEILIAN_CONTENT_DIR ?? 'content';
const files = readMarkdownFiles(`${dir}/playbooks`);
const { index, diagnostics } = buildPlaybookIndex(files);

for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
const warnings = diagnostics.length - errors;
const pages = Object.values(index.byLocale).reduce((sum, pages) => sum + pages.length, 0);
console.log(
	`content: ${files.length} playbook files, ${pages} pages indexed, ${errors} errors, ${warnings} warnings`
);
if (hasErrors(diagnostics)) process.exit(1);
