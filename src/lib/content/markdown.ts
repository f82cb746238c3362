import GithubSlugger from 'github-slugger';

/**
 * A line-level reader for the playbook dialect of Markdown: frontmatter, ATX headings, fenced code and
 * `:::name` blocks. It is deliberately small: the build checks, the search index and the mdsvex
 * rewrite all read a document through it, so they agree on what a heading, an anchor or a block is.
 */

export const directiveNames = [
	'tip',
	'warning',
	'caveat',
	'dialogue',
	'checklist',
	'calculator'
] as const;
export type DirectiveName = (typeof directiveNames)[number];
export const calloutKinds = ['tip', 'warning', 'caveat'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

export interface SourceLine {
	text: string;
	/** 1-based line number in the file. */
	line: number;
}

export type Block =
	| { kind: 'heading'; depth: number; text: string; id: string; line: number }
	| {
			kind: 'directive';
			name: string;
			arg: string;
			line: number;
			body: SourceLine[];
			closed: boolean;
	  }
	| { kind: 'code'; lines: SourceLine[]; line: number }
	| { kind: 'text'; text: string; line: number };

export interface ParsedMarkdown {
	/** The YAML between the `---` lines, or null when the file has none. */
	frontmatter: { yaml: string; line: number } | null;
	blocks: Block[];
}

const fencePattern = /^\s{0,3}(`{3,}|~{3,})/;
const headingPattern = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const directiveOpen = /^:::([A-Za-z][\w-]*)\s*(.*)$/;
const directiveClose = /^:::\s*$/;

export function parseMarkdown(source: string): ParsedMarkdown {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	let index = 0;
	let frontmatter: ParsedMarkdown['frontmatter'] = null;

	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
		if (end > 0) {
			frontmatter = { yaml: lines.slice(1, end).join('\n'), line: 2 };
			index = end + 1;
		}
	}

	const slugger = new GithubSlugger();
	const blocks: Block[] = [];
	while (index < lines.length) {
		const text = lines[index]!;
		const line = index + 1;
		const fence = fencePattern.exec(text);
		if (fence) {
			const marker = fence[1]!;
			const body: SourceLine[] = [{ text, line }];
			index++;
			while (index < lines.length) {
				body.push({ text: lines[index]!, line: index + 1 });
				if (lines[index]!.trim().startsWith(marker)) break;
				index++;
			}
			index++;
			blocks.push({ kind: 'code', lines: body, line });
			continue;
		}
		const open = directiveOpen.exec(text);
		if (open) {
			const body: SourceLine[] = [];
			let closed = false;
			index++;
			while (index < lines.length) {
				const inner = lines[index]!;
				if (directiveClose.test(inner)) {
					closed = true;
					index++;
					break;
				}
				// A new opening line means the author forgot to close this block.
				if (directiveOpen.test(inner)) break;
				body.push({ text: inner, line: index + 1 });
				index++;
			}
			blocks.push({ kind: 'directive', name: open[1]!, arg: open[2]!.trim(), line, body, closed });
			continue;
		}
		const heading = headingPattern.exec(text);
		if (heading) {
			const headingText = plainInline(heading[2]!);
			blocks.push({
				kind: 'heading',
				depth: heading[1]!.length,
				text: headingText,
				id: slugger.slug(headingText),
				line
			});
			index++;
			continue;
		}
		blocks.push({ kind: 'text', text, line });
		index++;
	}
	return { frontmatter, blocks };
}

/** Markdown inline syntax reduced to the words a reader sees. */
export function plainInline(markdown: string): string {
	return markdown
		// Bracket and parenthesis runs are bounded by the next bracket or parenthesis, so text like
		// "[a]([a]([a](…" costs linear time, not quadratic (drafts are untrusted).
		.replace(/!\[([^\][]*)\]\([^()]*\)/g, '$1')
		.replace(/\[([^\][]*)\]\([^()]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(\*|_)(.+?)\1/g, '$2')
		.replace(/~~(.+?)~~/g, '$1')
		.trim();
}

/** Plain text of a text line: list markers, quote markers and table pipes dropped. */
export function plainLine(markdown: string): string {
	return plainInline(
		markdown
			.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
			.replace(/^\s*>\s?/, '')
			.replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/, '')
			.replace(/\s*\|\s*/g, ' ')
	);
}

export interface LinkRef {
	href: string;
	line: number;
	column: number;
}

/** Inline links `[text](href)` in a line, with the column of the href (1-based), skipping code spans. */
export function findLinks(text: string, line: number): LinkRef[] {
	const links: LinkRef[] = [];
	const withoutCode = text.replace(/`[^`]*`/g, (span) => ' '.repeat(span.length));
	const pattern = /\]\(\s*([^()\s\]]+)(?:\s+"[^"]*")?\s*\)/g;
	for (let match = pattern.exec(withoutCode); match; match = pattern.exec(withoutCode)) {
		const href = match[1]!;
		links.push({ href, line, column: match.index + match[0].indexOf(href) + 1 });
	}
	return links;
}

export interface DialogueLine {
	speaker: string | null;
	text: string;
	line: number;
}

const speakerPattern = /^([^：:（(]{1,16}?)\s*(?:：|:\s)\s*(.+)$/;
const directionPattern = /^[（(].*[）)]$/;

/**
 * Lines of a `:::dialogue` block. A null speaker is a stage direction; lines that are neither are
 * returned as `invalid` so the checker can point at them.
 */
export function readDialogue(body: SourceLine[]): { lines: DialogueLine[]; invalid: SourceLine[] } {
	const lines: DialogueLine[] = [];
	const invalid: SourceLine[] = [];
	for (const entry of body) {
		const text = entry.text.trim();
		if (!text) continue;
		if (directionPattern.test(text)) {
			lines.push({ speaker: null, text: text.slice(1, -1).trim(), line: entry.line });
			continue;
		}
		const match = speakerPattern.exec(text);
		if (match) lines.push({ speaker: match[1]!.trim(), text: match[2]!.trim(), line: entry.line });
		else invalid.push(entry);
	}
	return { lines, invalid };
}

/** Items of a `:::checklist` block: one per list line (`- item` or `- [ ] item`). */
export function readChecklist(body: SourceLine[]): { items: SourceLine[]; invalid: SourceLine[] } {
	const items: SourceLine[] = [];
	const invalid: SourceLine[] = [];
	for (const entry of body) {
		if (!entry.text.trim()) continue;
		const match = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?(.+)$/.exec(entry.text);
		if (match) items.push({ text: plainInline(match[1]!), line: entry.line });
		else invalid.push(entry);
	}
	return { items, invalid };
}

/** `key = value` (or `key: value`) settings, as used by `:::calculator`. */
export function readSettings(body: SourceLine[]): {
	settings: Map<string, SourceLine>;
	invalid: SourceLine[];
} {
	const settings = new Map<string, SourceLine>();
	const invalid: SourceLine[] = [];
	for (const entry of body) {
		if (!entry.text.trim()) continue;
		const match = /^\s*([A-Za-z]\w*)\s*[=:]\s*(.+?)\s*$/.exec(entry.text);
		if (match) settings.set(match[1]!, { text: match[2]!, line: entry.line });
		else invalid.push(entry);
	}
	return { settings, invalid };
}
