/**
 * One tokenizer for the index (built in Node at build time) and for queries (in the browser).
 * Chinese has no spaces, so words come from Intl.Segmenter; a Chinese word of three or more
 * characters also yields its two-character pieces, so a query still matches when the browser's
 * segmenter cuts a phrase differently from the build machine's (「没时间」 vs 「没」「时间」).
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const han = /\p{Script=Han}/u;
const allHan = /^\p{Script=Han}+$/u;

// Words too common to help ranking. Kept short on purpose: 「没」「不」 carry meaning in objections.
const stopWords = new Set([
	'的',
	'了',
	'是',
	'在',
	'和',
	'与',
	'及',
	'也',
	'就',
	'都',
	'这',
	'那',
	'之',
	'其',
	'或',
	'而',
	'a',
	'an',
	'the',
	'of',
	'to',
	'and',
	'or',
	'in',
	'on',
	'at',
	'is',
	'are',
	'be',
	'it',
	'for',
	'as',
	'by',
	'with'
]);

export function normalize(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

export interface Token {
	/** The term as indexed. */
	term: string;
	/** For a long Chinese word, its two-character pieces (indexed too). */
	pieces: string[];
}

export function tokenizeWords(text: string): Token[] {
	const tokens: Token[] = [];
	for (const { segment, isWordLike } of segmenter.segment(normalize(text))) {
		if (!isWordLike || stopWords.has(segment)) continue;
		tokens.push({ term: segment, pieces: allHan.test(segment) ? bigrams(segment) : [] });
	}
	return tokens;
}

/** Flat term list for indexing: every word plus the pieces of long Chinese words. */
export function tokenize(text: string): string[] {
	return tokenizeWords(text).flatMap((token) => [token.term, ...token.pieces]);
}

function bigrams(word: string): string[] {
	if (word.length < 3) return [];
	const pieces: string[] = [];
	for (let i = 0; i < word.length - 1; i++) pieces.push(word.slice(i, i + 2));
	return pieces;
}

export function isHan(text: string): boolean {
	return han.test(text);
}
