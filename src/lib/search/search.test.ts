import { describe, expect, it } from 'vitest';
import { readMarkdownFiles } from '../content/files.ts';
import { buildPlaybookIndex } from '../content/playbooks.ts';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../scenario/parse.ts';
import { playbookDocuments, scenarioDocuments } from './documents.ts';

const fixture = 'tests/fixtures/scenarios/no-time.md';
import {
	buildQuery,
	buildSearchIndex,
	highlight,
	loadSearchIndex,
	search,
	snippet
} from './engine.ts';
import { tokenize } from './tokenize.ts';

const shipped = buildPlaybookIndex(readMarkdownFiles('content/playbooks')).index;
const zh = loadSearchIndex(buildIndexJson('zh-CN'));
const en = loadSearchIndex(buildIndexJson('en'));

function buildIndexJson(locale: 'zh-CN' | 'en') {
	// Serialised and loaded back exactly as the prerendered index file is.
	return buildSearchIndex(playbookDocuments(shipped.byLocale[locale]));
}

describe('tokenizer', () => {
	it('splits a Chinese sentence into words instead of one token', () => {
		const tokens = tokenize('客户说现在没有时间，请把资料寄给我');
		expect(tokens.length).toBeGreaterThan(4);
		expect(tokens).toContain('时间');
		expect(tokens).not.toContain('客户说现在没有时间，请把资料寄给我');
	});

	it('folds full-width letters and case, and drops punctuation', () => {
		expect(tokenize('ＣＳＩ　Score!')).toEqual(['csi', 'score']);
	});

	it('adds two-character pieces of long Chinese words so differently cut queries still meet', () => {
		const tokens = tokenize('满意度');
		expect(tokens).toEqual(expect.arrayContaining(['满意']));
	});

	it('builds no query from punctuation alone', () => {
		expect(buildQuery('，。!?')).toBeNull();
	});
});

describe('search over the shipped playbooks', () => {
	it('finds the no-time objection for 「没时间」 with the section as the hit', () => {
		const hits = search(zh, '没时间');
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.slice(0, 3).some((hit) => hit.heading.includes('没时间'))).toBe(true);
		const marked = hits[0]!.snippet.filter((part) => part.mark).map((part) => part.text);
		expect(marked.join('')).toMatch(/时间|没/);
	});

	it('finds the collections playbook for 「回款」', () => {
		const hits = search(zh, '回款');
		expect(hits[0]!.slug).toBe('collections');
	});

	it('finds English sections by a word prefix and tolerates a typo', () => {
		expect(search(en, 'voicemai')[0]?.slug).toBe('phone-prospecting');
		expect(search(en, 'complaint').some((hit) => hit.slug === 'after-sales')).toBe(true);
		expect(search(en, 'gatekeepr').length).toBeGreaterThan(0);
	});

	it('finds scenarios by what the customer says', () => {
		const index = loadSearchIndex(
			buildSearchIndex(
				scenarioDocuments([parseScenario(fixture, readFileSync(fixture, 'utf8')).scenario!])
			)
		);
		const hits = search(index, '刘建国');
		expect(hits[0]).toMatchObject({ kind: 'scenario', slug: 'no-time' });
	});

	it('returns nothing for words that appear nowhere', () => {
		expect(search(zh, '喵喵喵')).toEqual([]);
		expect(search(en, 'xylophone')).toEqual([]);
	});
});

describe('snippets', () => {
	it('cuts a window around the first match and marks every match', () => {
		const text = 'a'.repeat(200) + ' 客户说没时间 ' + 'b'.repeat(200);
		const parts = snippet(text, ['时间']);
		expect(parts[0]).toEqual({ text: '…', mark: false });
		expect(parts.at(-1)).toEqual({ text: '…', mark: false });
		expect(parts.filter((part) => part.mark)).toEqual([{ text: '时间', mark: true }]);
	});

	it('marks case-insensitively without changing the text', () => {
		const parts = highlight('Price is not the Problem', ['price', 'problem']);
		expect(parts.map((part) => part.text).join('')).toBe('Price is not the Problem');
		expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual([
			'Price',
			'Problem'
		]);
	});
});
