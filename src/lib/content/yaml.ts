import * as v from 'valibot';
import { LineCounter, isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { closest } from './diagnostics.ts';

export type Report = (line: number, column: number, message: string, hint?: string) => void;

type AnySchema = v.GenericSchema;

/** Where a value sits in the file, for checks that run after the schema (e.g. unknown targets). */
export type Locator = (path: (string | number)[]) => { line: number; column: number };

/**
 * Parses YAML that starts at `firstLine` of a file and validates it against `schema`. Every
 * problem is reported at the line and column of the offending key or value. Returns null on error.
 */
export function readYaml<S extends AnySchema>(
	schema: S,
	yaml: string,
	firstLine: number,
	report: Report
): v.InferOutput<S> | null {
	return readLocatedYaml(schema, yaml, firstLine, report)?.value ?? null;
}

export function readLocatedYaml<S extends AnySchema>(
	schema: S,
	yaml: string,
	firstLine: number,
	report: Report
): { value: v.InferOutput<S>; locate: Locator } | null {
	const lineCounter = new LineCounter();
	const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
	const at = (offset: number) => {
		const position = lineCounter.linePos(offset);
		return [firstLine + position.line - 1, position.col] as const;
	};
	if (document.errors.length > 0) {
		for (const error of document.errors) {
			report(...at(error.pos[0]), `invalid YAML: ${error.message.split('\n')[0]}`);
		}
		return null;
	}
	const result = v.safeParse(schema, document.toJS() ?? {});
	if (result.success) {
		const locator: Locator = (path) => {
			const offset = locate(document.contents, path, false);
			const [line, column] = offset !== null ? at(offset) : [firstLine, 1];
			return { line, column };
		};
		return { value: result.output, locate: locator };
	}

	for (const issue of result.issues) {
		const path = (issue.path ?? []).map((item) => item.key as string | number);
		const key = String(path.at(-1) ?? '');
		const isUnknownKey = issue.type === 'strict_object' && issue.expected === 'never';
		const node = locate(document.contents, path, isUnknownKey);
		const [line, column] = node !== null ? at(node) : [firstLine - 1, 1];
		if (isUnknownKey) {
			const suggestion = closest(key, keysAt(schema, path.slice(0, -1)));
			report(line, column, `unknown field "${key}"`, suggestion ? `did you mean "${suggestion}"?` : undefined);
		} else if (issue.input === undefined && typeof path.at(-1) === 'string') {
			report(line, column, `missing field "${key}"`, `add "${key}:"`);
		} else {
			report(line, column, issue.message);
		}
	}
	return null;
}

/** Field names of the object schema found at `path`, for "did you mean" hints. */
function keysAt(schema: unknown, path: (string | number)[]): string[] {
	let current = unwrap(schema);
	for (const step of path) {
		if (!current) return [];
		if (typeof step === 'number' && 'item' in current) current = unwrap(current.item);
		else if ('entries' in current) current = unwrap((current.entries as Record<string, unknown>)[step]);
		else return [];
	}
	return current && 'entries' in current ? Object.keys(current.entries as object) : [];
}

function unwrap(schema: unknown): Record<string, unknown> | undefined {
	let current = schema as Record<string, unknown> | undefined;
	// Optional and pipe wrappers keep the real schema inside.
	while (current && ('wrapped' in current || current.type === 'pipe')) {
		current = (('wrapped' in current ? current.wrapped : (current.pipe as unknown[])[0]) ??
			undefined) as Record<string, unknown> | undefined;
	}
	return current;
}

/** Offset of the YAML node at `path` (of its key when `keyOnly`), or null. */
function locate(root: unknown, path: (string | number)[], keyOnly: boolean): number | null {
	let node = root as YamlNode | null;
	for (const [i, step] of path.entries()) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
			if (!pair) return node.range?.[0] ?? null;
			if (keyOnly && i === path.length - 1) return (pair.key as YamlNode).range?.[0] ?? null;
			node = pair.value as YamlNode | null;
		} else if (node && 'items' in node) {
			node = ((node as unknown as { items: unknown[] }).items[step as number] as YamlNode) ?? null;
		} else {
			return null;
		}
	}
	return node?.range?.[0] ?? null;
}
