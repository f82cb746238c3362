/**
 * The studio's CodeMirror 6 editor: Markdown with YAML frontmatter and YAML inside `:::choices`,
 * `:::reply` and `:::ending` blocks, line numbers, history, and lint markers from `checkDraft`.
 * Loaded with a dynamic import from the studio page only.
 *
 * Markdown comes straight from @lezer/markdown rather than @codemirror/lang-markdown, which
 * bundles the HTML, CSS and JavaScript modes for inline HTML: a draft's HTML is only text here.
 */
import { EditorState, type Extension, type Text } from '@codemirror/state';
import {
	EditorView,
	drawSelection,
	highlightActiveLine,
	highlightActiveLineGutter,
	highlightSpecialChars,
	keymap,
	lineNumbers
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
	HighlightStyle,
	Language,
	defineLanguageFacet,
	syntaxHighlighting
} from '@codemirror/language';
import { yamlFrontmatter, yamlLanguage } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { parseMixed } from '@lezer/common';
import { tags } from '@lezer/highlight';
import { parser as markdownParser, type MarkdownConfig } from '@lezer/markdown';
import type { Diagnostic } from '../content/diagnostics.ts';

const blockOpen = /^:::[A-Za-z][\w-]*/;
const blockClose = /^:::\s*$/;

/** `:::name` … `:::` blocks of the scenario format, with their body parsed as YAML. */
const scenarioBlocks: MarkdownConfig = {
	defineNodes: [
		{ name: 'ScenarioBlock', block: true },
		{ name: 'ScenarioBlockMark', style: tags.keyword },
		{ name: 'ScenarioBlockBody' }
	],
	parseBlock: [
		{
			name: 'ScenarioBlock',
			before: 'FencedCode',
			parse(cx, line) {
				if (line.indent > 0 || !blockOpen.test(line.text)) return false;
				const start = cx.lineStart;
				const children = [cx.elt('ScenarioBlockMark', start, start + line.text.length)];
				let end = start + line.text.length;
				let bodyFrom = -1;
				let bodyTo = -1;
				while (cx.nextLine()) {
					// A new opening line means the author forgot to close this block (as the checker reads it).
					if (blockOpen.test(line.text)) break;
					const from = cx.lineStart;
					if (blockClose.test(line.text)) {
						if (bodyFrom !== -1) children.push(cx.elt('ScenarioBlockBody', bodyFrom, bodyTo));
						bodyFrom = -1;
						children.push(cx.elt('ScenarioBlockMark', from, from + line.text.length));
						end = from + line.text.length;
						cx.nextLine();
						break;
					}
					if (bodyFrom === -1) bodyFrom = from;
					bodyTo = end = from + line.text.length;
				}
				if (bodyFrom !== -1) children.push(cx.elt('ScenarioBlockBody', bodyFrom, bodyTo));
				cx.addElement(cx.elt('ScenarioBlock', start, end, children));
				return true;
			}
		}
	],
	wrap: parseMixed((node) =>
		node.type.name === 'ScenarioBlockBody' ? { parser: yamlLanguage.parser } : null
	)
};

/**
 * Inline Markdown is not part of the format (the player shows text as written), and the inline
 * link parser is quadratic: one pasted line of `[a](` repeated froze the tab for minutes. Only
 * block structure is highlighted.
 */
const inlineParsers = [
	'Escape',
	'Entity',
	'InlineCode',
	'HTMLTag',
	'Emphasis',
	'HardBreak',
	'Link',
	'Image',
	'Autolink'
];

const scenarioMarkdown = new Language(
	defineLanguageFacet({}),
	markdownParser.configure([scenarioBlocks, { remove: inlineParsers }]),
	[],
	'scenario-markdown'
);

/** Colours from the site's palette (app.css), so light and dark themes both read well. */
const highlightStyle = HighlightStyle.define([
	{ tag: tags.heading, color: 'var(--accent)', fontWeight: '700' },
	{ tag: tags.keyword, color: 'var(--caveat)', fontWeight: '700' },
	{ tag: [tags.processingInstruction, tags.meta], color: 'var(--muted)' },
	{ tag: tags.definition(tags.propertyName), color: 'var(--link)' },
	{ tag: [tags.string, tags.special(tags.string)], color: 'var(--tip)' },
	{ tag: [tags.lineComment, tags.comment], color: 'var(--muted)', fontStyle: 'italic' },
	{ tag: [tags.labelName, tags.typeName], color: 'var(--warning)' },
	{ tag: tags.emphasis, fontStyle: 'italic' },
	{ tag: tags.strong, fontWeight: '700' },
	{ tag: [tags.link, tags.url], color: 'var(--link)', textDecoration: 'underline' },
	{ tag: tags.quote, color: 'var(--muted)' },
	{ tag: tags.monospace, fontFamily: 'ui-monospace, monospace' }
]);

const theme = EditorView.theme({
	'&': {
		height: '100%',
		backgroundColor: 'var(--surface)',
		color: 'var(--text)',
		fontSize: '0.9375rem'
	},
	'.cm-scroller': {
		fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
		lineHeight: '1.6'
	},
	'.cm-gutters': {
		backgroundColor: 'var(--bg)',
		color: 'var(--muted)',
		borderRight: '1px solid var(--border)'
	},
	'.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent-soft) 35%, transparent)' },
	'.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft)' },
	'&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
	'&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
		backgroundColor: 'color-mix(in srgb, var(--accent) 30%, transparent) !important'
	},
	'.cm-tooltip': {
		backgroundColor: 'var(--surface-raised)',
		color: 'var(--text)',
		border: '1px solid var(--border)'
	}
});

export interface StudioEditor {
	readonly view: EditorView;
	/** The current text (built on demand: call it when a debounce fires, not on every key). */
	text(): string;
	/** Replaces the text and starts a fresh undo history (another draft was opened). */
	load(text: string): void;
	/** Shows checker diagnostics as lint markers (clamped to the document). */
	showDiagnostics(diagnostics: readonly Diagnostic[]): void;
	/** Moves the cursor to a 1-based line and column, scrolls there and focuses the editor. */
	jumpTo(line: number, column: number): void;
	destroy(): void;
}

export interface EditorOptions {
	doc: string;
	/** Accessible name of the text area. */
	label: string;
	/** Called after each edit (no text passed: see `text()`). */
	onchange: () => void;
	/** Called when the cursor moves to another line. */
	oncursor?: (line: number) => void;
}

export function createEditor(parent: HTMLElement, options: EditorOptions): StudioEditor {
	let cursorLine = 0;
	const extensions: Extension[] = [
		lineNumbers(),
		highlightActiveLineGutter(),
		highlightSpecialChars(),
		history(),
		drawSelection(),
		highlightActiveLine(),
		EditorView.lineWrapping,
		keymap.of([...defaultKeymap, ...historyKeymap]),
		yamlFrontmatter({ content: scenarioMarkdown }),
		syntaxHighlighting(highlightStyle),
		lintGutter(),
		theme,
		EditorView.contentAttributes.of({
			'aria-label': options.label,
			'aria-multiline': 'true',
			spellcheck: 'false',
			autocapitalize: 'off',
			autocorrect: 'off'
		}),
		EditorView.updateListener.of((update) => {
			if (update.docChanged) options.onchange();
			if (update.docChanged || update.selectionSet) {
				const line = update.state.doc.lineAt(update.state.selection.main.head).number;
				if (line !== cursorLine) {
					cursorLine = line;
					options.oncursor?.(line);
				}
			}
		})
	];
	const state = (doc: string) => EditorState.create({ doc, extensions });
	const view = new EditorView({ state: state(options.doc), parent });

	return {
		view,
		text: () => view.state.doc.toString(),
		load(text) {
			view.setState(state(text));
			cursorLine = 0;
			options.oncursor?.(1);
		},
		showDiagnostics(diagnostics) {
			const doc = view.state.doc;
			const marks: LintDiagnostic[] = diagnostics.map((d) => ({
				...span(doc, d.line, d.column),
				severity: d.severity,
				message: d.hint ? `${d.message} — ${d.hint}` : d.message
			}));
			view.dispatch(setDiagnostics(view.state, marks));
		},
		jumpTo(line, column) {
			const { from } = span(view.state.doc, line, column);
			view.dispatch({
				selection: { anchor: from },
				effects: EditorView.scrollIntoView(from, { y: 'center' })
			});
			view.focus();
		},
		destroy: () => view.destroy()
	};
}

/** A 1-based line:column as document positions, clamped; the marker covers the word there. */
export function span(doc: Text, line: number, column: number): { from: number; to: number } {
	const at = doc.line(Math.min(Math.max(1, Math.trunc(line) || 1), doc.lines));
	const offset = Math.min(Math.max(0, (Math.trunc(column) || 1) - 1), at.length);
	const from = at.from + offset;
	// Up to the next space, at most 200 characters: enough for a word, cheap on a 1 MB line.
	const ahead = doc.sliceString(from, Math.min(at.to, from + 200));
	const word = /^\S*/.exec(ahead)![0].length;
	return { from, to: from + Math.max(word, Math.min(1, ahead.length)) };
}
