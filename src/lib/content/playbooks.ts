import { isLocale, locales, otherLocale, type Locale } from '../i18n/locales.ts';
import { calculatorInputs, isCalculatorKind, calculatorKinds } from '../calculators/definitions.ts';
import { closest, type Diagnostic } from './diagnostics.ts';
import {
	calloutKinds,
	directiveNames,
	findLinks,
	parseMarkdown,
	plainLine,
	readChecklist,
	readDialogue,
	readSettings,
	type Block,
	type LinkRef
} from './markdown.ts';
import { playbookFrontmatter, type PlaybookFrontmatter } from './schema.ts';
import { readYaml, type Report } from './yaml.ts';
import { topicRank, type TopicId } from './topics.ts';

/** A content file as the index builder sees it: a repository-relative path and its text. */
export interface SourceFile {
	path: string;
	source: string;
}

export interface Heading {
	depth: number;
	text: string;
	id: string;
}

/** A searchable slice of a page: the text under one heading (or the intro before the first one). */
export interface Section {
	id: string;
	heading: string;
	text: string;
}

export interface Playbook extends PlaybookFrontmatter {
	locale: Locale;
	slug: string;
	file: string;
	readingMinutes: number;
	headings: Heading[];
	sections: Section[];
}

/** What link and counterpart checks need to know of a page. */
type LinkTarget = Pick<Playbook, 'locale' | 'slug' | 'file' | 'headings'>;

export interface PlaybookIndex {
	/** Pages of each locale in reading order (topic, then order). */
	byLocale: Record<Locale, Playbook[]>;
}

const pathPattern = /^(?:.*\/)?playbooks\/([^/]+)\/(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/**
 * Builds the playbook index from every content file and reports every problem with its place.
 * Nothing here reads the disk, so the build, `content:check` and the tests share it.
 */
export function buildPlaybookIndex(files: readonly SourceFile[]): {
	index: PlaybookIndex;
	diagnostics: Diagnostic[];
} {
	const diagnostics: Diagnostic[] = [];
	const pages: Playbook[] = [];
	const known: LinkTarget[] = [];
	const pending: { page: LinkTarget; links: LinkRef[] }[] = [];

	for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const report = (line: number, column: number, message: string, hint?: string) =>
			diagnostics.push({ file: file.path, line, column, severity: 'error', message, hint });
		const warn = (line: number, column: number, message: string, hint?: string) =>
			diagnostics.push({ file: file.path, line, column, severity: 'warning', message, hint });

		const match = pathPattern.exec(file.path.replace(/\\/g, '/'));
		if (!match) {
			report(1, 1, 'file name must look like playbooks/<locale>/NN-slug.md', 'e.g. 01-phone-prospecting.md');
			continue;
		}
		const [, locale, , slug] = match as unknown as [string, string, string, string];
		if (!isLocale(locale)) {
			report(1, 1, `unknown locale folder "${locale}"`, `use one of: ${locales.join(', ')}`);
			continue;
		}

		const parsed = parseMarkdown(file.source);
		const frontmatter = readFrontmatter(parsed.frontmatter, report);
		const scanned = scanBody(parsed.blocks, report, warn);
		const twin = known.find((other) => other.locale === locale && other.slug === slug);
		if (twin) {
			report(1, 1, `slug "${slug}" is already used by ${twin.file}`, 'give one of the files another name');
			continue;
		}
		// A page with bad frontmatter is left out of the index but still counts as a link target
		// and a counterpart, so one mistake is reported once, not again in every page linking to it.
		const target: LinkTarget = { locale, slug, file: file.path, headings: scanned.headings };
		known.push(target);
		pending.push({ page: target, links: scanned.links });
		if (!frontmatter) continue;

		pages.push({
			...frontmatter,
			locale,
			slug,
			file: file.path,
			readingMinutes: readingMinutes(scanned.sections),
			headings: scanned.headings,
			sections: scanned.sections.map((section) => ({
				...section,
				heading: section.heading || frontmatter.title
			}))
		});
	}

	for (const { page, links } of pending) checkLinks(page, links, known, diagnostics);
	checkCounterparts(known, diagnostics);

	const byLocale = Object.fromEntries(
		locales.map((locale) => [
			locale,
			pages
				.filter((page) => page.locale === locale)
				.sort((a, b) => topicRank(a.topic) - topicRank(b.topic) || a.order - b.order)
		])
	) as Record<Locale, Playbook[]>;
	return { index: { byLocale }, diagnostics };
}


function readFrontmatter(
	frontmatter: { yaml: string; line: number } | null,
	report: Report
): PlaybookFrontmatter | null {
	if (!frontmatter) {
		report(1, 1, 'missing frontmatter', 'start the file with --- , title:, summary:, topic:, order:, then ---');
		return null;
	}
	return readYaml(playbookFrontmatter, frontmatter.yaml, frontmatter.line, report);
}

interface ScannedBody {
	headings: Heading[];
	sections: Section[];
	links: LinkRef[];
}

function scanBody(
	blocks: Block[],
	report: Report,
	warn: Report
): ScannedBody {
	const headings: Heading[] = [];
	const sections: Section[] = [{ id: '', heading: '', text: '' }];
	const links: LinkRef[] = [];
	const addText = (text: string) => {
		const section = sections[sections.length - 1]!;
		if (text) section.text += (section.text ? '\n' : '') + text;
	};

	for (const block of blocks) {
		switch (block.kind) {
			case 'heading':
				if (block.depth === 1) {
					report(block.line, 1, 'a page has no "#" heading: its title comes from the frontmatter', 'use ## for sections');
				} else if (block.depth > 3) {
					warn(block.line, 1, `"${'#'.repeat(block.depth)}" headings are not shown in the table of contents`, 'use ## or ###');
				}
				if (/\]\(/.test(block.text)) report(block.line, 1, 'headings cannot contain links');
				headings.push({ depth: block.depth, text: block.text, id: block.id });
				sections.push({ id: block.id, heading: block.text, text: '' });
				break;
			case 'text':
				links.push(...findLinks(block.text, block.line));
				addText(plainLine(block.text));
				break;
			case 'code':
				addText(block.lines.slice(1, -1).map((entry) => entry.text).join('\n'));
				break;
			case 'directive':
				addText(checkDirective(block, report, links));
				break;
		}
	}
	return { headings, sections: sections.filter((s) => s.id || s.text), links };
}

/** Checks one `:::` block and returns its searchable text. */
function checkDirective(
	block: Extract<Block, { kind: 'directive' }>,
	report: Report,
	links: LinkRef[]
): string {
	if (!block.closed) report(block.line, 1, `":::${block.name}" is never closed`, 'end the block with a line holding only :::');
	const name = block.name;
	if ((calloutKinds as readonly string[]).includes(name)) {
		for (const entry of block.body) links.push(...findLinks(entry.text, entry.line));
		return [block.arg, ...block.body.map((entry) => plainLine(entry.text))].filter(Boolean).join('\n');
	}
	if (name === 'dialogue') {
		const { lines, invalid } = readDialogue(block.body);
		for (const entry of invalid) {
			report(entry.line, 1, 'dialogue lines are "Speaker：text" or a stage direction in parentheses', 'e.g. 销售：您好…');
		}
		if (!lines.some((line) => line.speaker)) report(block.line, 1, 'a dialogue needs at least one speaker line');
		return [block.arg, ...lines.map((line) => (line.speaker ? `${line.speaker}: ${line.text}` : line.text))]
			.filter(Boolean)
			.join('\n');
	}
	if (name === 'checklist') {
		const { items, invalid } = readChecklist(block.body);
		for (const entry of invalid) report(entry.line, 1, 'checklist lines are list items: "- item"');
		if (items.length === 0) report(block.line, 1, 'a checklist needs at least one "- item" line');
		return [block.arg, ...items.map((item) => item.text)].filter(Boolean).join('\n');
	}
	if (name === 'calculator') {
		if (!isCalculatorKind(block.arg)) {
			const suggestion = closest(block.arg, calculatorKinds);
			report(block.line, 13, block.arg ? `unknown calculator "${block.arg}"` : 'which calculator?', suggestion ? `did you mean "${suggestion}"?` : `use one of: ${calculatorKinds.join(', ')}`);
			return '';
		}
		const inputs = calculatorInputs[block.arg];
		const { settings, invalid } = readSettings(block.body);
		for (const entry of invalid) report(entry.line, 1, 'calculator settings are "name = number" lines');
		for (const [key, entry] of settings) {
			const input = inputs.find((spec) => spec.key === key);
			const value = Number(entry.text);
			if (!input) {
				const keys = inputs.map((spec) => spec.key);
				const suggestion = closest(key, keys);
				report(entry.line, 1, `"${block.arg}" has no input "${key}"`, suggestion ? `did you mean "${suggestion}"?` : `inputs: ${keys.join(', ')}`);
			} else if (!Number.isFinite(value) || value < input.min || value > input.max) {
				report(entry.line, 1, `${key} must be a number from ${input.min} to ${input.max}`);
			}
		}
		return '';
	}
	const suggestion = closest(name, directiveNames);
	report(block.line, 4, `unknown block ":::${name}"`, suggestion ? `did you mean ":::${suggestion}"?` : `blocks: ${directiveNames.join(', ')}`);
	return '';
}

function checkLinks(
	page: LinkTarget,
	links: LinkRef[],
	pages: LinkTarget[],
	diagnostics: Diagnostic[]
) {
	for (const link of links) {
		const problem = linkProblem(page, link.href, pages);
		if (problem) {
			diagnostics.push({ file: page.file, line: link.line, column: link.column, severity: 'error', ...problem });
		}
	}
}

function linkProblem(
	page: LinkTarget,
	href: string,
	pages: LinkTarget[]
): { message: string; hint?: string } | null {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
	let locale: Locale = page.locale;
	let rest = href;
	if (href.startsWith('/')) {
		const absolute = /^\/([^/]+)\/playbooks\/(.*)$/.exec(href);
		if (!absolute || !isLocale(absolute[1])) {
			return { message: `unknown internal link "${href}"`, hint: 'link a playbook by its slug, e.g. objection-handling#section' };
		}
		locale = absolute[1];
		rest = absolute[2]!;
	}
	const [path = '', rawAnchor] = rest.split('#', 2) as [string, string | undefined];
	if (path.endsWith('.md')) {
		return { message: `link "${href}" points at a file`, hint: `link the slug instead: ${path.replace(/^\d+-/, '').replace(/\.md$/, '')}` };
	}
	const target = path ? pages.find((other) => other.locale === locale && other.slug === path) : page;
	if (!target) {
		const slugs = pages.filter((other) => other.locale === locale).map((other) => other.slug);
		const suggestion = closest(path, slugs);
		return { message: `link to missing page "${path}"`, hint: suggestion ? `did you mean "${suggestion}"?` : undefined };
	}
	if (rawAnchor !== undefined) {
		const anchor = safeDecode(rawAnchor);
		if (!target.headings.some((heading) => heading.id === anchor)) {
			const suggestion = closest(anchor, target.headings.map((heading) => heading.id));
			return {
				message: `no section "#${anchor}" in ${target.file}`,
				hint: suggestion ? `did you mean "#${suggestion}"?` : 'anchors are made from heading text (see docs/writing-playbooks.md)'
			};
		}
	}
	return null;
}

function checkCounterparts(pages: LinkTarget[], diagnostics: Diagnostic[]) {
	for (const page of pages) {
		const other = otherLocale(page.locale);
		if (!pages.some((candidate) => candidate.locale === other && candidate.slug === page.slug)) {
			diagnostics.push({
				file: page.file,
				line: 1,
				column: 1,
				severity: 'error',
				message: `no ${other} counterpart for "${page.slug}"`,
				hint: `add playbooks/${other}/NN-${page.slug}.md`
			});
		}
	}
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/** Reading time: about 400 Chinese characters or 220 English words a minute. */
export function readingMinutes(sections: readonly Section[]): number {
	const text = sections.map((section) => `${section.heading}\n${section.text}`).join('\n');
	const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
	const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g)?.length ?? 0;
	return Math.max(1, Math.round(han / 400 + words / 220));
}

export function findPlaybook(index: PlaybookIndex, locale: Locale, slug: string): Playbook | undefined {
	return index.byLocale[locale].find((page) => page.slug === slug);
}

export type { TopicId };
