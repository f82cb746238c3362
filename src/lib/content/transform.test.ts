import { describe, expect, it } from 'vitest';
import { toSvelteMarkdown } from './transform.ts';

const path = 'content/playbooks/zh-CN/01-calling.md';
const page = (body: string) => `---\ntitle: t\n---\n\n${body}\n`;

describe('Markdown rewrite for mdsvex', () => {
	it('gives headings the same anchors the checker uses', () => {
		const out = toSvelteMarkdown(page('## 客户说“没时间”\n\n## 客户说“没时间”'), path);
		expect(out).toContain('<h2 id="客户说没时间">客户说“没时间”</h2>');
		expect(out).toContain('<h2 id="客户说没时间-1">');
	});

	it('escapes braces and tags so prose is never code', () => {
		const out = toSvelteMarkdown(page('## A {b} <script>\n\nText {x} and `code {y}`'), path);
		expect(out).toContain('<h2 id="a-b-script">A &#123;b&#125; &lt;script&gt;</h2>');
		expect(out).toContain('Text &#123;x&#125; and `code {y}`');
	});

	it('renders a dialogue as a conversation with the first speaker as the salesperson', () => {
		const out = toSvelteMarkdown(page(':::dialogue 没时间\n销售：您好\n客户：没空\n（停顿）\n:::'), path);
		expect(out).toContain('<figcaption>没时间</figcaption>');
		expect(out).toMatch(/is-rep"><span class="dialogue-speaker">销售<\/span><span class="dialogue-text">您好/);
		expect(out).toMatch(/is-other"><span class="dialogue-speaker">客户/);
		expect(out).toContain('<p class="dialogue-direction">停顿</p>');
	});

	it('turns callouts into labelled asides in the page language', () => {
		expect(toSvelteMarkdown(page(':::caveat 数字\n未经核实\n:::'), path)).toContain(
			'<p class="callout-title">来源说明：数字</p>'
		);
		expect(
			toSvelteMarkdown(page(':::tip\nText\n:::'), 'content/playbooks/en/01-calling.md')
		).toContain('<aside class="callout callout-tip" aria-label="Tip">');
	});

	it('imports only the components a page uses and passes their data as JSON', () => {
		const out = toSvelteMarkdown(page(':::calculator csi\nperceived = 6\n:::\n\n:::checklist 出门前\n- 名片\n- <b>\n:::'), path);
		expect(out.startsWith('<script>\n')).toBe(true);
		expect(out).toContain("\timport Checklist from '$lib/components/playbook/Checklist.svelte';");
		expect(out).toContain("\timport Calculator from '$lib/components/playbook/Calculator.svelte';");
		expect(out).toContain('<Calculator {...{"kind":"csi","initial":{"perceived":6}}} />');
		expect(out).toContain('<Checklist {...{"id":"zh-CN/calling/1","title":"出门前","items":["名片","\\u003cb>"]}} />');
		expect(toSvelteMarkdown(page('Plain text.'), path)).not.toContain('<script>');
	});
});
