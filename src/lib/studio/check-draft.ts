import type { Diagnostic } from '../content/diagnostics.ts';
import { checkScenario, type ScoreBounds } from '../scenario/check.ts';
import { parseScenario, type Scenario } from '../scenario/parse.ts';

/** What the studio shows about a draft: the build's verdict on this one file. */
export interface DraftCheck {
	/** The parsed scenario, or null when the file is unusable (no frontmatter, no nodes …). */
	scenario: Scenario | null;
	/** Errors and warnings, by line then column; at most `limit` of them (see `more`). */
	diagnostics: Diagnostic[];
	/** How many diagnostics were left out beyond `limit`. */
	more: number;
	/** Errors and warnings in all, including any left out. */
	counts: { errors: number; warnings: number };
	/** Lowest and highest score of a complete run; null when the graph cannot be scored. */
	bounds: ScoreBounds | null;
	/** Each ending and whether some run reaches it. */
	endings: Record<string, boolean>;
	/** Customer turns the trainee answers (choice and reply nodes). */
	turns: number;
}

export interface DraftCheckOptions {
	/**
	 * Known playbook sections, as `slug` and `slug#anchor`: either one list, or one per locale
	 * (the draft's `locale:` picks it). Without it, playbook links are not checked.
	 */
	anchors?: readonly string[] | Partial<Record<string, readonly string[]>>;
	/** At most this many diagnostics are returned (a hostile draft can produce one per line). */
	limit?: number;
}

/**
 * The build's checks for one scenario file: parse, graph and score checks, at least two endings,
 * and playbook links against known anchors. Not the checks that need other files (the other
 * locale's counterpart, skill labels). Never throws: a draft too deep or too odd to read is
 * reported as a problem at line 1.
 */
export function checkDraft(
	source: string,
	fileName: string,
	options: DraftCheckOptions = {}
): DraftCheck {
	const limit = options.limit ?? 500;
	const diagnostics: Diagnostic[] = [];
	let scenario: Scenario | null = null;
	let bounds: ScoreBounds | null = null;
	let endings: Record<string, boolean> = {};
	try {
		const parsed = parseScenario(fileName, source);
		diagnostics.push(...parsed.diagnostics);
		scenario = parsed.scenario;
		if (scenario) {
			diagnostics.push(...checkPlaybookLinks(scenario, source, fileName, options.anchors));
			const report = checkScenario(scenario);
			diagnostics.push(...report.diagnostics);
			bounds = report.bounds;
			endings = report.endings;
			// Counted from the nodes, as the build counts its report's endings; a broken block elsewhere
			// (already reported) then does not also claim the endings are missing.
			const endingCount = [...scenario.nodes.values()].filter((n) => n.kind === 'ending').length;
			if (endingCount < 2) {
				diagnostics.push({
					file: fileName,
					line: 1,
					column: 1,
					severity: 'error',
					message: 'a scenario needs at least two endings',
					hint: 'add another "## node-id" with an :::ending block'
				});
			}
		}
	} catch (error) {
		// Deeply nested YAML or a graph too deep to walk overflows the stack: say so, do not crash.
		diagnostics.push({
			file: fileName,
			line: 1,
			column: 1,
			severity: 'error',
			message:
				error instanceof RangeError
					? 'this draft is nested too deeply to check'
					: `this draft could not be checked: ${error instanceof Error ? error.message : String(error)}`,
			hint: 'look for very long lists or a very long chain of nodes'
		});
		bounds = null;
	}
	diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
	const shown = diagnostics.slice(0, limit).map(clipped);
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const turns = scenario
		? [...scenario.nodes.values()].filter((node) => node.kind === 'choice' || node.kind === 'reply')
				.length
		: 0;
	return {
		scenario,
		diagnostics: shown,
		more: Math.max(0, diagnostics.length - limit),
		counts: { errors, warnings: diagnostics.length - errors },
		bounds,
		endings,
		turns
	};
}

const longest = 240;

/** Messages quote what the author wrote (a node id, a link): a 1 MB heading must not become a 1 MB message. */
function clipped(diagnostic: Diagnostic): Diagnostic {
	const clip = (text: string) => (text.length > longest ? `${text.slice(0, longest - 1)}…` : text);
	return {
		...diagnostic,
		message: clip(diagnostic.message),
		...(diagnostic.hint !== undefined ? { hint: clip(diagnostic.hint) } : {})
	};
}

/**
 * `playbook: [slug#anchor]` links that name no known page or section. Reported at the link in the
 * frontmatter (the build points at line 2; here the trainer sees the exact place).
 */
function checkPlaybookLinks(
	scenario: Scenario,
	source: string,
	file: string,
	anchors: DraftCheckOptions['anchors']
): Diagnostic[] {
	if (!anchors || scenario.playbook.length === 0) return [];
	const list: readonly string[] = isList(anchors) ? anchors : (anchors[scenario.locale] ?? []);
	const known = new Set(list);
	const slugs = new Set([...known].map((entry) => entry.split('#', 1)[0]));
	const diagnostics: Diagnostic[] = [];
	const frontmatter = frontmatterLines(source);
	for (const link of scenario.playbook) {
		const [slug = '', anchor] = link.split('#', 2) as [string, string | undefined];
		let message: string | null = null;
		if (!slugs.has(slug))
			message = `playbook link "${link}": no playbook "${slug}" in ${scenario.locale}`;
		else if (anchor && !known.has(`${slug}#${anchor}`))
			message = `playbook link "${link}": no section "#${anchor}" in playbook "${slug}"`;
		if (!message) continue;
		const sections = [...known].filter((entry) => entry.startsWith(`${slug}#`));
		diagnostics.push({
			file,
			...positionOf(frontmatter, link),
			severity: 'error',
			message,
			hint: sections.length
				? `sections: ${sections.slice(0, 8).join(', ')}${sections.length > 8 ? ' …' : ''}`
				: 'link to a playbook page id, e.g. objection-handling#no-time'
		});
	}
	return diagnostics;
}

function isList(value: unknown): value is readonly string[] {
	return Array.isArray(value);
}

/** The frontmatter lines (1-based numbers), to find where a value is written. */
function frontmatterLines(source: string): { text: string; line: number }[] {
	const lines: { text: string; line: number }[] = [];
	let start = 0;
	for (let line = 1; start <= source.length && line < 400; line++) {
		const end = source.indexOf('\n', start);
		const text = source.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
		if (line > 1 && text.trim() === '---') break;
		lines.push({ text, line });
		if (end === -1) break;
		start = end + 1;
	}
	return lines;
}

function positionOf(lines: { text: string; line: number }[], value: string) {
	for (const { text, line } of lines) {
		const column = text.indexOf(value);
		if (column !== -1 && !/^\s*#/.test(text)) return { line, column: column + 1 };
	}
	const key = lines.find(({ text }) => /^playbook\s*:/.test(text));
	return { line: key?.line ?? 2, column: 1 };
}

/**
 * Checks a small scenario a few times so the YAML parser and schema code are compiled before the
 * first real check: a cold 5,000-line check costs several times a warm one.
 */
export function warmUp(source: string, rounds = 30): void {
	for (let i = 0; i < rounds; i++) checkDraft(source, 'warm-up.md');
}
