export type Severity = 'error' | 'warning';

/** A problem found in an author's file, pointing at the exact place (1-based line and column). */
export interface Diagnostic {
	file: string;
	line: number;
	column: number;
	severity: Severity;
	message: string;
	hint?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
	const hint = d.hint ? `\n    hint: ${d.hint}` : '';
	return `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}${hint}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === 'error');
}

/** Thrown by the build when content has errors; the message lists every one of them. */
export class ContentError extends Error {
	constructor(readonly diagnostics: Diagnostic[]) {
		const errors = diagnostics.filter((d) => d.severity === 'error');
		super(
			`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
				errors.map(formatDiagnostic).join('\n')
		);
		this.name = 'ContentError';
	}
}

/** Edit distance, for "did you mean …?" hints on misspelt names. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
	for (const candidate of candidates) {
		const distance = levenshtein(word, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

function levenshtein(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}
