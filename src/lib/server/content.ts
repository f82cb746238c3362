import { ContentError, hasErrors } from '$lib/content/diagnostics';
import { buildPlaybookIndex, type SourceFile } from '$lib/content/playbooks';

// Raw text of every playbook, read at build time on the server only; it never ships to the browser.
const sources = import.meta.glob<string>('$content/playbooks/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

const files: SourceFile[] = Object.entries(sources).map(([path, source]) => ({
	path: path.replace(/^.*?(?=playbooks\/)/, 'content/'),
	source
}));

const built = buildPlaybookIndex(files);
if (hasErrors(built.diagnostics)) throw new ContentError(built.diagnostics);

export const playbooks = built.index;
