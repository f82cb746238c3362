import * as v from 'valibot';
import { LineCounter, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Locale } from '../i18n/locales.ts';
import { closest, type Diagnostic } from './diagnostics.ts';
import { parseMarkdown } from './markdown.ts';
import type { SourceFile } from './playbooks.ts';
import { topicIds, type TopicId } from './topics.ts';
import { readLocatedYaml } from './yaml.ts';

/**
 * Human names for the skills that scenarios tag (`skills: [...]` in frontmatter, on choices and on
 * replies). They live in one file, `content/skills.yaml`, keyed by skill id:
 *
 *     let-vent:
 *       topic: after-sales
 *       zh-CN: 让客户把话说完
 *       en: Let them vent
 */

/** The file name inside the content folder. */
export const skillsFileName = 'skills.yaml';

export interface SkillLabel {
	/** The playbook topic the skill mainly belongs to, for grouping on the dashboard. */
	topic: TopicId;
	'zh-CN': string;
	en: string;
}

/** Skill id → its labels. Every skill that any scenario uses has an entry. */
export type SkillLabels = Record<string, SkillLabel>;

const skillIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxLabel = 30;

const label = (field: Locale) =>
	v.pipe(
		v.string(`${field} must be text`),
		v.trim(),
		v.nonEmpty(`${field} must not be empty`),
		v.maxLength(maxLabel, `${field} is longer than ${maxLabel} characters; keep labels short`)
	);

/** One entry of skills.yaml. Unknown fields are errors so typos (e.g. `zh:`) do not pass silently. */
export const skillEntry = v.strictObject({
	topic: v.picklist(topicIds, `topic must be one of: ${topicIds.join(', ')}`),
	'zh-CN': label('zh-CN'),
	en: label('en')
});

/** The whole file. Ids are checked separately so the error can point at the key itself. */
export const skillsSchema = v.pipe(
	v.custom<Record<string, unknown>>(
		(input) => typeof input === 'object' && input !== null && !Array.isArray(input),
		'skills.yaml is a map of skill id → { topic, zh-CN, en }, not a list'
	),
	v.record(v.string(), skillEntry)
);

/** A skill id written in a scenario, and exactly where. */
export interface SkillUse {
	id: string;
	file: string;
	line: number;
	column: number;
}

/**
 * Every skill id in a scenario file, with the line and column of the id itself: frontmatter
 * `skills:`, and `skills:` inside `:::choices` and `:::reply` blocks. Files or blocks whose YAML does
 * not parse are skipped: the scenario checker reports those.
 */
export function findSkillUses(file: SourceFile): SkillUse[] {
	const { frontmatter, blocks } = parseMarkdown(file.source);
	const pieces: { yaml: string; firstLine: number }[] = [];
	if (frontmatter) pieces.push({ yaml: frontmatter.yaml, firstLine: frontmatter.line });
	for (const block of blocks) {
		if (block.kind === 'directive' && (block.name === 'choices' || block.name === 'reply')) {
			pieces.push({ yaml: block.body.map((entry) => entry.text).join('\n'), firstLine: block.line + 1 });
		}
	}
	const uses: SkillUse[] = [];
	for (const { yaml, firstLine } of pieces) {
		const lineCounter = new LineCounter();
		const document = parseDocument(yaml, { lineCounter });
		if (document.errors.length > 0) continue;
		visit(document, {
			Pair(_, pair) {
				if (!isScalar(pair.key) || pair.key.value !== 'skills' || !isSeq(pair.value)) return;
				for (const item of pair.value.items) {
					if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
					if (!skillIdPattern.test(item.value)) continue; // the scenario schema reports it
					const position = lineCounter.linePos(item.range[0]);
					uses.push({
						id: item.value,
						file: file.path,
						line: firstLine + position.line - 1,
						column: position.col
					});
				}
			}
		});
	}
	return uses;
}

/** Line and column of each top-level key of a YAML map (for errors about a whole entry). */
function keyPositions(yaml: string): Map<string, { line: number; column: number }> {
	const positions = new Map<string, { line: number; column: number }>();
	const lineCounter = new LineCounter();
	const document = parseDocument(yaml, { lineCounter });
	const contents = document.contents;
	if (!contents || !('items' in contents)) return positions;
	for (const item of contents.items) {
		if (!isPair(item) || !isScalar(item.key) || !item.key.range) continue;
		const { line, col } = lineCounter.linePos(item.key.range[0]);
		positions.set(String(item.key.value), { line, column: col });
	}
	return positions;
}

/**
 * Reads `skills.yaml` (absent: undefined) and checks it against the scenarios that tag skills:
 *
 * - a malformed file, entry, id or unknown topic is an error in skills.yaml;
 * - a skill a scenario uses without an entry is an error at the id in the scenario (once per file);
 * - an entry no scenario uses, or two skills sharing a label, is a warning.
 *
 * Without the file, content whose scenarios use no skills is fine (e.g. a playbooks-only corpus);
 * if skills are used, one error says to create it rather than one per use.
 */
export function checkSkills(
	file: SourceFile | undefined,
	scenarios: readonly SourceFile[]
): { skills: SkillLabels; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const uses = [...scenarios]
		.sort((a, b) => a.path.localeCompare(b.path))
		.flatMap((scenario) => findSkillUses(scenario));

	if (!file) {
		const first = uses[0];
		if (first) {
			// Next to the scenarios folder: content/skills.yaml, or the same in PEILIAN_CONTENT_DIR.
			const skillsPath = first.file.replace(/(^|\/)scenarios\/.*$/, `$1${skillsFileName}`);
			const count = new Set(uses.map((use) => use.id)).size;
			diagnostics.push({
				...position(first),
				severity: 'error',
				message: `scenarios use ${count} skill${count === 1 ? '' : 's'} but there is no ${skillsPath}`,
				hint: `create ${skillsPath} with a label per skill, e.g. ${first.id}: { topic: …, zh-CN: …, en: … }`
			});
		}
		return { skills: {}, diagnostics };
	}

	const path = file.path;
	const error = (line: number, column: number, message: string, hint?: string) =>
		diagnostics.push({ file: path, line, column, severity: 'error', message, hint });
	const read = readLocatedYaml(skillsSchema, file.source, 1, error);
	const keys = keyPositions(file.source);
	// Ids are checked even when an entry is malformed, so every problem shows in one run.
	for (const [id, at] of keys) {
		if (!skillIdPattern.test(id)) {
			error(at.line, at.column, `skill id "${id}" must be lower-case words joined by -`, 'e.g. let-vent');
		}
	}
	// A broken file would make every skill look missing; its own errors are the useful ones.
	if (!read || diagnostics.length > 0) return { skills: {}, diagnostics };

	const skills: SkillLabels = read.value;
	const known = Object.keys(skills);
	const reported = new Set<string>();
	for (const use of uses) {
		if (Object.hasOwn(skills, use.id) || reported.has(`${use.file}\n${use.id}`)) continue;
		reported.add(`${use.file}\n${use.id}`);
		const suggestion = closest(use.id, known);
		diagnostics.push({
			...position(use),
			severity: 'error',
			message: `skill "${use.id}" has no label in ${path}`,
			hint: suggestion
				? `did you mean "${suggestion}"? Otherwise add "${use.id}:" with topic, zh-CN and en to ${path}`
				: `add "${use.id}:" with topic, zh-CN and en to ${path}`
		});
	}

	const used = new Set(uses.map((use) => use.id));
	for (const id of known) {
		if (used.has(id)) continue;
		const at = keys.get(id) ?? { line: 1, column: 1 };
		diagnostics.push({
			file: path,
			line: at.line,
			column: at.column,
			severity: 'warning',
			message: `skill "${id}" is not used by any scenario`,
			hint: 'tag a choice or reply with it, or remove the entry'
		});
	}

	for (const locale of ['zh-CN', 'en'] as const) {
		const owner = new Map<string, string>();
		for (const [id, entry] of Object.entries(skills)) {
			const other = owner.get(entry[locale]);
			if (other === undefined) {
				owner.set(entry[locale], id);
				continue;
			}
			const at = read.locate([id, locale]);
			diagnostics.push({
				file: path,
				line: at.line,
				column: at.column,
				severity: 'warning',
				message: `${locale} label "${entry[locale]}" is also the label of "${other}"`,
				hint: 'give each skill its own name, so the dashboard can tell them apart'
			});
		}
	}
	return { skills, diagnostics };
}

function position(use: SkillUse): Pick<Diagnostic, 'file' | 'line' | 'column'> {
	return { file: use.file, line: use.line, column: use.column };
}
