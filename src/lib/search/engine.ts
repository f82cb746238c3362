import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import { isHan, normalize, tokenize, tokenizeWords } from './tokenize.ts';

/** One searchable unit: a section of a playbook page. */
export interface SearchDocument {
	id: string;
	kind: 'playbook' | 'scenario';
	/** The playbook page's slug, or the scenario's id. */
	slug: string;
	sectionId: string;
	title: string;
	heading: string;
	text: string;
	tags: string;
}

export interface SearchHit {
	id: string;
	kind: 'playbook' | 'scenario';
	slug: string;
	sectionId: string;
	title: string;
	heading: string;
	snippet: Segment[];
	headingMarks: Segment[];
	score: number;
}

/** Text cut into plain and highlighted runs, so the UI renders marks without HTML strings. */
export interface Segment {
	text: string;
	mark: boolean;
}

type StoredFields = Pick<
	SearchDocument,
	'kind' | 'slug' | 'sectionId' | 'title' | 'heading' | 'text'
>;

const options: Options<SearchDocument> = {
	fields: ['title', 'heading', 'text', 'tags'],
	storeFields: ['kind', 'slug', 'sectionId', 'title', 'heading', 'text'],
	tokenize,
	processTerm: (term) => term,
	searchOptions: {
		// Queries arrive already tokenized by `buildQuery`.
		tokenize: (term) => [term],
		processTerm: (term) => term,
		boost: { title: 3, heading: 2.5, tags: 2, text: 1 },
		prefix: (term) => !isHan(term) && term.length >= 3,
		fuzzy: (term) => (!isHan(term) && term.length >= 5 ? 0.2 : false)
	}
};

export function buildSearchIndex(documents: readonly SearchDocument[]): string {
	const index = new MiniSearch<SearchDocument>(options);
	index.addAll(documents);
	return JSON.stringify(index);
}

export type LoadedIndex = MiniSearch<SearchDocument>;

export function loadSearchIndex(json: string): LoadedIndex {
	return MiniSearch.loadJSON<SearchDocument>(json, options);
}

/**
 * Every word must match; a long Chinese word matches as a whole or through all of its
 * two-character pieces. Returns null for a query with no searchable words.
 */
export function buildQuery(text: string, combineWith: 'AND' | 'OR' = 'AND'): Query | null {
	const queries: Query[] = tokenizeWords(text).map((token) =>
		token.pieces.length > 0
			? { combineWith: 'OR', queries: [token.term, { combineWith: 'AND', queries: token.pieces }] }
			: token.term
	);
	if (queries.length === 0) return null;
	return { combineWith, queries };
}

export function search(index: LoadedIndex, text: string, limit = 20): SearchHit[] {
	const strict = buildQuery(text, 'AND');
	if (!strict) return [];
	let results = index.search(strict);
	if (results.length === 0) results = index.search(buildQuery(text, 'OR')!);
	return results.slice(0, limit).map((result) => toHit(result as SearchResult & StoredFields));
}

function toHit(result: SearchResult & StoredFields): SearchHit {
	const terms = [...new Set(result.terms)].sort((a, b) => b.length - a.length);
	return {
		id: result.id as string,
		kind: result.kind,
		slug: result.slug,
		sectionId: result.sectionId,
		title: result.title,
		heading: result.heading,
		snippet: snippet(result.text, terms),
		headingMarks: highlight(result.heading, terms),
		score: result.score
	};
}

/** A window of about `width` characters around the first match, with every match marked. */
export function snippet(text: string, terms: readonly string[], width = 90): Segment[] {
	const flat = text.replace(/\s+/g, ' ').trim();
	const lower = normalize(flat);
	let first = -1;
	for (const term of terms) {
		const at = lower.indexOf(term);
		if (at >= 0 && (first < 0 || at < first)) first = at;
	}
	const start = Math.max(0, first - Math.floor(width / 3));
	const end = Math.min(flat.length, start + width);
	const segments = highlight(flat.slice(start, end), terms);
	if (start > 0) segments.unshift({ text: '…', mark: false });
	if (end < flat.length) segments.push({ text: '…', mark: false });
	return segments;
}

export function highlight(text: string, terms: readonly string[]): Segment[] {
	const lower = normalize(text);
	const marked = new Array<boolean>(text.length).fill(false);
	for (const term of terms) {
		if (!term) continue;
		for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
			marked.fill(true, at, Math.min(text.length, at + term.length));
		}
	}
	const segments: Segment[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = segments[segments.length - 1];
		if (last && last.mark === marked[i]) last.text += text[i];
		else segments.push({ text: text[i]!, mark: marked[i]! });
	}
	return segments;
}
