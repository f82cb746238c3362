import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './playbooks.ts';

/** Every Markdown file under `dir`, with paths relative to `root` (forward slashes, for messages). */
export function readMarkdownFiles(dir: string, root = process.cwd()): SourceFile[] {
	const files: SourceFile[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.md')) {
				files.push({ path: relative(root, path).split(sep).join('/'), source: readFileSync(path, 'utf8') });
			}
		}
	};
	try {
		walk(dir);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	return files;
}
