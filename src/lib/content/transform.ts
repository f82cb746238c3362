import { isLocale, defaultLocale, type Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages.ts';
import { calculatorInputs, isCalculatorKind } from '../calculators/definitions.ts';
import { parseMarkdown, readChecklist, readDialogue, readSettings, type Block } from './markdown.ts';

/**
 * Rewrites a playbook file into the Markdown-plus-Svelte that mdsvex compiles: headings get their
 * anchors, `:::` blocks become static HTML or components, and braces are escaped so prose can
 * never be read as a Svelte expression. Problems are not reported here: the checker does that.
 */
export function toSvelteMarkdown(source: string, path: string): string {
	const locale = localeOf(path);
	const slug = /(\d+)-([^/]+)\.md$/.exec(path)?.[2] ?? 'page';
	const t = messages[locale];
	const { blocks } = parseMarkdown(source);
	const imports = new Set<string>();
	const out: string[] = [];
	let checklistCount = 0;

	for (const block of blocks) {
		switch (block.kind) {
			case 'heading': {
				const tag = `h${Math.min(block.depth, 6)}`;
				out.push(`<${tag} id="${attr(block.id)}">${html(block.text)}</${tag}>`, '');
				break;
			}
			case 'text':
				out.push(escapeBraces(block.text));
				break;
			case 'code':
				out.push(...block.lines.map((entry) => entry.text));
				break;
			case 'directive':
				out.push(...renderDirective(block));
				break;
		}
	}

	function renderDirective(block: Extract<Block, { kind: 'directive' }>): string[] {
		switch (block.name) {
			case 'tip':
			case 'warning':
			case 'caveat': {
				const label = t.callout[block.name];
				const title = block.arg ? `${label}：${block.arg}` : label;
				return [
					'',
					`<aside class="callout callout-${block.name}" aria-label="${attr(label)}">`,
					`<p class="callout-title">${html(locale === 'en' ? title.replace('：', ': ') : title)}</p>`,
					'',
					...block.body.map((entry) => escapeBraces(entry.text)),
					'',
					'</aside>',
					''
				];
			}
			case 'dialogue': {
				const { lines } = readDialogue(block.body);
				const me = lines.find((line) => line.speaker)?.speaker;
				const rows = lines.map((line) =>
					line.speaker === null
						? `<p class="dialogue-direction">${html(line.text)}</p>`
						: `<p class="dialogue-line ${line.speaker === me ? 'is-rep' : 'is-other'}"><span class="dialogue-speaker">${html(line.speaker)}</span><span class="dialogue-text">${html(line.text)}</span></p>`
				);
				const caption = block.arg || t.dialogue.script;
				return [
					'',
					`<figure class="dialogue"><figcaption>${html(caption)}</figcaption>${rows.join('')}</figure>`,
					''
				];
			}
			case 'checklist': {
				imports.add('Checklist');
				const { items } = readChecklist(block.body);
				checklistCount++;
				const props = {
					id: `${locale}/${slug}/${checklistCount}`,
					title: block.arg,
					items: items.map((item) => item.text)
				};
				return ['', `<Checklist {...${json(props)}} />`, ''];
			}
			case 'calculator': {
				if (!isCalculatorKind(block.arg)) return [];
				imports.add('Calculator');
				const { settings } = readSettings(block.body);
				const initial: Record<string, number> = {};
				for (const spec of calculatorInputs[block.arg]) {
					const value = Number(settings.get(spec.key)?.text);
					if (Number.isFinite(value)) initial[spec.key] = value;
				}
				return ['', `<Calculator {...${json({ kind: block.arg, initial })}} />`, ''];
			}
			default:
				return [];
		}
	}

	const script =
		imports.size > 0
			? `<script>\n${[...imports].map((name) => `\timport ${name} from '$lib/components/playbook/${name}.svelte';`).join('\n')}\n</script>\n\n`
			: '';
	return script + out.join('\n') + '\n';
}

function localeOf(path: string): Locale {
	const folder = /playbooks\/([^/]+)\//.exec(path.replace(/\\/g, '/'))?.[1];
	return isLocale(folder) ? folder : defaultLocale;
}

function html(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/{/g, '&#123;')
		.replace(/}/g, '&#125;');
}

function attr(text: string): string {
	return html(text).replace(/"/g, '&quot;');
}

/** Braces outside code spans become entities; inside code spans mdsvex escapes them itself. */
function escapeBraces(line: string): string {
	return line
		.split(/(`[^`]*`)/)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(/{/g, '&#123;').replace(/}/g, '&#125;')))
		.join('');
}

/** JSON for a Svelte attribute expression; `<` is escaped so text can never close a tag. */
function json(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
